"""Facts → questions, with no app and no database."""

import re
from datetime import datetime

import pytest

from quiz.core.generate import generate
from quiz.core.packfile import parse_pack, read_packs
from quiz.core.world import World, load_pool

from .conftest import ROOT, SEED_PACK

UNCERTAIN = ("Alyssa Diaz", "Wagner Moura", "Michael Peña", "Mika Camarena", "Kiki Camarena", "Pablo Escobar")


@pytest.fixture(scope="module")
def seed():
    pack = read_packs([SEED_PACK])[0]
    world = World([pack], load_pool(ROOT / "questions" / "pools"))
    questions, skips = generate(pack, world)
    return pack, world, questions, skips


def by_kind(questions, kind):
    found = [q for q in questions if q.kind == kind]
    assert found, f"no {kind} question"
    return found


def test_seed_pack_yields_many_kinds(seed):
    _, _, questions, _ = seed
    kinds = {q.kind for q in questions}
    assert len(kinds) >= 8, kinds
    assert {
        "role_actor",
        "actor_role",
        "known_for",
        "premiere",
        "renewed",
        "filming_place",
        "filming_period",
        "creator",
        "narrator",
    } <= kinds


def test_options_are_unique_and_hold_the_answer(seed):
    for q in seed[2]:
        if q.typed:
            assert q.options[0] == q.answer
            continue
        assert (2 if q.type in ("boolean", "event") else 3) <= len(q.options) <= 4, q
        assert len({o.casefold() for o in q.options}) == len(q.options), q
        assert q.options.count(q.answer) == 1, q
        assert "What's on Netflix" in q.explanation, q
        assert "Narcos: Mexico" in q.prompt + q.explanation or q.kind in ("known_for", "actor_role"), q
        assert "narcos: mexico" not in (q.prompt + q.explanation), q


def test_uncertain_facts_are_never_keyed_or_offered(seed):
    _, _, questions, skips = seed
    for q in questions:
        assert not any(name in q.answer for name in UNCERTAIN), q
        assert "Guadalajara" not in q.options, q
    skipped = {s.fact for s in skips}
    assert {"cast[Alyssa Diaz]", "cast[Michael Peña]", "filming[Guadalajara].place", "episodes"} <= skipped
    assert not [q for q in questions if q.kind == "episodes"]


def test_role_questions_match_the_cast(seed):
    pack, _, questions, _ = seed
    roles = {m.actor: m.role for m in pack.cast}
    for q in by_kind(questions, "role_actor"):
        role = re.match(r"Who plays (.+) in season 2 of Narcos: Mexico\?", q.prompt).group(1)
        assert roles[q.answer] == role
        assert all(roles.get(o) != role for o in q.options if o != q.answer)
    for q in by_kind(questions, "actor_role"):
        actor = re.match(r"Which character does (.+) play in", q.prompt).group(1)
        assert roles[actor] == q.answer


def test_names_keep_accents_and_quotes(seed):
    text = " ".join(q.prompt + " ".join(q.options) for q in seed[2])
    assert "Joaquín ‘El Chapo’ Guzmán" in text
    assert "Miguel Ángel Félix Gallardo" in text


def test_an_actors_own_credit_is_never_a_wrong_option(seed):
    pack, _, questions, _ = seed
    credits = {m.actor: set(m.known_for) for m in pack.cast}
    for q in by_kind(questions, "known_for"):
        actor = re.match(r"Which of these has (.+) also appeared in\?", q.prompt).group(1)
        assert q.answer in credits[actor]
        assert not (set(q.options) - {q.answer}) & credits[actor]


def test_dates_keep_precision_and_order(seed):
    _, _, questions, _ = seed
    [premiere] = by_kind(questions, "premiere")
    assert premiere.answer == "13 February 2020"
    parsed = [datetime.strptime(o, "%d %B %Y") for o in premiere.options]
    assert parsed == sorted(parsed)
    [renewed] = by_kind(questions, "renewed")
    assert renewed.answer == "December 2018"
    months = [datetime.strptime(o, "%B %Y") for o in renewed.options]
    assert months == sorted(months)
    assert all(m < datetime(2019, 1, 1) for m in months), "a renewal after filming began is not plausible"
    [period] = by_kind(questions, "filming_period")
    assert period.answer == "January–June 2019"


def test_single_narrator_and_new_cast(seed):
    _, _, questions, _ = seed
    [narrator] = by_kind(questions, "narrator")
    assert narrator.answer == "Scoot McNairy"
    [new] = by_kind(questions, "new_cast")
    assert new.answer == "Jero Medina"


def test_same_seed_same_questions_and_another_seed_differs():
    pack = read_packs([SEED_PACK])[0]
    assert generate(pack, seed=7) == generate(pack, seed=7)
    assert generate(pack, seed=7)[0] != generate(pack, seed=8)[0]


OTHER = """\
slug: other-s2
title: Other report
show: "Narcos: Mexico"
season: 2
network: Netflix
sources: [{title: Another article, publisher: Other News}]
facts:
  cast: [{actor: Test Person, role: Somebody}]
  filming: [{place: Bogotá}]
"""


def test_several_packs_are_one_world():
    seed_pack = read_packs([SEED_PACK])[0]
    other = parse_pack(OTHER, "other.yaml")
    world = World([seed_pack, other], load_pool(ROOT / "questions" / "pools"))
    questions, _ = generate(seed_pack, world)
    # The other pack says season 2 was also filmed in Bogotá, so Bogotá can't be a wrong answer.
    [place] = [q for q in questions if q.kind == "filming_place"]
    assert "Bogotá" not in place.options


def test_exact_episode_counts_are_asked_with_ordered_numbers():
    pack = parse_pack(OTHER.replace("facts:\n", "facts:\n  episodes: 10\n"), "x.yaml")
    [q] = [q for q in generate(pack)[0] if q.kind == "episodes"]
    assert q.answer == "10" and list(q.options) == sorted(q.options, key=int)


def test_a_fact_with_too_few_candidates_is_skipped_not_padded():
    pack = parse_pack(OTHER, "x.yaml")
    questions, skips = generate(pack)
    assert not [q for q in questions if q.kind == "role_actor"]
    assert any("fair wrong option" in s.reason for s in skips)


def test_handwritten_questions_are_played_too():
    text = OTHER + "questions:\n  - {prompt: 'Which letter comes second?', answer: B, wrong: [A, C]}\n"
    [q] = [q for q in generate(parse_pack(text, "x.yaml"))[0] if q.kind == "custom"]
    assert sorted(q.options) == ["A", "B", "C"] and q.answer == "B"
