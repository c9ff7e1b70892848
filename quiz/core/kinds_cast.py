"""Question kinds about the cast: who plays whom, credits, narrator, newcomers."""

from __future__ import annotations

from collections.abc import Iterator

from .matching import confusable
from .questions import Context, Question, Sample, Skip, without
from .world import mentions, norm


def cast_fact(actor: str) -> str:
    return f"cast[{actor}]"


def _uncertain(member) -> Skip:
    return Skip(
        cast_fact(member.actor), f"{member.actor}'s status is {member.status}, so no question treats it as certain"
    )


def _players(ctx: Context, role: str) -> set[str]:
    return {norm(m.actor) for m in ctx.world.season_cast(ctx.pack) if m.role and norm(m.role) == norm(role)}


def _roles_of(ctx: Context, actor: str) -> set[str]:
    return {norm(m.role) for m in ctx.world.season_cast(ctx.pack) if m.role and norm(m.actor) == norm(actor)}


def actor_tiers(ctx: Context) -> list:
    own = [m.actor for m in ctx.pack.cast if m.certain]
    return [own, Sample(ctx.world.actors), ctx.world.pool.actors]


def role_actor(ctx: Context) -> Iterator[Question | Skip]:
    for member in ctx.pack.cast:
        if not member.role:
            continue
        if not member.certain:
            yield _uncertain(member)
            continue
        players = _players(ctx, member.role)
        fact = f"{cast_fact(member.actor)}.role"
        if len(players) > 1:
            yield Skip(fact, f"more than one actor plays {member.role}")
            continue
        yield ctx.ask(
            "role_actor",
            fact,
            f"Who plays {member.role} in {ctx.season}?",
            member.actor,
            actor_tiers(ctx),
            "medium",
            f"{member.actor} plays {member.role}, per {ctx.source}.",
            "actor",
            {"role": member.role},
            excluded=players,
        )


def typed_actor(ctx: Context) -> Iterator[Question | Skip]:
    local = [m.actor for p in ctx.world.show_packs(ctx.pack) for m in p.cast] + list(ctx.world.pool.actors)
    for member in ctx.pack.cast:
        if not (member.role and member.certain) or len(_players(ctx, member.role)) > 1:
            continue
        prompt = f"Type the name of the actor who plays {member.role} in {ctx.season}."
        fact = f"{cast_fact(member.actor)}.role"
        if mentions(prompt, member.actor):
            yield Skip(fact, "the answer would appear in the question")
            continue
        others = tuple(confusable(member.actor, local))
        yield Question(
            "typed_actor",
            prompt,
            (member.actor, *others),
            member.actor,
            "hard",
            fact,
            f"{member.actor} plays {member.role}, per {ctx.source}.",
            "typed_name",
            about={"role": member.role},
        )


def actor_role(ctx: Context) -> Iterator[Question | Skip]:
    for member in ctx.pack.cast:
        if not (member.role and member.certain):
            continue
        roles = _roles_of(ctx, member.actor)
        fact = f"{cast_fact(member.actor)}.role"
        if len(roles) > 1:
            yield Skip(fact, f"{member.actor} plays more than one role")
            continue
        certain = [m.role for m in ctx.pack.cast if m.role and m.certain]
        show_roles = [m.role for p in ctx.world.show_packs(ctx.pack) for m in p.cast if m.role]
        yield ctx.ask(
            "actor_role",
            fact,
            f"Which character does {member.actor} play in {ctx.season}?",
            member.role,
            [certain, show_roles],
            "medium",
            f"{member.actor} plays {member.role}, per {ctx.source}.",
            "role",
            {"actor": member.actor},
            excluded=roles,
        )


