"""`packs lint` finds the problems a quiz master would object to."""

from collections import Counter
from dataclasses import replace

import pytest

from quiz.core.generate import generate
from quiz.core.lint import lint, near_duplicate_questions
from quiz.core.matching import matches
from quiz.core.packfile import read_packs
from quiz.core.world import World, load_pool

from .conftest import ROOT, SEED_PACK


@pytest.fixture(scope="module")
def seed():
    pack = read_packs([SEED_PACK])[0]
    world = World([pack], load_pool(ROOT / "questions" / "pools"))
    return pack, world, generate(pack, world)[0]


def messages(seed, question):
    pack, world, _ = seed
    return [f.message for f in lint(pack, [question], world)]


def one(seed, kind):
    return next(q for q in seed[2] if q.kind == kind)


def test_the_seed_pack_is_clean_and_broad(seed):
    pack, world, questions = seed
    assert lint(pack, questions, world) == []
    assert near_duplicate_questions([(pack, questions)]) == []
    kinds = {q.kind for q in questions}
    assert len(kinds) >= 14
    assert {"true_false", "not_in_cast", "order_events", "which_first", "typed_actor"} <= kinds


def test_true_false_statements_come_both_ways(seed):
    answers = Counter(q.answer for q in seed[2] if q.kind == "true_false")
    assert answers["True"] >= 1 and answers["False"] >= 1


def test_answer_positions_are_spread_evenly(seed):
    positions = Counter(q.options.index(q.answer) for q in seed[2] if not q.ordered and len(q.options) == 4)
    assert max(positions.values()) - min(positions.values()) <= 1, positions


def test_a_true_distractor_is_caught(seed):
    q = one(seed, "role_actor")
    wrong = next(o for o in q.options if o != q.answer)
    broken = replace(q, answer=wrong)
    assert any("is not certainly true" in m for m in messages(seed, broken))
    assert any(f"the wrong option '{q.answer}' is true" in m for m in messages(seed, broken))


def test_an_uncertain_fact_as_distractor_is_caught(seed):
    q = one(seed, "filming_place")
    broken = replace(q, options=tuple(o if o == q.answer else "Guadalajara" for o in q.options[:2]) + q.options[2:])
    assert any("'Guadalajara' is possibly true" in m for m in messages(seed, broken))


def test_leaks_duplicates_types_and_counts_are_caught(seed):
    q = one(seed, "role_actor")
    assert any("appears in the question" in m for m in messages(seed, replace(q, prompt=f"Is it {q.answer}?")))
    dupe = replace(q, options=(q.options[0], q.options[0], *q.options[2:]))
    assert any("two options are the same" in m for m in messages(seed, dupe))
    near = replace(q, options=(*q.options[:3], q.options[0] + "e"))
    assert any("nearly the same" in m for m in messages(seed, near))
    mixed = replace(q, options=(*q.options[:3], "13 February 2020"))
    assert any("'13 February 2020' does not fit the question's type (actor)" in m for m in messages(seed, mixed))
    assert any("needs at least 3" in m for m in messages(seed, replace(q, options=q.options[:2])))


def test_ungrammatical_templates_are_caught(seed):
    q = one(seed, "network")
    for prompt, expected in [
        ("Which {network} released it?", "placeholder"),
        ("Who is a actor in it?", "wrong article"),
        ("Which which network released it?", "repeats a word"),
        ("which network released it?", "lowercase"),
        ("Which network released it", "does not end"),
        ("Which network  released it?", "stray spaces"),
    ]:
        assert any(expected in m for m in messages(seed, replace(q, prompt=prompt))), prompt


def test_near_duplicate_questions_are_caught(seed):
    pack, _, questions = seed
    q = one(seed, "network")
    twin = replace(q, fact="elsewhere")
    assert near_duplicate_questions([(pack, [q, twin])])


def test_lint_command_passes_on_shipped_packs_and_fails_on_findings(runner, tmp_path):
    result = runner.invoke(args=["packs", "lint", str(ROOT / "questions")])
    assert result.exit_code == 0 and result.output.startswith("no findings in")
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        SEED_PACK.read_text(encoding="utf-8")
        + "questions:\n  - {prompt: 'Which network released it', answer: Netflix, wrong: [HBO, Hulu]}\n"
    )
    result = runner.invoke(args=["packs", "lint", str(bad)])
    assert result.exit_code == 1 and "does not end with '?' or '.'" in result.output


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("Diego Luna", True),
        ("diego luna", True),
        ("DIEGO LUNA!", True),
        ("Diego Lunna", True),
        ("Deigo Luna", True),  # swapped letters are one slip
        ("Dieog Lnua", False),  # two slips is too many for a short name
        ("Diego Boneta", False),
        ("Luna", False),
        ("", False),
    ],
)
def test_typed_names_forgive_case_accents_punctuation_and_small_typos(typed, accepted):
    assert matches(typed, "Diego Luna") is accepted


def test_typed_names_never_accept_another_persons_name():
    assert matches("Joaquin Cosio", "Joaquín Cosio")
    assert matches("Joaquín Cosió", "Joaquín Cosio")
    assert not matches("Diego Lune", "Diego Luna", others=["Diego Lune"])
    assert not matches("Matt Letscher", "Aaron Staton", others=["Matt Letscher"])


def test_a_pack_for_another_show_gives_true_and_fair_questions(runner):
    other = ROOT / "tests" / "data" / "harbour-lights-s3.yaml"
    result = runner.invoke(args=["packs", "lint", str(other), str(SEED_PACK)])
    assert result.exit_code == 0, result.output
    checked = runner.invoke(args=["packs", "check", str(other)])
    assert "skipped cast[Kwame Asante]" in checked.output and "skipped filming[Bergen].place" in checked.output
    assert "Ingrid Håland" in checked.output and "Morgenrød" in checked.output
