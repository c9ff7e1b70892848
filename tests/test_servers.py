"""Several gunicorn servers on one PostgreSQL: any server serves any request, and nothing is lost
when one dies. Also SQLite under concurrent answers on one server."""

from __future__ import annotations

import os
import re
import sys
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.harness import Player, Server, prepare_database  # noqa: E402

pytestmark = pytest.mark.servers
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def redis_reachable() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping())
    except redis.RedisError:
        return False


@dataclass
class Site:
    """Two gunicorn servers, A and B, on one PostgreSQL database, and the players who visit them."""

    url: str
    a: Server
    b: Server
    players: list[Player] = field(default_factory=list)

    def player(self, server: Server) -> Player:
        self.players.append(Player(server.url))
        return self.players[-1]


@pytest.fixture
def servers(postgres):
    prepare_database(postgres)
    env = {"FLASK_RATELIMIT_KEY_PREFIX": uuid.uuid4().hex}
    if redis_reachable():
        env["REDIS_URL"] = REDIS_URL
    site = Site(
        postgres, Server(postgres, workers=2, extra_env=env).start(), Server(postgres, workers=2, extra_env=env).start()
    )
    yield site
    for player in site.players:
        player.close()
    for server in (site.a, site.b):
        server.stop()


def state(url: str, game: str) -> tuple[int, int, int, bool]:
    """(answered, score, rounds with an answer, finished) straight from the database."""
    game_id = game.rsplit("/", 1)[-1]
    with psycopg.connect(url) as connection:
        answered, score, finished = connection.execute(
            "select answered, score, finished_at is not null from games where id = %s", (game_id,)
        ).fetchone()
        chosen = connection.execute(
            "select count(*) from rounds where game_id = %s and chosen_id is not null", (game_id,)
        ).fetchone()[0]
    return answered, score, chosen, finished


def play(player: Player, answers: int) -> int:
    """Answer `answers` questions; returns the score the last verdict showed."""
    shown = None
    for _ in range(answers):
        response = player.answer(player.question().text)
        assert response.status_code == 200
        shown = int(re.search(r"· Score (\d+)", response.text).group(1))
    return shown


def test_a_game_started_on_one_server_finishes_on_another(servers):
    player = servers.player(servers.a)
    game = player.start(length=10)
    play(player, 3)
    player.use(servers.b.url)
    shown = play(player, 7)
    assert state(servers.url, game) == (10, shown, 10, True), "B stored every answer and the score it showed"
    results = player.http.get(f"{servers.b.url}{game}/results")
    assert results.status_code == 200 and f"scored {shown}/10" in results.text


def test_kill_9_mid_game_loses_nothing_and_counts_nothing_twice(servers):
    player = servers.player(servers.a)
    game = player.start(length=10)
    play(player, 3)
    fragment = player.question().text
    assert player.answer(fragment).status_code == 200
    servers.a.kill()
    assert state(servers.url, game)[:3][::2] == (4, 4), "every answer given on A is stored"
    player.use(servers.b.url)
    assert player.answer(fragment).status_code == 409, "re-sending A's last answer to B counts nothing"
    assert "Question 5 of 10" in player.question().text
    shown = play(player, 6)
    assert state(servers.url, game) == (10, shown, 10, True)


def test_200_concurrent_games_over_two_servers_lose_and_double_nothing(servers):
    url, sites = servers.url, [servers.a.url, servers.b.url]
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
    url, a, b = servers.url, servers.a, servers.b
    for _ in range(10):
        player = servers.player(a)
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
    env = {"REDIS_URL": REDIS_URL, "FLASK_RATELIMIT_KEY_PREFIX": uuid.uuid4().hex, "FLASK_START_LIMIT": "3 per minute"}
    pair = [Server(servers.url, extra_env=env).start(), Server(servers.url, extra_env=env).start()]
    player = servers.player(pair[0])
    try:
        codes = []
        for site in (pair[0].url, pair[1].url, pair[0].url, pair[1].url):
            player.use(site)
            page = player.http.get(f"{site}/packs/narcos-mexico-s2").text
            token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
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