def known_for(ctx: Context) -> Iterator[Question | Skip]:
    for member in ctx.pack.cast:
        if not member.known_for:
            continue
        if not member.certain:
            yield _uncertain(member)
            continue
        title = ctx.rng("known_for", member.actor).choice(member.known_for)
        credits = ctx.world.credits(member.actor) | {norm(t) for t in member.known_for}
        own = [t for m in ctx.pack.cast for t in m.known_for]
        yield ctx.ask(
            "known_for",
            f"{cast_fact(member.actor)}.known_for",
            f"Which of these has {member.actor} also appeared in?",
            title,
            [own, Sample(ctx.world.titles), ctx.world.pool.titles],
            "hard",
            f"{member.actor} appeared in {title}, per {ctx.source}.",
            "title",
            {"actor": member.actor},
            excluded=credits,
        )


def narrator(ctx: Context) -> Iterator[Question | Skip]:
    voices = [m for m in ctx.pack.cast if m.narrator]
    if not voices:
        return
    if len(voices) > 1 or not voices[0].certain:
        yield Skip("narrator", "the narrator is not one certain cast member")
        return
    voice = voices[0]
    season_cast = ctx.world.season_cast(ctx.pack)
    narrators = {norm(m.actor) for m in season_cast if m.narrator}
    as_role = f" as {voice.role}" if voice.role else ""
    explanation = f"{voice.actor} narrates {ctx.season}{as_role}, per {ctx.source}."
    yield ctx.ask(
        "narrator",
        "narrator",
        f"Who narrates {ctx.season}?",
        voice.actor,
        actor_tiers(ctx),
        "easy",
        explanation,
        "actor",
        {},
        excluded=narrators,
    )
    if voice.role:
        roles = {norm(m.role) for m in season_cast if m.narrator and m.role}
        certain = [m.role for m in ctx.pack.cast if m.role and m.certain]
        yield ctx.ask(
            "narrator_role",
            "narrator",
            f"Which character narrates {ctx.season}?",
            voice.role,
            [certain],
            "medium",
            explanation,
            "role",
            {},
            excluded=roles,
        )


def new_cast(ctx: Context) -> Iterator[Question | Skip]:
    for member in ctx.pack.cast:
        if member.status != "new":
            continue
        fact = f"{cast_fact(member.actor)}.new"
        if ctx.pack.season == 1:
            yield Skip(fact, "in a first season every actor is new")
            continue
        season_cast = ctx.world.season_cast(ctx.pack)
        if {m.status for m in season_cast if norm(m.actor) == norm(member.actor)} != {"new"}:
            yield Skip(fact, f"{member.actor} is listed with more than one status")
            continue
        not_returning = {norm(m.actor) for m in season_cast if m.status != "confirmed"}
        returning = [m.actor for m in ctx.pack.cast if m.status == "confirmed"]
        yield ctx.ask(
            "new_cast",
            fact,
            f"Which of these actors is new to the cast in {ctx.season}?",
            member.actor,
            [returning],
            "hard",
            f"{member.actor} joins the cast in season {ctx.pack.season}, per {ctx.source}.",
            "actor",
            {},
            excluded=not_returning,
        )


def not_in_cast(ctx: Context) -> Iterator[Question | Skip]:
    """The keyed answer is the outsider; the wrong options are certain cast members."""
    cast = {norm(m.actor) for m in ctx.world.season_cast(ctx.pack)}
    rng = ctx.rng("not_in_cast", "outsider")
    outsiders = without(ctx.world.pool.actors, cast)
    for _ in range(24):
        if ctx.world.actors:
            candidate = ctx.world.actors[rng.randrange(len(ctx.world.actors))]
            if norm(candidate) not in cast:
                outsiders.insert(0, candidate)
                break
    if not outsiders:
        yield Skip("cast", "no actor outside the cast to offer")
        return
    outsider = outsiders[0]
    members = [m.actor for m in ctx.pack.cast if m.certain]
    yield ctx.ask(
        "not_in_cast",
        "cast",
        f"Which of these actors is NOT in the cast of {ctx.season}?",
        outsider,
        [members],
        "medium",
        f"{outsider} is not in {ctx.source}'s cast list for {ctx.season}.",
        "actor",
        {},
    )
