"""Configuration: defaults, then FLASK_* environment variables, then test overrides."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import Flask

from .core.limits import MAX_ARTICLE_BYTES

HTMX_VERSION = "4.0.1"
# sha384 of static/vendor/htmx-4.0.1.min.js, the file the npm package ships as dist/htmx.min.js.
HTMX_SRI = "sha384-Qp9rdC8H7EqOoX+nR0P3RPG2Noji+qdwJlGpfzwQJsfOpp3sGwIdSP9xO3+UlEhn"
HTMX_CDN = f"https://cdn.jsdelivr.net/npm/htmx.org@{HTMX_VERSION}/dist/htmx.min.js"


def database_url(url: str) -> str:
    """Accept the URL as users write it and pick the psycopg 3 driver for PostgreSQL."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def configure(app: Flask, test_config: dict | None) -> None:
    instance = Path(app.instance_path)
    instance.mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL") or f"sqlite:///{instance / 'cliffhanger.sqlite'}",
        SECRET_KEY=os.environ.get("SECRET_KEY"),
        HTMX_SOURCE="vendored",
        GAME_LENGTH=10,
        TIMED_SECONDS=20,  # a question's time in a timed game
        SHELF_PAGE_SIZE=12,
        PACKS_FOLDER=str(Path(app.root_path).parent / "questions"),
        MIGRATIONS_FOLDER=str(Path(app.root_path).parent / "migrations"),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        WTF_CSRF_TIME_LIMIT=None,
        # A saved article page may be up to MAX_ARTICLE_BYTES; the form around it needs a little more.
        MAX_CONTENT_LENGTH=MAX_ARTICLE_BYTES + 512 * 1024,
        RATELIMIT_STORAGE_URI=os.environ.get("REDIS_URL") or "memory://",
        RATELIMIT_HEADERS_ENABLED=True,
        LOGIN_LIMIT="10 per minute; 50 per hour",
        START_LIMIT="30 per minute",
        ANSWER_LIMIT="120 per minute",
        TRUST_PROXY=False,
    )
    app.config.from_prefixed_env()
    if test_config:
        app.config.from_mapping(test_config)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url(app.config["SQLALCHEMY_DATABASE_URI"])
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        # A waiting writer beats a "database is locked" error under concurrent answers.
        app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", {"connect_args": {"timeout": 15}})
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret(instance / "secret_key")
    if app.config["HTMX_SOURCE"] not in ("vendored", "cdn"):
        raise ValueError("HTMX_SOURCE must be 'vendored' or 'cdn'")


def _instance_secret(path: Path) -> str:
    """Generate the key once and keep it, so sessions survive restarts."""
    if not path.exists():
        draft = path.with_name(f".{path.name}.{os.getpid()}")
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
        try:
            os.link(draft, path)  # atomic: of several starting workers, one key wins
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text().strip()
