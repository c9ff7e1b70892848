"""Serving speed: realistic games against gunicorn, on SQLite and on PostgreSQL.

For each database this starts the app under gunicorn, measures a constant
baseline route (/healthz, Flask's ceiling on this machine), then has N
concurrent players play whole games over loopback the way htmx does (start a
game, answer 10 questions through the fragment endpoints, open the results).
The load comes from this process; the server runs in its own.

    .venv/bin/python bench/serve.py [--workers 2] [--players 32] [--seconds 15]
        [--databases sqlite postgresql]

Targets (2 cores, 32 players): answers/s >= 40% of baseline req/s; answer p99
<= 50 ms on SQLite; first question page <= 40 KB gzipped with htmx; each swap
<= 3 KB; <= 80 MB RSS per worker.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.harness import OPTION, ROUND, TOKEN, Server, prepare_database  # noqa: E402

POSTGRES = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
SLUG = "narcos-mexico-s2"
ASSET = re.compile(r'(?:src|href)="(/static/[^"]+)"')


async def baseline(base: str, players: int, seconds: float) -> float:
    done = 0
    deadline = time.perf_counter() + seconds

    async def hammer(client: httpx.AsyncClient) -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            (await client.get(base + "/healthz")).raise_for_status()
            done += 1

    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=players)) as client:
        started = time.perf_counter()
        await asyncio.gather(*(hammer(client) for _ in range(players)))
        return done / (time.perf_counter() - started)


async def play_games(base: str, players: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def player() -> None:
        nonlocal errors
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            while time.perf_counter() < deadline:
                page = await client.get(f"/packs/{SLUG}")
                token = TOKEN.search(page.text).group(1)
                data = {"csrf_token": token, "length": "10", "difficulty": "", "nickname": "bench"}
                game = (await client.post(f"/packs/{SLUG}", data=data)).headers["location"]
                fragment = (await client.get(game)).text
                for _ in range(10):
                    action = ROUND.search(fragment).group(1)
                    option = OPTION.search(fragment)
                    body = {"csrf_token": token, **({"option": option.group(1)} if option else {"typed": "x"})}
                    began = time.perf_counter()
                    response = await client.post(action, data=body, headers={"HX-Request": "true"})
                    latencies.append(time.perf_counter() - began)
                    errors += response.status_code != 200
                    fragment = (await client.get(game, headers={"HX-Request": "true"})).text
                    if time.perf_counter() > deadline and "question-form" in fragment:
                        return
                await client.get(f"{game}/results", headers={"HX-Request": "true"})

    started = time.perf_counter()
    await asyncio.gather(*(player() for _ in range(players)))
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000

    return {
        "answers": len(latencies),
        "per_second": len(latencies) / elapsed,
        "errors": errors,
        "p50": statistics.median(ordered) * 1000,
        "p95": pct(0.95),
        "p99": pct(0.99),
    }


def page_weights(base: str) -> dict:
    """Bytes a first visit and each swap send, gzipped as a reverse proxy would."""
    with httpx.Client(base_url=base) as client:
        page = client.get(f"/packs/{SLUG}")
        data = {"csrf_token": TOKEN.search(page.text).group(1), "length": "10", "difficulty": ""}
        game = client.post(f"/packs/{SLUG}", data=data).headers["location"]
        first = client.get(game)
        assets = {url: client.get(url).content for url in set(ASSET.findall(first.text))}
        total = len(gzip.compress(first.content)) + sum(len(gzip.compress(body)) for body in assets.values())
        fragment = client.get(game, headers={"HX-Request": "true"}).text
        action = ROUND.search(fragment).group(1)
        option = OPTION.search(fragment)
        body = {"csrf_token": data["csrf_token"], **({"option": option.group(1)} if option else {"typed": "x"})}
        feedback = client.post(action, data=body, headers={"HX-Request": "true"})
        question = client.get(game, headers={"HX-Request": "true"})
        swaps = [len(gzip.compress(feedback.content)), len(gzip.compress(question.content))]
    return {
        "first_page": total,
        "assets": len(assets),
        "swap_max": max(swaps),
        "swap_raw": max(len(feedback.content), len(question.content)),
    }


def run(database: str, url: str, args) -> dict:
    prepare_database(url)
    server = Server(url, workers=args.workers).start()
    try:
        weights = page_weights(server.url)
        ceiling = asyncio.run(baseline(server.url, args.players, args.seconds))
        games = asyncio.run(play_games(server.url, args.players, args.seconds))
        rss = server.peak_rss_mb()
    finally:
        server.stop()
    return {"database": database, "baseline": ceiling, **games, **weights, "rss": max(rss)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--players", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgresql"])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        urls = {"sqlite": f"sqlite:///{folder}/bench.sqlite", "postgresql": POSTGRES}
        for database in args.databases:
            rows.append(run(database, urls[database], args))
    print(f"gunicorn --workers {args.workers}, {args.players} concurrent players, {args.seconds:.0f} s per phase")
    header = (
        "db",
        "baseline/s",
        "answers/s",
        "ratio",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "errors",
        "1st page",
        "swap",
        "RSS MB",
    )
    print(" ".join(f"{h:>10}" for h in header))
    for r in rows:
        cells = (
            r["database"],
            f"{r['baseline']:.0f}",
            f"{r['per_second']:.0f}",
            f"{r['per_second'] / r['baseline']:.0%}",
            f"{r['p50']:.1f}",
            f"{r['p95']:.1f}",
            f"{r['p99']:.1f}",
            str(r["errors"]),
            f"{r['first_page'] / 1024:.1f} KB",
            f"{r['swap_max'] / 1024:.1f} KB",
            f"{r['rss']:.0f}",
        )
        print(" ".join(f"{c:>10}" for c in cells))
    print()
    for r in rows:
        checks = [
            ("answer throughput >= 40% of baseline", r["per_second"] / r["baseline"] >= 0.40),
            ("first question page <= 40 KB", r["first_page"] <= 40 * 1024),
            ("each swap <= 3 KB", r["swap_max"] <= 3 * 1024),
            ("<= 80 MB RSS per worker", r["rss"] <= 80),
        ]
        if r["database"] == "sqlite":
            checks.append(("answer p99 <= 50 ms", r["p99"] <= 50))
        for name, ok in checks:
            print(f"{r['database']:>10}: {'meets' if ok else 'MISSES'} {name}")


if __name__ == "__main__":
    main()
