"""Timed games: the server starts a question's clock when it is first shown, scores a right answer
from 1,000 points (instant) down to 500 (at the buzzer), and counts a late answer as wrong."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from quiz.core.timing import speed_points
from quiz.extensions import db
from quiz.models import Round


def test_speed_points_fall_from_a_thousand_to_five_hundred_and_nothing_late():
    assert speed_points(True, 0, 20) == 1000
    assert speed_points(True, 10, 20) == 750
    assert speed_points(True, 20, 20) == 500
    assert speed_points(True, 22, 20) == 0
    assert speed_points(False, 1, 20) == 0


def start_timed(player) -> str:
    """A timed game whose first question offers options."""
    while True:
        response = player.post_start(length="5", timed="y")
        assert response.status_code == 303, response.text
        game = response.headers["Location"].replace("http://cliffhanger.test", "")
        if not player.rounds(game)[0].is_typed:
            assert player.game(game).seconds == 20
            return game


def rewind_clock(app, player, game: str, seconds: int) -> None:
    """Move the first question's shown_at back, as if the player had waited."""
    first = player.rounds(game)[0]
    with app.app_context():
        db.session.execute(
            update(Round).where(Round.id == first.id).values(shown_at=first.shown_at - timedelta(seconds=seconds))
        )
        db.session.commit()


def test_showing_a_timed_question_starts_its_clock_once(seeded, client, player):
    game = start_timed(player)
    client.get(game)
    started = player.rounds(game)[0].shown_at
    assert started is not None
    client.get(game)
    assert player.rounds(game)[0].shown_at == started


def test_a_quick_right_answer_scores_nearly_a_thousand(seeded, client, player):
    game = start_timed(player)
    page = client.get(game).text
    assert "seconds to answer" in page
    first = player.rounds(game)[0]
    player.answer(game, 0, first.answer_id)
    assert 900 <= player.game(game).points <= 1000
    assert "points" in client.get(f"{game}/rounds/0").text


@pytest.mark.parametrize("option", ["answer", ""])
def test_an_answer_after_the_time_is_up_counts_as_wrong_for_nothing(seeded, app, client, player, option):
    game = start_timed(player)
    client.get(game)
    rewind_clock(app, player, game, 25 if option else 20)
    first = player.rounds(game)[0]
    response = player.answer(game, 0, first.answer_id if option else "")
    assert response.status_code == 303
    verdict = client.get(f"{game}/rounds/0").text
    assert "Time&#39;s up." in verdict or "Time's up." in verdict
    played, result = player.rounds(game)[0], player.game(game)
    assert (played.correct, result.score, result.points, result.streak) == (False, 0, 0, 0)


def test_untimed_games_keep_no_clock_and_score_no_points(seeded, client, player):
    game = player.start_with_options(length=5)
    assert "seconds to answer" not in client.get(game).text
    first = player.rounds(game)[0]
    assert first.shown_at is None
    player.answer(game, 0, first.answer_id)
    assert player.game(game).points == 0 and player.game(game).score == 1
