"""Deal many games and measure what a quiz master would: where the answer sits, whether options
belong together, whether questions in one game give each other away, keys, and fact coverage."""

from __future__ import annotations

import itertools
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .generate import coverage, generate
from .leaks import leak_between
from .lint_options import homogeneity
from .pack import Pack
from .questions import Question
from .selection import Candidate, deal
from .world import World

TOLERANCE = 0.05


@dataclass
class KindStats:
    positions: dict[int, Counter] = field(default_factory=lambda: defaultdict(Counter))
    dealt: int = 0
    homogeneous: int = 0

    def worst_gap(self) -> float:
        """The largest distance of any position's share from 1/k, over every option count."""
        gaps = [0.0]
        for size, counts in self.positions.items():
            total = sum(counts.values())
            gaps += [abs(counts.get(p, 0) / total - 1 / size) for p in range(size)]
        return max(gaps)


@dataclass
class Report:
    kinds: dict[str, KindStats] = field(default_factory=lambda: defaultdict(KindStats))
    games: int = 0
    leaks: list[str] = field(default_factory=list)
    duplicate_keys: int = 0
    facts: int = 0
    covered: int = 0

    @property
    def balanced(self) -> bool:
        return all(s.worst_gap() <= TOLERANCE for s in self.kinds.values())


def audit(
    packs: list[Pack], world: World, games: int = 1000, length: int = 10, seeds: int = 1000, banks: int = 20
) -> Report:
    """Generate each pack's questions with `seeds` seeds, counting where the answer sits in every option
    set; then deal `games` games per pack from the first `banks` of them."""
    report = Report()
    for pack in packs:
        generated = []
        for seed in range(seeds):
            questions, skips = generate(pack, world, seed)
            if seed < banks:
                generated.append(questions)
            for q in questions:
                for options in q.sets if not q.typed else ():
                    report.kinds[q.kind].positions[len(options)][_position(q, options)] += 1
        questions, skips = generate(pack, world, 0)
        report.duplicate_keys += sum(n - 1 for n in Counter(q.key for q in questions).values() if n > 1)
        asked, missed = coverage(pack, questions, skips)
        report.facts += len(asked) + len(missed)
        report.covered += len(asked)
        for game in range(games):
            questions = generated[game % len(generated)]
            candidates = [Candidate(i, q, q.difficulty) for i, q in enumerate(questions)]
            dealt = deal(candidates, length, random.Random(f"{pack.slug}|{game}"))
            report.games += 1
            _measure(report, pack, world, dealt)
    return report


def _measure(report: Report, pack: Pack, world: World, dealt) -> None:
    shown: list[tuple[Question, str]] = []
    for item in dealt:
        q = item.candidate.question
        stats = report.kinds[q.kind]
        stats.dealt += 1
        as_dealt = Question(**{**q.__dict__, "options": item.options, "option_sets": ()})
        if not list(homogeneity(as_dealt, pack, world)):
            stats.homogeneous += 1
        shown.append((q, item.explanation))
    for (a, _), (b, explanation) in itertools.permutations(shown, 2):
        leak = leak_between(a, b, explanation)
        if leak:
            report.leaks.append(leak)


def _position(q: Question, options: tuple[str, ...]) -> int:
    # A true-or-false statement's "position" is which of the two it is.
    return options.index(q.answer)


def table(report: Report) -> str:
    rows = [f"{'kind':16} {'dealt':>6} {'answer positions (share at 1st, 2nd…)':44} {'worst':>6} {'alike':>6}"]
    for kind in sorted(report.kinds):
        stats = report.kinds[kind]
        shares = (
            "; ".join(
                f"{size}: " + " ".join(f"{counts.get(p, 0) / sum(counts.values()):.2f}" for p in range(size))
                for size, counts in sorted(stats.positions.items())
            )
            or "typed (no options)"
        )
        alike = stats.homogeneous / stats.dealt if stats.dealt else 1
        rows.append(f"{kind:16} {stats.dealt:6} {shares:44} {stats.worst_gap():6.3f} {alike:6.0%}")
    leaks = len(report.leaks) / report.games if report.games else 0
    coverage = report.covered / report.facts if report.facts else 1
    rows.append(
        f"games {report.games}; leaks per game {leaks:.3f}; duplicate keys {report.duplicate_keys}; "
        f"certain facts asked {report.covered}/{report.facts} ({coverage:.0%}); "
        f"positions within ±{TOLERANCE:.0%} of 1/k: {'yes' if report.balanced else 'NO'}"
    )
    return "\n".join(rows)
