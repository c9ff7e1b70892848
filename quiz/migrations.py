"""`flask db …` (Flask-Migrate), loaded only when such a command runs: Alembic costs a
serving worker about 11 MB it never uses."""

from __future__ import annotations

import click
from flask import Flask, g
from flask.cli import ScriptInfo, with_appcontext

from .extensions import db


def enable(app: Flask) -> None:
    if "migrate" not in app.extensions:
        from flask_migrate import Migrate

        Migrate(app, db, directory=str(app.config["MIGRATIONS_FOLDER"]))


class LazyDbGroup(click.Group):
    def _commands(self, ctx: click.Context) -> click.Group:
        enable(ctx.ensure_object(ScriptInfo).load_app())
        from flask_migrate.cli import db as group

        return group

    def list_commands(self, ctx: click.Context) -> list[str]:
        return self._commands(ctx).list_commands(ctx)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        return self._commands(ctx).get_command(ctx, name)


@click.group("db", cls=LazyDbGroup)
@click.option("-d", "--directory", default=None, help="Migration script directory (default is migrations/).")
@click.option("-x", "--x-arg", multiple=True, help="Additional arguments consumed by custom env.py scripts")
@with_appcontext
def db_cli(directory, x_arg):
    """Database migrations (Flask-Migrate)."""
    g.directory = directory  # read by Flask-Migrate's commands, as its own `db` group would set them
    g.x_arg = x_arg
