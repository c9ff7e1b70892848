"""Fixtures. Tests that touch the database get a fresh one per test, on SQLite and on PostgreSQL;
tests that don't run once.

PostgreSQL tests skip with the reason when no server answers, unless
CLIFFHANGER_REQUIRE_POSTGRES=1 (set by CI) makes that a failure. Browser tests do the same with
CLIFFHANGER_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import os
import threading
from functools import cache
from pathlib import Path

import psycopg
import pytest
from werkzeug.serving import make_server

from quiz import create_app
from quiz.core.packfile import read_pack_text
from quiz.extensions import db
from quiz.packs.pipeline import import_files, store

from . import actors

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def _postgres_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgresql://", "postgres://")) else DEFAULT_POSTGRES


@cache
def _postgres_unavailable() -> str | None:
    try:
        psycopg.connect(_postgres_url(), connect_timeout=3).close()
    except psycopg.Error as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"PostgreSQL not reachable at {_postgres_url()} ({first_line}); set DATABASE_URL to run these tests"
    return None


def _missing(reason: str, required_by: str) -> None:
    if os.environ.get(required_by) == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _make_app(database_url: str, instance: Path, **config):
    return create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": database_url,
            "SECRET_KEY": "tests-only-secret",
            "SERVER_NAME": "cliffhanger.test",
            "INSTANCE_PATH": str(instance),
            **config,
        }
    )


# Where things are


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_pack() -> Path:
    """The shipped pack every game test plays."""
    return ROOT / "questions" / f"{actors.SEED_SLUG}.yaml"


@pytest.fixture(scope="session")
def slug() -> str:
    return actors.SEED_SLUG


@pytest.fixture(scope="session")
def other_report() -> str:
    """A second, tiny report on the same season from another outlet, as pack text."""
    return """\
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


@pytest.fixture(scope="session")
def harbour(root) -> str:
    """An author's pack file for a made-up show, as uploaded."""
    return (root / "tests" / "data" / "harbour-lights-s3.yaml").read_text(encoding="utf-8")


# Databases and apps


@pytest.fixture(scope="session")
def postgres() -> str:
    """A reachable PostgreSQL URL, or a skip (a failure in CI) saying why not."""
    reason = _postgres_unavailable()
    if reason:
        _missing(reason, "CLIFFHANGER_REQUIRE_POSTGRES")
    return _postgres_url()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite'}"
    return request.getfixturevalue("postgres")


@pytest.fixture
def app(database_url, tmp_path):
    """The app on a fresh database, once on SQLite and once on PostgreSQL."""
    app = _make_app(database_url, tmp_path / "instance")
    with app.app_context():
        db.drop_all()
        db.create_all()
    yield app
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


@pytest.fixture
def make_app(tmp_path):
    """Apps for tests whose database doesn't matter: on SQLite in tmp_path, with config overrides."""
    made = []

    def make(**config):
        made.append(_make_app(f"sqlite:///{tmp_path / 'plain.sqlite'}", tmp_path / "instance", **config))
        return made[-1]

    yield make
    for app in made:
        with app.app_context():
            db.engine.dispose()


@pytest.fixture
def cli(make_app):
    """`flask` commands that read files and never the database: run once, not per database."""
    return make_app().test_cli_runner()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def seeded(app, seed_pack):
    """The app with the shipped pack imported."""
    with app.app_context():
        import_files([seed_pack])
    return app


@pytest.fixture
def add_pack(app):
    """Store a pack from its text, as `flask packs import` does."""

    def add(text: str, origin: str = "added.yaml"):
        with app.app_context():
            return store([read_pack_text(text, origin)])

    return add


@pytest.fixture(scope="module")
def pack_importer(tmp_path_factory):
    """Import one pack at a time into a real SQLite database, as `packs import` does."""
    folder = tmp_path_factory.mktemp("imports")
    app = _make_app(f"sqlite:///{folder / 'packs.sqlite'}", folder / "instance")
    with app.app_context():
        db.create_all()

    def run(text: str, origin: str = "generated.yaml"):
        with app.app_context():
            store([read_pack_text(text, origin)])

    yield run
    with app.app_context():
        db.engine.dispose()


# Acting as a visitor, an author and a player


@pytest.fixture(scope="session")
def csrf():
    """The CSRF token a page's forms carry."""
    return actors.csrf_token


@pytest.fixture
def auth(client) -> actors.AuthActions:
    return actors.AuthActions(client)


@pytest.fixture
def upload(client):
    """Upload pack text as a file through the upload form."""
    return lambda text, name="pack.yaml": actors.upload(client, text, name)


@pytest.fixture(scope="session")
def harbour_form() -> dict:
    """The Harbour Lights pack as the pack form posts it."""
    return dict(actors.HARBOUR_FORM)


@pytest.fixture
def pack_form(client) -> actors.PackForm:
    return actors.PackForm(client)


@pytest.fixture
def player(client) -> actors.PlayActions:
    return actors.PlayActions(client)


# A real browser on a real server


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        _missing(
            f"Chromium not found at {CHROMIUM}; install it with 'apt-get install chromium'",
            "CLIFFHANGER_REQUIRE_BROWSER",
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def live(tmp_path, seed_pack):
    """The app with the shipped pack, served over HTTP on a free port: (app, base URL)."""
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'live.sqlite'}",
            "SECRET_KEY": "browser-tests",
            "INSTANCE_PATH": str(tmp_path / "instance"),
        }
    )
    with app.app_context():
        db.create_all()
        import_files([seed_pack])
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield app, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def live_rounds(live):
    """A game's rounds as the live server stored them, by the game's address."""
    return actors.PlayActions(live[0].test_client()).rounds


@pytest.fixture(scope="session")
def play_through():
    """In a browser: answer every question with its first option (or a typed guess) up to the results;
    returns how many questions the game had."""
    return actors.play_through
