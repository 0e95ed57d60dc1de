import pytest

from quizapp.generate.numbers import find_quantity


@pytest.mark.parametrize("text, expression, kind, values", [
    ("between 1,000 and 1,500 square kilometers", "between 1,000 and 1,500", "range", [1000, 1500]),
    ("the first two weeks", "two", "exact", [2]),
    ("more than half a dozen villages", "more than half a dozen", "more than", [6]),
    ("about 1.5 million people", "about 1.5 million", "about", [1_500_000]),
    ("twenty-five houses", "twenty-five", "exact", [25]),
    ("the third wave", "third", "exact", [3]),
])
def test_the_quantity_of_a_figure_is_found_with_its_form(text, expression, kind, values):
    q = find_quantity(text)
    assert (q.expression, q.kind, q.values) == (expression, kind, values)


def test_a_year_is_recognised_as_a_date_and_words_are_not_numbers():
    assert find_quantity("since 2022").is_year
    assert find_quantity("more than a week") is None


def test_other_values_are_written_like_the_original():
    q = find_quantity("Two more soldiers")
    assert q.with_values([3]) == "Three"
    assert find_quantity("12,000 troops").with_values([9000]) == "9,000"
    assert find_quantity("the 82nd Brigade").with_values([41]) == "41st"
