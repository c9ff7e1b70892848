"""Who owns a game: the browser that started it, as its signed session cookie says."""

from __future__ import annotations

from flask import abort, session

from ..extensions import db
from ..models import Game

OWNED_GAMES_KEPT = 50


def remember_player(game: Game) -> None:
    """Note in the signed session cookie that this browser plays `game`: only it may answer."""
    owned = [g for g in session.get("games", []) if g != game.id]
    session["games"] = (owned + [game.id])[-OWNED_GAMES_KEPT:]


def plays(game_id: str) -> bool:
    return game_id in session.get("games", [])


def check_player(game_id: str) -> None:
    """Only the browser that started a game may see or answer it."""
    if not plays(game_id):
        if db.session.get(Game, game_id) is None:
            abort(404, "There is no such game.")
        abort(403, "This game belongs to another player. Start your own from the pack's page.")


def own_game_or_403(game_id: str) -> Game:
    check_player(game_id)
    game = db.session.get(Game, game_id)
    if game is None:
        abort(404, "There is no such game.")
    return game
