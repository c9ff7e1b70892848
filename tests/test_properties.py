"""Property tests: for any valid pack, every question is true, fair and repeatable, every dealt game
is free of leaks, answers take every position equally often, and what passes `check` imports."""

import itertools
import random
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.core.generate import generate
from quiz.core.leaks import conflict, leak_between
from quiz.core.lint import _of_type
from quiz.core.packdata import dump_yaml, pack_to_data
from quiz.core.packfile import parse_pack
from quiz.core.selection import Candidate, deal
from quiz.core.text import fold
from quiz.core.truth import option_truths
from quiz.core.world import World

from .strategies import POOL, packs

PROPERTY = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(pack=packs(), other=packs(slug="other-pack"), seed=st.integers(0, 2**32))
def test_every_keyed_answer_is_true_and_every_distractor_false(pack, other, seed):
    world = World([pack, other], POOL)
    questions, _ = generate(pack, world, seed)
    for q in questions:
        truths = option_truths(q, pack, world)
        assert truths[q.answer] is True, (q, truths)
        assert all(truths[o] is False for o in truths if o != q.answer), (q, truths)
        for options in q.sets:
            assert len({fold(o) for o in options}) == len(options), q
            assert all(_of_type(o, q, world) for o in options), q
        assert "{" not in q.prompt and "None" not in q.prompt, q


@PROPERTY
@given(pack=packs(), seed=st.integers(0, 2**32))
def test_same_pack_and_seed_give_the_same_questions(pack, seed):
    assert generate(pack, World([pack], POOL), seed) == generate(pack, World([pack], POOL), seed)


@PROPERTY
@given(pack=packs())
def test_odd_but_valid_packs_never_crash(pack):
    questions, skips = generate(pack)  # no pool, no other packs: the sparsest world
    assert all(q.answer in options for q in questions for options in q.sets)
    assert all(s.reason for s in skips)


@PROPERTY
@given(pack=packs(), seed=st.integers(0, 2**32))
def test_the_answer_takes_every_position_equally_often(pack, seed):
    questions, _ = generate(pack, World([pack], POOL), seed)
    for q in questions:
        if q.typed:
            continue
        if q.type == "boolean":
            continue  # a statement's truth is balanced across its pair, checked below
        size = len(q.options)
        counts = Counter(options.index(q.answer) for options in q.sets)
        assert {counts[p] for p in range(size)} == {len(q.sets) // size}, (q.key, counts)
    statements = Counter((q.topic, q.answer) for q in questions if q.type == "boolean")
    for topic in {t for t, _ in statements}:
        assert statements[(topic, "True")] == statements[(topic, "False")], topic


@PROPERTY
@given(pack=packs(), other=packs(slug="other-pack"), seed=st.integers(0, 2**32), length=st.integers(1, 20))
def test_no_dealt_game_gives_one_answer_away_in_another_question(pack, other, seed, length):
    questions, _ = generate(pack, World([pack, other], POOL), seed)
    candidates = [Candidate(i, q, q.difficulty) for i, q in enumerate(questions)]
    dealt = deal(candidates, length, random.Random(seed))
    assert len({d.candidate.question.key for d in dealt}) == len(dealt)
    for a, b in itertools.permutations(dealt, 2):
        qa, qb = a.candidate.question, b.candidate.question
        assert not conflict(qa, qb), (qa.key, qb.key)
        assert leak_between(qa, qb, b.explanation) is None
        assert b.extra is None or b.extra.fact not in qa.asks


CHECKED = settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@CHECKED
@given(pack=packs())
def test_a_pack_that_passes_check_imports(pack, pack_importer):
    text = dump_yaml(pack_to_data(pack))
    checked = parse_pack(text, "random.yaml")  # what `packs check` does first
    questions, _ = generate(checked, World([checked], POOL))
    keys = [q.key for q in questions]
    assert len(keys) == len(set(keys)), Counter(keys).most_common(1)
    pack_importer(text, "random.yaml")
