"""Question kinds about who is in the cast: who is new, seen only in flashbacks, gone, or not in it at all."""

from __future__ import annotations

from collections.abc import Iterator

from .context import Context
from .facts import status_fact
from .kinds_cast import actor_entry
from .questions import Draft, Question, Skip
from .text import norm

# By status: the question, its explanation, and the statuses of cast members that surely lack it.
STATUS_QUESTIONS = {
    "new": (
        "Which of these actors is new to the cast in {season}?",
        "{actor} joins the cast in {season}.",
        ("confirmed",),
    ),
    "flashback_only": (
        "Which of these actors appears only in flashbacks in {season}?",
        "{actor} appears only in flashbacks in {season}.",
        ("confirmed", "new"),
    ),
    "departed": (
        "Which of these actors does NOT return for {season}?",
        "{actor} does not return for {season}.",
        ("confirmed",),  # someone new doesn't return either
    ),
}


def _status_question(ctx: Context, status: str) -> Iterator[Question | Skip]:
    """'Which of these actors is new / appears only in flashbacks / does not return?'"""
    prompt, explanation, lacking = STATUS_QUESTIONS[status]
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
        unsure = {norm(m.actor) for m in season_cast if m.status not in lacking}
        wrong = [actor_entry(m) for m in ctx.pack.cast if m.status in lacking]
        draft = Draft(
            "new_cast" if status == "new" else status,
            fact,
            prompt.format(season=ctx.season),
            member.actor,
            explanation.format(actor=member.actor, season=ctx.season),
            "actor",
            topic=f"status:{status}",
        )
        yield ctx.ask(draft, [wrong], like=actor_entry(member), excluded=unsure, difficulty="hard")


def new_cast(ctx: Context) -> Iterator[Question | Skip]:
    if ctx.pack.season == 1:
        for member in ctx.pack.cast:
            if member.status == "new":
                yield Skip(status_fact(member), "in a first season every actor is new")
        return
    yield from _status_question(ctx, "new")


def flashback_only(ctx: Context) -> Iterator[Question | Skip]:
    yield from _status_question(ctx, "flashback_only")


def departed(ctx: Context) -> Iterator[Question | Skip]:
    """Only actors the source says are gone: a partial cast list proves nobody's absence."""
    yield from _status_question(ctx, "departed")


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
        prompt = f"Which of these actors is NOT in the cast of {ctx.season}?"
        explanation = f"{outsider} is not in the complete cast list of {ctx.season}."
        fact = f"cast.complete[{member.pronouns}]"
        draft = Draft(
            "not_in_cast", fact, prompt, outsider, explanation, "actor", asks=["cast.complete"], topic="not_in_cast"
        )
        yield ctx.ask(draft, [[actor_entry(m) for m in ctx.pack.cast if m.certain]], like=like)
        return
