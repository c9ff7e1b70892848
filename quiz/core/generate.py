"""Season facts → multiple-choice questions.

Deterministic for a given world and seed: each question draws from its own
random stream named after the seed, the pack and the fact it tests.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .dates import PartialDate, month_span
from .pack import Pack
from .world import World, norm

DIFFICULTIES = ("easy", "medium", "hard")
# What a player is told a pack covers, by question kind, in display order.
TOPICS = {
    "role_actor": "who plays whom",
    "actor_role": "who plays whom",
    "narrator": "the narrator",
    "narrator_role": "the narrator",
    "new_cast": "new cast members",
    "known_for": "where you have seen the cast before",
    "creator": "the creators",
    "network": "the network",
    "renewed": "the renewal",
    "premiere": "the premiere",
    "filming_place": "filming places and dates",
    "filming_period": "filming places and dates",
    "episodes": "the episode count",
    "custom": "the author's own questions",
}


@dataclass(frozen=True)
class Question:
    kind: str
    prompt: str
    options: tuple[str, ...]
    answer: str
    difficulty: str
    fact: str
    explanation: str

    @property
    def key(self) -> str:
        """Stable across re-imports, so an edited pack updates questions in place."""
        return f"{self.kind}:{self.fact}"


@dataclass(frozen=True)
class Skip:
    fact: str
    reason: str


class _Context:
    def __init__(self, pack: Pack, world: World, seed: int):
        self.pack, self.world, self.seed = pack, world, seed
        self.source = pack.source_name
        self.season = f"season {pack.season} of {pack.show}"
        self.season_start = f"Season {pack.season} of {pack.show}"  # str.capitalize() would lowercase the show

    def rng(self, kind: str, fact: str) -> random.Random:
        return random.Random(f"{self.seed}|{self.pack.slug}|{kind}|{fact}")

    def ask(self, kind, fact, prompt, answer, tiers, difficulty, explanation, order=None):
        """Build a question from the answer and tiers of wrong options, best tier first."""
        rng = self.rng(kind, fact)
        wrong, seen = [], {norm(answer)}
        for tier in tiers:
            fresh = [c for c in dict.fromkeys(tier) if norm(c) not in seen]
            rng.shuffle(fresh)
            for candidate in fresh[: 3 - len(wrong)]:
                wrong.append(candidate)
                seen.add(norm(candidate))
        if len(wrong) < 2:
            return Skip(fact, f"only {len(wrong)} fair wrong option(s) for {kind.replace('_', ' ')}")
        options = [answer, *wrong]
        if order:
            options.sort(key=order)
        else:
            rng.shuffle(options)
        return Question(kind, prompt, tuple(options), answer, difficulty, fact, explanation)


def generate(pack: Pack, world: World | None = None, seed: int = 0) -> tuple[list[Question], list[Skip]]:
    """Every fair question the pack's facts allow, and why the other facts were skipped."""
    ctx = _Context(pack, world or World([pack]), seed)
    questions, skips = [], []
    for kind in KINDS:
        for item in kind(ctx):
            (questions if isinstance(item, Question) else skips).append(item)
    return questions, skips


def _fact(member) -> str:
    return f"cast[{member.actor}]"


def _uncertain(member) -> Skip:
    return Skip(_fact(member), f"{member.actor}'s status is {member.status}, so no question treats it as certain")


def role_actor(ctx: _Context) -> Iterator[Question | Skip]:
    season_cast = ctx.world.season_cast(ctx.pack)
    for member in ctx.pack.cast:
        if not member.role:
            continue
        if not member.certain:
            yield _uncertain(member)
            continue
        players = {norm(m.actor) for m in season_cast if m.role and norm(m.role) == norm(member.role)}
        if len(players) > 1:
            yield Skip(f"{_fact(member)}.role", f"more than one actor plays {member.role}")
            continue
        yield ctx.ask(
            "role_actor",
            f"{_fact(member)}.role",
            f"Who plays {member.role} in {ctx.season}?",
            member.actor,
            _actor_tiers(ctx, exclude=players),
            "medium",
            f"{member.actor} plays {member.role}, per {ctx.source}.",
        )


