"""Playing through the Flask test client the way a browser without JavaScript would."""

from __future__ import annotations

import re

from sqlalchemy import select

from quiz.extensions import db
from quiz.models import Game, Round

from .conftest import csrf_token

SLUG = "narcos-mexico-s2"
# A second report on the same season, from another outlet.
OTHER = """\
slug: other-s2
title: Other report
show: "Narcos: Mexico"
season: 2
network: Netflix
sources: [{title: Another article, publisher: Other News}]
facts:
  cast: [{actor: Test Person, role: Somebody}]
  filming: [{place: Bogotá, kind: city}]
"""


def start(client, nickname: str = "", length: int = 10, slug: str = SLUG) -> str:
    page = client.get(f"/packs/{slug}")
    data = {"csrf_token": csrf_token(page.text), "nickname": nickname, "length": str(length), "difficulty": ""}
    response = client.post(f"/packs/{slug}", data=data)
    assert response.status_code == 303, response.text
    return response.headers["Location"].replace("http://cliffhanger.test", "")


def option_ids(html: str) -> list[str]:
    return re.findall(r'name="option" value="([^"]+)"', html)


def game_id(game_url: str) -> str:
    return game_url.rstrip("/").split("/")[-1]


def rounds(app, game_url: str) -> list[Round]:
    with app.app_context():
        return list(
            db.session.scalars(select(Round).where(Round.game_id == game_id(game_url)).order_by(Round.position))
        )


def game_row(app, game_url: str) -> Game:
    with app.app_context():
        return db.session.get(Game, game_id(game_url))


def token(client) -> str:
    """The session's CSRF token, as any form on the site carries it."""
    return csrf_token(client.get(f"/packs/{SLUG}").text)


def answer(client, game_url: str, position: int, option: str, htmx: bool = False):
    """Post `option`; on a typed question, type its text instead (or a wrong name for any other id)."""
    headers = {"HX-Request": "true"} if htmx else {}
    data = {"csrf_token": token(client), "option": option}
    played = rounds(client.application, game_url)
    if position < len(played) and played[position].is_typed:
        data = {"csrf_token": data["csrf_token"], "typed": played[position].text_of(option) or "Nobody In Particular"}
    return client.post(f"{game_url}/rounds/{position}/answer", data=data, headers=headers)


def start_with_options(client, **form) -> str:
    """A new game whose first question offers options (typed-name questions have none)."""
    while True:
        game = start(client, **form)
        if not rounds(client.application, game)[0].is_typed:
            return game


def play_through(page, typed_guess: str = "Diego Luna") -> int:
    """In a browser: answer every question with its first option (or a typed guess) up to the results.

    Returns how many questions the game had, as its progress line says.
    """
    page.wait_for_selector(".question-form")
    total = int(re.search(r"of (\d+)", page.locator(".question .progress").inner_text()).group(1))
    for _ in range(total):
        page.wait_for_selector(".question-form")
        if page.locator("#typed").count():
            page.locator("#typed").fill(typed_guess)
            page.get_by_role("button", name="Answer").click()
        else:
            page.locator(".options button").first.click()
        page.wait_for_selector(".feedback")
        page.locator("a.next").click()
    page.wait_for_selector(".results")
    return total
