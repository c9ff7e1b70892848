"""Playing the Narcos pack in Debian's Chromium: by mouse, by keyboard, and with JavaScript off.

Each run answers questions 1, 3, 5, 7 and 9 right and the rest wrong, so every
mode must end on 5/10, and the score on screen must match the Right! verdicts seen.
"""

from __future__ import annotations

import pytest

PLAN = [position % 2 == 0 for position in range(10)]

pytestmark = pytest.mark.browser


def open_game(page, base: str, nickname: str, same_document: bool = False) -> str:
    """Start a game from the home page; with `same_document`, mark the page to tell if it ever reloads."""
    page.goto(base + "/")
    page.get_by_role("link", name="Narcos: Mexico — Season 2").click()
    page.get_by_label("Nickname (optional)").fill(nickname)
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_selector(".question-form")
    if same_document:
        page.evaluate("window.sameDocument = true")
    return page.url.replace(base, "")


def answer(page, rounds, game: str, position: int, keyboard: bool = False) -> None:
    """Answer right or wrong as PLAN says, the way a player would."""
    round_ = rounds(game)[position]
    right = PLAN[position]
    if round_.is_typed:
        if keyboard:
            assert page.evaluate("document.activeElement.id") == "typed", "focus should be in the answer box"
            page.keyboard.type(round_.answer.lower() if right else "Nobody In Particular")
            page.keyboard.press("Enter")
        else:
            page.get_by_label("Your answer").fill(round_.answer if right else "Nobody In Particular")
            page.get_by_role("button", name="Answer").click()
        return
    choice = (
        round_.answer_id
        if right
        else next(o["id"] for o in round_.options if o["id"] != round_.answer_id and not o.get("alias"))
    )
    button = page.locator(f'button[value="{choice}"]')
    if keyboard:
        assert page.evaluate("document.activeElement.id") == "prompt", "focus should be on the question"
        page.keyboard.press(button.get_attribute("data-key"))
    else:
        button.click()


def finish(page, verdicts: list[str], same_document: bool = False) -> None:
    assert verdicts.count("Right!") == 5
    page.wait_for_selector(".results")
    assert "scored 5/10" in page.locator(".results h1").inner_text()
    assert page.locator(".grid li").count() == 10
    if same_document:
        assert page.evaluate("window.sameDocument") is True, "the page reloaded between questions"
    page.close()


def test_play_by_mouse_without_page_loads(browser, live, live_rounds):
    _, base = live
    page = browser.new_page()
    game, verdicts = open_game(page, base, "Mouse", same_document=True), []
    for position in range(10):
        assert page.locator(".question .progress").inner_text().startswith(f"Question {position + 1} of 10")
        answer(page, live_rounds, game, position)
        page.wait_for_selector(".feedback")
        verdicts.append(page.locator(".verdict").inner_text().split(" ", 1)[1])
        assert page.locator(".feedback .tag", has_text="Correct answer").count() == 1
        expected = f"Score {verdicts.count('Right!')}"
        assert page.locator(".feedback .progress").inner_text().endswith(expected)
        page.locator("a.next").click()
        page.wait_for_selector(".question-form" if position < 9 else ".results")
    finish(page, verdicts, same_document=True)


def test_play_by_keyboard(browser, live, live_rounds):
    _, base = live
    page = browser.new_page()
    game, verdicts = open_game(page, base, "Keys", same_document=True), []
    for position in range(10):
        answer(page, live_rounds, game, position, keyboard=True)
        page.wait_for_selector(".feedback")
        assert page.evaluate("document.activeElement.classList.contains('next')"), "focus should be on Next"
        verdicts.append(page.locator(".verdict").inner_text().split(" ", 1)[1])
        assert page.locator("#announcer").inner_text().startswith(verdicts[-1])
        page.keyboard.press("Enter")
        page.wait_for_selector(".question-form" if position < 9 else ".results")
    finish(page, verdicts, same_document=True)


def test_play_with_javascript_off(browser, live, live_rounds):
    _, base = live
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    game = open_game(page, base, "NoJS")
    verdicts = []
    for position in range(10):
        answer(page, live_rounds, game, position)
        page.wait_for_selector(".feedback")
        assert page.url.endswith(f"{game}/rounds/{position}"), "POST should redirect to the feedback page"
        verdicts.append(page.locator(".verdict").inner_text().split(" ", 1)[1])
        page.locator("a.next").click()
        page.wait_for_selector(".question-form" if position < 9 else ".results")
    finish(page, verdicts)
    context.close()


def test_reload_resumes_and_share_link_hides_answers(browser, live, live_rounds):
    _, base = live
    context = browser.new_context()
    page = context.new_page()
    game = open_game(page, base, "Résumé 🎬")
    for position in range(3):
        answer(page, live_rounds, game, position)
        page.wait_for_selector(".feedback")
        page.locator("a.next").click()
        page.wait_for_selector(".question-form")
    page.reload()
    assert page.locator(".question .progress").inner_text() == "Question 4 of 10 · Score 2"
    for position in range(3, 10):
        answer(page, live_rounds, game, position)
        page.wait_for_selector(".feedback")
        page.locator("a.next").click()
    page.wait_for_selector(".results")
    share = page.locator("#share-url").input_value()
    stranger = browser.new_context().new_page()
    stranger.goto(share)
    assert "Résumé 🎬 scored 5/10" in stranger.locator("h1").inner_text()
    assert stranger.locator(".review").count() == 0
    assert stranger.locator('meta[property="og:title"]').get_attribute("content") == "5/10 on Narcos: Mexico — Season 2"
    context.close()
