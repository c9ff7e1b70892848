import random

from quiz.core.dates import PartialDate
from quiz.core.game import Candidate, clean_nickname, pick_questions


def candidates():
    kinds = ["a"] * 6 + ["b"] * 3 + ["c"] * 3
    return [Candidate(i, kind, f"fact{i % 8}", "easy" if i % 3 else "hard") for i, kind in enumerate(kinds)]


def test_no_two_questions_test_the_same_fact():
    picked = pick_questions(candidates(), 10, random.Random(1))
    facts = [c.fact for c in picked]
    assert len(facts) == len(set(facts)) == 8


def test_kinds_are_dealt_in_turn():
    picked = pick_questions(candidates(), 3, random.Random(2))
    assert sorted(c.kind for c in picked) == ["a", "b", "c"]


def test_a_chosen_difficulty_comes_first():
    picked = pick_questions(candidates(), 4, random.Random(3), "hard")
    assert all(c.difficulty == "hard" for c in picked[:3])


def test_nickname_is_cleaned():
    assert clean_nickname("  Ana\u0000 \u202e\tB\n ") == "Ana B"
    assert clean_nickname("\u200b") is None
    assert len(clean_nickname("x" * 100)) == 30
    assert clean_nickname("Zoë 🎬") == "Zoë 🎬"


def test_partial_dates():
    assert PartialDate.parse("2019-06").shifted(7) == PartialDate(2020, 1)
    assert PartialDate.parse(2020).human() == "2020"
    assert PartialDate(2018, 12) < PartialDate(2020, 2, 13)
    assert PartialDate(2020).overlaps(PartialDate(2020, 2, 13))
    assert not PartialDate(2020, 3).overlaps(PartialDate(2020, 2, 13))
