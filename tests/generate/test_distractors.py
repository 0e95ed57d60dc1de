import random

from quizapp.generate import distractors as dis
from quizapp.generate.numbers import find_quantity


def test_a_short_name_restates_the_full_name_either_way():
    assert dis.restates("Efanov", "Artem Efanov")
    assert dis.restates("Artem Efanov", "efanov")
    assert not dis.restates("Rob Lee", "Robert Lee")
    assert dis.restates("analyst", "a geospatial analyst")


def test_fullest_names_map_a_surname_to_the_full_name_unless_ambiguous():
    names = dis.fullest_names(["Efanov", "Artem Efanov", "Lee", "Rob Lee", "Spike Lee"])
    assert names["Efanov"] == "Artem Efanov"
    assert names["Lee"] == "Lee"  # two people could be meant


def test_choose_skips_the_key_restated_what_is_also_right_and_repeats():
    got = dis.choose("Artem Efanov", [["Efanov", "Rob Lee", "Lee", "Oleksandr", "George Barros"]],
                     random.Random(1), avoid=["Oleksandr"])
    assert len(got) == 2 and "George Barros" in got
    assert len({"Lee", "Rob Lee"} & set(got)) == 1


def test_choose_takes_the_first_tier_before_the_second():
    got = dis.choose("A B", [["C D", "E F"], ["G H", "I J"]], random.Random(3), count=3)
    assert set(got[:2]) == {"C D", "E F"} and got[2] in {"G H", "I J"}


def test_choose_is_deterministic_for_the_same_seed():
    tiers = [["P Q", "R S", "T U", "V W", "X Y"]]
    assert dis.choose("K", tiers, random.Random("s")) == dis.choose("K", tiers, random.Random("s"))


def _numeric(text, seed=0):
    q = find_quantity(text)
    return q, dis.numeric_distractors(q, random.Random(seed))


def test_a_range_keeps_its_form_and_never_overlaps_the_key():
    q, wrong = _numeric("between 1,000 and 1,500 square kilometers")
    assert len(wrong) == 3
    for w in wrong:
        low, high = find_quantity(w).values
        assert w.startswith("between ") and (high < 1000 or low > 1500)


def test_more_than_stays_more_than_and_word_numbers_stay_words():
    _, wrong = _numeric("more than 50 Russian vehicles")
    assert all(w.startswith("more than ") and w[10:].isdigit() for w in wrong)
    _, wrong = _numeric("from three directions")
    assert wrong and all(w.isalpha() and w.islower() for w in wrong)


def test_the_key_is_not_always_in_the_middle_or_the_largest():
    places = set()
    for seed in range(30):
        q, wrong = _numeric("employ 85 workers", seed)
        opts = dis.ordered(q.expression, wrong, numeric=True)
        places.add(opts.index("85"))
    assert len(places) >= 3


def test_numeric_options_are_ascending_and_names_alphabetical():
    assert dis.ordered("more than 50", ["more than 100", "more than 30"], numeric=True) == [
        "more than 30", "more than 50", "more than 100"]
    assert dis.ordered("Rob Lee", ["George Barros", "Oleksandr"]) == ["George Barros", "Oleksandr", "Rob Lee"]
    assert dis.ordered("82nd Brigade", ["123rd Brigade", "41st Brigade"]) == [
        "41st Brigade", "82nd Brigade", "123rd Brigade"]


def test_numeric_distractors_never_restate_the_key_or_each_other():
    for text in ("more than half a dozen villages", "between 1,000 and 1,500", "about 1.5 million"):
        for seed in range(10):
            q, wrong = _numeric(text, seed)
            opts = [q.expression, *wrong]
            assert not any(dis.restates(a, b) for i, a in enumerate(opts) for b in opts[i + 1:]), (text, opts)