def actor_role(ctx: _Context) -> Iterator[Question | Skip]:
    season_cast = ctx.world.season_cast(ctx.pack)
    for member in ctx.pack.cast:
        if not (member.role and member.certain):
            continue
        roles = {norm(m.role) for m in season_cast if m.role and norm(m.actor) == norm(member.actor)}
        if len(roles) > 1:
            yield Skip(f"{_fact(member)}.role", f"{member.actor} plays more than one role")
            continue
        same_show = [m.role for p in ctx.world.show_packs(ctx.pack) for m in p.cast if m.role]
        certain = [m.role for m in ctx.pack.cast if m.role and m.certain]
        tiers = [_without(certain, roles), _without(same_show, roles)]
        yield ctx.ask(
            "actor_role",
            f"{_fact(member)}.role",
            f"Which character does {member.actor} play in {ctx.season}?",
            member.role,
            tiers,
            "medium",
            f"{member.actor} plays {member.role}, per {ctx.source}.",
        )


def known_for(ctx: _Context) -> Iterator[Question | Skip]:
    for member in ctx.pack.cast:
        if not member.known_for:
            continue
        if not member.certain:
            yield _uncertain(member)
            continue
        title = ctx.rng("known_for", member.actor).choice(member.known_for)
        credits = ctx.world.credits(member.actor) | {norm(t) for t in member.known_for}
        tiers = [
            _without([t for m in ctx.pack.cast for t in m.known_for], credits),
            _without([t for p in ctx.world.others(ctx.pack) for m in p.cast for t in m.known_for], credits),
            _without(ctx.world.pool.titles, credits),
        ]
        yield ctx.ask(
            "known_for",
            f"{_fact(member)}.known_for",
            f"Which of these has {member.actor} also appeared in?",
            title,
            tiers,
            "hard",
            f"{member.actor} appeared in {title}, per {ctx.source}.",
        )


def premiere(ctx: _Context) -> Iterator[Question | Skip]:
    date = ctx.pack.premiere
    if date:
        truths = [p.premiere for p in ctx.world.season_packs(ctx.pack) if p.premiere]
        prompt = f"{_when(date)} did {ctx.season} premiere on {ctx.pack.network}?"
        explanation = f"{ctx.season_start} premiered on {ctx.pack.network} on {date.human()}, per {ctx.source}."
        yield _date_question(ctx, "premiere", "premiere", prompt, date, truths, explanation)


def renewed(ctx: _Context) -> Iterator[Question | Skip]:
    date = ctx.pack.renewed
    if date:
        truths = [p.renewed for p in ctx.world.season_packs(ctx.pack) if p.renewed]
        later = [ctx.pack.premiere, *(f.start for f in ctx.pack.filming if f.start and f.status == "confirmed")]
        latest = min((d for d in later if d), default=None)
        prompt = f"{_when(date)} was {ctx.pack.show} renewed for season {ctx.pack.season}?"
        explanation = f"{ctx.pack.show} was renewed for season {ctx.pack.season} in {date.human()}, per {ctx.source}."
        yield _date_question(ctx, "renewed", "renewed", prompt, date, truths, explanation, before=latest)


def _date_question(ctx, kind, fact, prompt, date: PartialDate, truths, explanation, before=None):
    steps = {
        "day": (-62, -31, -14, -7, 7, 14, 31, 62),
        "month": (-4, -3, -2, -1, 1, 2, 3, 4),
        "year": (-3, -2, -1, 1, 2, 3),
    }
    candidates = [date.shifted(step) for step in steps[date.precision]]
    fair = [c for c in candidates if not any(c.overlaps(t) for t in truths) and (before is None or c < before)]
    by_text = {c.human(): c for c in fair}
    order = {d.human(): d for d in [date, *fair]}
    return ctx.ask(kind, fact, prompt, date.human(), [list(by_text)], "hard", explanation, order=order.__getitem__)


