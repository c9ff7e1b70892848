"""Fixtures: an app on a fresh database per test, on SQLite and on PostgreSQL.

PostgreSQL tests skip with the reason when no server answers, unless
CLIFFHANGER_REQUIRE_POSTGRES=1 (set by CI) makes that a failure.
"""

from __future__ import annotations

import os
import re
import threading
from functools import cache
from pathlib import Path

import psycopg
import pytest
from werkzeug.serving import make_server

from quiz import create_app
from quiz.extensions import db
from quiz.importer import import_packs, import_paths

ROOT = Path(__file__).resolve().parent.parent
SEED_PACK = ROOT / "questions" / "narcos-mexico-s2.yaml"
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def postgres_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgresql://", "postgres://")) else DEFAULT_POSTGRES


@cache
def postgres_unavailable() -> str | None:
    try:
        psycopg.connect(postgres_url(), connect_timeout=3).close()
    except psycopg.Error as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"PostgreSQL not reachable at {postgres_url()} ({first_line}); set DATABASE_URL to run these tests"
    return None


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite'}"
    reason = postgres_unavailable()
    if reason:
        if os.environ.get("CLIFFHANGER_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return postgres_url()


@pytest.fixture
def app(database_url, tmp_path):
    app = create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": database_url,
            "SECRET_KEY": "tests-only-secret",
            "SERVER_NAME": "cliffhanger.test",
        }
    )
    with app.app_context():
        db.drop_all()
        db.create_all()
    yield app
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


@pytest.fixture(scope="module")
def pack_importer(tmp_path_factory):
    """Import one pack at a time into a real SQLite database, as `packs import` does."""
    folder = tmp_path_factory.mktemp("imports")
    app = create_app(
        {"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'packs.sqlite'}", "SECRET_KEY": "x"}
    )
    with app.app_context():
        db.create_all()

    def run(pack, text):
        with app.app_context():
            import_packs([pack], {pack.slug: text}, app.config["PACKS_FOLDER"])

    yield run
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def seeded(app):
    with app.app_context():
        import_paths([SEED_PACK], app.config["PACKS_FOLDER"])
    return app


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = f"Chromium not found at {CHROMIUM}; install it with 'apt-get install chromium'"
        if os.environ.get("CLIFFHANGER_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def live(tmp_path):
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'live.sqlite'}", "SECRET_KEY": "browser-tests"}
    )
    with app.app_context():
        db.create_all()
        import_paths([SEED_PACK], app.config["PACKS_FOLDER"])
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield app, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()
    with app.app_context():
        db.engine.dispose()
