"""Result links, their preview cards, challenges and leaderboards."""

from __future__ import annotations

from flask import make_response, redirect, render_template, request, url_for
from sqlalchemy.exc import IntegrityError

from ..authoring import visible_pack_or_404
from ..boards import challenge_board, pack_board, week_start
from ..cards import draw_card
from ..core.text import clean_nickname
from ..extensions import db
from ..games import remember_player, start_challenge
from ..models import Card, Game
from ..play.forms import StartForm
from ..results import finished_game_or_404, result_context
from . import bp

CARD_CACHE = "public, max-age=31536000, immutable"


@bp.get("/r/<token>")
def result(token: str):
    game = finished_game_or_404(token)
    return render_template("share/result.html", **result_context(game))


@bp.get("/r/<token>/card.png")
def card(token: str):
    game = finished_game_or_404(token)
    stored = db.session.get(Card, game.id)
    if stored is None:
        png = draw_card(game.pack.title, game.nickname, game.score, game.length, [bool(r.correct) for r in game.rounds])
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


@bp.route("/c/<token>", methods=["GET", "POST"])
def challenge(token: str):
    origin = finished_game_or_404(token)
    form = StartForm()
    if request.method == "POST" and form.validate_on_submit():
        game = start_challenge(origin, clean_nickname(form.nickname.data))
        remember_player(game)
        return redirect(url_for("play.game", game_id=game.id), 303)
    root = db.session.get(Game, origin.challenge_of) if origin.challenge_of else origin
    status = 400 if request.method == "POST" else 200
    context = {"origin": origin, "root": root, "board": challenge_board(root.id), "form": form}
    return render_template("share/challenge.html", **context), status


@bp.get("/packs/<slug>/leaderboard")
def leaderboard(slug: str):
    pack = visible_pack_or_404(slug)
    period = "week" if request.args.get("period") == "week" else "all"
    games = pack_board(pack.id, week_start() if period == "week" else None)
    return render_template("share/leaderboard.html", pack=pack, games=games, period=period)