def _when(date: PartialDate) -> str:
    return {"day": "On what date", "month": "In which month", "year": "In which year"}[date.precision]


def filming_place(ctx: _Context) -> Iterator[Question | Skip]:
    places = {norm(f.place) for p in ctx.world.season_packs(ctx.pack) for f in p.filming}
    confirmed = [f for f in ctx.pack.filming if f.status == "confirmed"]
    for spot in ctx.pack.filming:
        fact = f"filming[{spot.place}].place"
        if spot.status != "confirmed":
            yield Skip(fact, f"filming in {spot.place} is {spot.status}, so no question treats it as certain")
            continue
        prompt = (
            f"Where was {ctx.season} filmed?"
            if len(confirmed) == 1
            else f"Which of these places was {ctx.season} filmed in?"
        )
        tiers = [
            _without([f.place for p in ctx.world.others(ctx.pack) for f in p.filming], places),
            _without(ctx.world.pool.places, places),
        ]
        yield ctx.ask(
            "filming_place",
            fact,
            prompt,
            spot.place,
            tiers,
            "easy",
            f"{ctx.season_start} was filmed in {spot.place}, per {ctx.source}.",
        )


def filming_period(ctx: _Context) -> Iterator[Question | Skip]:
    for spot in ctx.pack.filming:
        if spot.status != "confirmed" or not (spot.start and spot.end):
            continue
        if spot.start.precision != spot.end.precision:
            yield Skip(f"filming[{spot.place}].period", "the start and end of filming have different precisions")
            continue
        steps = (-12, -3, -2, 2, 3, 12) if spot.start.precision != "year" else (-2, -1, 1, 2)
        spans = {_span(spot.start.shifted(s), spot.end.shifted(s)): s for s in steps}
        answer = _span(spot.start, spot.end)
        spans[answer] = 0
        yield ctx.ask(
            "filming_period",
            f"filming[{spot.place}].period",
            f"When was {ctx.season} filmed in {spot.place}?",
            answer,
            [[s for s in spans if s != answer]],
            "hard",
            f"Filming in {spot.place} ran {answer}, per {ctx.source}.",
            order=spans.__getitem__,
        )


def _span(start: PartialDate, end: PartialDate) -> str:
    if start == end:
        return start.human()
    return month_span(start, end) if start.precision == "month" else f"{start.human()}–{end.human()}"


def creator(ctx: _Context) -> Iterator[Question | Skip]:
    creators = ctx.pack.creators
    if not creators:
        return
    known = {norm(c) for p in ctx.world.show_packs(ctx.pack) for c in p.creators}
    cast = {norm(m.actor) for m in ctx.world.season_cast(ctx.pack)}
    answer = ctx.rng("creator", "creators").choice(creators)
    prompt = (
        f"Who created {ctx.pack.show}?" if len(creators) == 1 else f"Who is one of the creators of {ctx.pack.show}?"
    )
    others = [c for p in ctx.world.others(ctx.pack) for c in p.creators]
    yield ctx.ask(
        "creator",
        "creators",
        prompt,
        answer,
        [_without(others, known | cast), _without(ctx.world.pool.people, known | cast)],
        "hard",
        f"{ctx.pack.show} was created by {_join(creators)}, per {ctx.source}.",
    )


