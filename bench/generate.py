"""Question generation speed and memory on synthetic season packs.

Generates every question for 1,000 and then 10,000 synthetic packs, each size
in a fresh process pinned to one core, and prints questions per second, peak
memory and how the time grew. Target: 1,000 packs in under 2 s, growing linearly.

    .venv/bin/python bench/generate.py [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quiz.core.dates import PartialDate  # noqa: E402
from quiz.core.generate import generate  # noqa: E402
from quiz.core.pack import CastMember, Credit, Episodes, Filming, Pack, Person, Source  # noqa: E402
from quiz.core.world import World, load_pool  # noqa: E402

POOL = Path(__file__).resolve().parent.parent / "questions" / "pools"


def synthetic_pack(n: int, rng: random.Random) -> Pack:
    show = f"Show {n // 4}"
    cast = tuple(
        CastMember(
            actor=f"Actor {rng.randrange(5 * n + 50)} {i}",
            role=f"Role {n}-{i}",
            known_for=tuple(Credit(f"Title {rng.randrange(20 * n + 100)} {j}", "film") for j in range(3)),
            pronouns=rng.choice(["he", "she"]),
            narrator=i == 0,
            status=rng.choice(["confirmed"] * 6 + ["new", "unconfirmed", "flashback"]),
        )
        for i in range(10)
    )
    year = 2000 + n % 20
    return Pack(
        slug=f"show-{n}",
        title=f"{show} — Season {n % 4 + 1}",
        show=show,
        season=n % 4 + 1,
        network=f"Network {n % 30}",
        sources=(Source("Synthetic", "Bench"),),
        cast=cast,
        premiere=PartialDate(year + 1, 1 + n % 12, 1 + n % 28),
        renewed=PartialDate(year, 1 + n % 6),
        creators=(Person(f"Creator {n}", "he"), Person(f"Creator {n + 1}", "she")),
        country=("United States",),
        episodes=Episodes(8 + n % 5),
        filming=(Filming(f"Place {n % 200}", PartialDate(year, 8), PartialDate(year, 11), kind="city"),),
    )


def run(size: int, queue) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    rng = random.Random(size)
    packs = [synthetic_pack(n, rng) for n in range(size)]
    started = time.perf_counter()
    world = World(packs, load_pool(POOL))
    questions = sum(len(generate(pack, world)[0]) for pack in packs)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((size, questions, elapsed, peak_mb))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    sizes = parser.parse_args().sizes
    context = multiprocessing.get_context("spawn")
    results = []
    print(f"{'packs':>7} {'questions':>10} {'seconds':>8} {'questions/s':>12} {'peak MB':>8}")
    for size in sizes:
        queue = context.Queue()
        worker = context.Process(target=run, args=(size, queue))
        worker.start()
        results.append(queue.get())
        worker.join()
        size, questions, elapsed, peak = results[-1]
        print(f"{size:>7} {questions:>10} {elapsed:>8.2f} {questions / elapsed:>12,.0f} {peak:>8.1f}")
    if len(results) >= 2:
        (small, _, t_small, _), (large, _, t_large, _) = results[0], results[-1]
        print(f"time ratio {large}/{small} packs: {t_large / t_small:.1f}x for {large / small:.0f}x the packs")
    verdict = "meets" if results[0][2] < 2 else "misses"
    print(f"target: {results[0][0]} packs in under 2 s on one core: {verdict} ({results[0][2]:.2f} s)")


if __name__ == "__main__":
    main()
