"""What every question kind works with: the pack, the world and the seed, and the methods that turn
a draft into a question.

A question keeps several fair option sets, so replays differ; across its sets
the answer sits in every position equally often, ordered lists included.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from .facts import citation_of, fact_sources
from .pack import Pack, derived_aliases
from .questions import TYPED_NAME, Draft, Extra, Question, Skip
from .text import lower_season, mentions, names, norm, sentence
from .world import Entry, World
from .wrong_options import MAX_WRONG, Sample, draw_wrong, fitting

# Option sets kept per question: at least this many, and a multiple of the option count.
MIN_SETS = 4
DIFFICULTIES = ("easy", "medium", "hard")
# Answer types that are names: a question with one asks the name, so nothing else in its game may show it.
NAMED = ("actor", "person", "role", "place", "title", "network", TYPED_NAME, "credit_role", "model")


def set_count(size: int) -> int:
    return size * math.ceil(MIN_SETS / size)


class Context:
    def __init__(self, pack: Pack, world: World, seed: int):
        self.pack, self.world, self.seed = pack, world, seed
        self.sources = fact_sources(pack)
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
        found = draw_wrong([*self.outside(vocabulary, like)], rng, 1, set(excluded))
        return found[0] if found else None

    def named_in(self, text: str) -> list[str]:
        """The pack's names that `text` shows; a substring test first keeps this cheap."""
        folded = norm(text)
        return [n for n in self.names if norm(n) in folded and names(text, n)]

    def filming_or_setting(self) -> set[str]:
        """Places never offered as wrong filming places: any the season's packs give, and the city
        the story is set in, where a show may well have filmed without a source saying so."""
        places = {norm(f.place) for p in self.world.season_packs(self.pack) for f in p.filming}
        setting = self.pack.setting.city if self.pack.setting else None
        return places | ({norm(setting)} if setting else set())

    def rng(self, kind: str, fact: str, *more) -> random.Random:
        return random.Random("|".join(map(str, (self.seed, self.pack.slug, kind, fact, *more))))

    def outside(self, vocabulary: str, like: Entry) -> list[Sample]:
        """Names from other shows of the pack's countries with the answer's tags, to draw a few from."""
        return [Sample(items) for items in self.world.fitting(vocabulary, self.pack, like) if items]

    def ask(
        self,
        draft: Draft,
        tiers: Iterable,
        *,
        like: Entry | None = None,
        excluded: set[str] = frozenset(),
        minimum: int = 2,
        one_per_group: bool = False,
        difficulty: str = "medium",
    ) -> Question | Skip:
        """A question whose wrong options are drawn from tiers, best tier first, in shuffled sets.

        `excluded` holds normalised values that are true, or might be, and so may never be offered
        as wrong. Entries in tiers must share `like`'s tags.
        """
        answer = draft.answer
        if mentions(draft.prompt, answer):
            return Skip(draft.fact, "the answer would appear in the question")
        tiers = [fitting(tier, like) for tier in tiers]
        # One random stream per question, drawn in a fixed order: deterministic for a seed.
        rng = self.rng(draft.kind, draft.fact)

        def draw() -> list[str]:  # a fresh `seen` each time: every set draws from the whole tiers
            return draw_wrong(tiers, rng, MAX_WRONG, {norm(answer)} | set(excluded), one_per_group)

        first = draw()
        insiders = {c[1] for c in (tiers[0] if tiers and not isinstance(tiers[0], Sample) else ())}
        if any(norm(w) not in insiders for w in first):
            # Names from other shows are easier to rule out than the show's own.
            difficulty = DIFFICULTIES[max(0, DIFFICULTIES.index(difficulty) - 1)]
        if len(first) < minimum:
            hint = "" if self.pack.country else "; give the pack its countries so names from other shows can fit"
            return Skip(draft.fact, f"only {len(first)} fair wrong option(s) for {draft.kind.replace('_', ' ')}{hint}")
        size = len(first) + 1
        offset = rng.randrange(size)
        sets = []
        for i in range(set_count(size)):
            wrong = first if i == 0 else draw()
            if len(wrong) != size - 1:
                wrong = first
            options = list(wrong)
            rng.shuffle(options)
            options.insert((offset + i) % size, answer)
            sets.append(tuple(options))
        return self.question(draft, sets, difficulty)

    def ask_ordered(
        self, draft: Draft, bands: dict[str, tuple[list[str], list[str]]], nearest: bool = False
    ) -> Question | Skip:
        """Options shown in order (dates, spans, counts) with the answer in every position in turn.

        `bands` maps a difficulty to the fair wrong options below and above the answer at that
        distance; the first band with room on both sides for every position is used. With `nearest`
        the options next to the answer are taken, so evenly spaced bands stay evenly spaced.
        """
        rng = self.rng(draft.kind, draft.fact)
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
                        lower = sorted(range(place) if nearest else rng.sample(range(len(below)), place), reverse=True)
                        upper = sorted(
                            range(size - 1 - place) if nearest else rng.sample(range(len(above)), size - 1 - place)
                        )
                        sets.append((*(below[j] for j in lower), draft.answer, *(above[j] for j in upper)))
                    return self.question(draft, sets, band, ordered=True)
        return Skip(draft.fact, "no room for fair wrong options on both sides of the answer")

    def question(
        self, draft: Draft, sets: Sequence[Sequence[str]], difficulty: str, ordered: bool = False, aliases=()
    ) -> Question:
        """The question with these option sets, and the facts it asks and reveals for dealing."""
        answer = draft.answer
        citation = draft.citation or citation_of(self.pack, self.sources, draft.asks or (draft.fact,))
        # Names count as facts too: a question whose answer is a name asks it, and every name its
        # text shows is revealed, so no game pairs "Who plays Walt?" with a question naming the actor.
        named = [f"name:{norm(n)}" for n in self.named_in(" ".join((draft.prompt, draft.explanation, citation)))]
        answered = (
            [f"name:{norm(n)}" for n in (answer, *aliases, *derived_aliases(answer))] if draft.type in NAMED else []
        )
        # A fact that rules out a wrong option is as good as the answer: "Cosio plays Don Neto" shown
        # earlier leaves one option fewer in "Which character does Diego Luna play?".
        ruling_out = [f for options in sets for o in options if o != answer for f in self.identifies.get(norm(o), ())]
        asks = tuple(dict.fromkeys((*(draft.asks or (draft.fact,)), *answered, *ruling_out)))
        reveals = (*draft.reveals, *named, *answered)
        made = Question(
            draft.kind,
            draft.prompt,
            tuple(sets[0]),
            answer,
            difficulty,
            draft.fact,
            sentence(draft.explanation),
            draft.type,
            ordered,
            draft.about,
            tuple(tuple(s) for s in sets) if len(sets) > 1 else (),
            draft.topic or draft.fact,
            asks,
            tuple(dict.fromkeys((*asks, *reveals))),
            (),
            citation,
            tuple(aliases),
        )
        extras = self.extras(made)
        return replace(made, extras=extras) if extras else made


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


def join_names(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
