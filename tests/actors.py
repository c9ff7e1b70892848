"""What tests do as people: a visitor's forms, an author's account and pack form, a player's game.

Plain classes the fixtures in conftest.py hand out; tests never import this module.
"""

from __future__ import annotations

import io
import re

from sqlalchemy import select

from quiz.extensions import db
from quiz.models import Game, Round

SEED_SLUG = "narcos-mexico-s2"
PASSWORD = "correct horse battery"

# A valid pack as the form posts it: three cast rows and two filming places.
HARBOUR_FORM = {
    "title": "Harbour Lights — Season 3",
    "show": "Harbour Lights",
    "season": "3",
    "network": "Northwind TV",
    "premiere": "2024-03",
    "renewed": "2023-01",
    "creators": "Maren Solberg",
    "episodes": "6",
    "sources-0-title": "Press kit",
    "sources-0-publisher": "Northwind Press Office",
    "cast-0-actor": "Ingrid Håland",
    "cast-0-role": "Captain Eli Brekke",
    "cast-0-known_for": "Fjord Watch; Salt",
    "cast-0-status": "confirmed",
    "cast-1-actor": "Tomás Ferreira",
    "cast-1-role": "Dr. Nuno Alves",
    "cast-1-status": "confirmed",
    "cast-2-actor": "Sofie Lund",
    "cast-2-role": "Ragna Moen",
    "cast-2-narrator": "y",
    "cast-2-status": "confirmed",
    "filming-0-place": "Ålesund",
    "filming-0-start": "2023-08",
    "filming-0-end": "2023-11",
    "filming-0-status": "confirmed",
    "filming-1-place": "Bergen",
    "filming-1-status": "unconfirmed",
}


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


def upload(client, text: str, name: str):
    page = client.get("/author/upload")
    data = {"csrf_token": csrf_token(page.text), "file": (io.BytesIO(text.encode()), name)}
    return client.post("/author/upload", data=data, content_type="multipart/form-data")


class AuthActions:
    """Accounts, the way flaskr's tests sign in: sign_up, sign_in, sign_out."""

    password = PASSWORD

    def __init__(self, client):
        self.client = client

    def sign_up(self, username: str = "ana", client=None) -> None:
        client = client or self.client
        page = client.get("/author/signup")
        data = {"csrf_token": csrf_token(page.text), "username": username, "password": PASSWORD, "confirm": PASSWORD}
        response = client.post("/author/signup", data=data)
        assert response.status_code == 303, response.text

    def sign_in(self, username: str, password: str = PASSWORD, client=None):
        client = client or self.client
        page = client.get("/author/login")
        data = {"csrf_token": csrf_token(page.text), "username": username, "password": password}
        return client.post("/author/login", data=data)

    def sign_out(self, client=None):
        client = client or self.client
        return client.post("/author/logout", data={"csrf_token": csrf_token(client.get("/author").text)})


class PackForm:
    """The pack form as a browser without JavaScript posts it."""

    def __init__(self, client):
        self.client = client

    @staticmethod
    def data(**overrides) -> dict:
        """A valid pack: three cast rows and two filming places; None drops a field."""
        data = {**HARBOUR_FORM}
        data.update(overrides)
        return {k: v for k, v in data.items() if v is not None}

    def post(self, url: str = "/author/packs/new", action: str = "save", headers=None, client=None, **overrides):
        client = client or self.client
        page = client.get(url)
        data = {"csrf_token": csrf_token(page.text), "action": action, **self.data(**overrides)}
        return client.post(url, data=data, headers=headers or {})


class PlayActions:
    """Playing through the test client the way a browser without JavaScript would."""

    def __init__(self, client):
        self.client = client
        self.app = client.application

    def using(self, client) -> PlayActions:
        """The same actions for another browser."""
        return PlayActions(client)

    def start(self, nickname: str = "", length: int = 10, slug: str = SEED_SLUG, difficulty: str = "") -> str:
        """Start a game; returns its address."""
        response = self.post_start(slug, nickname=nickname, length=str(length), difficulty=difficulty)
        assert response.status_code == 303, response.text
        return response.headers["Location"].replace("http://cliffhanger.test", "")

    def post_start(self, slug: str = SEED_SLUG, **form):
        page = self.client.get(f"/packs/{slug}")
        return self.client.post(f"/packs/{slug}", data={"csrf_token": csrf_token(page.text), **form})

    def start_with_options(self, **form) -> str:
        """A new game whose first question offers options (typed-name questions have none)."""
        while True:
            game = self.start(**form)
            if not self.rounds(game)[0].is_typed:
                return game

    def token(self) -> str:
        """The session's CSRF token, as any form on the site carries it."""
        return csrf_token(self.client.get(f"/packs/{SEED_SLUG}").text)

    def answer(self, game_url: str, position: int, option: str, htmx: bool = False):
        """Post `option`; on a typed question, type its text instead (or a wrong name for any other id)."""
        headers = {"HX-Request": "true"} if htmx else {}
        data = {"csrf_token": self.token(), "option": option}
        played = self.rounds(game_url)
        if position < len(played) and played[position].is_typed:
            data = {
                "csrf_token": data["csrf_token"],
                "typed": played[position].text_of(option) or "Nobody In Particular",
            }
        return self.client.post(f"{game_url}/rounds/{position}/answer", data=data, headers=headers)

    def play_all(self, game_url: str, right: bool = True) -> None:
        """Answer every question, rightly or wrongly, without JavaScript."""
        for position, played in enumerate(self.rounds(game_url)):
            choice = played.answer_id if right else self.wrong_option(played)
            assert self.answer(game_url, position, choice).status_code == 303

    @staticmethod
    def wrong_option(played: Round) -> str:
        """A wrong option's id; for a typed question with no look-alike names, an id that types a wrong name.
        Never one of the answer's other spellings, which are stored beside the options and count as right."""
        return next((o["id"] for o in played.options if o["id"] != played.answer_id and not o.get("alias")), "none")

    @staticmethod
    def option_ids(html: str) -> list[str]:
        return re.findall(r'name="option" value="([^"]+)"', html)

    @staticmethod
    def game_id(game_url: str) -> str:
        return game_url.rstrip("/").split("/")[-1]

    def rounds(self, game_url: str) -> list[Round]:
        with self.app.app_context():
            query = select(Round).where(Round.game_id == self.game_id(game_url)).order_by(Round.position)
            return list(db.session.scalars(query))

    def game(self, game_url: str) -> Game:
        with self.app.app_context():
            return db.session.get(Game, self.game_id(game_url))


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
