"""The daily puzzle's pages: today's puzzle, starting it, and a day's board."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import abort, redirect, render_template, request, url_for

from ..core import daily
from ..core.text import clean_nickname
from ..play.forms import NicknameForm
from . import bp, puzzles


@bp.route("", methods=["GET", "POST"])
def today():
    number = puzzles.current_number()
    if number < 1:
        abort(404, "The first daily puzzle hasn't opened yet.")
    form = NicknameForm()
    if request.method == "POST" and form.validate_on_submit():
        game = puzzles.start(number, clean_nickname(form.nickname.data))
        if game is None:
            abort(404, "There are no questions on the shelf to make a puzzle from.")
        target = "play.results" if game.finished else "play.game"
        return redirect(url_for(target, game_id=game.id), 303)
    game = puzzles.my_game(number)
    context = {
        "number": number,
        "form": form,
        "game": game,
        "streak": puzzles.current_streak(number),
        "next_opens": daily.opens_at(number + 1),
        "now": datetime.now(UTC),
    }
    status = 422 if request.method == "POST" else 200
    return render_template("daily/today.html", **context), status


@bp.get("/<int:number>/board")
def board(number: int):
    if not 1 <= number <= puzzles.current_number():
        abort(404, "That puzzle hasn't opened yet.")
    return render_template("daily/board.html", number=number, games=puzzles.board(number))
