"""The shelf in Chromium: searching as you type with JavaScript, and by submitting the form without it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_search_as_you_type_updates_the_shelf_in_place(browser, live):
    _, base = live
    page = browser.new_page()
    page.goto(base + "/")
    page.evaluate("window.sameDocument = true")
    page.get_by_label("Search").fill("nobody at all")
    page.get_by_text("No season matches.").wait_for()
    page.get_by_label("Search").fill("félix gallardo")
    page.get_by_role("link", name="Narcos: Mexico — Season 2").wait_for()
    assert "q=f%C3%A9lix+gallardo" in page.url or "q=f%C3%A9lix%20gallardo" in page.url, page.url
    assert page.evaluate("window.sameDocument") is True, "the shelf changed without a page load"
    page.close()


def test_the_shelf_works_with_javascript_off(browser, live):
    _, base = live
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "/")
    page.get_by_label("Search").fill("nobody at all")
    page.get_by_role("button", name="Search").click()
    page.get_by_text("No season matches.").wait_for()
    page.get_by_label("Network").select_option("Netflix")
    page.get_by_label("Search").fill("")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Narcos: Mexico — Season 2").click()
    assert page.url.endswith("/packs/narcos-mexico-s2")
    context.close()