def narrator(ctx: _Context) -> Iterator[Question | Skip]:
    voices = [m for m in ctx.pack.cast if m.narrator]
    if not voices:
        return
    if len(voices) > 1 or not voices[0].certain:
        yield Skip("narrator", "the narrator is not one certain cast member")
        return
    voice = voices[0]
    narrators = {norm(m.actor) for m in ctx.world.season_cast(ctx.pack) if m.narrator}
    as_role = f" as {voice.role}" if voice.role else ""
    explanation = f"{voice.actor} narrates{as_role}, per {ctx.source}."
    yield ctx.ask(
        "narrator",
        "narrator",
        f"Who narrates {ctx.season}?",
        voice.actor,
        _actor_tiers(ctx, exclude=narrators),
        "easy",
        explanation,
    )
    if voice.role:
        roles = {norm(m.role) for m in ctx.world.season_cast(ctx.pack) if m.narrator and m.role}
        yield ctx.ask(
            "narrator_role",
            "narrator",
            f"Which character narrates {ctx.season}?",
            voice.role,
            [_without([m.role for m in ctx.pack.cast if m.role], roles)],
            "medium",
            explanation,
        )


def new_cast(ctx: _Context) -> Iterator[Question | Skip]:
    newcomers = [m for m in ctx.pack.cast if m.status == "new"]
    for member in newcomers:
        if ctx.pack.season == 1:
            yield Skip(f"{_fact(member)}.new", "in a first season every actor is new")
            continue
        new_names = {norm(m.actor) for m in ctx.world.season_cast(ctx.pack) if m.status != "confirmed"}
        returning = _without([m.actor for m in ctx.pack.cast if m.status == "confirmed"], new_names)
        yield ctx.ask(
            "new_cast",
            f"{_fact(member)}.new",
            f"Which of these actors is new to the cast in {ctx.season}?",
            member.actor,
            [returning],
            "hard",
            f"{member.actor} joins the cast in season {ctx.pack.season}, per {ctx.source}.",
        )


def network(ctx: _Context) -> Iterator[Question | Skip]:
    truths = {norm(p.network) for p in ctx.world.season_packs(ctx.pack)}
    others = [p.network for p in ctx.world.others(ctx.pack)]
    yield ctx.ask(
        "network",
        "network",
        f"Which network or service released {ctx.season}?",
        ctx.pack.network,
        [_without(others, truths), _without(ctx.world.pool.networks, truths)],
        "easy",
        f"{ctx.season_start} was released by {ctx.pack.network}, per {ctx.source}.",
    )


def episodes(ctx: _Context) -> Iterator[Question | Skip]:
    count = ctx.pack.episodes
    if count is None:
        return
    if count.at_least:
        yield Skip("episodes", f"the episode count is only a lower bound (at least {count.count})")
        return
    numbers = [
        str(n)
        for n in (count.count - 3, count.count - 2, count.count - 1, count.count + 1, count.count + 2, count.count + 4)
        if n > 0
    ]
    yield ctx.ask(
        "episodes",
        "episodes",
        f"How many episodes does {ctx.season} have?",
        str(count.count),
        [numbers],
        "medium",
        f"{ctx.season_start} has {count.count} episodes, per {ctx.source}.",
        order=int,
    )


def handwritten(ctx: _Context) -> Iterator[Question | Skip]:
    for i, item in enumerate(ctx.pack.questions):
        explanation = item.explanation or f"The answer is {item.answer}, per the pack's author."
        yield ctx.ask("custom", f"questions[{i}]", item.prompt, item.answer, [list(item.wrong)], "medium", explanation)


def _actor_tiers(ctx: _Context, exclude: set[str]) -> list[list[str]]:
    own = [m.actor for m in ctx.pack.cast if m.certain]
    others = [m.actor for p in ctx.world.others(ctx.pack) for m in p.cast if m.certain]
    return [_without(own, exclude), _without(others, exclude), _without(ctx.world.pool.actors, exclude)]


def _without(items: Iterable[str], excluded: set[str]) -> list[str]:
    return [item for item in items if norm(item) not in excluded]


def _join(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


KINDS: tuple[Callable[[_Context], Iterator[Question | Skip]], ...] = (
    role_actor,
    actor_role,
    known_for,
    premiere,
    renewed,
    filming_place,
    filming_period,
    creator,
    narrator,
    new_cast,
    network,
    episodes,
    handwritten,
)
