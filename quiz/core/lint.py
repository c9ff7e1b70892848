"""Mechanical checks of generated questions: truth, fairness, grammar, and what a quiz master
would object to. Each finding names the question's key and the rule it breaks."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from .dates import PartialDate
from .leaks import conflict, leak_between
from .lint_dates import difficulty_rating, implied_order, period, ruled_out
from .lint_options import VOCABULARY, homogeneity
from .matching import matches
from .pack import Pack, derived_aliases
from .questions import TYPED_NAME, Question, full_explanation
from .text import fold, mentions
from .truth import option_truths
from .world import World

PLACEHOLDER = re.compile(r"[{}]|%[sd]|\bNone\b|\bnull\b|\bundefined\b")
A_BEFORE_VOWEL = re.compile(r"\ba (?:[aeio]|u(?!s|n[iy]|r))\w", re.IGNORECASE)
AN_BEFORE_CONSONANT = re.compile(r"\ban [bcdfgjklmnpqrstvwxz]\w", re.IGNORECASE)
DOUBLED_WORD = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)
SEASON_NUMBER = re.compile(r"\bseason \d+\b", re.IGNORECASE)
MIN_OPTIONS = {"boolean": 2, "event": 2, "text": 2, TYPED_NAME: 1}
FREE_TYPES = {"text", "event", TYPED_NAME}


@dataclass(frozen=True)
class Finding:
    origin: str
    key: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.key}: [{self.rule}] {self.message}"


def lint(pack: Pack, questions: list[Question], world: World) -> list[Finding]:
    findings = []
    for q in questions:
        for rule, message in _question_problems(q, pack, world):
            findings.append(Finding(pack.origin, q.key, rule, message))
    for rule, key, message in _bank_problems(pack, questions):
        findings.append(Finding(pack.origin, key, rule, message))
    return findings


def near_duplicate_questions(packs_questions: list[tuple[Pack, list[Question]]]) -> list[Finding]:
    """Two questions that could meet in one game but ask nearly the same thing."""
    findings = []
    for pack, questions in packs_questions:
        for a, b in itertools.combinations(questions, 2):
            if conflict(a, b):
                continue
            if fuzz.token_sort_ratio(fold(a.prompt), fold(b.prompt)) >= 95:
                findings.append(Finding(pack.origin, a.key, "near-duplicate", f"nearly the same question as {b.key}"))
    return findings


def _question_problems(q: Question, pack: Pack, world: World):
    for options in q.sets:
        needed = MIN_OPTIONS.get(q.type, 3)
        if len(options) < needed:
            yield "too-few-options", f"only {len(options)} option(s); needs at least {needed}"
        folded = [fold(o) for o in options]
        if len(set(folded)) < len(folded):
            yield "same-options", "two options are the same"
        elif q.type in ("actor", "person", "role", "title", "place", "network", "text"):
            for a, b in itertools.combinations(options, 2):
                if fuzz.ratio(fold(a), fold(b)) >= 90:
                    yield "same-options", f"options '{a}' and '{b}' are nearly the same"
        if q.answer not in options:
            yield "answer-missing", "an option set lacks the answer"
    if q.type != "boolean" and mentions(q.prompt, q.answer):
        yield "answer-in-question", f"the answer '{q.answer}' appears in the question"
    every = dict.fromkeys(o for s in q.sets for o in s)
    for option in every:
        if not _of_type(option, q, world):
            yield "wrong-type", f"option '{option}' does not fit the question's type ({q.type.replace('_', ' ')})"
    for option, truth in option_truths(q, pack, world).items():
        if option == q.answer and truth is not True:
            yield "untrue", f"the keyed answer '{option}' is not certainly true"
        elif option != q.answer and truth is not False:
            yield "untrue", f"the wrong option '{option}' is {'true' if truth else 'possibly true'}"
    yield from _positions(q)
    yield from homogeneity(q, pack, world)
    yield from implied_order(q)
    yield from ruled_out(q, pack)
    yield from _beyond_source(q, pack)
    yield from _labels_and_names(q, pack)
    yield from _explanation(q)
    yield from difficulty_rating(q, pack)
    for problem in _grammar(q.prompt):
        yield "grammar", problem


def _positions(q: Question):
    """Flaw 1: across its option sets the answer takes every position equally often, ends included."""
    if q.typed or q.type == "boolean":
        return
    sizes = {len(s) for s in q.sets}
    if len(sizes) != 1:
        return
    size = sizes.pop()
    counts = Counter(s.index(q.answer) for s in q.sets if q.answer in s)
    if len(set(counts.get(p, 0) for p in range(size))) > 1:
        places = ", ".join(f"{p + 1}: {counts.get(p, 0)}" for p in range(size))
        yield "answer-position", f"the answer does not take each of the {size} positions equally often ({places})"


def _beyond_source(q: Question, pack: Pack):
    """Flaw 7: "NOT in the cast" needs a complete cast list or an actor the source says is gone."""
    if q.kind == "not_in_cast" and not pack.cast_complete:
        yield "beyond-source", "asks who is NOT in the cast, but the pack does not say its cast list is complete"
    if q.kind == "departed" and not any(m.status == "departed" and m.actor == q.answer for m in pack.cast):
        yield "beyond-source", f"'{q.answer}' is not listed as departed"


def _labels_and_names(q: Question, pack: Pack):
    """Flaw 8: the show's own season label, and every alias of a typed answer accepted."""
    if pack.label and not pack.label.lower().startswith("season ") and SEASON_NUMBER.search(q.prompt):
        yield "season-label", f"says '{SEASON_NUMBER.search(q.prompt)[0]}' where the show says '{pack.label}'"
    if q.typed:
        others = q.options[1:]
        for alias in (*q.aliases, *derived_aliases(q.answer)):
            if not any(matches(alias, name, others) for name in (q.answer, *q.aliases)):
                yield "alias", f"typing '{alias}' would not be accepted"
        member = next((m for m in pack.cast if m.actor == q.answer), None)
        for alias in member.names[1:] if member else ():
            if alias not in q.aliases:
                yield "alias", f"the alias '{alias}' is not accepted"


