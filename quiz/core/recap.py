"""What a shared result says, as plain text. No I/O here."""

from __future__ import annotations


def short_title(show: str, season: int) -> str:
    return f"{show} S{season}"


def share_text(show: str, season: int, score: int, length: int, results: list[bool], url: str) -> str:
    """Wordle-style: a headline, a row of squares, the link. Spoils nothing."""
    grid = "".join("✅" if right else "❌" for right in results)
    return f"Cliffhanger · {short_title(show, season)} · {score}/{length}\n{grid}\n{url}"


def duration(ms: int | None) -> str:
    if ms is None:
        return "—"
    seconds = round(ms / 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {seconds} s" if minutes else f"{seconds} s"
