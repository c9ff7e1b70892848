"""Question kinds about the cast: who plays whom, credits, narrator, who is new, gone or only remembered."""

from __future__ import annotations

from collections.abc import Iterator

from .facts import credit_fact, credit_role_fact, role_fact, status_fact
from .matching import confusable
from .pack import CastMember
from .questions import Context, Question, Skip
from .text import norm
from .world import Entry

MEDIUM_NOUNS = {"film": "films", "series": "series", "video game": "video games", "documentary": "documentaries"}


def _uncertain(member: CastMember) -> Skip:
    return Skip(
        f"cast[{member.actor}]", f"{member.actor}'s status is {member.status}, so no question treats it as certain"
    )


def _players(ctx: Context, role: str) -> set[str]:
    return {norm(m.actor) for m in ctx.world.season_cast(ctx.pack) if m.role and norm(m.role) == norm(role)}


def _roles_of(ctx: Context, actor: str) -> set[str]:
    return {norm(m.role) for m in ctx.world.season_cast(ctx.pack) if m.role and norm(m.actor) == norm(actor)}


def actor_entry(member: CastMember) -> Entry:
    return Entry(member.actor, member.pronouns)


def actor_tiers(ctx: Context, like: Entry, members=None) -> list:
    """This pack's certain cast first, then actors of other shows from the pack's countries."""
    own = [Entry(m.actor, m.pronouns) for m in (members if members is not None else ctx.pack.cast) if m.certain]
    return [own, *ctx.outside("actors", like)]


def role_actor(ctx: Context) -> Iterator[Question | Skip]:
    for member in ctx.pack.cast:
        if not member.role:
            continue
        if not member.certain:
            yield _uncertain(member)
            continue
        players = _players(ctx, member.role)
        fact = role_fact(member)
        if len(players) > 1:
            yield Skip(fact, f"more than one actor plays {member.role}")
            continue
        like = actor_entry(member)
        yield ctx.ask(
            "role_actor",
            fact,
            f"Who plays {member.role} in {ctx.season}?",
            member.actor,
            actor_tiers(ctx, like),
            f"{member.actor} plays {member.role}.",
            "actor",
            {"role": member.role},
            asks=[fact],
            like=like,
            excluded=players,
        )


def typed_actor(ctx: Context) -> Iterator[Question | Skip]:
    local = [m.actor for p in ctx.world.show_packs(ctx.pack) for m in p.cast] + [e.name for e in ctx.world.pool.actors]
    for member in ctx.pack.cast:
        if not (member.role and member.certain) or len(_players(ctx, member.role)) > 1:
            continue
        prompt = f"Type the name of the actor who plays {member.role} in {ctx.season}."
        fact = role_fact(member)
        others = tuple(confusable(member.actor, local))
        yield ctx.question(
            "typed_actor",
            fact,
            prompt,
            member.actor,
            [(member.actor, *others)],
            f"{member.actor} plays {member.role}.",
            "typed_name",
            {"role": member.role},
            "hard",
            [fact],
            None,
            (),
            aliases=member.names[1:],
        )


def actor_role(ctx: Context) -> Iterator[Question | Skip]:
    for member in ctx.pack.cast:
        if not (member.role and member.certain):
            continue
        roles = _roles_of(ctx, member.actor)
        fact = role_fact(member)
        if len(roles) > 1:
            yield Skip(f"{fact}.actor_role", f"{member.actor} plays more than one role")
            continue
        like = Entry(member.role, member.character_pronouns)
        show_roles = [
            Entry(m.role, m.character_pronouns) for p in ctx.world.show_packs(ctx.pack) for m in p.cast if m.role
        ]
        yield ctx.ask(
            "actor_role",
            fact,
            f"Which character does {member.actor} play in {ctx.season}?",
            member.role,
            [show_roles],
            f"{member.actor} plays {member.role}.",
            "role",
            {"actor": member.actor},
            asks=[fact],
            like=like,
            excluded=roles,
        )


def known_for(ctx: Context) -> Iterator[Question | Skip]:
    asked: set[str] = set()
    own = [Entry(c.title, kind=c.medium) for m in ctx.pack.cast for c in m.known_for]
    for member in ctx.pack.cast:
        if member.known_for and not member.certain:
            yield _uncertain(member)
            continue
        credits = ctx.world.credits(member.actor)
        for credit in member.known_for:
            if credit_fact(member, credit) in asked:
                continue  # the same actor listed again, in another role, with the same credit
            asked.add(credit_fact(member, credit))
            like = Entry(credit.title, kind=credit.medium)
            noun = MEDIUM_NOUNS.get(credit.medium, "titles")
            fact = credit_fact(member, credit)
            yield ctx.ask(
                "known_for",
                fact,
                f"Which of these {noun} was {member.actor} also in?",
                credit.title,
                [own, *ctx.outside("titles", like)],
                f"{member.actor} was also in {credit.title}.",
                "title",
                {"actor": member.actor, "medium": credit.medium},
                asks=[fact],
                topic=f"credits[{member.actor}]",
                like=like,
                excluded=credits,
                difficulty="hard",
            )


