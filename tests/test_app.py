"""Configuration, assets and the database schema."""

import base64
import hashlib

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from quiz import create_app
from quiz.config import HTMX_SRI, HTMX_VERSION, database_url
from quiz.extensions import db
from quiz.migrations import enable as enable_migrations


def test_database_url_as_users_write_it():
    assert database_url("postgresql://user@host:5432/db") == "postgresql+psycopg://user@host:5432/db"
    assert database_url("postgres://user@host/db") == "postgresql+psycopg://user@host/db"
    assert database_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"


def test_sqlite_in_the_instance_folder_by_default(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("SECRET_KEY", "from-env")
    app = create_app({"TESTING": True, "INSTANCE_PATH": str(tmp_path)})
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path}/cliffhanger.sqlite"


def test_secret_key_is_generated_once_into_the_instance_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("FLASK_SECRET_KEY", raising=False)
    first = create_app({"TESTING": True, "INSTANCE_PATH": str(tmp_path)}).config["SECRET_KEY"]
    key_file = tmp_path / "secret_key"
    assert len(first) == 64 and key_file.read_text().strip() == first
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert create_app({"TESTING": True, "INSTANCE_PATH": str(tmp_path)}).config["SECRET_KEY"] == first


def test_secret_key_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SECRET_KEY", "from-env")
    app = create_app({"TESTING": True, "INSTANCE_PATH": str(tmp_path)})
    assert app.config["SECRET_KEY"] == "from-env"
    assert not (tmp_path / "secret_key").exists()


def test_vendored_htmx_matches_its_pinned_hash(root):
    body = (root / "static" / "vendor" / f"htmx-{HTMX_VERSION}.min.js").read_bytes()
    assert "sha384-" + base64.b64encode(hashlib.sha384(body).digest()).decode() == HTMX_SRI
    assert f'version:"{HTMX_VERSION}"' in body.decode() or HTMX_VERSION in body.decode()


def test_pages_load_vendored_htmx_with_sri_by_default(make_app):
    page = make_app().test_client().get("/author/login").text
    assert f'src="/static/vendor/htmx-{HTMX_VERSION}.min.js" integrity="{HTMX_SRI}"' in page


def test_htmx_can_come_from_the_cdn_with_the_same_hash(make_app):
    page = make_app(HTMX_SOURCE="cdn").test_client().get("/author/login").text
    assert f'src="https://cdn.jsdelivr.net/npm/htmx.org@{HTMX_VERSION}/dist/htmx.min.js" integrity="{HTMX_SRI}"' in page


def test_htmx_source_must_be_known(make_app):
    with pytest.raises(ValueError, match="HTMX_SOURCE"):
        make_app(HTMX_SOURCE="elsewhere")


def test_migrations_build_the_schema_the_models_describe(app):
    enable_migrations(app)
    with app.app_context():
        db.drop_all()
        upgrade()
        with db.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), db.metadata)
        assert diff == []
        downgrade(revision="base")
