"""Question kinds that weigh facts against each other: true or false, and timelines."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from .dates import PartialDate
from .questions import Context, Question, Skip, join_names
from .world import norm

TRUTH_OPTIONS = ("True", "False")


def true_false(ctx: Context) -> Iterator[Question | Skip]:
    """One statement per family of facts, true and false in turn."""
    rng = ctx.rng("true_false", "turns")
    truth = rng.random() < 0.5
    for family in (_role_statement, _premiere_statement, _filming_statement, _creator_statement):
        made = family(ctx, truth)
        if made is None:
            continue
        statement, fact, about = made
        answer = "True" if truth else "False"
        yield Question(
            "true_false",
            f"True or false? {statement}",
            TRUTH_OPTIONS,
            answer,
            "medium",
            fact,
            f"{answer}. {_sentence(about['explain'])}, per {ctx.source}.",
            "boolean",
            True,
            {k: v for k, v in about.items() if k != "explain"},
        )
        truth = not truth


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _role_statement(ctx: Context, truth: bool):
    season_cast = ctx.world.season_cast(ctx.pack)
    players: dict[str, set[str]] = {}
    for m in season_cast:
        if m.role:
            players.setdefault(norm(m.role), set()).add(norm(m.actor))
    sure = [m for m in ctx.pack.cast if m.certain and m.role and len(players[norm(m.role)]) == 1]
    if len(sure) < 2:
        return None
    rng = ctx.rng("true_false", "role")
    subject = rng.choice(sure)
    if truth:
        role, explain = subject.role, f"{subject.actor} plays {subject.role}"
    else:
        others = [m for m in sure if norm(m.actor) != norm(subject.actor)]
        if not others:
            return None
        other = rng.choice(others)
        role, explain = other.role, f"{other.role} is played by {other.actor}, not {subject.actor}"
    statement = f"{subject.actor} plays {role} in {ctx.season}."
    return (
        statement,
        f"cast[{subject.actor}].role",
        {"claim": "role", "actor": subject.actor, "role": role, "explain": explain},
    )


def _premiere_statement(ctx: Context, truth: bool):
    date = ctx.pack.premiere
    if date is None or date.precision == "year":
        return None
    shown = PartialDate(date.year, date.month)
    truths = [p.premiere for p in ctx.world.season_packs(ctx.pack) if p.premiere]
    if any(t.precision == "year" or not t.overlaps(shown) for t in truths):
        return None  # the packs about this season disagree, or one is too vague to judge a month
    if not truth:
        shown = shown.plus_months(ctx.rng("true_false", "premiere").choice((-3, -2, -1, 1, 2, 3)))
    explain = f"{ctx.season} premiered in {PartialDate(date.year, date.month).human()}"
    statement = f"{ctx.season_start} premiered in {shown.human()}."
    return statement, "premiere", {"claim": "premiere", "month": shown.iso(), "explain": explain}


def _filming_statement(ctx: Context, truth: bool):
    confirmed = [f.place for f in ctx.pack.filming if f.status == "confirmed"]
    if not confirmed:
        return None
    rng = ctx.rng("true_false", "filming")
    if truth:
        place = rng.choice(confirmed)
        explain = f"{ctx.season} was filmed in {place}"
    else:
        places = {norm(f.place) for p in ctx.world.season_packs(ctx.pack) for f in p.filming}
        elsewhere = [p for p in ctx.world.pool.places if norm(p) not in places]
        if not elsewhere:
            return None
        place = rng.choice(elsewhere)
        explain = f"{ctx.season} was filmed in {', '.join(confirmed)}, not {place}"
    statement = f"{ctx.season_start} was filmed in {place}."
    return statement, f"filming[{place}].place", {"claim": "filming", "place": place, "explain": explain}


def _creator_statement(ctx: Context, truth: bool):
    creators = ctx.pack.creators
    if not creators:
        return None
    rng = ctx.rng("true_false", "creator")
    if truth:
        person = rng.choice(creators)
    else:
        known = {norm(c) for p in ctx.world.show_packs(ctx.pack) for c in p.creators}
        cast = {norm(m.actor) for m in ctx.world.season_cast(ctx.pack)}
        others = [p for p in ctx.world.pool.people if norm(p) not in known | cast]
        if not others:
            return None
        person = rng.choice(others)
    explain = f"{ctx.pack.show} was created by {join_names(creators)}"
    statement = f"{person} is one of the creators of {ctx.pack.show}."
    return statement, "creators", {"claim": "creator", "person": person, "explain": explain}


def _timeline(ctx: Context) -> list[tuple[str, PartialDate]]:
    events = []
    if ctx.pack.renewed:
        events.append((f"Renewed for season {ctx.pack.season}", ctx.pack.renewed))
    starts = [f for f in ctx.pack.filming if f.status == "confirmed" and f.start]
    if starts:
        first = min(starts, key=lambda f: f.start)
        events.append((f"Filming began in {first.place}", first.start))
    if ctx.pack.premiere:
        events.append((f"Season {ctx.pack.season} premiered", ctx.pack.premiere))
    return events


def order_events(ctx: Context) -> Iterator[Question | Skip]:
    events = sorted(_timeline(ctx), key=lambda e: e[1])
    if len(events) < 3:
        return
    if not all(a[1].before(b[1]) for a, b in itertools.pairwise(events)):
        yield Skip("timeline", "the renewal, filming and premiere dates are too close to put in order")
        return
    names = [name for name, _ in events]
    answer = " → ".join(names)
    wrong = [" → ".join(p) for p in itertools.permutations(names) if list(p) != names]
    yield ctx.ask(
        "order_events",
        "timeline",
        f"Put these events of {ctx.season} in order, earliest first.",
        answer,
        [wrong],
        "easy",
        f"{'; '.join(f'{n}: {d.human()}' for n, d in events)} (per {ctx.source}).",
        "ordering",
        {"events": [[n, d.iso()] for n, d in events]},
    )


def which_first(ctx: Context) -> Iterator[Question | Skip]:
    events = _timeline(ctx)
    pairs = [(a, b) for a, b in itertools.combinations(events, 2) if a[1].before(b[1]) or b[1].before(a[1])]
    if not pairs:
        return
    # The closest pair is the least obvious.
    first, second = min(pairs, key=lambda pair: abs(_months(pair[0][1]) - _months(pair[1][1])))
    earlier = first if first[1] < second[1] else second
    yield ctx.ask(
        "which_first",
        "timeline",
        f"Which came first for {ctx.season}?",
        earlier[0],
        [[first[0], second[0]]],
        "hard",
        f"{first[0]}: {first[1].human()}; {second[0]}: {second[1].human()} (per {ctx.source}).",
        "event",
        {"events": [[n, d.iso()] for n, d in (first, second)]},
        minimum=1,
    )


def _months(date: PartialDate) -> int:
    return date.year * 12 + (date.month or 1)
