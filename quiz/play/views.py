"""Playing: the pack list, a pack's page, and a game from first question to results."""

from __future__ import annotations

from flask import abort, current_app, redirect, render_template, request, session, url_for
from sqlalchemy import func, select

from ..authoring import visible_pack_or_404
from ..core.generate import TOPICS
from ..core.text import clean_nickname
from ..extensions import db, limiter
from ..games import remember_player, start_game
from ..htmx import render, wants_fragment
from ..models import Game, Pack, Question
from ..results import result_context
from ..turns import AnswerRefused, current_turn, record_answer, turn_at
from . import bp
from .forms import StartForm


@bp.get("/")
def home():
    counts = (
        select(Question.pack_id, func.count().label("questions"))
        .where(Question.active)
        .group_by(Question.pack_id)
        .subquery()
    )
    packs = db.session.execute(
        select(Pack, counts.c.questions)
        .join(counts, counts.c.pack_id == Pack.id)
        .where(Pack.published)
        .order_by(Pack.show, Pack.season)
    ).all()
    return render_template("play/home.html", packs=packs)


@bp.route("/packs/<slug>", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["START_LIMIT"], methods=["POST"])
def pack(slug: str):
    pack = visible_pack_or_404(slug)
    form = StartForm()
    if request.method == "POST":
        if form.validate_on_submit():
            return _start(pack, form)
        status = 400
    else:
        form.length.data = form.length.data or current_app.config["GAME_LENGTH"]
        status = 200
    kinds = db.session.execute(
        select(Question.kind, func.count()).where(Question.pack_id == pack.id, Question.active).group_by(Question.kind)
    ).all()
    topics = list(dict.fromkeys(topic for kind, topic in TOPICS.items() if kind in dict(kinds)))
    questions = sum(count for _, count in kinds)
    context = {"pack": pack, "form": form, "questions": questions, "topics": topics}
    return render_template("play/pack.html", **context), status


def _start(pack: Pack, form: StartForm):
    game = start_game(pack, form.length.data, clean_nickname(form.nickname.data), form.difficulty.data or None)
    if game is None:
        abort(409, "This pack has no questions yet.")
    remember_player(game)
    return redirect(url_for("play.game", game_id=game.id), 303)


@bp.get("/games/<game_id>")
def game(game_id: str):
    _check_player(game_id)
    turn = current_turn(game_id)
    if turn is None:
        return redirect(url_for("play.results", game_id=game_id), 303)
    return render("play/game.html", "play/partials/question.html", game=turn.game, round=turn)


@bp.post("/games/<game_id>/rounds/<int:position>/answer")
@limiter.limit(lambda: current_app.config["ANSWER_LIMIT"], key_func=lambda: request.view_args["game_id"])
def answer(game_id: str, position: int):
    _check_player(game_id)
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
    return page, 200, {"HX-Push-Url": feedback_url}


@bp.get("/games/<game_id>/rounds/<int:position>")
def feedback(game_id: str, position: int):
    _check_player(game_id)
    turn = turn_at(game_id, position)
    if turn is None or turn.chosen_id is None:
        return redirect(url_for("play.game", game_id=game_id), 303)
    return render("play/feedback.html", "play/partials/feedback.html", game=turn.game, round=turn)


@bp.get("/games/<game_id>/results")
def results(game_id: str):
    game = _own_game_or_403(game_id)
    if not game.finished:
        return redirect(url_for("play.game", game_id=game.id), 303)
    return render("play/results.html", "play/partials/results.html", **result_context(game))


def _check_player(game_id: str) -> None:
    """Only the browser that started a game may see or answer it; the signed session says which."""
    if game_id not in session.get("games", []):
        if db.session.get(Game, game_id) is None:
            abort(404, "There is no such game.")
        abort(403, "This game belongs to another player. Start your own from the pack's page.")


def _own_game_or_403(game_id: str) -> Game:
    _check_player(game_id)
    game = db.session.get(Game, game_id)
    if game is None:
        abort(404, "There is no such game.")
    return game
