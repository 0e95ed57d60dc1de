from factories import make_world


def test_world_and_login(app, client, auth):
    world = make_world()
    assert len(world.students) == 3 and world.quiz.items
    assert client.get("/classes/").status_code == 302
    auth.login_teacher(world.teacher)
    response = client.get("/classes/")
    assert response.status_code == 200 and b"Year 10 English" in response.data
