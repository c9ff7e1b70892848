"""Choosing a game's questions and cleaning what players type. No I/O here."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

NICKNAME_MAX = 30
# Estimates made before anyone plays are poor; after this many answers the players' record decides.
OBSERVED_AFTER = 30


@dataclass(frozen=True)
class Candidate:
    id: int
    kind: str
    fact: str
    difficulty: str


def pick_questions(
    candidates: list[Candidate], count: int, rng: random.Random, difficulty: str | None = None
) -> list[Candidate]:
    """Up to `count` questions, never two on the same fact, kinds dealt in turn so they spread out.

    A chosen difficulty comes first; the game is topped up from the other
    difficulties only when the pack has too few questions of it.
    """
    pool = list(candidates)
    rng.shuffle(pool)
    preferred = [c for c in pool if difficulty in (None, c.difficulty)]
    rest = [c for c in pool if c not in preferred]
    chosen: list[Candidate] = []
    facts: set[str] = set()
    for group in (preferred, rest):
        _deal(group, count, chosen, facts, rng)
    return chosen


def _deal(group: list[Candidate], count: int, chosen: list[Candidate], facts: set[str], rng: random.Random) -> None:
    by_kind: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in group:
        by_kind[candidate.kind].append(candidate)
    kinds = list(by_kind)
    rng.shuffle(kinds)
    while len(chosen) < count and any(by_kind.values()):
        for kind in kinds:
            queue = by_kind[kind]
            while queue and queue[0].fact in facts:
                queue.pop(0)
            if queue and len(chosen) < count:
                pick = queue.pop(0)
                chosen.append(pick)
                facts.add(pick.fact)


def observed_difficulty(estimate: str, answered: int, right: int) -> str:
    if answered < OBSERVED_AFTER:
        return estimate
    share = right / answered
    return "easy" if share >= 0.7 else "medium" if share >= 0.4 else "hard"


def clean_nickname(raw: str | None) -> str | None:
    """Drop control and format characters, fold runs of spaces, cap the length."""
    if not raw:
        return None
    kept = "".join(c for c in unicodedata.normalize("NFC", raw) if unicodedata.category(c)[0] != "C")
    text = re.sub(r"\s+", " ", kept).strip()[:NICKNAME_MAX].strip()
    return text or None
