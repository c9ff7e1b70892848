"""Sharing in Chromium: copy the score, open the link elsewhere, take the challenge."""

from __future__ import annotations

import io

import pytest
from PIL import Image

pytestmark = pytest.mark.browser


def test_share_copy_open_elsewhere_challenge_and_leaderboard(browser, live, play_through):
    app, base = live
    mine = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = mine.new_page()
    page.goto(base + "/packs/narcos-mexico-s2")
    page.get_by_label("Nickname (optional)").fill("Ana")
    page.get_by_label("Questions").select_option("5")
    page.get_by_role("button", name="Start the quiz").click()
    assert play_through(page) == 5
    score = page.locator(".results h1").inner_text().rsplit(" ", 1)[1]

    page.get_by_role("button", name="Copy share text").click()
    page.get_by_text("Copied.").wait_for()
    shared = page.evaluate("navigator.clipboard.readText()")
    headline, grid, link = shared.split("\n")
    assert headline == f"Cliffhanger · Narcos: Mexico S2 · {score}"
    assert len(grid) == 5 and set(grid) <= {"✅", "❌"}
    assert grid.count("✅") == int(score.split("/")[0])

    friend = browser.new_context()
    other = friend.new_page()
    other.goto(link)
    assert other.locator("h1").inner_text() == f"Ana scored {score}"
    assert other.locator(".review").count() == 0 and "The answer is" not in other.content()
    image_url = other.locator('meta[property="og:image"]').get_attribute("content")
    image = friend.request.get(image_url)
    assert image.ok and image.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(image.body())).size == (1200, 630)

    other.get_by_role("link", name="Challenge a friend").click()
    other.get_by_label("Nickname (optional)").fill("Bo")
    other.get_by_role("button", name="Take the challenge").click()
    play_through(other)
    versus = other.locator(".versus")
    assert "Ana" in versus.inner_text() and "Bo" in versus.inner_text()
    assert score in versus.inner_text()

    other.get_by_role("link", name="Leaderboard").click()
    players = other.locator(".board tbody td:nth-child(2)").all_inner_texts()
    assert sorted(players) == ["Ana", "Bo"]
    mine.close()
    friend.close()
