"""The daily puzzle in Chromium: played two days running (the server's day moved between them),
the day streak reaches 2, and the result is shared with the puzzle's number."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def play_today(page, base: str, play_through) -> None:
    page.goto(base + "/daily")
    page.get_by_role("button", name="Play today's puzzle").click()
    play_through(page)


def test_two_days_running_make_a_streak_of_two_and_the_share_names_the_puzzle(browser, live, play_through):
    app, base = live
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    app.config["DAILY_DATE"] = "2026-11-25"
    play_today(page, base, play_through)
    assert "Day streak: 1 day." in page.locator(".results").inner_text()
    assert page.title().endswith("Daily puzzle #1 — Cliffhanger")

    app.config["DAILY_DATE"] = "2026-11-26"
    page.goto(base + "/daily")
    assert "Your day streak: 1 day" in page.locator("main").inner_text(), "yesterday's streak is still alive"
    play_today(page, base, play_through)
    assert "Day streak: 2 days." in page.locator(".results").inner_text()
    text = page.locator("#share-text").input_value()
    assert text.startswith("Cliffhanger Daily #2 · ") and "🔥 2 days" in text
    page.get_by_role("button", name="Copy share text").click()
    page.get_by_text("Copied.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == text
    page.get_by_role("link", name="Today's board").click()
    assert page.get_by_role("heading", name="Daily puzzle #2: the board").is_visible()
    context.close()
