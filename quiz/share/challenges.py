"""A challenge: the same questions, in the same order, with the same options, for another player."""

from __future__ import annotations

from ..extensions import db
from ..models import Game, Round


def start_challenge(origin: Game, nickname: str | None) -> Game:
    """A new game replaying `origin`'s rounds; every challenge of a challenge points at the first game."""
    root = origin.challenge or origin
    rounds = [
        Round.deal(played.position, played.question_id, played, played.option_texts, played.explanation)
        for played in origin.rounds
    ]
    game = Game.begin(origin.pack_id, nickname, rounds, challenge=root)
    db.session.add(game)
    db.session.commit()
    return game
