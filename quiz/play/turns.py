"""The hot path: show the current question and record an answer.

Showing a question is one SELECT of the round with its game and pack. An answer that counts
adds two UPDATEs in one transaction: the first claims the round only if it is still
unanswered, so a second or concurrent answer changes nothing; the second moves the score
and returns it, so nothing is read again.
"""

from __future__ import annotations

from sqlalchemy import case, select, update
from sqlalchemy.orm import contains_eager
from sqlalchemy.orm.attributes import set_committed_value

from ..core.limits import TYPED_MAX
from ..core.matching import matches
from ..extensions import db
from ..models import Game, Round, utcnow

TYPED_WRONG = "typed"  # chosen_id of a typed answer that did not match


class AnswerRefused(Exception):
    """The answer can't count; `status` is the HTTP status to reply with."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


def _rounds_of(game_id: str):
    return (
        select(Round)
        .join(Round.game)
        .join(Game.pack)
        .options(contains_eager(Round.game).contains_eager(Game.pack))
        .where(Round.game_id == game_id)
    )


def turn_at(game_id: str, position: int) -> Round | None:
    return db.session.scalar(_rounds_of(game_id).where(Round.position == position))


def current_turn(game_id: str) -> Round | None:
    """The question to answer next; None once every question is answered."""
    return db.session.scalar(_rounds_of(game_id).where(Round.position == Game.answered))


def record_answer(game_id: str, position: int, option_id: str = "", typed: str = "") -> Round:
    """Count one answer and return the round, answered, with its game's new score."""
    turn = turn_at(game_id, position)
    if turn is None:
        raise AnswerRefused("That question is not part of this game.", 404)
    if turn.chosen_id is not None:
        raise AnswerRefused(f"Question {position + 1} was already answered; a second answer counts for nothing.", 409)
    if position != turn.game.answered:
        raise AnswerRefused(f"Question {position + 1} is not the current question.", 409)
    if turn.is_typed:
        typed = " ".join(typed.split())[:TYPED_MAX]
        if not typed:
            raise AnswerRefused("Type a name before you answer.", 422)
        others = [text for text in turn.option_texts if text != turn.answer]
        correct = any(matches(typed, name, others) for name in [turn.answer, *turn.aliases])
        option_id = turn.answer_id if correct else TYPED_WRONG
    elif turn.text_of(option_id) is None:
        raise AnswerRefused("That option does not belong to this question.", 400)
    else:
        correct, typed = option_id == turn.answer_id, None
    now = utcnow()
    answer = {"chosen_id": option_id, "typed": typed, "correct": correct, "answered_at": now}
    claim = update(Round).where(Round.id == turn.id, Round.chosen_id.is_(None)).values(answer)
    if db.session.execute(claim, execution_options={"synchronize_session": False}).rowcount != 1:
        db.session.rollback()
        raise AnswerRefused(f"Question {position + 1} was already answered; a second answer counts for nothing.", 409)
    game = _score(game_id, int(correct), now, int((now - turn.game.started_at).total_seconds() * 1000))
    db.session.commit()
    for name, value in answer.items():
        set_committed_value(turn, name, value)
    for name, value in game.items():
        set_committed_value(turn.game, name, value)
    return turn


def _score(game_id: str, points: int, now, elapsed_ms: int) -> dict:
    last = Game.answered + 1 >= Game.length
    score = (
        update(Game)
        .where(Game.id == game_id)
        .values(
            score=Game.score + points,
            answered=Game.answered + 1,
            finished_at=case((last, now), else_=None),
            duration_ms=case((last, elapsed_ms), else_=None),
        )
        .returning(Game.score, Game.answered, Game.finished_at, Game.duration_ms)
    )
    return db.session.execute(score, execution_options={"synchronize_session": False}).one()._asdict()
