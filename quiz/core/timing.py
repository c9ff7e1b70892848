"""Timed games' scoring, as plain Python: points for a right answer fall from 1,000 for an instant
answer to 500 at the buzzer, as Kahoot scores; a wrong or late answer scores nothing."""

from __future__ import annotations

GRACE_SECONDS = 1.0  # the network's share of the time: an answer sent at 0 arrives a moment later


def speed_points(correct: bool, elapsed: float, seconds: int) -> int:
    """Points for an answer given `elapsed` seconds after its question appeared, with `seconds` allowed."""
    if not correct or elapsed > seconds + GRACE_SECONDS:
        return 0
    share = min(max(elapsed, 0.0), seconds) / seconds
    return round(1000 * (1 - share / 2))


def too_late(elapsed: float, seconds: int) -> bool:
    return elapsed > seconds + GRACE_SECONDS
