"""In Chromium: an author pastes an article, reviews the draft beside its evidence, publishes it and plays it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import ArticleDraft, Pack

pytestmark = pytest.mark.browser

ARTICLE = (Path(__file__).resolve().parent / "data" / "articles" / "02-meridian-hollow-prose.txt").read_text(
    encoding="utf-8"
)
PREMIERE_SENTENCE = "will return for its third season on Sunday, October 9th, 2022"
CORRECTED_ROLE = "Maud Ellery, heir to the Hollow"


def review_and_publish(page, base: str, username: str) -> str:
    """Sign up, paste the article, check the draft, correct one role, accept the rest, publish; returns the slug."""
    page.goto(base + "/author/signup")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password", exact=True).fill("correct horse battery")
    page.get_by_label("Repeat the password").fill("correct horse battery")
    page.get_by_role("button", name="Create account").click()
    page.get_by_role("link", name="Start from an article").click()
    page.locator("#articles-0-text").fill(ARTICLE)
    page.get_by_role("button", name="Read the articles").click()
    page.wait_for_url(re.compile(r"/author/drafts/\d+$"))

    premiere = page.locator(".fact", has=page.locator("#premiere"))
    assert page.locator("#premiere").input_value() == "2022-10-09"
    assert PREMIERE_SENTENCE in premiere.locator("blockquote").first.inner_text()
    assert "Not reviewed yet" in premiere.inner_text()
    total = page.locator("input[name=accept]").count()
    summary = page.locator(".review-summary [role=status]")
    assert summary.inner_text() == f"{total} of {total} extracted facts still to review."

    page.locator("#cast-0-role").fill(CORRECTED_ROLE)
    boxes = page.locator("input[name=accept]:not([value='cast.0.role'])")
    for i in range(boxes.count()):
        boxes.nth(i).check()
    slug = page.locator("#slug").input_value()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(f"**/packs/{slug}")
    return slug


def start_and_answer(page) -> None:
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_selector(".question-form")
    if page.locator("#typed").count():
        page.locator("#typed").fill("Ottoline Varga-Penrick")
        page.get_by_role("button", name="Answer").click()
    else:
        page.locator(".options button").first.click()
    page.wait_for_selector(".feedback")


def published(app, slug: str) -> Pack:
    with app.app_context():
        pack = db.session.scalar(select(Pack).where(Pack.slug == slug))
        assert pack is not None and pack.published
        assert CORRECTED_ROLE in pack.source_text
        assert db.session.scalar(select(func.count()).select_from(ArticleDraft)) == 0
        return pack


def test_an_author_reviews_a_pasted_article_publishes_it_and_plays_it(browser, live):
    app, base = live
    page = browser.new_page()
    slug = review_and_publish(page, base, "ana")
    published(app, slug)
    start_and_answer(page)
    page.close()


def test_the_same_review_works_with_javascript_off(browser, live):
    app, base = live
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    slug = review_and_publish(page, base, "bea")
    published(app, slug)
    start_and_answer(page)
    context.close()


def test_the_draft_fits_a_phone(browser, live):
    _, base = live
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(base + "/author/signup")
    page.get_by_label("Username").fill("cyd")
    page.get_by_label("Password", exact=True).fill("correct horse battery")
    page.get_by_label("Repeat the password").fill("correct horse battery")
    page.get_by_role("button", name="Create account").click()
    page.goto(base + "/author/articles/new")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.locator("#articles-0-text").fill(ARTICLE)
    page.get_by_role("button", name="Read the articles").click()
    page.wait_for_url(re.compile(r"/author/drafts/\d+$"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.close()
