"""Question kinds that weigh facts against each other: relations, models, timelines, crossovers."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from .context import Context
from .dates import PartialDate, months
from .facts import period_fact, place_fact, relation_fact, role_fact
from .kinds_dates import confirmed_spots
from .pack import EXCLUSIVE_RELATIONS
from .questions import Draft, Question, Skip
from .text import norm
from .world import Entry


def relation(ctx: Context) -> Iterator[Question | Skip]:
    """'Which character is the wife of Kiki Camarena?': asked only where one character alone can be the answer."""
    characters = [m for p in ctx.world.show_packs(ctx.pack) for m in p.cast if m.role]
    for member in ctx.pack.cast:
        if not (member.certain and member.role):
            continue
        for link in member.relations:
            fact = relation_fact(member, link)
            if link.relation not in EXCLUSIVE_RELATIONS:
                yield Skip(fact, f"'{link.relation} of' can hold for several characters, so no wrong option is sure")
                continue
            like = Entry(member.role, member.character_pronouns)
            taken = {norm(link.of)} | {
                norm(m.role)
                for m in characters
                for r in m.relations
                if norm(r.of) == norm(link.of) and r.relation == link.relation
            }
            prompt = f"In {ctx.pack.show}, which character is the {link.relation} of {link.of}?"
            explanation = f"{member.role} is the {link.relation} of {link.of}."
            about = {"of": link.of, "relation": link.relation}
            draft = Draft("relation", fact, prompt, member.role, explanation, "role", about)
            yield ctx.ask(draft, [[Entry(m.role, m.character_pronouns) for m in characters]], like=like, excluded=taken)


def based_on(ctx: Context) -> Iterator[Question | Skip]:
    show = [
        Entry(m.based_on, m.character_pronouns) for p in ctx.world.show_packs(ctx.pack) for m in p.cast if m.based_on
    ]
    for member in ctx.pack.cast:
        if not (member.certain and member.role and member.based_on):
            continue
        like = Entry(member.based_on, member.character_pronouns)
        same_role = {
            norm(m.based_on)
            for p in ctx.world.show_packs(ctx.pack)
            for m in p.cast
            if m.based_on and m.role and norm(m.role) == norm(member.role)
        }
        prompt = f"Which real person is {member.role} in {ctx.pack.show} based on?"
        explanation = f"{member.role} is based on {member.based_on}."
        draft = Draft(
            "based_on", f"based_on[{member.role}]", prompt, member.based_on, explanation, "model", {"role": member.role}
        )
        yield ctx.ask(draft, [show, *ctx.outside("models", like)], like=like, excluded=same_role)


def _events(ctx: Context) -> list[tuple[str, PartialDate, list[str]]]:
    """Events whose order is not implied by what they are: filming starts in different places,
    and premieres of other shows played together with this one."""
    first: dict[str, object] = {}
    for f in confirmed_spots(ctx.pack):
        if f.start and (f.place not in first or f.start < first[f.place].start):
            first[f.place] = f  # a place listed twice began filming at its earliest date
    events = [
        (f"Filming began in {f.place}", f.start, [period_fact(f) if f.end else place_fact(f)]) for f in first.values()
    ]
    if ctx.pack.premiere:
        mine = (f"{ctx.season_start} premiered", ctx.pack.premiere, ["premiere"])
        others = [
            (f"{p.season_label} of {p.show} premiered", p.premiere, [f"premiere@{p.slug}"])
            for p in ctx.world.nearest_premieres(ctx.pack)
        ]
        if others:
            events.append(mine)
            events.extend(others)
    return events


def order_events(ctx: Context) -> Iterator[Question | Skip]:
    events = sorted(_filming_events(ctx), key=lambda e: e[1])
    if len(events) < 3:
        return
    events = events[:4]
    if not all(a[1].before(b[1]) for a, b in itertools.pairwise(events)):
        yield Skip("timeline.filming", "filming began in these places too close together to put in order")
        return
    names = [name for name, _, _ in events]
    answer = " → ".join(names)
    wrong = [" → ".join(p) for p in itertools.permutations(names) if list(p) != names]
    draft = Draft(
        "order_events",
        "timeline.filming",
        f"Put these events of {ctx.season} in order, earliest first.",
        answer,
        "; ".join(f"{n}: {d.human()}" for n, d, _ in events) + ".",
        "ordering",
        {"events": [[n, d.iso()] for n, d, _ in events]},
        asks=[f for _, _, facts in events for f in facts],
        topic="timeline",
    )
    closest = min(months(b[1]) - months(a[1]) for a, b in itertools.pairwise(events))
    yield ctx.ask(draft, [wrong], difficulty=gap_difficulty(closest))


def _filming_events(ctx: Context):
    return [e for e in _events(ctx) if e[0].startswith("Filming began")]


def which_first(ctx: Context) -> Iterator[Question | Skip]:
    events = _events(ctx)
    pairs = [(a, b) for a, b in itertools.combinations(events, 2) if a[1].before(b[1]) or b[1].before(a[1])]
    pairs = [
        (a, b)
        for a, b in pairs
        if "premiered" not in a[0] or "premiered" not in b[0] or ctx.season_start in a[0] + b[0]
    ]
    if not pairs:
        return
    # The closest pair is the least obvious.
    first, second = min(pairs, key=lambda pair: abs(months(pair[0][1]) - months(pair[1][1])))
    earlier = first if first[1] < second[1] else second
    draft = Draft(
        "which_first",
        "timeline.pair",
        f"Which came first for {ctx.season}?" if "premiered" not in first[0] + second[0] else "Which came first?",
        earlier[0],
        f"{first[0]}: {first[1].human()}; {second[0]}: {second[1].human()}.",
        "event",
        {"events": [[n, d.iso()] for n, d, _ in (first, second)]},
        asks=[*first[2], *second[2]],
        topic="timeline",
    )
    gap = abs(months(first[1]) - months(second[1]))
    yield ctx.ask(draft, [[first[0], second[0]]], minimum=1, difficulty=gap_difficulty(gap))


def gap_difficulty(months_apart: int) -> str:
    """Two events months apart are hard to order; years apart, easy."""
    return "hard" if months_apart <= 3 else "medium" if months_apart <= 12 else "easy"


def crossover(ctx: Context) -> Iterator[Question | Skip]:
    """'Which of these actors is in both shows?', when the other show's cast list is complete."""
    mine = {norm(m.actor): m for m in ctx.pack.cast if m.certain}
    for other in ctx.world.packs_with_actors(mine):
        if norm(other.show) == norm(ctx.pack.show) or not other.cast_complete:
            continue
        theirs = {norm(m.actor) for m in other.cast}
        for key, member in mine.items():
            if key not in {norm(m.actor) for m in other.cast if m.certain}:
                continue
            like = Entry(member.actor, member.pronouns)
            outsiders = [Entry(m.actor, m.pronouns) for k, m in mine.items() if k not in theirs]
            fact = f"crossover[{member.actor}|{other.show}]"
            both = f"both {ctx.pack.show} and {other.show}"
            prompt = f"Which of these actors is in {both}?"
            draft = Draft(
                "crossover",
                fact,
                prompt,
                member.actor,
                f"{member.actor} is in {both}.",
                "actor",
                {"other": other.slug},
                asks=[fact, role_fact(member)],
                topic="crossover",
            )
            yield ctx.ask(draft, [outsiders], like=like, difficulty="hard")
