"""The question and skip records, and the shared machinery kinds build them with.

A question keeps several fair option sets, so replays differ; across its sets
the answer sits in every position equally often, ordered lists included.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from .pack import Pack, derived_aliases
from .text import lower_season, mentions, names, norm
from .world import Entry, World

MAX_WRONG = 3
# Option sets kept per question: at least this many, and a multiple of the option count.
MIN_SETS = 4
# Random draws from a world-wide list before giving up on it: keeps big worlds linear.
WORLD_DRAWS = 24
DIFFICULTIES = ("easy", "medium", "hard")
# Answer types that are names: a question with one asks the name, so nothing else in its game may show it.
NAMED = ("actor", "person", "role", "place", "title", "network", "typed_name", "credit_role", "model")


@dataclass(frozen=True)
class Extra:
    """One more fact for an explanation; `fact` keeps it out of games that ask it."""

    text: str
    fact: str


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
    option_sets: tuple[tuple[str, ...], ...] = ()
    # Dealing: never two questions of one topic in a game, nor one that reveals a fact another asks.
    topic: str = ""
    asks: tuple[str, ...] = ()
    reveals: tuple[str, ...] = ()
    extras: tuple[Extra, ...] = ()
    citation: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Stable across re-imports, so an edited pack updates questions in place."""
        return f"{self.kind}:{self.fact}"

    @property
    def typed(self) -> bool:
        return self.type == "typed_name"

    @property
    def sets(self) -> tuple[tuple[str, ...], ...]:
        return self.option_sets or (self.options,)


def full_explanation(question: Question, extra: Extra | None) -> str:
    """What a player reads after answering: the fact, one more, and the source."""
    parts = [question.explanation]
    if extra is not None:
        parts.append(extra.text)
    if question.citation:
        parts.append(f"Source: {question.citation}.")
    return " ".join(parts)


@dataclass(frozen=True)
class Skip:
    fact: str
    reason: str


@dataclass(frozen=True)
class Sample:
    """A large list to draw a few random candidates from, instead of filtering it all."""

    items: Sequence


def set_count(size: int) -> int:
    return size * math.ceil(MIN_SETS / size)


