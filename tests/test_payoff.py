"""The payoff on a finished game: a line that changes with the score, the share of other games it
beat, its rank on this week's board, and the streak kept while playing."""

from __future__ import annotations

import re

from quiz.share.boards import verdict_for


def finish(player, game: str, right: int) -> str:
    """Answer the first `right` questions right and the rest wrong; return the share path."""
    for position, round_ in enumerate(player.rounds(game)):
        player.answer(game, position, round_.answer_id if position < right else player.wrong_option(round_))
    return f"/r/{player.game(game).share_token}"


def test_the_result_line_changes_with_the_score():
    lines = [verdict_for(score, 10) for score in (10, 8, 5, 2, 0)]
    assert len(set(lines)) == 5
    assert lines[0].startswith("A perfect game")


def test_results_say_how_many_games_were_beaten_and_the_rank_this_week(seeded, app, player):
    for name, right in (("Ana", 1), ("Bo", 2), ("Cy", 4)):
        finish(player, player.start(nickname=name, length=5), right)
    page = app.test_client().get(finish(player, player.start(nickname="Dee", length=5), 3)).text
    assert "Better than 66% of the 3 other games played on this pack" in page
    assert re.search(r"#2 on this week(&#39;|')s board", page), page


def test_the_first_game_on_a_pack_says_so(seeded, app, player):
    page = app.test_client().get(finish(player, player.start(length=5), 5)).text
    assert "The first game finished on this pack" in page
    assert "A perfect game" in page


def test_the_streak_counts_right_answers_in_a_row_and_resets_on_a_wrong_one(seeded, player):
    game = player.start(length=5)
    rounds = player.rounds(game)
    streaks = []
    for position, round_ in enumerate(rounds):
        right = position != 2
        player.answer(game, position, round_.answer_id if right else player.wrong_option(round_))
        streaks.append(player.game(game).streak)
    assert streaks == [1, 2, 0, 1, 2]


def test_a_streak_of_two_shows_during_play(seeded, client, player):
    game = player.start_with_options(length=5)
    rounds = player.rounds(game)
    for position in (0, 1):
        player.answer(game, position, rounds[position].answer_id)
    assert "2 in a row" in client.get(game).text