def credit_role(ctx: Context) -> Iterator[Question | Skip]:
    """'Who did Matt Letscher play in The Mask of Zorro?': among characters of the cast's other credits."""
    for member in ctx.pack.cast:
        for credit in member.known_for if member.certain else ():
            if not credit.role:
                continue
            fact = credit_role_fact(member, credit)
            like = Entry(credit.role, member.pronouns)
            # Another character of another title, played by someone of the same pronouns.
            others = [
                Entry(c.role, m.pronouns)
                for m in ctx.pack.cast
                for c in m.known_for
                if c.role and norm(c.title) != norm(credit.title)
            ]
            source = ctx.pack.sources[(credit.source or 1) - 1]
            yield ctx.ask(
                "credit_role",
                fact,
                f"Who did {member.actor} play in {credit.title}?",
                credit.role,
                [others, *ctx.outside("credit_roles", like)],
                f"{member.actor} played {credit.role} in {credit.title}.",
                "credit_role",
                {"actor": member.actor, "title": credit.title},
                asks=[fact],
                topic=f"credits[{member.actor}]",
                like=like,
                excluded={norm(credit.role)},
                difficulty="hard",
                citation=source.citation(),
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
    fact = f"narrator[{voice.actor}]"
    reveals = [role_fact(voice)] if voice.role else []
    as_role = f" as {voice.role}" if voice.role else ""
    explanation = f"{voice.actor} narrates {ctx.season}{as_role}."
    like = actor_entry(voice)
    yield ctx.ask(
        "narrator",
        fact,
        f"Who narrates {ctx.season}?",
        voice.actor,
        actor_tiers(ctx, like),
        explanation,
        "actor",
        {},
        asks=[fact],
        topic="narrator",
        reveals=reveals,
        like=like,
        excluded=narrators,
        difficulty="easy",
    )
    if voice.role:
        roles = {norm(m.role) for m in season_cast if m.narrator and m.role}
        like = Entry(voice.role, voice.character_pronouns)
        certain = [Entry(m.role, m.character_pronouns) for m in ctx.pack.cast if m.role and m.certain]
        yield ctx.ask(
            "narrator_role",
            f"{fact}.role",
            f"Which character narrates {ctx.season}?",
            voice.role,
            [certain],
            explanation,
            "role",
            {},
            asks=[fact],
            topic="narrator",
            reveals=reveals,
            like=like,
            excluded=roles,
        )


def _status_question(ctx: Context, status: str, prompt: str, explanation: str, others) -> Iterator[Question | Skip]:
    """'Which of these actors is new / appears only in flashbacks / does not return?'"""
    season_cast = ctx.world.season_cast(ctx.pack)
    asked = set()
    for member in ctx.pack.cast:
        if member.status != status or norm(member.actor) in asked:
            continue
        asked.add(norm(member.actor))
        fact = status_fact(member)
        if {m.status for m in season_cast if norm(m.actor) == norm(member.actor)} != {status}:
            yield Skip(fact, f"{member.actor} is listed with more than one status")
            continue
        unsure = {norm(m.actor) for m in season_cast if not others(m)}
        like = actor_entry(member)
        yield ctx.ask(
            "new_cast" if status == "new" else status,
            fact,
            prompt,
            member.actor,
            [[actor_entry(m) for m in ctx.pack.cast if others(m)]],
            explanation.format(actor=member.actor),
            "actor",
            {},
            asks=[fact],
            topic=f"status:{status}",
            like=like,
            excluded=unsure,
            difficulty="hard",
        )


def new_cast(ctx: Context) -> Iterator[Question | Skip]:
    if ctx.pack.season == 1:
        for member in ctx.pack.cast:
            if member.status == "new":
                yield Skip(status_fact(member), "in a first season every actor is new")
        return
    yield from _status_question(
        ctx,
        "new",
        f"Which of these actors is new to the cast in {ctx.season}?",
        "{actor} joins the cast in " + ctx.season + ".",
        lambda m: m.status == "confirmed",
    )


def flashback_only(ctx: Context) -> Iterator[Question | Skip]:
    yield from _status_question(
        ctx,
        "flashback_only",
        f"Which of these actors appears only in flashbacks in {ctx.season}?",
        "{actor} appears only in flashbacks in " + ctx.season + ".",
        lambda m: m.status in ("confirmed", "new"),
    )


def departed(ctx: Context) -> Iterator[Question | Skip]:
    """Only actors the source says are gone: a partial cast list proves nobody's absence."""
    yield from _status_question(
        ctx,
        "departed",
        f"Which of these actors does NOT return for {ctx.season}?",
        "{actor} does not return for " + ctx.season + ".",
        lambda m: m.status in ("confirmed", "new"),
    )


def not_in_cast(ctx: Context) -> Iterator[Question | Skip]:
    """An outsider against certain cast members, asked only when the pack says its cast list is complete."""
    if not ctx.pack.cast_complete:
        return
    cast = {norm(m.actor) for m in ctx.world.season_cast(ctx.pack)}
    for member in ctx.pack.cast:
        if not member.certain or member.pronouns is None:
            continue
        like = actor_entry(member)
        outsider = ctx.one_outside("actors", like, cast, ctx.rng("not_in_cast", member.pronouns))
        if outsider is None:
            continue
        yield ctx.ask(
            "not_in_cast",
            f"cast.complete[{member.pronouns}]",
            f"Which of these actors is NOT in the cast of {ctx.season}?",
            outsider,
            [[actor_entry(m) for m in ctx.pack.cast if m.certain]],
            f"{outsider} is not in the complete cast list of {ctx.season}.",
            "actor",
            {},
            asks=["cast.complete"],
            topic="not_in_cast",
            like=like,
        )
        return
