"""Cliffhanger: a TV-season trivia game."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, url_for
from sqlalchemy import event
from werkzeug.middleware.proxy_fix import ProxyFix

from .config import HTMX_CDN, HTMX_SRI, HTMX_VERSION, configure
from .core.recap import duration
from .extensions import csrf, db, limiter, login_manager, sqlite_pragmas
from .sessions import HttpsAwareSessions

ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(
        __name__,
        # Tests keep their instance folder (and the secret key made there) out of the checkout.
        instance_path=(test_config or {}).get("INSTANCE_PATH"),
        instance_relative_config=True,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    configure(app, test_config)
    app.session_interface = HttpsAwareSessions()
    if app.config["TRUST_PROXY"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)

    db.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        with app.app_context():
            event.listen(db.engine, "connect", sqlite_pragmas)

    from . import author, daily, errors, models, packs, play, security, share  # noqa: F401  (models register their tables)
    from .htmx import add_vary
    from .migrations import db_cli
    from .packs.commands import packs_cli
    from .packs.views import shelf

    app.add_url_rule("/", "home", shelf)
    app.register_blueprint(packs.bp, url_prefix="/packs")
    app.register_blueprint(play.bp, url_prefix="/games")
    app.register_blueprint(share.results_bp, url_prefix="/r")
    app.register_blueprint(share.challenges_bp, url_prefix="/c")
    app.register_blueprint(author.bp, url_prefix="/author")
    app.register_blueprint(daily.bp, url_prefix="/daily")
    app.cli.add_command(packs_cli)
    app.cli.add_command(db_cli)
    errors.register(app)
    security.register(app)
    app.after_request(add_vary)
    # A constant answer for load balancers, and the baseline bench/serve.py compares against.
    app.add_url_rule("/healthz", "healthz", lambda: ("ok", 200, {"Content-Type": "text/plain"}))

    app.add_template_filter(duration, "duration")

    @app.context_processor
    def htmx_script() -> dict:
        vendored = app.config["HTMX_SOURCE"] == "vendored"
        src = url_for("static", filename=f"vendor/htmx-{HTMX_VERSION}.min.js") if vendored else HTMX_CDN
        return {"htmx_src": src, "htmx_sri": HTMX_SRI}

    return app
