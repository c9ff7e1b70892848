"""Question kinds about who plays whom: roles, typed names, the cast's other credits and the narrator."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from .context import Context
from .facts import credit_fact, credit_role_fact, role_fact
from .matching import confusable
from .pack import CastMember
from .questions import TYPED_NAME, Draft, Question, Skip
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


def _plays(member: CastMember) -> str:
    return f"{member.actor} plays {member.role}."


def actor_entry(member: CastMember) -> Entry:
    return Entry(member.actor, member.pronouns)


def actor_tiers(ctx: Context, like: Entry) -> list:
    """This pack's certain cast first, then actors of other shows from the pack's countries."""
    return [[actor_entry(m) for m in ctx.pack.cast if m.certain], *ctx.outside("actors", like)]


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
        prompt = f"Who plays {member.role} in {ctx.season}?"
        draft = Draft("role_actor", fact, prompt, member.actor, _plays(member), "actor", {"role": member.role})
        yield ctx.ask(draft, actor_tiers(ctx, like), like=like, excluded=players)


def typed_actor(ctx: Context) -> Iterator[Question | Skip]:
    local = [m.actor for p in ctx.world.show_packs(ctx.pack) for m in p.cast] + [e.name for e in ctx.world.pool.actors]
    for member in ctx.pack.cast:
        if not (member.role and member.certain) or len(_players(ctx, member.role)) > 1:
            continue
        prompt = f"Type the name of the actor who plays {member.role} in {ctx.season}."
        fact = role_fact(member)
        # Other people's look-alike names ride along as hidden options, so a typo nearer one of them is refused.
        others = tuple(confusable(member.actor, local))
        draft = Draft("typed_actor", fact, prompt, member.actor, _plays(member), TYPED_NAME, {"role": member.role})
        yield ctx.question(draft, [(member.actor, *others)], "hard", aliases=member.names[1:])


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
        prompt = f"Which character does {member.actor} play in {ctx.season}?"
        draft = Draft("actor_role", fact, prompt, member.role, _plays(member), "role", {"actor": member.actor})
        yield ctx.ask(draft, [show_roles], like=like, excluded=roles)


def known_for(ctx: Context) -> Iterator[Question | Skip]:
    asked: set[str] = set()
    own = [Entry(c.title, kind=c.medium) for m in ctx.pack.cast for c in m.known_for]
    for member in ctx.pack.cast:
        if member.known_for and not member.certain:
            yield _uncertain(member)
            continue
        credits = ctx.world.credits(member.actor)
        for credit in member.known_for:
            fact = credit_fact(member, credit)
            if fact in asked:
                continue  # the same actor listed again, in another role, with the same credit
            asked.add(fact)
            like = Entry(credit.title, kind=credit.medium)
            noun = MEDIUM_NOUNS.get(credit.medium, "titles")
            prompt = f"Which of these {noun} was {member.actor} also in?"
            explanation = f"{member.actor} was also in {credit.title}."
            about = {"actor": member.actor, "medium": credit.medium}
            draft = Draft("known_for", fact, prompt, credit.title, explanation, "title", about, topic=_credits(member))
            yield ctx.ask(draft, [own, *ctx.outside("titles", like)], like=like, excluded=credits, difficulty="hard")


def credit_role(ctx: Context) -> Iterator[Question | Skip]:
    """'Who did Matt Letscher play in The Mask of Zorro?': among characters of the cast's other credits."""
    for member in ctx.pack.cast:
        for credit in member.known_for if member.certain else ():
            if not credit.role:
                continue
            like = Entry(credit.role, member.pronouns)
            # Another character of another title, played by someone of the same pronouns.
            others = [
                Entry(c.role, m.pronouns)
                for m in ctx.pack.cast
                for c in m.known_for
                if c.role and norm(c.title) != norm(credit.title)
            ]
            draft = Draft(
                "credit_role",
                credit_role_fact(member, credit),
                f"Who did {member.actor} play in {credit.title}?",
                credit.role,
                f"{member.actor} played {credit.role} in {credit.title}.",
                "credit_role",
                {"actor": member.actor, "title": credit.title},
                topic=_credits(member),
                # The character comes from the credit's own source.
                citation=ctx.pack.sources[(credit.source or 1) - 1].citation(),
            )
            tiers = [others, *ctx.outside("credit_roles", like)]
            yield ctx.ask(draft, tiers, like=like, excluded={norm(credit.role)}, difficulty="hard")


def _credits(member: CastMember) -> str:
    """The topic both credit kinds share, so a game asks about one actor's other work once."""
    return f"credits[{member.actor}]"


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
    prompt = f"Who narrates {ctx.season}?"
    draft = Draft("narrator", fact, prompt, voice.actor, explanation, "actor", topic="narrator", reveals=reveals)
    yield ctx.ask(draft, actor_tiers(ctx, like), like=like, excluded=narrators, difficulty="easy")
    if voice.role:
        roles = {norm(m.role) for m in season_cast if m.narrator and m.role}
        like = Entry(voice.role, voice.character_pronouns)
        certain = [Entry(m.role, m.character_pronouns) for m in ctx.pack.cast if m.role and m.certain]
        # The same narration asked by character: it tests the same fact.
        by_role = f"Which character narrates {ctx.season}?"
        draft = replace(
            draft,
            kind="narrator_role",
            fact=f"{fact}.role",
            prompt=by_role,
            answer=voice.role,
            type="role",
            about={},  # a dict of its own, as each question has
            asks=[fact],
        )
        yield ctx.ask(draft, [certain], like=like, excluded=roles)
