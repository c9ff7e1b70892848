"""The home page's shelf: search by show, actor or character, filter, sort, group seasons, page."""

from __future__ import annotations

import re

import pytest


def titles(html: str) -> list[str]:
    return re.findall(r'<h3[^>]*><a href="/packs/[^"]+">([^<]+)</a></h3>', html)


def shows(html: str) -> list[str]:
    return re.findall(r'<h2 id="show-\d+" class="show-name">([^<]+)</h2>', html)


@pytest.fixture
def shelf(seeded, add_pack, harbour, other_report):
    """Three seasons of two shows: Narcos: Mexico (twice, from two reports) and Harbour Lights."""
    add_pack(harbour, "harbour.yaml")
    add_pack(
        other_report.replace("title: Other report", 'title: "Narcos: Mexico — Season 2 (other report)"'), "other.yaml"
    )
    return seeded


def test_the_shelf_groups_a_shows_seasons_and_counts_questions_and_games(shelf, client, player):
    player.play_all(player.start(length=5))
    page = client.get("/").text
    assert shows(page) == ["Harbour Lights", "Narcos: Mexico"]
    assert titles(page) == [
        "Harbour Lights — Season 3",
        "Narcos: Mexico — Season 2",
        "Narcos: Mexico — Season 2 (other report)",
    ]
    narcos = page[page.index("Narcos: Mexico — Season 2</a>") :]
    assert re.search(r"\d+ questions · 1 game played", narcos)
    assert "3 seasons" in page


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("harbour", ["Harbour Lights — Season 3"]),
        ("Ingrid Haland", ["Harbour Lights — Season 3"]),  # an actor, accents optional
        ("félix gallardo", ["Narcos: Mexico — Season 2"]),  # a character
        ("MEXICO", ["Narcos: Mexico — Season 2", "Narcos: Mexico — Season 2 (other report)"]),
        ("nobody at all", []),
        ("%", []),
    ],
)
def test_search_finds_shows_actors_and_characters(shelf, client, query, found):
    page = client.get("/", query_string={"q": query}).text
    assert titles(page) == found
    if not found:
        assert "No season matches." in page


def test_filters_by_network_and_year_and_ignores_values_the_shelf_lacks(shelf, client):
    assert titles(client.get("/?network=Northwind+TV").text) == ["Harbour Lights — Season 3"]
    assert titles(client.get("/?year=2020").text) == ["Narcos: Mexico — Season 2"]
    page = client.get("/").text
    assert '<option value="Northwind TV">' in page and '<option value="2024">' in page
    assert len(titles(client.get("/?network=Nowhere&year=1066&sort=evil&page=x").text)) == 3


def test_sorts_by_newest_and_most_played(shelf, client, player):
    assert shows(client.get("/?sort=newest").text) == ["Harbour Lights", "Narcos: Mexico"]
    player.play_all(player.start(length=5))
    assert shows(client.get("/?sort=played").text) == ["Narcos: Mexico", "Harbour Lights"]


def test_long_shelves_are_paged_and_pages_keep_the_filters(shelf, client):
    shelf.config["SHELF_PAGE_SIZE"] = 1
    first = client.get("/?sort=newest").text
    assert shows(first) == ["Harbour Lights"] and "page 1 of 2" in first
    assert 'href="/?sort=newest&amp;page=2"' in first
    second = client.get("/?sort=newest&page=2").text
    assert shows(second) == ["Narcos: Mexico"] and 'rel="prev"' in second and 'rel="next"' not in second
    assert shows(client.get("/?sort=newest&page=99").text) == ["Narcos: Mexico"], "past the end is the last page"


def test_htmx_gets_only_the_results(shelf, client):
    fragment = client.get("/?q=harbour", headers={"HX-Request": "true"})
    assert "<html" not in fragment.text and titles(fragment.text) == ["Harbour Lights — Season 3"]
    assert "HX-Request" in fragment.headers["Vary"]


def test_drafts_never_reach_the_shelf(seeded, client, auth, upload, harbour):
    auth.sign_up()
    assert upload(harbour, "harbour.yaml").status_code == 303
    assert titles(client.get("/?q=harbour").text) == []
