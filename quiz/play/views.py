"""A game from its first question to its last answer. Games start on their pack's page (packs.views);
the results page at the end (/games/<id>/results) is added to this blueprint by quiz.share, which
owns what a finished game shows."""

from __future__ import annotations

from flask import current_app, redirect, request, url_for

from ..extensions import db, limiter
from ..htmx import render, wants_fragment
from ..models import Game
from . import bp
from .players import check_player
from .turns import AnswerRefused, current_turn, record_answer, turn_at


@bp.get("/<game_id>")
def game(game_id: str):
    check_player(game_id)
    turn = current_turn(game_id)
    if turn is None:
        return redirect(url_for("play.results", game_id=game_id), 303)
    return render("play/game.html", "play/partials/question.html", game=turn.game, round=turn)


@bp.post("/<game_id>/rounds/<int:position>/answer")
@limiter.limit(lambda: current_app.config["ANSWER_LIMIT"], key_func=lambda: request.view_args["game_id"])
def answer(game_id: str, position: int):
    check_player(game_id)
    try:
        turn = record_answer(game_id, position, request.form.get("option", ""), request.form.get("typed", ""))
    except AnswerRefused as refused:
        page = render(
            "play/refused.html", "play/partials/refused.html", game=db.session.get(Game, game_id), message=str(refused)
        )
        return page, refused.status
    feedback_url = url_for("play.feedback", game_id=game_id, position=position)
    if not wants_fragment():
        return redirect(feedback_url, 303)
    page = render("play/feedback.html", "play/partials/feedback.html", game=turn.game, round=turn)
    # Replaced, not pushed: reload shows this verdict, and Back leaves the game instead of stepping through it.
    return page, 200, {"HX-Replace-Url": feedback_url}


@bp.get("/<game_id>/rounds/<int:position>")
def feedback(game_id: str, position: int):
    check_player(game_id)
    turn = turn_at(game_id, position)
    if turn is None or turn.chosen_id is None:
        return redirect(url_for("play.game", game_id=game_id), 303)
    return render("play/feedback.html", "play/partials/feedback.html", game=turn.game, round=turn)
