"""Question audit: what a quiz master would measure, over many seeds and dealt games.

For the shipped packs, and then for random packs drawn from the hypothesis strategies the
property tests use, prints per question kind where the answer sits across option sets
generated with 1,000 seeds, how often the options of a dealt question belong together, and
then the leaks per dealt game (one question's text naming another's answer), duplicate keys
and the share of certain facts that some question asks. Targets: every position within
±5 points of 1/k, 0 leaks, 0 duplicate keys, 100% of certain facts asked.

    .venv/bin/python bench/audit.py [--seeds 1000] [--games 1000] [--random-packs 20]
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.core.audit import audit, table  # noqa: E402
from quiz.core.packfile import read_packs  # noqa: E402
from quiz.core.world import World, load_pool  # noqa: E402


def random_packs(count: int):
    from hypothesis import HealthCheck, given, settings
    from hypothesis.errors import NonInteractiveExampleWarning

    from tests.strategies import POOL, packs

    drawn = []

    @settings(max_examples=count, database=None, suppress_health_check=list(HealthCheck), deadline=None)
    @given(packs(slug="random-pack"))
    def collect(pack):
        drawn.append(pack)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonInteractiveExampleWarning)
        collect()
    unique = {}
    for n, pack in enumerate(drawn):
        unique.setdefault(pack, pack.__class__(**{**pack.__dict__, "slug": f"random-{n}"}))
    return list(unique.values()), POOL


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=1000)
    parser.add_argument("--games", type=int, default=1000)
    parser.add_argument("--random-packs", type=int, default=20)
    args = parser.parse_args()

    started = time.perf_counter()
    shipped = read_packs([ROOT / "questions"])
    world = World(shipped, load_pool(ROOT / "questions" / "pools"))
    report = audit(shipped, world, games=args.games, seeds=args.seeds)
    print(f"shipped packs ({', '.join(p.slug for p in shipped)}): {args.seeds} seeds, {args.games} games each")
    print(table(report))

    reports = [report]
    if args.random_packs:
        packs, pool = random_packs(args.random_packs)
        seeds, games = max(1, args.seeds // 10), max(1, args.games // 10)
        reports.append(audit(packs, World(packs, pool), games=games, seeds=seeds))
        print(f"\n{len(packs)} random packs from tests/strategies.py: {seeds} seeds, {games} games each")
        print(table(reports[-1]))
    print(f"\n{time.perf_counter() - started:.0f} s")
    # Every report: answers spread evenly, no leaks, no duplicate keys; the shipped packs also ask
    # every certain fact (random packs can't: some facts have no fair wrong option).
    ok = all(r.balanced and not r.leaks and not r.duplicate_keys for r in reports) and report.covered == report.facts
    print("targets:", "met" if ok else "MISSED")


if __name__ == "__main__":
    main()
