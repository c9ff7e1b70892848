"""How the game feels on a phone and a desktop, in Chromium: the verdict stays on screen, Start is
above the fold, tips appear only where they work, titles follow the game, and Back leaves it."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def start(page, base: str) -> int:
    page.goto(base + "/packs/narcos-mexico-s2")
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_selector(".question-form")
    page.wait_for_load_state("load")  # the stylesheet decides what is visible: wait for it
    return int(re.search(r"of (\d+)", page.locator(".question .progress").inner_text()).group(1))


def start_with_options(page, base: str) -> int:
    """Start games until one opens on a question with options (typed ones carry no key tip)."""
    for _ in range(8):
        total = start(page, base)
        if page.locator(".options button").count():
            return total
    pytest.fail("eight games in a row opened on a typed question")


def answer(page) -> None:
    if page.locator("#typed").count():
        page.locator("#typed").fill("Diego Luna")
        page.get_by_role("button", name="Answer").click()
    else:
        page.locator(".options button").first.click()
    page.wait_for_selector(".feedback")


def test_the_verdict_and_next_stay_on_a_phone_screen_after_every_answer(browser, live):
    _, base = live
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    total = start(page, base)
    for number in range(total):
        answer(page)
        top, bottom = page.evaluate(
            "[document.querySelector('.verdict').getBoundingClientRect().top,"
            " document.querySelector('a.next').getBoundingClientRect().bottom]"
        )
        assert top >= 0 and bottom <= PHONE["height"], f"question {number + 1}: verdict at {top}, Next ends at {bottom}"
        assert page.evaluate("document.activeElement.classList.contains('next')")
        page.locator("a.next").click()
        if number + 1 < total:
            page.wait_for_selector(".question-form")
    page.wait_for_selector(".results")
    share_top = page.locator(".share").bounding_box()["y"]
    assert share_top < 2 * PHONE["height"], f"the share box starts {share_top} px down"
    context.close()


def test_start_is_above_the_fold_on_a_phone_and_every_card_has_play(browser, live):
    _, base = live
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base + "/")
    page.get_by_role("link", name="Play", exact=True).first.click()
    button = page.get_by_role("button", name="Start the quiz").bounding_box()
    assert button["y"] + button["height"] <= PHONE["height"], button
    context.close()


def test_titles_follow_the_game_and_back_leaves_it(browser, live):
    _, base = live
    page = browser.new_page()
    total = start(page, base)
    assert page.title().startswith(f"Question 1 of {total}")
    answer(page)
    assert re.match(r"(Right!|Wrong\.) Question 1 of", page.title()), page.title()
    page.locator("a.next").click()
    page.wait_for_selector(".question-form")
    assert page.title().startswith(f"Question 2 of {total}")
    answer(page)
    page.locator("a.next").click()
    page.wait_for_selector(".question-form")
    page.go_back()
    page.wait_for_url("**/packs/narcos-mexico-s2")
    page.close()


def test_key_tips_only_where_keys_work(browser, live):
    _, base = live
    desktop = browser.new_page()
    start_with_options(desktop, base)
    assert desktop.get_by_text("Tip: press").is_visible()
    desktop.close()
    phone = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = phone.new_page()
    start_with_options(page, base)
    assert not page.get_by_text("Tip: press").is_visible()
    phone.close()
    off = browser.new_context(java_script_enabled=False)
    page = off.new_page()
    total = start_with_options(page, base)
    assert not page.get_by_text("Tip: press").is_visible()
    for _ in range(total):
        answer(page)
        page.locator("a.next").click()
    page.wait_for_selector(".results")
    assert not page.get_by_role("button", name="Copy share text").is_visible()
    assert page.locator("#share-text").is_visible()
    off.close()


def test_error_pages_say_what_happened(browser, live):
    _, base = live
    page = browser.new_page()
    page.goto(base + "/no-such-page")
    assert page.title() == "Page not found — Cliffhanger"
    assert page.get_by_role("heading", level=1).inner_text() == "Page not found"
    page.close()


def test_sign_up_shows_its_rules_before_any_error(browser, live):
    _, base = live
    page = browser.new_page()
    page.goto(base + "/author/signup")
    assert page.get_by_text("3 to 40 letters, digits, dots, dashes or underscores").is_visible()
    assert page.get_by_text("at least 10 characters").is_visible()
    page.close()


def test_a_timed_question_counts_down_and_runs_out_on_its_own(browser, live):
    app, base = live
    app.config["TIMED_SECONDS"] = 2
    page = browser.new_page()
    page.goto(base + "/packs/narcos-mexico-s2")
    page.get_by_label("Timed").check()
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_selector(".countdown")
    assert "seconds to answer" in page.locator(".countdown").inner_text()
    page.get_by_role("heading", name="Time's up.").wait_for(timeout=8000)
    assert "0 points" in page.locator(".feedback .progress").inner_text()
    # A typed question runs out too, though its empty, required field would stop an ordinary submit:
    # play on (answering option questions at once) until one comes up.
    page.locator("a.next").click()
    for _ in range(40):
        page.wait_for_selector(".question-form, .results")
        if page.locator(".results").count():
            page.goto(base + "/packs/narcos-mexico-s2")
            page.get_by_label("Timed").check()
            page.get_by_role("button", name="Start the quiz").click()
            continue
        if page.locator("#typed").count():
            page.get_by_role("heading", name="Time's up.").wait_for(timeout=8000)
            break
        page.locator(".options button").first.click()
        page.wait_for_selector(".feedback")
        page.locator("a.next").click()
    else:
        pytest.fail("no typed question came up")
    page.close()
