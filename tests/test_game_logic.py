import random

from quiz.core.dates import PartialDate
from quiz.core.questions import Extra, Question
from quiz.core.selection import Candidate, deal, pick_questions
from quiz.core.text import clean_nickname


def question(i: int, kind: str, topic: str, answer: str = "", **more) -> Question:
    return Question(
        kind,
        f"Question {i}?",
        (answer or f"Answer {i}", "Wrong one", "Wrong two"),
        answer or f"Answer {i}",
        "easy" if i % 3 else "hard",
        f"fact{i}",
        f"Explained {i}.",
        "text",
        topic=topic,
        asks=(f"fact{i}",),
        **{"reveals": (f"fact{i}",), **more},
    )


def candidates():
    kinds = ["a"] * 6 + ["b"] * 3 + ["c"] * 3
    return [
        Candidate(i, question(i, kind, f"topic{i % 8}"), "easy" if i % 3 else "hard") for i, kind in enumerate(kinds)
    ]


def test_no_two_questions_share_a_topic():
    picked = pick_questions(candidates(), 10, random.Random(1))
    topics = [c.question.topic for c in picked]
    assert len(topics) == len(set(topics)) == 8


def test_kinds_are_dealt_in_turn():
    picked = pick_questions(candidates(), 3, random.Random(2))
    assert sorted(c.kind for c in picked) == ["a", "b", "c"]


def test_a_chosen_difficulty_comes_first():
    picked = pick_questions(candidates(), 4, random.Random(3), "hard")
    assert all(c.difficulty == "hard" for c in picked[:3])


def test_a_question_that_reveals_what_another_asks_never_shares_its_game():
    asker = Candidate(1, question(1, "a", "t1"), "easy")
    teller = Candidate(2, question(2, "b", "t2", reveals=("fact1", "fact2")), "easy")
    for seed in range(20):
        assert len(pick_questions([asker, teller], 2, random.Random(seed))) == 1


def test_text_that_names_another_answer_keeps_them_apart():
    who = Candidate(1, question(1, "a", "t1", answer="Diego Luna"), "easy")
    naming = Question(**{**question(2, "b", "t2").__dict__, "prompt": "Which film was Diego Luna also in?"})
    for seed in range(20):
        assert len(pick_questions([who, Candidate(2, naming, "easy")], 2, random.Random(seed))) == 1


def test_the_extra_fact_is_never_one_the_game_asks():
    asked = Candidate(1, question(1, "a", "t1"), "easy")
    told = Candidate(
        2, question(2, "b", "t2", extras=(Extra("Fact one is so.", "fact1"), Extra("Fact nine.", "fact9"))), "easy"
    )
    for seed in range(20):
        dealt = {d.candidate.id: d for d in deal([asked, told], 2, random.Random(seed))}
        assert dealt[2].extra.fact == "fact9" and "Fact nine." in dealt[2].explanation


def test_each_game_draws_one_of_the_option_sets():
    sets = (("A", "B", "C"), ("B", "C", "A"), ("C", "A", "B"))
    one = Candidate(1, question(1, "a", "t1", answer="A", option_sets=sets), "easy")
    seen = {deal([one], 1, random.Random(seed))[0].options for seed in range(40)}
    assert seen == set(sets)


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
