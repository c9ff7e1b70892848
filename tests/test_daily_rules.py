"""The daily puzzle's rules (quiz/core/daily.py), without an app."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from quiz.core import daily

SHELF = {f"pack-{n}": list(range(n * 100, n * 100 + 30)) for n in range(1, 9)}


def test_puzzles_are_numbered_by_utc_day_from_the_first():
    assert daily.puzzle_number(daily.FIRST_DAY) == 1
    assert daily.puzzle_number(daily.FIRST_DAY + timedelta(days=9)) == 10
    assert daily.puzzle_number(daily.FIRST_DAY - timedelta(days=1)) == 0


def test_a_day_turns_at_midnight_utc_wherever_the_player_is():
    tokyo = timezone(timedelta(hours=9))
    assert daily.today(datetime(2026, 11, 26, 8, 59, tzinfo=tokyo)) == date(2026, 11, 25)
    assert daily.today(datetime(2026, 11, 26, 9, 0, tzinfo=tokyo)) == date(2026, 11, 26)
    assert daily.opens_at(2) == datetime(2026, 11, 26, tzinfo=UTC)


def test_everyone_gets_the_same_puzzle_and_each_day_another():
    first = daily.pick(SHELF, 7)
    assert first == daily.pick(dict(reversed(list(SHELF.items()))), 7)
    assert first != daily.pick(SHELF, 8)
    assert len(first) == daily.LENGTH
    assert len({slug for slug, _ in first}) == daily.LENGTH, "one question from each of five packs"


def test_a_short_shelf_still_fills_the_puzzle_without_repeating_a_question():
    picked = daily.pick({"only": [1, 2, 3], "other": [9]}, 3)
    assert len(picked) == 4 and len(set(picked)) == 4
    assert daily.pick({}, 3) == []


def test_the_day_streak_grows_on_consecutive_days_and_restarts_after_a_gap():
    assert daily.next_streak(None, 0, 5) == 1
    assert daily.next_streak(5, 1, 6) == 2
    assert daily.next_streak(6, 2, 6) == 2
    assert daily.next_streak(4, 3, 6) == 1


def test_the_share_line_names_the_puzzle_and_spoils_nothing():
    text = daily.share_line(12, 4, [True, True, False, True, True], 3, "https://example.test/d/12")
    assert text.splitlines() == ["Cliffhanger Daily #12 · 4/5 · 🔥 3 days", "🟩🟩🟥🟩🟩", "https://example.test/d/12"]
