"""The shelf of packs, a pack's page with its start form, its leaderboard and its downloads."""

from __future__ import annotations

from flask import Response, abort, current_app, redirect, render_template, request, url_for
from sqlalchemy import func, select

from ..core.formats import to_opentdb
from ..core.generate import TOPICS
from ..core.text import clean_nickname
from ..extensions import db, limiter
from ..htmx import render
from ..models import Pack, Question
from ..play.forms import StartForm
from ..play.games import start_game
from ..play.players import remember_player
from ..share.boards import pack_board, week_start
from . import bp
from .access import visible_pack_or_404
from .forms import ShelfForm
from .shelf import filter_choices, shelf_page


def shelf():
    """The home page, served at /: the published packs that have questions, searched, filtered and paged."""
    form = ShelfForm(request.args)
    form.offer(*filter_choices())
    page = request.args.get("page", "1")
    number = int(page) if page.isdigit() else 1
    per_page = current_app.config["SHELF_PAGE_SIZE"]
    found = shelf_page(form.q.data or "", form.network.data, form.year.data, form.sort.data, number, per_page)
    return render("packs/shelf.html", "packs/partials/shelf.html", form=form, shelf=found)


@bp.route("/<slug>", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["START_LIMIT"], methods=["POST"])
def page(slug: str):
    pack = visible_pack_or_404(slug)
    form = StartForm()
    if request.method == "POST":
        if form.validate_on_submit():
            return _start(pack, form)
        status = 422
    else:
        form.length.data = form.length.data or current_app.config["GAME_LENGTH"]
        status = 200
    kinds = db.session.execute(
        select(Question.kind, func.count()).where(Question.pack_id == pack.id, Question.active).group_by(Question.kind)
    ).all()
    topics = list(dict.fromkeys(topic for kind, topic in TOPICS.items() if kind in dict(kinds)))
    questions = sum(count for _, count in kinds)
    context = {"pack": pack, "form": form, "questions": questions, "topics": topics}
    return render_template("packs/pack.html", **context), status


def _start(pack: Pack, form: StartForm):
    seconds = current_app.config["TIMED_SECONDS"] if form.timed.data else None
    game = start_game(pack, form.length.data, clean_nickname(form.nickname.data), form.difficulty.data or None, seconds)
    if game is None:
        abort(409, "This pack has no questions yet.")
    remember_player(game)
    return redirect(url_for("play.game", game_id=game.id), 303)


@bp.get("/<slug>/leaderboard")
def leaderboard(slug: str):
    pack = visible_pack_or_404(slug)
    period = "week" if request.args.get("period") == "week" else "all"
    games = pack_board(pack.id, week_start() if period == "week" else None)
    return render_template("packs/leaderboard.html", pack=pack, games=games, period=period)


@bp.get("/<slug>.yaml")
def download_yaml(slug: str):
    pack = visible_pack_or_404(slug)
    return _attachment(pack.source_text, "application/yaml", f"{pack.slug}.yaml")


@bp.get("/<slug>/questions.json")
def download_questions(slug: str):
    pack = visible_pack_or_404(slug)
    rows = db.session.scalars(
        select(Question).where(Question.pack_id == pack.id, Question.active).order_by(Question.id)
    )
    questions = [
        {"prompt": q.prompt, "answer": q.answer, "options": q.options, "difficulty": q.difficulty, "type": q.type}
        for q in rows
    ]
    return _attachment(to_opentdb(questions, pack.title), "application/json", f"{pack.slug}-questions.json")


def _attachment(body: str, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
