"""Drawing a question's wrong options from tiers of candidates, best tier first.

A tier is a list of names (plain texts or world entries), or a Sample of a large
world-wide list that is drawn from rather than filtered whole.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from .text import norm
from .world import Entry

MAX_WRONG = 3
# Random draws from a world-wide list before giving up on it: keeps big worlds linear.
WORLD_DRAWS = 24


@dataclass(frozen=True)
class Sample:
    """A large list to draw a few random candidates from, instead of filtering it all."""

    items: Sequence


def draw_wrong(tiers, rng, wanted: int, seen: set[str], one_per_group: bool = False) -> list[str]:
    """Up to `wanted` names not in `seen` (normalised), filling from each tier in turn."""
    wrong: list[str] = []
    groups: set[str] = set()
    for tier in tiers:
        wrong += _draw(tier, rng, wanted - len(wrong), seen, groups if one_per_group else None)
        if len(wrong) == wanted:
            break
    return wrong


def fitting(tier, like: Entry | None):
    """A tier as (name, normalised name, group) once per question, keeping the entries that share
    the answer's tags; plain texts are taken as they are. A large list stays a Sample."""
    if isinstance(tier, Sample):
        return tier
    kept = {}
    for c in tier:
        if isinstance(c, Entry):
            if like is None or c.tags() == like.tags():
                kept.setdefault(norm(c.name), (c.name, norm(c.name), c.group))
        else:
            kept.setdefault(norm(c), (c, norm(c), None))
    return list(kept.values())


def _draw(tier, rng: random.Random, wanted: int, seen: set[str], groups: set[str] | None) -> list[str]:
    if wanted <= 0:
        return []
    if isinstance(tier, Sample):
        items = tier.items
        if len(items) > WORLD_DRAWS:
            drawn = [items[rng.randrange(len(items))] for _ in range(WORLD_DRAWS)]
        else:  # a short list is read whole, so no fitting name is missed
            drawn = rng.sample(items, len(items))
        candidates = [(e.name, norm(e.name), e.group) for e in drawn]
    else:
        candidates = [c for c in tier if c[1] not in seen]
        # Enough in random order to fill the options even when a few share a group.
        candidates = rng.sample(candidates, min(len(candidates), wanted * 3))
    found = []
    for name, key, group in candidates:
        if key in seen or (groups is not None and group is not None and group in groups):
            continue
        found.append(name)
        seen.add(key)
        if groups is not None and group is not None:
            groups.add(group)
        if len(found) == wanted:
            break
    return found
