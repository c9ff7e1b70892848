"""Season facts → questions.

Deterministic for a given world and seed: each question draws from its own
random stream named after the seed, the pack and the fact it tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from . import kinds_cast, kinds_compare, kinds_dates, kinds_membership, kinds_season, kinds_statements
from .context import Context
from .facts import Extras, certain_facts
from .leaks import reveals_answer
from .pack import Pack
from .questions import TYPED_NAME, Question, Skip
from .text import names, norm
from .world import World

KINDS: tuple[Callable[[Context], Iterator[Question | Skip]], ...] = (
    kinds_cast.role_actor,
    kinds_cast.actor_role,
    kinds_cast.typed_actor,
    kinds_cast.known_for,
    kinds_cast.credit_role,
    kinds_cast.narrator,
    kinds_membership.new_cast,
    kinds_membership.flashback_only,
    kinds_membership.departed,
    kinds_membership.not_in_cast,
    kinds_dates.premiere,
    kinds_dates.renewed,
    kinds_season.filming_place,
    kinds_dates.filming_period,
    kinds_season.creator,
    kinds_season.network,
    kinds_dates.episodes,
    kinds_season.setting,
    kinds_season.franchise,
    kinds_compare.relation,
    kinds_compare.based_on,
    kinds_statements.true_false,
    kinds_compare.order_events,
    kinds_compare.which_first,
    kinds_compare.crossover,
    kinds_season.handwritten,
)

CITED = "a source on the pack's page gives this away"
# What a question is about, as opposed to what it asks: a source names these to give its answer away.
SUBJECTS = ("actor", "role", "title", "place", "person", "of")
PEOPLE = ("actor", "person", "role", TYPED_NAME)

# What a player is told a pack covers, by question kind, in display order.
TOPICS = {
    "role_actor": "who plays whom",
    "actor_role": "who plays whom",
    "typed_actor": "who plays whom",
    "relation": "who is who",
    "based_on": "who is who",
    "narrator": "the narrator",
    "narrator_role": "the narrator",
    "new_cast": "who is in the cast",
    "flashback_only": "who is in the cast",
    "departed": "who is in the cast",
    "not_in_cast": "who is in the cast",
    "crossover": "who is in the cast",
    "known_for": "where you have seen the cast before",
    "credit_role": "where you have seen the cast before",
    "creator": "the creators",
    "franchise": "the franchise",
    "setting": "the setting",
    "network": "the network",
    "renewed": "the season's timeline",
    "premiere": "the season's timeline",
    "order_events": "the season's timeline",
    "which_first": "the season's timeline",
    "filming_place": "filming places and dates",
    "filming_period": "filming places and dates",
    "episodes": "the episode count",
    "true_false": "true-or-false statements",
    "custom": "the author's own questions",
}


def _given_away(question: Question, pack: Pack) -> str | None:
    """The heading of a source, as the pack's page lists it, that gives the answer away: it shows the
    answer's date or count, or names the answer together with what the question is about ("We profile
    Rogue One's Diego Luna" for "Which film was Diego Luna also in?"). A heading naming a cast member
    alone says nothing of who narrates or who is new; one naming a network does say where it streams."""
    subjects = [v for k, v in question.about.items() if k in SUBJECTS and isinstance(v, str) and v != question.answer]
    for source in pack.sources:
        reason = reveals_answer(question, source.heading)
        if not reason:
            continue
        if not reason.startswith("names") or (
            any(names(source.heading, s) for s in subjects) if subjects else question.type not in PEOPLE
        ):
            return source.heading
    return None


def generate(pack: Pack, world: World | None = None, seed: int = 0) -> tuple[list[Question], list[Skip]]:
    """Every fair question the pack's facts allow, and why the other facts were skipped."""
    ctx = Context(pack, world or World([pack]), seed)
    sentences = {fact: (text, frozenset(map(norm, ctx.named_in(text)))) for fact, text in certain_facts(pack).items()}
    ctx.extras = Extras(pack, sentences, seed, ctx.sources)
    questions, skips, keys = [], [], set()
    for kind in KINDS:
        for item in kind(ctx):
            shown = _given_away(item, pack) if isinstance(item, Question) else None
            if shown:
                item = Skip(item.fact, f"{CITED}: {shown}")
            elif isinstance(item, Question) and item.key in keys:
                item = Skip(item.fact, "the pack states this fact twice; it is asked once")
            (questions if isinstance(item, Question) else skips).append(item)
            if isinstance(item, Question):
                keys.add(item.key)
    return questions, skips


def coverage(pack: Pack, questions: list[Question], skips: list[Skip] = ()) -> tuple[set[str], set[str]]:
    """(certain facts some question asks, certain facts none asks).

    A fact that a source's heading on the pack's page gives away is shown to every player before
    the game, so it is not counted.
    """
    public = {s.fact for s in skips if s.reason.startswith(CITED)}
    asked = {fact for q in questions for fact in q.asks}
    facts = set(certain_facts(pack)) - (public - asked)
    return asked & facts, facts - asked
