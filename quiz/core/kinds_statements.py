"""True-or-false statements: each family of facts gives a true statement and a false one."""

from __future__ import annotations

from collections.abc import Iterator

from .context import Context, join_names
from .dates import PartialDate
from .facts import creator_fact, credit_role_fact, place_fact, relation_fact, role_fact
from .kinds_dates import confirmed_spots, fair_date, premiere_floor, renewal_ceiling, season_dates
from .pack import EXCLUSIVE_RELATIONS
from .questions import Draft, Question, Skip
from .text import norm, place_in_text
from .world import Entry

TRUTH_OPTIONS = ("True", "False")


def true_false(ctx: Context) -> Iterator[Question | Skip]:
    """Each family of facts gives a true statement and a false one; a game deals at most one of the two."""
    for family in (_roles, _premiere, _renewed, _filming, _creators, _relations, _episodes, _credit_roles):
        for topic, true, false, *cited in family(ctx):
            if true is None or false is None:
                continue  # one side alone would make "True" (or "False") the answer every time
            for truth, (statement, facts, explain, claim) in ((True, true), (False, false)):
                answer = "True" if truth else "False"
                draft = Draft(
                    "true_false",
                    f"{topic}.{answer.lower()}",
                    f"True or false? {statement}",
                    answer,
                    f"{answer}: {explain}",
                    "boolean",
                    claim,
                    asks=facts,
                    topic=f"tf:{topic}",
                    citation=cited[0] if cited else None,
                )
                # In a fixed order, so "True" always comes first.
                yield ctx.question(draft, [TRUTH_OPTIONS], "medium", ordered=True)


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
    season = ctx.season_start
    after = premiere_floor(ctx.pack)
    yield from _month_statements(ctx, "premiere", lambda m: f"{season} premiered in {m.human()}.", after=after)


def _renewed(ctx: Context):
    """The renewal month, which as a list of dates could only ever be the latest option."""
    show, label = ctx.pack.show, ctx.season_label_lower
    before = renewal_ceiling(ctx.pack)
    yield from _month_statements(
        ctx, "renewed", lambda m: f"{show} was renewed for {label} in {m.human()}.", before=before
    )


def _month_statements(ctx: Context, event: str, said_in, after=(), before=()):
    """'It premiered in March 2019' and the same with a wrong month near it that keeps the pack's own order.

    Nothing where the date has no month, or the packs about this season disagree, or one is too vague
    to judge a month.
    """
    date = getattr(ctx.pack, event)
    if date is None or date.precision == "year":
        return
    month = PartialDate(date.year, date.month)
    truths = season_dates(ctx, event)
    if any(t.precision == "year" or not t.overlaps(month) for t in truths):
        return
    fits = fair_date(truths, after, before)
    fair = [m for m in (month.plus_months(s) for s in (-3, -2, -1, 1, 2, 3)) if fits(m)]
    if not fair:
        return
    wrong = ctx.rng("true_false", event).choice(fair)
    explain = said_in(month)
    yield (
        event,
        (said_in(month), [event], explain, {"claim": event, "month": month.iso()}),
        (said_in(wrong), [event], explain, {"claim": event, "month": wrong.iso()}),
    )


def _filming(ctx: Context):
    confirmed = confirmed_spots(ctx.pack)
    places = ctx.filming_or_setting()
    rng = ctx.rng("true_false", "filming")
    for spot in confirmed:
        like = Entry(spot.place, kind=spot.kind, country=(spot.country,) if spot.country else ())
        wrong = ctx.one_outside("places", like, places, rng)
        if wrong is None:
            continue
        every = join_names([place_in_text(f.place) for f in confirmed])
        yield (
            f"filming[{spot.place}]",
            (
                f"{ctx.season_start} was filmed in {place_in_text(spot.place)}.",
                [place_fact(spot)],
                f"{ctx.season_start} was filmed in {every}.",
                {"claim": "filming", "place": spot.place},
            ),
            (
                f"{ctx.season_start} was filmed in {place_in_text(wrong)}.",
                [place_fact(f) for f in confirmed],
                f"{ctx.season_start} was filmed in {every}, not {place_in_text(wrong)}.",
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
            # A role the actor also played in another title (a sequel, a film of the show) is no wrong title.
            own = [c for c in member.known_for if c.title != credit.title and norm(c.role or "") != norm(credit.role)]
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


def _credit(member, title: str, role: str) -> dict:
    return {"claim": "credit_role", "actor": member.actor, "title": title, "role": role}
