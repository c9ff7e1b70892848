"""Every page a player or author sees, in Chromium, dark and light, on a small phone, a phone and a
desktop: no page is wider than the screen, and axe-core finds no accessibility violation.

axe-core is the npm package's dist file, vendored in tests/vendor with its SHA-384 checked here."""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe-core-4.11.0.min.js"
ARTICLE = Path(__file__).parent / "data" / "articles" / "02-meridian-hollow-prose.txt"
AXE_SHA384 = "C9AUAqw5Tb7bgiS/Z+U3EGEzD+qn2oE0sJOC4kp0Xu8DcQMLKECMpbVsuWxF+rdh"
WIDTHS = {"small phone": 320, "phone": 390, "desktop": 1280}
THEMES = ["dark", "light"]


@pytest.fixture(scope="module")
def axe_source() -> str:
    data = AXE.read_bytes()
    assert base64.b64encode(hashlib.sha384(data).digest()).decode() == AXE_SHA384, "the vendored axe-core changed"
    return data.decode()


def check(page, axe_source: str, name: str) -> None:
    """The page fits the screen and axe-core finds nothing wrong with it."""
    page.wait_for_load_state("networkidle")
    width, viewport = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= viewport, f"{name}: the page is {width} px wide on a {viewport} px screen"
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(content=axe_source)
    found = page.evaluate("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations)")
    problems = [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in found]
    assert not problems, f"{name}: " + "; ".join(problems)


@pytest.mark.parametrize(("theme", "size"), list(itertools.product(THEMES, WIDTHS)))
def test_every_page_fits_the_screen_and_passes_axe(browser, live, axe_source, theme, size):
    _, base = live
    context = browser.new_context(
        viewport={"width": WIDTHS[size], "height": 800}, color_scheme=theme, bypass_csp=True, reduced_motion="reduce"
    )
    page = context.new_page()
    where = f"{theme}, {size}"

    for path, name in [
        ("/", "the shelf"),
        ("/packs/narcos-mexico-s2", "a pack's page"),
        ("/packs/narcos-mexico-s2/leaderboard", "a leaderboard"),
        ("/daily", "the daily puzzle"),
        ("/no-such-page", "a missing page"),
        ("/author/login", "sign in"),
        ("/author/signup", "sign up"),
    ]:
        page.goto(base + path)
        check(page, axe_source, f"{name} ({where})")

    page.goto(base + "/packs/narcos-mexico-s2")
    page.get_by_label("Nickname (optional)").fill("Zoë_the_unbreakable_nickname_")
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_selector(".question-form")
    check(page, axe_source, f"a question ({where})")
    total = int(re.search(r"of (\d+)", page.locator(".question .progress").inner_text()).group(1))
    for number in range(total):
        if page.locator("#typed").count():
            page.locator("#typed").fill("Diego Luna")
            page.get_by_role("button", name="Answer").click()
        else:
            page.locator(".options button").first.click()
        page.wait_for_selector(".feedback")
        if number == 0:
            check(page, axe_source, f"the verdict ({where})")
        page.locator("a.next").click()
        if number + 1 < total:
            page.wait_for_selector(".question-form")
    page.wait_for_selector(".results")
    check(page, axe_source, f"the results ({where})")
    shared = page.locator("#share-url").input_value()
    challenge = page.get_by_role("link", name="Challenge a friend").get_attribute("href")
    page.goto(shared)
    check(page, axe_source, f"a shared result ({where})")
    page.goto(base + challenge)
    check(page, axe_source, f"a challenge ({where})")

    page.goto(base + "/author/signup")
    page.get_by_label("Username").fill(f"axe_{theme}_{WIDTHS[size]}")
    page.get_by_label("Password", exact=True).fill("correct horse battery")
    page.get_by_label("Repeat the password").fill("correct horse battery")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(re.compile(r"/author$"))
    for path, name in [
        ("/author", "the dashboard"),
        ("/author/packs/new", "the pack editor"),
        ("/author/upload", "uploading a pack"),
        ("/author/articles/new", "start from an article"),
        ("/daily/1/board", "a daily puzzle's board"),
    ]:
        page.goto(base + path)
        check(page, axe_source, f"{name} ({where})")
    page.goto(base + "/author/articles/new")
    page.get_by_label("Paste the article's text").first.fill(ARTICLE.read_text())
    page.get_by_role("button", name="Read the articles").click()
    page.wait_for_url(re.compile(r"/author/drafts/\d+$"))
    check(page, axe_source, f"a draft from an article ({where})")
    page.goto(base + "/author")
    check(page, axe_source, f"the dashboard with a draft ({where})")
    context.close()
