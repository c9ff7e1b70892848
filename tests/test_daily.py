"""The daily puzzle on the server: the same questions for everyone, one game a day per browser, a
day streak kept in the signed cookie (or the account), a numbered share line and a day's board."""

from __future__ import annotations

import re

import pytest

from quiz.extensions import db
from quiz.models import Game
from quiz.packs.pipeline import import_files


@pytest.fixture
def shelf(app, root):
    """The app with six shipped packs, so the puzzle asks across a shelf."""
    with app.app_context():
        import_files(sorted((root / "questions").glob("*.yaml"))[:6])
    app.config["DAILY_DATE"] = "2026-11-25"  # puzzle #1, whatever day the tests run on
    return app


def start_daily(player, nickname: str = "") -> str:
    assert player.client.get("/daily").status_code == 200
    form = player.client.get("/author/login").text  # any form carries the session's CSRF token
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form).group(1)
    response = player.client.post("/daily", data={"csrf_token": token, "nickname": nickname})
    assert response.status_code == 303, response.text
    return response.headers["Location"].replace("http://cliffhanger.test", "")


def test_everyone_gets_the_same_questions_options_and_order(shelf, app, player):
    first = start_daily(player)
    second = start_daily(player.using(app.test_client()))
    one, two = player.rounds(first), player.rounds(second)
    assert len(one) == 5
    assert [(r.prompt, r.option_texts) for r in one] == [(r.prompt, r.option_texts) for r in two]
    assert {r.options[0]["id"] for r in one}.isdisjoint({r.options[0]["id"] for r in two}), "ids are per game"
    with app.app_context():
        packs = {db.session.get(Game, player.game_id(first)).pack_id}
    assert packs == {None}


def test_one_game_a_day_per_browser(shelf, player):
    assert start_daily(player) == start_daily(player)


def test_the_day_streak_counts_consecutive_days_and_the_share_line_names_the_puzzle(shelf, app, player):
    streaks = []
    for day in ("2026-11-25", "2026-11-26", "2026-11-28"):
        app.config["DAILY_DATE"] = day
        game = start_daily(player, nickname="Ana")
        player.play_all(game)
        page = player.client.get(f"{game}/results").text
        streaks.append(int(re.search(r"Day streak: (\d+)", page).group(1)))
        number = re.search(r"Cliffhanger Daily #(\d+) · 5/5", page).group(1)
        assert number == str({"2026-11-25": 1, "2026-11-26": 2, "2026-11-28": 4}[day])
    assert streaks == [1, 2, 1]


def test_the_board_lists_the_days_finished_games(shelf, app, player):
    app.config["DAILY_DATE"] = "2026-11-26"
    player.play_all(start_daily(player, nickname="Bea"))
    board = app.test_client().get("/daily/2/board")
    assert board.status_code == 200 and "Bea" in board.text and "5/5" in board.text
    assert app.test_client().get("/daily/3/board").status_code == 404


def test_a_daily_result_cannot_be_turned_into_a_challenge(shelf, player):
    game = start_daily(player)
    player.play_all(game)
    token = player.game(game).share_token
    assert player.client.get(f"/c/{token}").status_code == 404
    assert "Cliffhanger Daily #1" in player.client.get(f"/r/{token}").text


def test_before_the_first_puzzle_there_is_none(shelf, app, client):
    app.config["DAILY_DATE"] = "2026-11-01"
    assert client.get("/daily").status_code == 404
