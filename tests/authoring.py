"""Helpers for author tests: accounts and the pack form as a browser without JavaScript posts it."""

from __future__ import annotations

from .conftest import csrf_token

PASSWORD = "correct horse battery"


def sign_up(client, username: str = "ana") -> None:
    page = client.get("/author/signup")
    data = {"csrf_token": csrf_token(page.text), "username": username, "password": PASSWORD, "confirm": PASSWORD}
    response = client.post("/author/signup", data=data)
    assert response.status_code == 303, response.text


def sign_in(client, username: str, password: str = PASSWORD):
    page = client.get("/author/login")
    return client.post(
        "/author/login", data={"csrf_token": csrf_token(page.text), "username": username, "password": password}
    )


def pack_form(**overrides) -> dict:
    """A valid pack as the form posts it: three cast rows and two filming places."""
    data = {
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
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def post_pack(client, url: str = "/author/packs/new", action: str = "save", **overrides):
    page = client.get(url)
    return client.post(url, data={"csrf_token": csrf_token(page.text), "action": action, **pack_form(**overrides)})
