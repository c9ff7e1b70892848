"""Several gunicorn servers on one PostgreSQL: any server serves any request, and nothing is lost
when one dies. Also SQLite under concurrent answers on one server."""

from __future__ import annotations

import os
import sys
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.harness import Player, Server, prepare_database  # noqa: E402

from .conftest import postgres_unavailable, postgres_url  # noqa: E402

pytestmark = pytest.mark.servers
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def require_postgres() -> str:
    reason = postgres_unavailable()
    if reason:
        if os.environ.get("CLIFFHANGER_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return postgres_url()


def redis_reachable() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def servers():
    url = require_postgres()
    prepare_database(url)
    env = {"FLASK_RATELIMIT_KEY_PREFIX": uuid.uuid4().hex}
    if redis_reachable():
        env["REDIS_URL"] = REDIS_URL
    pair = [Server(url, workers=2, extra_env=env).start(), Server(url, workers=2, extra_env=env).start()]
    players: list[Player] = []
    yield url, pair, players
    for player in players:
        player.close()
    for server in pair:
        server.stop()


def state(url: str, game: str) -> tuple[int, int, int, bool]:
    """(answered, score, rounds with an answer, finished) straight from the database."""
    game_id = game.rsplit("/", 1)[-1]
    with psycopg.connect(postgres_url()) as connection:
        answered, score, finished = connection.execute(
            "select answered, score, finished_at is not null from games where id = %s", (game_id,)
        ).fetchone()
        chosen = connection.execute(
            "select count(*) from rounds where game_id = %s and chosen_id is not null", (game_id,)
        ).fetchone()[0]
    return answered, score, chosen, finished


def play(player: Player, answers: int) -> None:
    for _ in range(answers):
        fragment = player.question().text
        assert player.answer(fragment).status_code == 200


def test_a_game_started_on_one_server_finishes_on_another(servers):
    url, (a, b), players = servers
    player = Player(a.url)
    players.append(player)
    game = player.start(length=10)
    play(player, 3)
    player.use(b.url)
    play(player, 7)
    assert state(url, game) == (10, state(url, game)[1], 10, True)
    assert player.http.get(f"{b.url}{game}/results").status_code == 200


def test_kill_9_mid_game_loses_nothing_and_counts_nothing_twice(servers):
    url, (a, b), players = servers
    player = Player(a.url)
    players.append(player)
    game = player.start(length=10)
    play(player, 3)
    fragment = player.question().text
    assert player.answer(fragment).status_code == 200
    a.kill()
    assert state(url, game)[:3][::2] == (4, 4), "every answer given on A is stored"
    player.use(b.url)
    assert player.answer(fragment).status_code == 409, "re-sending A's last answer to B counts nothing"
    assert "Question 5 of 10" in player.question().text
    play(player, 6)
    answered, score, chosen, finished = state(url, game)
    assert (answered, chosen, finished) == (10, 10, True)


def test_200_concurrent_games_over_two_servers_lose_and_double_nothing(servers):
    url, (a, b), players = servers
    sites = [a.url, b.url]
    results = []
    lock = threading.Lock()

    def one_game(number: int) -> None:
        player = Player(sites[number % 2])
        game = player.start(length=5)
        accepted = 0
        for step in range(5):
            player.use(sites[(number + step) % 2])
            response = player.answer(player.question().text)
            accepted += response.status_code == 200
        player.http.close()
        with lock:
            results.append((game, accepted, player.statuses))

    with ThreadPoolExecutor(max_workers=32) as pool:
        list(pool.map(one_game, range(200)))
    assert len(results) == 200
    assert not [s for _, _, statuses in results for s in statuses if s >= 500], "no 5xx"
    for game, accepted, _ in results:
        answered, _, chosen, finished = state(url, game)
        assert accepted == answered == chosen == 5 and finished, game


def test_the_same_answer_sent_to_both_servers_at_once_counts_once(servers):
    url, (a, b), players = servers
    for _ in range(10):
        player = Player(a.url)
        players.append(player)
        game = player.start(length=5)
        fragment = player.question().text
        barrier = threading.Barrier(2)
        codes = []

        def send(site: str, player=player, fragment=fragment, barrier=barrier, codes=codes) -> None:
            twin = Player(site, client=player.http)
            twin.game, twin.token = player.game, player.token
            barrier.wait()
            codes.append(twin.answer(fragment).status_code)

        threads = [threading.Thread(target=send, args=(site,)) for site in (a.url, b.url)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(codes) == [200, 409]
        assert state(url, game)[0] == 1 and state(url, game)[2] == 1


def test_rate_limits_are_shared_through_redis(servers):
    if not redis_reachable():
        if os.environ.get("CLIFFHANGER_REQUIRE_REDIS") == "1":
            pytest.fail(f"Redis not reachable at {REDIS_URL}")
        pytest.skip(f"Redis not reachable at {REDIS_URL}; set TEST_REDIS_URL to run this test")
    url, _, players = servers
    env = {"REDIS_URL": REDIS_URL, "FLASK_RATELIMIT_KEY_PREFIX": uuid.uuid4().hex, "FLASK_START_LIMIT": "3 per minute"}
    pair = [Server(url, extra_env=env).start(), Server(url, extra_env=env).start()]
    player = Player(pair[0].url)
    players.append(player)
    try:
        codes = []
        for site in (pair[0].url, pair[1].url, pair[0].url, pair[1].url):
            player.use(site)
            page = player.http.get(f"{site}/packs/narcos-mexico-s2").text
            token = __import__("re").search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
            data = {"csrf_token": token, "length": "5", "difficulty": ""}
            codes.append(player.http.post(f"{site}/packs/narcos-mexico-s2", data=data).status_code)
        assert codes == [303, 303, 303, 429], "the limit counts starts on both servers together"
    finally:
        for server in pair:
            server.stop()


def test_sqlite_takes_concurrent_answers_without_locking_errors(tmp_path):
    url = f"sqlite:///{tmp_path / 'busy.sqlite'}"
    prepare_database(url)
    server = Server(url, workers=2, threads=4).start()
    failures = []

    def one_game(_: int) -> None:
        player = Player(server.url)
        player.start(length=10)
        for _ in range(10):
            player.answer(player.question().text)
        failures.extend(s for s in player.statuses if s >= 500)
        player.close()

    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            list(pool.map(one_game, range(40)))
    finally:
        log = server.stop()
    assert not failures and "database is locked" not in log
