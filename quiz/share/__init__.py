"""Public, spoiler-free result pages behind an unguessable token."""

from flask import Blueprint, abort, session
from sqlalchemy import select

from ..extensions import db
from ..htmx import render
from ..models import Game

bp = Blueprint("share", __name__)


@bp.get("/r/<token>")
def result(token: str):
    game = db.session.scalar(select(Game).where(Game.share_token == token))
    if game is None or not game.finished:
        abort(404, "There is no finished game at this address.")
    owner = game.id in session.get("games", [])
    return render("share/result.html", "play/partials/results.html", game=game, owner=owner)