def _explanation(q: Question):
    """Flaw 9: cite the source, and add a fact the question did not just show."""
    if not q.citation or "“" not in q.citation:
        yield "restating-explanation", "the explanation does not cite its source by title and publisher"
    if q.kind != "custom" and not q.extras:
        yield "restating-explanation", "the explanation only restates the answer: no further fact to add"
    for extra in q.extras:
        if extra.fact in q.reveals or extra.text.rstrip(".").casefold() in q.explanation.casefold():
            yield "restating-explanation", f"the extra fact '{extra.text}' is one the question already shows"


def _bank_problems(pack: Pack, questions: list[Question]):
    """Flaws 5 and 6: two questions that could share a game and leak; two questions with one key."""
    for key, count in Counter(q.key for q in questions).items():
        if count > 1:
            yield "duplicate-key", key, f"{count} questions share this key, so the pack could not be stored"
    for a, b in itertools.permutations(questions, 2):
        if conflict(a, b):
            continue
        leak = leak_between(a, b, full_explanation(b, None))
        if leak:
            yield "leak", a.key, f"can share a game with {leak}"
    truths = Counter(q.topic for q in questions if q.type == "boolean")
    answers = Counter((q.topic, q.answer) for q in questions if q.type == "boolean")
    for topic in truths:
        if answers[(topic, "True")] != answers[(topic, "False")]:
            yield "answer-position", topic, "true-or-false statements on this topic are not as often true as false"


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


def _is_period(text: str) -> bool:
    """'January–June 2019', 'November 2018–April 2019', '1–9 May 2019'-style spans, or one date."""
    start, end = period(text)
    return start is not None and end is not None


def _of_type(option: str, q: Question, world: World) -> bool:
    vocabulary = VOCABULARY.get(q.type)
    if vocabulary == "people":
        return any(world.entry(v, option) for v in ("people", "actors"))
    if vocabulary:
        return world.entry(vocabulary, option) is not None
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
