"""What a finished game's pages show, shared by the player's own results and the public link."""

from __future__ import annotations

from flask import abort, url_for
from sqlalchemy import select

from ..core.daily import share_line
from ..core.recap import share_text
from ..daily.puzzles import day_streak
from ..extensions import db
from ..models import Game
from ..play.players import plays
from .boards import standing, verdict_for


def finished_game_or_404(token: str) -> Game:
    """A finished game by its share token; an unknown, altered or unfinished one is a 404."""
    game = db.session.scalar(select(Game).where(Game.share_token == token))
    if game is None or not game.finished:
        abort(404, "There is no finished game at this address.")
    return game


def result_context(game: Game) -> dict:
    url = url_for("results.result", token=game.share_token, _external=True)
    results = [bool(r.correct) for r in game.rounds]
    owner = plays(game.id)
    streak = None
    if game.daily:
        streak = day_streak(game) if owner else None
        text = share_line(game.daily, game.score, results, streak or 1, url)
    else:
        text = share_text(game.pack.show, game.pack.season, game.score, game.length, results, url)
    return {
        "game": game,
        "owner": owner,
        "share_url": url,
        "share_text": text,
        "day_streak": streak,
        "rival": game.challenge,
        "standing": standing(game),
        "verdict": verdict_for(game.score, game.length),
    }
