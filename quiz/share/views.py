"""Result links (/r/), their preview cards, challenges (/c/), and the player's own results page."""

from __future__ import annotations

from flask import abort, make_response, redirect, render_template, request, url_for
from sqlalchemy.exc import IntegrityError

from ..core.text import clean_nickname
from ..extensions import db
from ..htmx import render
from ..models import Card
from ..play import bp as play_bp
from ..play.forms import StartForm
from ..play.players import own_game_or_403, remember_player
from . import challenges_bp, results_bp
from .boards import challenge_board
from .cards import draw_card
from .challenges import start_challenge
from .results import finished_game_or_404, result_context

CARD_CACHE = "public, max-age=31536000, immutable"


@results_bp.get("/<token>")
def result(token: str):
    game = finished_game_or_404(token)
    return render_template("share/result.html", **result_context(game))


@results_bp.get("/<token>/card.png")
def card(token: str):
    game = finished_game_or_404(token)
    stored = db.session.get(Card, game.id)
    if stored is None:
        png = draw_card(game.name, game.nickname, game.score, game.length, [bool(r.correct) for r in game.rounds])
        stored = Card(game_id=game.id, png=png)
        db.session.add(stored)
        try:
            db.session.commit()
        except IntegrityError:  # another worker stored the same card first; theirs is identical
            db.session.rollback()
    response = make_response(stored.png)
    response.mimetype = "image/png"
    response.headers["Cache-Control"] = CARD_CACHE
    response.set_etag(token)
    return response.make_conditional(request)


@play_bp.get("/<game_id>/results")
def results(game_id: str):
    """The player's own results, answers included; /r/ shows the same game to everyone else, without them."""
    game = own_game_or_403(game_id)
    if not game.finished:
        return redirect(url_for("play.game", game_id=game.id), 303)
    return render("play/results.html", "play/partials/results.html", **result_context(game))


@challenges_bp.route("/<token>", methods=["GET", "POST"])
def challenge(token: str):
    origin = finished_game_or_404(token)
    if origin.daily:
        abort(404, "A daily puzzle is the same for everyone: send today's puzzle instead.")
    form = StartForm()
    if request.method == "POST" and form.validate_on_submit():
        game = start_challenge(origin, clean_nickname(form.nickname.data))
        remember_player(game)
        return redirect(url_for("play.game", game_id=game.id), 303)
    root = origin.challenge or origin
    status = 422 if request.method == "POST" else 200
    context = {"origin": origin, "root": root, "board": challenge_board(root.id), "form": form}
    return render_template("share/challenge.html", **context), status
