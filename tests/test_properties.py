"""Property tests: for any valid pack, every question is true, fair and repeatable."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.core.generate import generate
from quiz.core.lint import _of_type, _vocabulary
from quiz.core.matching import fold
from quiz.core.truth import option_truths
from quiz.core.world import Pool, World

from .strategies import packs

POOL = Pool(
    actors=("Pedro Pascal", "Oscar Isaac", "Kate del Castillo"),
    places=("Bogotá", "Madrid", "Lisbon"),
    titles=("Sicario", "The Wire"),
    people=("Vince Gilligan", "David Simon", "Noah Hawley"),
    networks=("HBO", "Hulu", "FX", "AMC"),
)
PROPERTY = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(pack=packs(), other=packs(slug="other-pack"), seed=st.integers(0, 2**32))
def test_every_keyed_answer_is_true_and_every_distractor_false(pack, other, seed):
    world = World([pack, other], POOL)
    vocabulary = _vocabulary(world)
    questions, _ = generate(pack, world, seed)
    for q in questions:
        truths = option_truths(q, pack, world)
        assert truths[q.answer] is True, (q, truths)
        assert all(truths[o] is False for o in q.options if o != q.answer), (q, truths)
        assert len({fold(o) for o in q.options}) == len(q.options), q
        assert all(_of_type(o, q, vocabulary) for o in q.options), q
        assert "{" not in q.prompt and "None" not in q.prompt, q


@PROPERTY
@given(pack=packs(), seed=st.integers(0, 2**32))
def test_same_pack_and_seed_give_the_same_questions(pack, seed):
    assert generate(pack, World([pack], POOL), seed) == generate(pack, World([pack], POOL), seed)


@PROPERTY
@given(pack=packs())
def test_odd_but_valid_packs_never_crash(pack):
    questions, skips = generate(pack)  # no pool, no other packs: the sparsest world
    assert all(q.answer in q.options for q in questions)
    assert all(s.reason for s in skips)
