"""Dealing a game: which questions, which of their option sets, which extra fact. No I/O here.

A dealt game never asks two questions about one topic, never pairs a question
with one that reveals a fact it asks, and never shows text (prompt, answer,
explanation) that names another question's answer.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from .leaks import conflict, leak_between
from .questions import Extra, Question, full_explanation

# Estimates made before anyone plays are poor; after this many answers the players' record decides.
OBSERVED_AFTER = 30
ATTEMPTS = 8


@dataclass(frozen=True)
class Candidate:
    id: int
    question: Question
    difficulty: str

    @property
    def kind(self) -> str:
        return self.question.kind


@dataclass(frozen=True)
class Dealt:
    candidate: Candidate
    options: tuple[str, ...]
    explanation: str
    extra: Extra | None


def pick_questions(
    candidates: list[Candidate], count: int, rng: random.Random, difficulty: str | None = None
) -> list[Candidate]:
    """Up to `count` questions that can share a game, kinds dealt in turn so they spread out.

    A chosen difficulty comes first; the game is topped up from the other
    difficulties only when the pack has too few questions of it.
    """
    best: list[Candidate] = []
    # Dealing is greedy, so a few shuffles find a fuller game when clashes are many (small packs).
    for _ in range(ATTEMPTS):
        pool = list(candidates)
        rng.shuffle(pool)
        preferred = [c for c in pool if difficulty in (None, c.difficulty)]
        rest = [c for c in pool if c not in preferred]
        chosen: list[Candidate] = []
        for group in (preferred, rest):
            _deal(group, count, chosen, rng)
        if len(chosen) > len(best):
            best = chosen
        if len(best) == count:
            break
    return best


def deal(candidates: list[Candidate], count: int, rng: random.Random, difficulty: str | None = None) -> list[Dealt]:
    """A whole game: the questions, each with one of its option sets and an extra fact that gives nothing away."""
    chosen = pick_questions(candidates, count, rng, difficulty)
    dealt = []
    for candidate in chosen:
        q = candidate.question
        others = [c.question for c in chosen if c is not candidate]
        asked = {fact for other in others for fact in other.asks}
        extra = next(
            (
                e
                for e in q.extras
                if e.fact not in asked and not any(leak_between(o, q, full_explanation(q, e)) for o in others)
            ),
            None,
        )
        options = q.sets[rng.randrange(len(q.sets))]
        dealt.append(Dealt(candidate, options, full_explanation(q, extra), extra))
    return dealt


def _fits(candidate: Candidate, chosen: list[Candidate]) -> bool:
    q = candidate.question
    for other in chosen:
        o = other.question
        if (
            conflict(q, o)
            or leak_between(q, o, full_explanation(o, None))
            or leak_between(o, q, full_explanation(q, None))
        ):
            return False
    return True


def _deal(group: list[Candidate], count: int, chosen: list[Candidate], rng: random.Random) -> None:
    by_kind: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in group:
        by_kind[candidate.kind].append(candidate)
    kinds = list(by_kind)
    rng.shuffle(kinds)
    while len(chosen) < count and any(by_kind.values()):
        for kind in kinds:
            queue = by_kind[kind]
            while queue and not _fits(queue[0], chosen):
                queue.pop(0)
            if queue and len(chosen) < count:
                chosen.append(queue.pop(0))


def observed_difficulty(estimate: str, answered: int, right: int) -> str:
    if answered < OBSERVED_AFTER:
        return estimate
    share = right / answered
    return "easy" if share >= 0.7 else "medium" if share >= 0.4 else "hard"
