"""The daily puzzle's rules, as plain Python: which puzzle a day is, which questions it asks, how a
day streak moves, and what its share text says. The game around it keeps these in one place.

A puzzle opens at midnight UTC and is the same for everyone: its questions come from a random
generator seeded with the puzzle's number, one question from each of several packs on the shelf.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta

FIRST_DAY = date(2026, 11, 25)  # puzzle #1
LENGTH = 5


def puzzle_number(day: date) -> int:
    """#1 on FIRST_DAY, one more each UTC day after; days before it have no puzzle (0)."""
    return max((day - FIRST_DAY).days + 1, 0)


def today(now: datetime | None = None) -> date:
    """The puzzle day of a moment: days turn at midnight UTC, wherever the player is."""
    now = now or datetime.now(UTC)
    return (now.astimezone(UTC) if now.tzinfo else now).date()


def opens_at(number: int) -> datetime:
    """When puzzle `number` opens: midnight UTC of its day."""
    day = FIRST_DAY + timedelta(days=number - 1)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def pick(questions: Mapping[str, Sequence[int]], number: int, length: int = LENGTH) -> list[tuple[str, int]]:
    """The puzzle's questions as (pack, question id): one from each of `length` packs, the packs and
    the questions chosen by a generator seeded with the number, so every server picks the same."""
    rng = random.Random(f"cliffhanger-daily-{number}")
    packs = sorted(slug for slug, ids in questions.items() if ids)
    rng.shuffle(packs)
    chosen: list[tuple[str, int]] = []
    # One question from each pack in turn; a shelf of fewer packs than questions goes round again.
    while len(chosen) < length:
        before = len(chosen)
        for slug in packs:
            left = [q for q in sorted(questions[slug]) if (slug, q) not in chosen]
            if left:
                chosen.append((slug, left[rng.randrange(len(left))]))
            if len(chosen) == length:
                break
        if len(chosen) == before:
            break
    return chosen


def next_streak(last_played: int | None, streak: int, number: int) -> int:
    """The day streak after finishing puzzle `number`: one more after yesterday's, unchanged for a
    second finish of today's, and back to one after a missed day."""
    if last_played == number:
        return streak
    if last_played == number - 1:
        return streak + 1
    return 1


def share_line(number: int, score: int, results: Sequence[bool], streak: int, url: str) -> str:
    """Wordle-style, with the puzzle's number so friends compare the same puzzle; spoils nothing."""
    grid = "".join("🟩" if right else "🟥" for right in results)
    days = f" · 🔥 {streak} days" if streak > 1 else ""
    return f"Cliffhanger Daily #{number} · {score}/{len(results)}{days}\n{grid}\n{url}"
