"""Question kinds that weigh facts against each other: true or false, relations, timelines, crossovers."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from .dates import PartialDate, months
from .facts import creator_fact, credit_role_fact, period_fact, place_fact, relation_fact, role_fact
from .kinds_season import confirmed_spots, premiere_floor, renewal_ceiling
from .pack import EXCLUSIVE_RELATIONS
from .questions import Context, Question, Skip, join_names
from .world import Entry, norm

TRUTH_OPTIONS = ("True", "False")


def true_false(ctx: Context) -> Iterator[Question | Skip]:
    """Each family of facts gives a true statement and a false one; a game deals at most one of the two."""
    for family in (_roles, _premiere, _renewed, _filming, _creators, _relations, _episodes, _credit_roles):
        for topic, true, false, *cited in family(ctx):
            if true is None or false is None:
                continue  # one side alone would make "True" (or "False") the answer every time
            for truth, (statement, facts, explain, claim) in ((True, true), (False, false)):
                answer = "True" if truth else "False"
                yield ctx.question(
                    "true_false",
                    f"{topic}.{answer.lower()}",
                    f"True or false? {statement}",
                    answer,
                    [TRUTH_OPTIONS],
                    f"{answer}: {explain}",
                    "boolean",
                    claim,
                    "medium",
                    facts,
                    f"tf:{topic}",
                    (),
                    ordered=True,
                    citation=cited[0] if cited else None,
                )


def _sure_roles(ctx: Context):
    players: dict[str, set[str]] = {}
    for m in ctx.world.season_cast(ctx.pack):
        if m.role:
            players.setdefault(norm(m.role), set()).add(norm(m.actor))
    return [m for m in ctx.pack.cast if m.certain and m.role and len(players[norm(m.role)]) == 1]


def _roles(ctx: Context):
    sure = _sure_roles(ctx)
    for subject in sure:
        others = [
            m
            for m in sure
            if norm(m.actor) != norm(subject.actor) and m.character_pronouns == subject.character_pronouns
        ]
        if not others:
            continue
        other = ctx.rng("true_false", subject.actor).choice(others)
        true = (
            f"{subject.actor} plays {subject.role} in {ctx.season}.",
            [role_fact(subject)],
            f"{subject.actor} plays {subject.role}.",
            {"claim": "role", "actor": subject.actor, "role": subject.role},
        )
        false = (
            f"{subject.actor} plays {other.role} in {ctx.season}.",
            [role_fact(subject), role_fact(other)],
            f"{other.role} is played by {other.actor}, not {subject.actor}.",
            {"claim": "role", "actor": subject.actor, "role": other.role},
        )
        yield role_fact(subject), true, false


def _premiere(ctx: Context):
    date = ctx.pack.premiere
    if date is None or date.precision == "year":
        return
    month = PartialDate(date.year, date.month)
    truths = [p.premiere for p in ctx.world.season_packs(ctx.pack) if p.premiere]
    if any(t.precision == "year" or not t.overlaps(month) for t in truths):
        return  # the packs about this season disagree, or one is too vague to judge a month
    floor = premiere_floor(ctx.pack)
    moved = [month.plus_months(s) for s in (-3, -2, -1, 1, 2, 3)]
    fair = [m for m in moved if all(f.before(m) for f in floor)]
    if not fair:
        return
    wrong = ctx.rng("true_false", "premiere").choice(fair)
    explain = f"{ctx.season_start} premiered in {month.human()}."
    yield (
        "premiere",
        (f"{ctx.season_start} premiered in {month.human()}.", ["premiere"], explain, _month(month)),
        (f"{ctx.season_start} premiered in {wrong.human()}.", ["premiere"], explain, _month(wrong)),
    )


def _renewed(ctx: Context):
    """The renewal month, which as a list of dates could only ever be the latest option."""
    date = ctx.pack.renewed
    if date is None or date.precision == "year":
        return
    month = PartialDate(date.year, date.month)
    if any(
        t.precision == "year" or not t.overlaps(month)
        for t in (p.renewed for p in ctx.world.season_packs(ctx.pack) if p.renewed)
    ):
        return
    ceiling = renewal_ceiling(ctx.pack)
    fair = [m for m in (month.plus_months(s) for s in (-3, -2, -1, 1, 2, 3)) if all(m.before(c) for c in ceiling)]
    if not fair:
        return
    wrong = ctx.rng("true_false", "renewed").choice(fair)
    show, label = ctx.pack.show, ctx.season_label_lower
    explain = f"{show} was renewed for {label} in {month.human()}."
    yield (
        "renewed",
        (f"{show} was renewed for {label} in {month.human()}.", ["renewed"], explain, _renewal(month)),
        (f"{show} was renewed for {label} in {wrong.human()}.", ["renewed"], explain, _renewal(wrong)),
    )


def _filming(ctx: Context):
    confirmed = confirmed_spots(ctx.pack)
    places = {norm(f.place) for p in ctx.world.season_packs(ctx.pack) for f in p.filming}
    rng = ctx.rng("true_false", "filming")
    for spot in confirmed:
        like = Entry(spot.place, kind=spot.kind, country=(spot.country,) if spot.country else ())
        wrong = ctx.one_outside("places", like, places, rng)
        if wrong is None:
            continue
        every = join_names([f.place for f in confirmed])
        yield (
            f"filming[{spot.place}]",
            (
                f"{ctx.season_start} was filmed in {spot.place}.",
                [place_fact(spot)],
                f"{ctx.season_start} was filmed in {every}.",
                {"claim": "filming", "place": spot.place},
            ),
            (
                f"{ctx.season_start} was filmed in {wrong}.",
                [place_fact(f) for f in confirmed],
                f"{ctx.season_start} was filmed in {every}, not {wrong}.",
                {"claim": "filming", "place": wrong},
            ),
        )
        return


def _creators(ctx: Context):
    names = ctx.pack.creator_names
    if not names:
        return
    known = {norm(c.name) for p in ctx.world.show_packs(ctx.pack) for c in p.creators}
    cast = {norm(m.actor) for m in ctx.world.season_cast(ctx.pack)}
    person = ctx.pack.creators[ctx.rng("true_false", "creator").randrange(len(names))]
    like = Entry(person.name, person.pronouns)
    wrong = ctx.one_outside("people", like, known | cast, ctx.rng("true_false", "creator", "wrong"))
    if wrong is None:
        return
    explain = f"{ctx.pack.show} was created by {join_names(names)}."
    every = [creator_fact(n) for n in names]
    yield (
        "creators",
        (
            f"{person.name} is one of the creators of {ctx.pack.show}.",
            [creator_fact(person.name)],
            explain,
            {"claim": "creator", "person": person.name},
        ),
        (f"{wrong} is one of the creators of {ctx.pack.show}.", every, explain, {"claim": "creator", "person": wrong}),
    )


def _relations(ctx: Context):
    characters = [m for p in ctx.world.show_packs(ctx.pack) for m in p.cast if m.role]
    for member in ctx.pack.cast:
        for relation in member.relations if member.certain else ():
            if relation.relation not in EXCLUSIVE_RELATIONS:
                continue
            same = [
                m.role
                for m in characters
                if m.character_pronouns == member.character_pronouns
                and norm(m.role) not in (norm(member.role), norm(relation.of))
                and not any(norm(r.of) == norm(relation.of) and r.relation == relation.relation for r in m.relations)
            ]
            if not same:
                continue
            other = ctx.rng("true_false", member.role, relation.relation).choice(sorted(set(same)))
            fact = relation_fact(member, relation)
            explain = f"{member.role} is the {relation.relation} of {relation.of}."
            yield (
                fact,
                (
                    f"In {ctx.pack.show}, {member.role} is the {relation.relation} of {relation.of}.",
                    [fact],
                    explain,
                    {"claim": "relation", "role": member.role, "relation": relation.relation, "of": relation.of},
                ),
                (
                    f"In {ctx.pack.show}, {other} is the {relation.relation} of {relation.of}.",
                    [fact],
                    explain,
                    {"claim": "relation", "role": other, "relation": relation.relation, "of": relation.of},
                ),
            )


def _episodes(ctx: Context):
    count = ctx.pack.episodes
    if count is None or not count.at_least or count.count < 3:
        return
    fewer = count.count  # "fewer than 8" against "at least 8": only knowing the count tells them apart
    season = ctx.season_start
    explain = f"{season} has at least {count.count} episodes."
    yield (
        "episodes",
        (
            f"{season} has at least {count.count} episodes.",
            ["episodes"],
            explain,
            {"claim": "at_least", "count": count.count},
        ),
        (f"{season} has fewer than {fewer} episodes.", ["episodes"], explain, {"claim": "fewer", "count": fewer}),
    )


def _credit_roles(ctx: Context):
    """'X played R in T': false with another of the actor's titles, since a character belongs to one title."""
    for member in ctx.pack.cast:
        if not member.certain:
            continue
        for credit in member.known_for:
            if not credit.role:
                continue
            own = [c for c in member.known_for if c.title != credit.title]
            alike = [c for c in own if c.medium == credit.medium] or own
            others = sorted(c.title for c in alike)
            if not others:
                continue
            wrong = ctx.rng("true_false", member.actor, credit.title).choice(others)
            fact = credit_role_fact(member, credit)
            explain = f"{member.actor} played {credit.role} in {credit.title}."
            source = ctx.pack.sources[(credit.source or 1) - 1]
            yield (
                fact,
                (explain, [fact], explain, _credit(member, credit.title, credit.role)),
                (
                    f"{member.actor} played {credit.role} in {wrong}.",
                    [fact],
                    explain,
                    _credit(member, wrong, credit.role),
                ),
                source.citation(),
            )


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
            yield ctx.ask(
                "relation",
                fact,
                f"In {ctx.pack.show}, which character is the {link.relation} of {link.of}?",
                member.role,
                [[Entry(m.role, m.character_pronouns) for m in characters]],
                f"{member.role} is the {link.relation} of {link.of}.",
                "role",
                {"of": link.of, "relation": link.relation},
                asks=[fact],
                like=like,
                excluded=taken,
            )


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
        yield ctx.ask(
            "based_on",
            f"based_on[{member.role}]",
            f"Which real person is {member.role} in {ctx.pack.show} based on?",
            member.based_on,
            [show, *ctx.outside("models", like)],
            f"{member.role} is based on {member.based_on}.",
            "model",
            {"role": member.role},
            asks=[f"based_on[{member.role}]"],
            like=like,
            excluded=same_role,
        )


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
    yield ctx.ask(
        "order_events",
        "timeline.filming",
        f"Put these events of {ctx.season} in order, earliest first.",
        answer,
        [wrong],
        "; ".join(f"{n}: {d.human()}" for n, d, _ in events) + ".",
        "ordering",
        {"events": [[n, d.iso()] for n, d, _ in events]},
        asks=[f for _, _, facts in events for f in facts],
        topic="timeline",
        difficulty=gap_difficulty(min(months(b[1]) - months(a[1]) for a, b in itertools.pairwise(events))),
    )


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
    yield ctx.ask(
        "which_first",
        "timeline.pair",
        f"Which came first for {ctx.season}?" if "premiered" not in first[0] + second[0] else "Which came first?",
        earlier[0],
        [[first[0], second[0]]],
        f"{first[0]}: {first[1].human()}; {second[0]}: {second[1].human()}.",
        "event",
        {"events": [[n, d.iso()] for n, d, _ in (first, second)]},
        asks=[*first[2], *second[2]],
        topic="timeline",
        minimum=1,
        difficulty=gap_difficulty(abs(months(first[1]) - months(second[1]))),
    )


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
            yield ctx.ask(
                "crossover",
                fact,
                f"Which of these actors is in both {ctx.pack.show} and {other.show}?",
                member.actor,
                [outsiders],
                f"{member.actor} is in both {ctx.pack.show} and {other.show}.",
                "actor",
                {"other": other.slug},
                asks=[fact, role_fact(member)],
                topic="crossover",
                like=like,
                difficulty="hard",
            )


def _month(month: PartialDate) -> dict:
    return {"claim": "premiere", "month": month.iso()}


def _credit(member, title: str, role: str) -> dict:
    return {"claim": "credit_role", "actor": member.actor, "title": title, "role": role}


def _renewal(month: PartialDate) -> dict:
    return {"claim": "renewed", "month": month.iso()}
