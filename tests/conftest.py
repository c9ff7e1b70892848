"""Fixtures: an app on a fresh database per test, on SQLite and on PostgreSQL.

PostgreSQL tests skip with the reason when no server answers, unless
CLIFFHANGER_REQUIRE_POSTGRES=1 (set by CI) makes that a failure.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

import psycopg
import pytest

from quiz import create_app
from quiz.extensions import db
from quiz.importer import import_paths

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
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)
