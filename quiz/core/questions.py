"""The question and skip records, and the shared machinery kinds build them with."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .pack import Pack
from .world import World, mentions, norm

MAX_WRONG = 3
# Random draws from a world-wide list before giving up on it: keeps big worlds linear.
WORLD_DRAWS = 24


@dataclass(frozen=True)
class Question:
    kind: str
    prompt: str
    options: tuple[str, ...]
    answer: str
    difficulty: str
    fact: str
    explanation: str
    type: str
    ordered: bool = False
    # What the question is about, so its truth can be checked without re-running the generator.
    about: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        """Stable across re-imports, so an edited pack updates questions in place."""
        return f"{self.kind}:{self.fact}"

    @property
    def typed(self) -> bool:
        return self.type == "typed_name"


@dataclass(frozen=True)
class Skip:
    fact: str
    reason: str


@dataclass(frozen=True)
class Sample:
    """A large list to draw a few random candidates from, instead of filtering it all."""

    items: Sequence[str]


class Context:
    def __init__(self, pack: Pack, world: World, seed: int):
        self.pack, self.world, self.seed = pack, world, seed
        self.source = pack.source_name
        self.season = f"season {pack.season} of {pack.show}"
        self.season_start = f"Season {pack.season} of {pack.show}"  # str.capitalize() would lowercase the show

    def rng(self, kind: str, fact: str) -> random.Random:
        return random.Random(f"{self.seed}|{self.pack.slug}|{kind}|{fact}")

    def ask(
        self,
        kind: str,
        fact: str,
        prompt: str,
        answer: str,
        tiers: Iterable,
        difficulty: str,
        explanation: str,
        type_: str,
        about: dict,
        order=None,
        excluded: set[str] = frozenset(),
        minimum: int = 2,
    ) -> Question | Skip:
        """A question from the answer and tiers of wrong options, best tier first.

        `excluded` holds normalised values that are true, or might be, and so may
        never be offered as wrong.
        """
        if mentions(prompt, answer):
            return Skip(fact, "the answer would appear in the question")
        rng = self.rng(kind, fact)
        wrong: list[str] = []
        seen = {norm(answer)} | set(excluded)
        for tier in tiers:
            for candidate in _draw(tier, rng, MAX_WRONG - len(wrong), seen):
                wrong.append(candidate)
                seen.add(norm(candidate))
            if len(wrong) == MAX_WRONG:
                break
        if len(wrong) < minimum:
            return Skip(fact, f"only {len(wrong)} fair wrong option(s) for {kind.replace('_', ' ')}")
        options = [answer, *wrong]
        if order:
            options.sort(key=order)
        else:
            rng.shuffle(options)
        return Question(kind, prompt, tuple(options), answer, difficulty, fact, explanation, type_, bool(order), about)


def _draw(tier, rng: random.Random, wanted: int, seen: set[str]) -> list[str]:
    if wanted <= 0:
        return []
    if isinstance(tier, Sample):
        items = tier.items
        candidates = [items[rng.randrange(len(items))] for _ in range(WORLD_DRAWS)] if items else []
    else:
        candidates = [c for c in dict.fromkeys(tier) if norm(c) not in seen]
        rng.shuffle(candidates)
    taken, found = set(seen), []
    for candidate in candidates:
        key = norm(candidate)
        if key not in taken:
            found.append(candidate)
            taken.add(key)
            if len(found) == wanted:
                break
    return found


def balance_positions(questions: list[Question], rng: random.Random) -> list[Question]:
    """Move each shuffled question's answer so that, across a pack, it sits in every slot equally often."""
    turns: dict[int, int] = {}
    balanced = []
    for question in questions:
        size = len(question.options)
        if question.ordered or question.typed or size < 2:
            balanced.append(question)
            continue
        turn = turns.get(size, rng.randrange(size))
        turns[size] = turn + 1
        wrong = [o for o in question.options if o != question.answer]
        slot = turn % size
        options = (*wrong[:slot], question.answer, *wrong[slot:])
        balanced.append(replace(question, options=options))
    return balanced


def join_names(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def without(items: Iterable[str], excluded: set[str]) -> list[str]:
    return [item for item in items if norm(item) not in excluded]
