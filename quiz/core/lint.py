"""Mechanical checks of generated questions: truth, fairness and grammar."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .dates import PartialDate
from .matching import fold
from .pack import Pack
from .questions import Question
from .truth import option_truths
from .world import World, mentions

PLACEHOLDER = re.compile(r"[{}]|%[sd]|\bNone\b|\bnull\b|\bundefined\b")
A_BEFORE_VOWEL = re.compile(r"\ba (?:[aeio]|u(?!s|n[iy]|r))\w", re.IGNORECASE)
AN_BEFORE_CONSONANT = re.compile(r"\ban [bcdfgjklmnpqrstvwxz]\w", re.IGNORECASE)
DOUBLED_WORD = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)
MIN_OPTIONS = {"boolean": 2, "event": 2, "text": 2, "typed_name": 1}
FREE_TYPES = {"text", "event", "typed_name"}


@dataclass(frozen=True)
class Finding:
    origin: str
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.key}: {self.message}"


def lint(pack: Pack, questions: list[Question], world: World) -> list[Finding]:
    findings = []
    vocabulary = _vocabulary(world)
    for q in questions:
        for message in _question_problems(q, pack, world, vocabulary):
            findings.append(Finding(pack.origin, q.key, message))
    return findings


def near_duplicate_questions(packs_questions: list[tuple[Pack, list[Question]]]) -> list[Finding]:
    """Two questions that could meet in one game (different facts) but ask nearly the same thing."""
    findings = []
    for pack, questions in packs_questions:
        for a, b in itertools.combinations(questions, 2):
            if a.fact != b.fact and fuzz.token_sort_ratio(fold(a.prompt), fold(b.prompt)) >= 95:
                findings.append(Finding(pack.origin, a.key, f"nearly the same question as {b.key}"))
    return findings


def _question_problems(q: Question, pack: Pack, world: World, vocabulary: dict[str, set[str]]):
    needed = MIN_OPTIONS.get(q.type, 3)
    if len(q.options) < needed:
        yield f"only {len(q.options)} option(s); needs at least {needed}"
    if q.type != "boolean" and mentions(q.prompt, q.answer):
        yield f"the answer '{q.answer}' appears in the question"
    folded = [fold(o) for o in q.options]
    if len(set(folded)) < len(folded):
        yield "two options are the same"
    elif q.type in ("actor", "person", "role", "title", "place", "network", "text"):
        for a, b in itertools.combinations(q.options, 2):
            if fuzz.ratio(fold(a), fold(b)) >= 90:
                yield f"options '{a}' and '{b}' are nearly the same"
    for option in q.options:
        if not _of_type(option, q, vocabulary):
            yield f"option '{option}' does not fit the question's type ({q.type.replace('_', ' ')})"
    for option, truth in option_truths(q, pack, world).items():
        if option == q.answer and truth is not True:
            yield f"the keyed answer '{option}' is not certainly true"
        elif option != q.answer and truth is not False:
            yield f"the wrong option '{option}' is {'true' if truth else 'possibly true'}"
    yield from _grammar(q.prompt)


def _grammar(prompt: str):
    if PLACEHOLDER.search(prompt):
        yield "the question has an unfilled placeholder"
    if A_BEFORE_VOWEL.search(prompt) or AN_BEFORE_CONSONANT.search(prompt):
        yield "the question uses the wrong article ('a' or 'an')"
    if DOUBLED_WORD.search(prompt):
        yield f"the question repeats a word: '{DOUBLED_WORD.search(prompt).group(0)}'"
    if "  " in prompt or prompt != prompt.strip():
        yield "the question has stray spaces"
    if not prompt.endswith(("?", ".")):
        yield "the question does not end with '?' or '.'"
    if prompt[:1].islower():
        yield "the question starts with a lowercase letter"


def _vocabulary(world: World) -> dict[str, set[str]]:
    cast = {m.actor for p in world.packs for m in p.cast}
    people = cast | set(world.creators) | set(world.pool.people) | set(world.pool.actors)
    return {
        "actor": cast | set(world.pool.actors),
        "person": people,
        "role": set(world.roles),
        "title": set(world.titles) | set(world.pool.titles),
        "place": set(world.places) | set(world.pool.places),
        "network": set(world.networks) | set(world.pool.networks),
    }


def _is_period(text: str) -> bool:
    """'January–June 2019', 'November 2018–April 2019', '1–9 May 2019'-style spans, or one date."""
    start, _, end = text.partition("–")
    if not end:
        return PartialDate.from_human(text) is not None
    last = PartialDate.from_human(end)
    if last is None:
        return False
    return PartialDate.from_human(start) is not None or PartialDate.from_human(f"{start} {last.year}") is not None


def _of_type(option: str, q: Question, vocabulary: dict[str, set[str]]) -> bool:
    if q.type in vocabulary:
        return option in vocabulary[q.type]
    if q.type.startswith("date:"):
        date = PartialDate.from_human(option)
        return date is not None and date.precision == q.type.split(":")[1]
    if q.type == "period":
        return _is_period(option)
    if q.type == "number":
        return option.isdigit()
    if q.type == "boolean":
        return option in ("True", "False")
    if q.type == "ordering":
        return sorted(option.split(" → ")) == sorted(q.answer.split(" → "))
    return q.type in FREE_TYPES and bool(option.strip())