class Context:
    def __init__(self, pack: Pack, world: World, seed: int):
        self.pack, self.world, self.seed = pack, world, seed
        self.citation = pack.sources[0].citation()
        label = pack.season_label
        # "Season 2 of Narcos: Mexico"; a label like "Part 3" reads the same way.
        self.season_start = f"{label} of {pack.show}"
        self.season_label_lower = lower_season(label)
        self.season = f"{self.season_label_lower} of {pack.show}"
        self.extras: Callable[[Question], tuple[Extra, ...]] = lambda q: ()
        self.names = _pack_names(pack)
        self.identifies = _identifying_facts(pack)

    def one_outside(self, vocabulary: str, like: Entry, excluded: set[str], rng: random.Random) -> str | None:
        """One random fitting name from other shows that is not excluded, drawn, not scanned for."""
        found = _draw_wrong_from([*self.outside(vocabulary, like)], rng, 1, set(excluded))
        return found[0] if found else None

    def named_in(self, text: str) -> list[str]:
        """The pack's names that `text` shows; a substring test first keeps this cheap."""
        folded = norm(text)
        return [n for n in self.names if norm(n) in folded and names(text, n)]

    def rng(self, kind: str, fact: str, *more) -> random.Random:
        return random.Random("|".join(map(str, (self.seed, self.pack.slug, kind, fact, *more))))

    def outside(self, vocabulary: str, like: Entry) -> list[Sample]:
        """Names from other shows of the pack's countries with the answer's tags, to draw a few from."""
        return [Sample(items) for items in self.world.fitting(vocabulary, self.pack, like) if items]

    def ask(
        self,
        kind: str,
        fact: str,
        prompt: str,
        answer: str,
        tiers: Iterable,
        explanation: str,
        type_: str,
        about: dict,
        *,
        asks: Iterable[str],
        topic: str | None = None,
        reveals: Iterable[str] = (),
        like: Entry | None = None,
        excluded: set[str] = frozenset(),
        minimum: int = 2,
        one_per_group: bool = False,
        difficulty: str = "medium",
        citation: str | None = None,
    ) -> Question | Skip:
        """A question whose wrong options are drawn from tiers, best tier first, in shuffled sets.

        `excluded` holds normalised values that are true, or might be, and so may never be offered
        as wrong. Entries in tiers must share `like`'s tags.
        """
        if mentions(prompt, answer):
            return Skip(fact, "the answer would appear in the question")
        tiers = [_fitting(tier, like) for tier in tiers]
        # One random stream per question, drawn in a fixed order: deterministic for a seed.
        rng = self.rng(kind, fact)
        first = self._draw_wrong(rng, answer, tiers, excluded, one_per_group)
        insiders = {c[1] for c in (tiers[0] if tiers and not isinstance(tiers[0], Sample) else ())}
        if any(norm(w) not in insiders for w in first):
            # Names from other shows are easier to rule out than the show's own.
            difficulty = DIFFICULTIES[max(0, DIFFICULTIES.index(difficulty) - 1)]
        if len(first) < minimum:
            hint = "" if self.pack.country else "; give the pack its countries so names from other shows can fit"
            return Skip(fact, f"only {len(first)} fair wrong option(s) for {kind.replace('_', ' ')}{hint}")
        size = len(first) + 1
        offset = rng.randrange(size)
        sets = []
        for i in range(set_count(size)):
            wrong = first if i == 0 else self._draw_wrong(rng, answer, tiers, excluded, one_per_group)
            if len(wrong) != size - 1:
                wrong = first
            options = list(wrong)
            rng.shuffle(options)
            options.insert((offset + i) % size, answer)
            sets.append(tuple(options))
        return self.question(
            kind,
            fact,
            prompt,
            answer,
            sets,
            explanation,
            type_,
            about,
            difficulty,
            asks,
            topic,
            reveals,
            citation=citation,
        )

    def ask_ordered(
        self,
        kind: str,
        fact: str,
        prompt: str,
        answer: str,
        bands: dict[str, tuple[list[str], list[str]]],
        explanation: str,
        type_: str,
        about: dict,
        *,
        asks: Iterable[str],
        topic: str | None = None,
        reveals: Iterable[str] = (),
    ) -> Question | Skip:
        """Options shown in order (dates, spans, counts) with the answer in every position in turn.

        `bands` maps a difficulty to the fair wrong options below and above the answer at that
        distance; the first band with room on both sides for every position is used.
        """
        rng = self.rng(kind, fact)
        order = list(bands)
        rng.shuffle(order)
        for band in order:
            below, above = bands[band]
            for size in (4, 3):
                if len(below) >= size - 1 and len(above) >= size - 1:
                    offset = rng.randrange(size)
                    sets = []
                    for i in range(set_count(size)):
                        place = (offset + i) % size
                        lower = sorted(rng.sample(range(len(below)), place), reverse=True)
                        upper = sorted(rng.sample(range(len(above)), size - 1 - place))
                        sets.append((*(below[j] for j in lower), answer, *(above[j] for j in upper)))
                    return self.question(
                        kind, fact, prompt, answer, sets, explanation, type_, about, band, asks, topic, reveals, True
                    )
        return Skip(fact, "no room for fair wrong options on both sides of the answer")

    def question(
        self,
        kind,
        fact,
        prompt,
        answer,
        sets,
        explanation,
        type_,
        about,
        difficulty,
        asks,
        topic,
        reveals,
        ordered=False,
        aliases=(),
        citation=None,
    ) -> Question:
        # Names count as facts too: a question whose answer is a name asks it, and every name its
        # text shows is revealed, so no game pairs "Who plays Walt?" with a question naming the actor.
        named = [f"name:{norm(n)}" for n in self.named_in(" ".join((prompt, explanation, citation or self.citation)))]
        answered = [f"name:{norm(n)}" for n in (answer, *aliases, *derived_aliases(answer))] if type_ in NAMED else []
        # A fact that rules out a wrong option is as good as the answer: "Cosio plays Don Neto" shown
        # earlier leaves one option fewer in "Which character does Diego Luna play?".
        ruling_out = [f for options in sets for o in options if o != answer for f in self.identifies.get(norm(o), ())]
        asks = tuple(dict.fromkeys((*asks, *answered, *ruling_out)))
        reveals = (*reveals, *named, *answered)
        made = Question(
            kind,
            prompt,
            tuple(sets[0]),
            answer,
            difficulty,
            fact,
            explanation,
            type_,
            ordered,
            about,
            tuple(tuple(s) for s in sets) if len(sets) > 1 else (),
            topic or fact,
            asks,
            tuple(dict.fromkeys((*asks, *reveals))),
            (),
            citation or self.citation,
            tuple(aliases),
        )
        extras = self.extras(made)
        return replace(made, extras=extras) if extras else made

    def _draw_wrong(self, rng, answer, tiers, excluded, one_per_group) -> list[str]:
        return _draw_wrong_from(tiers, rng, MAX_WRONG, {norm(answer)} | set(excluded), one_per_group)


def _draw_wrong_from(tiers, rng, wanted: int, seen: set[str], one_per_group: bool = False) -> list[str]:
    wrong: list[str] = []
    groups: set[str] = set()
    for tier in tiers:
        wrong += _draw(tier, rng, wanted - len(wrong), seen, groups if one_per_group else None)
        if len(wrong) == wanted:
            break
    return wrong


def _identifying_facts(pack: Pack) -> dict[str, list[str]]:
    """For each actor, character and title of the pack, the facts that tie it to something else."""
    found: dict[str, list[str]] = {}
    for m in pack.cast:
        if m.role and m.certain:
            for name in (m.actor, m.role):
                found.setdefault(norm(name), []).append(f"role[{m.actor}|{m.role}]")
        for c in m.known_for if m.certain else ():
            found.setdefault(norm(c.title), []).append(f"credit[{m.actor}|{c.title}]")
            if c.role:
                played = f"credit_role[{m.actor}|{c.title}]"
                found[norm(c.title)].append(played)
                found.setdefault(norm(c.role), []).append(played)
    return found


def _pack_names(pack: Pack) -> list[str]:
    names = [pack.network, *pack.creator_names, *(f.place for f in pack.filming)]
    for m in pack.cast:
        names += [*m.names, *([m.role, *derived_aliases(m.role)] if m.role else []), *(c.title for c in m.known_for)]
    if pack.setting and pack.setting.city:
        names.append(pack.setting.city)
    return [n for n in dict.fromkeys(names) if len(n) > 2]


def _fitting(tier, like: Entry | None):
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


def join_names(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
