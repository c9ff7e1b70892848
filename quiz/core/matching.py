"""Typed answers: forgiving about case, accents, punctuation and small typos,
never about whose name it is."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import OSA

from .text import fold


def typo_budget(answer: str) -> int:
    # Edits allowed, counting a swap of two neighbouring letters as one.
    letters = len(answer.replace(" ", ""))
    return 0 if letters <= 4 else 1 if letters <= 9 else 2


def matches(typed: str, answer: str, others: Iterable[str] = ()) -> bool:
    """True when `typed` is `answer` with at most a small typo and is not closer to anyone else."""
    guess, target = fold(typed), fold(answer)
    if not guess:
        return False
    if guess == target:
        return True
    distance = OSA.distance(guess, target)
    if distance > typo_budget(target):
        return False
    for other in others:
        name = fold(other)
        if name != target and OSA.distance(guess, name) <= distance:
            return False
    return True


def confusable(answer: str, names: Iterable[str]) -> list[str]:
    """Other people's names a typo of `answer` could land near; they are never accepted."""
    target = fold(answer)
    budget = typo_budget(target) * 2 + 1
    found = []
    for name in dict.fromkeys(names):
        folded = fold(name)
        if folded != target and OSA.distance(folded, target, score_cutoff=budget) <= budget:
            found.append(name)
    return found
