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
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.harness import OPTION, ROUND, TOKEN, Server, prepare_database  # noqa: E402

POSTGRES = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
SLUG = "narcos-mexico-s2"
ASSET = re.compile(r'(?:src|href)="(/static/[^"]+)"')


async def baseline(base: str, players: int, seconds: float) -> float:
    done = 0
    deadline = time.perf_counter() + seconds

    async def hammer() -> None:
        nonlocal done
        async with aiohttp.ClientSession(base) as client:
            while time.perf_counter() < deadline:
                async with client.get("/healthz") as response:
                    await response.read()
                    response.raise_for_status()
                done += 1

    started = time.perf_counter()
    await asyncio.gather(*(hammer() for _ in range(players)))
    return done / (time.perf_counter() - started)


async def play_games(base: str, players: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def fetch(client, method: str, url: str, **options) -> tuple[int, str, dict]:
        async with client.request(method, url, allow_redirects=False, **options) as response:
            return response.status, await response.text(), response.headers

    async def player() -> None:
        nonlocal errors
        htmx = {"HX-Request": "true"}
        async with aiohttp.ClientSession(base, cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            while time.perf_counter() < deadline:
                _, page, _ = await fetch(client, "GET", f"/packs/{SLUG}")
                token = TOKEN.search(page).group(1)
                data = {"csrf_token": token, "length": "10", "difficulty": "", "nickname": "bench"}
                _, _, headers = await fetch(client, "POST", f"/packs/{SLUG}", data=data)
                game = headers["Location"]
                _, fragment, _ = await fetch(client, "GET", game)
                for _ in range(10):
                    action = ROUND.search(fragment).group(1)
                    option = OPTION.search(fragment)
                    body = {"csrf_token": token, **({"option": option.group(1)} if option else {"typed": "x"})}
                    began = time.perf_counter()
                    status, _, _ = await fetch(client, "POST", action, data=body, headers=htmx)
                    latencies.append(time.perf_counter() - began)
                    errors += status != 200
                    _, fragment, _ = await fetch(client, "GET", game, headers=htmx)
                    if time.perf_counter() > deadline and "question-form" in fragment:
                        return
                await fetch(client, "GET", f"{game}/results", headers=htmx)

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


WRK_SCRIPT = """
-- Generated by bench/serve.py: each thread answers its own games, question by question.
local games = {GAMES}
local mine, turn = {}, {}
threads_made = 0
function setup(thread) threads_made = threads_made + 1; thread:set("slot", threads_made) end
function init(args)
  for i, game in ipairs(games) do
    if (i - 1) % {THREADS} == slot - 1 then mine[#mine + 1] = game end
  end
  for i = 1, #mine do turn[i] = 1 end
end
local next_game = 0
function request()
  next_game = next_game % #mine + 1
  local game, position = mine[next_game], turn[next_game]
  if position > #game.answers then return wrk.format("GET", "/healthz") end
  turn[next_game] = position + 1
  return wrk.format("POST", game.path .. "/rounds/" .. (position - 1) .. "/answer",
    {["Cookie"] = game.cookie, ["HX-Request"] = "true",
     ["Content-Type"] = "application/x-www-form-urlencoded"}, game.answers[position])
end
"""


def wrk_figures(base: str, url: str, args) -> dict | None:
    """Like-for-like with a C load generator: /healthz against answer POSTs only."""
    if not shutil.which("wrk"):
        return None
    games = []
    with httpx.Client(base_url=base) as client:
        for _ in range(40):
            client.cookies.clear()
            page = client.get(f"/packs/{SLUG}")
            token = TOKEN.search(page.text).group(1)
            paths = [
                client.post(f"/packs/{SLUG}", data={"csrf_token": token, "length": "10", "difficulty": ""}).headers[
                    "location"
                ]
                for _ in range(50)
            ]
            cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
            games += [(path, cookie, token) for path in paths]
    from sqlalchemy import create_engine, text

    from quiz.config import database_url
    from quiz.core.questions import TYPED_NAME

    engine = create_engine(database_url(url))
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT game_id, position, type, answer_id FROM rounds ORDER BY position"))
        answers: dict[str, list[str]] = {}
        for game_id, _, kind, answer_id in rows:
            answers.setdefault(game_id, []).append("typed=x" if kind == TYPED_NAME else f"option={answer_id}")
    engine.dispose()

    def lua_game(path: str, cookie: str, token: str) -> str:
        bodies = ",".join(json.dumps(f"csrf_token={token}&{body}") for body in answers[path.rsplit("/", 1)[-1]])
        return f"{{path={json.dumps(path)},cookie={json.dumps(cookie)},answers={{{bodies}}}}}"

    lua_games = ",".join(lua_game(*game) for game in games)
    script = WRK_SCRIPT.replace("{GAMES}", "{" + lua_games + "}").replace("{THREADS}", "2")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    seconds = f"{max(3, int(args.seconds // 2))}s"
    common = ["wrk", "-t2", f"-c{args.players}", f"-d{seconds}", "--latency"]
    healthz = subprocess.run([*common, base + "/healthz"], capture_output=True, text=True).stdout
    done = subprocess.run([*common, "-s", handle.name, base], capture_output=True, text=True)
    answering = done.stdout + done.stderr
    os.unlink(handle.name)
    if "Requests/sec" not in answering:
        raise RuntimeError(f"wrk failed: {answering}")
    rate = lambda out: float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # noqa: E731
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", answering)
    scale = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", answering)
    return {
        "wrk_baseline": rate(healthz),
        "wrk_answers": rate(answering),
        "wrk_p99": float(p99.group(1)) * scale,
        "wrk_bad": int(bad.group(1)) if bad else 0,
    }


def run(database: str, url: str, args) -> dict:
    prepare_database(url)
    server = Server(url, workers=args.workers, threads=args.threads).start()
    try:
        weights = page_weights(server.url)
        ceiling = asyncio.run(baseline(server.url, args.players, args.seconds))
        games = asyncio.run(play_games(server.url, args.players, args.seconds))
        measured = wrk_figures(server.url, url, args)
        rss = server.peak_rss_mb()
    finally:
        server.stop()
    return {"database": database, "baseline": ceiling, **games, **weights, "rss": max(rss), "wrk": measured}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    parser.add_argument("--players", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgresql"])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        urls = {"sqlite": f"sqlite:///{folder}/bench.sqlite", "postgresql": POSTGRES}
        for database in args.databases:
            rows.append(run(database, urls[database], args))
    print(
        f"gunicorn --workers {args.workers} --threads {args.threads}, {args.players} concurrent players, "
        f"{args.seconds:.0f} s per phase"
    )
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
        if r["wrk"]:
            w = r["wrk"]
            print(
                f"{r['database']:>10}: wrk, answers only: {w['wrk_answers']:.0f} answers/s vs {w['wrk_baseline']:.0f} "
                f"req/s on /healthz = {w['wrk_answers'] / w['wrk_baseline']:.0%}; p99 {w['wrk_p99']:.1f} ms; "
                f"{w['wrk_bad']} non-2xx"
            )
    print()
    for r in rows:
        ratio = r["wrk"]["wrk_answers"] / r["wrk"]["wrk_baseline"] if r["wrk"] else r["per_second"] / r["baseline"]
        checks = [
            ("answer throughput >= 40% of baseline", ratio >= 0.40),
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
