"""Jobs written before a name. A job noun after "a"/"an", then "named" or "called": "a chemist named
X" gives X the job (and the organisation written in front of it); "a man named X", a nickname and a
stranger in someone's quoted words give nothing. A playing position ("Harbour goalie X") takes the
team written before it. Invented sentences."""
from __future__ import annotations

from extracted import links


def test_a_job_named_gives_the_person_the_job_and_the_organisation_before_it():
    text = "In 1990 the club hired a Harbour University student named Lena Hart to run its records."
    assert links(text) == [("Lena Hart", "Harbour University", "student")]


def test_a_job_called_gives_the_job_alone_where_no_organisation_is_written():
    text = "The samples came from the lab of a chemist called Tom Berg, who kept every note."
    assert ("Tom Berg", None, "chemist") in links(text)


def test_a_man_named_or_a_nickname_is_no_job():
    text = "A man named Tom Berg ran the shop. Fans called the striker Captain Rho."
    assert links(text) == []


def test_a_stranger_named_in_someone_elses_quotation_gets_no_job():
    text = 'Ana Ruiz wrote on Monday: "The man with the ladder is a baker named Tom Berg. Thank him."'
    assert links(text) == []


def test_a_playing_position_before_a_name_takes_the_team_written_before_it():
    text = ("Harbour goalie Tom Berg made 30 saves. Westport defenseman Ana Ruiz scored late. The Harbour "
            "lost to Westport on Friday.")
    assert links(text) == [("Tom Berg", "Harbour", "goalie"), ("Ana Ruiz", "Westport", "defenseman")]


def test_a_playing_position_after_a_capitalised_adjective_has_no_team():
    text = "Veteran goalie Tom Berg retired on Friday after 14 seasons."
    assert links(text) == [("Tom Berg", None, "goalie")]
