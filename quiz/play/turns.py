"""The hot path: show the current question and record an answer.

Showing a question is one SELECT of the round with its game and pack. An answer that counts
adds two UPDATEs in one transaction: the first claims the round only if it is still
unanswered, so a second or concurrent answer changes nothing; the second moves the score
and returns it, so nothing is read again.
"""

from __future__ import annotations

from sqlalchemy import DateTime, bindparam, select, text
from sqlalchemy.orm import contains_eager
from sqlalchemy.orm.attributes import set_committed_value

from ..core.limits import TYPED_MAX
from ..core.matching import matches
from ..core.timing import speed_points, too_late
from ..extensions import db
from ..models import Game, Round, utcnow

TYPED_WRONG = "typed"  # chosen_id of a typed answer that did not match
TIMED_OUT = "late"  # chosen_id of an answer that came after a timed question's time ran out
# A timed question's clock starts when it is first shown, and never again.
SHOWN = text("UPDATE rounds SET shown_at = :now WHERE id = :id AND shown_at IS NULL")

# The two writes are plain SQL: the ORM's unit of work and bulk-update machinery cost more than the
# writes themselves on this path, which a shared link can send thousands of times a minute.
CLAIM = text(
    "UPDATE rounds SET chosen_id = :chosen_id, typed = :typed, correct = :correct, answered_at = :answered_at"
    " WHERE id = :id AND chosen_id IS NULL"
)
SCORE = text(
    "UPDATE games SET score = score + :points, answered = answered + 1,"
    " streak = CASE WHEN :points > 0 THEN streak + 1 ELSE 0 END, points = points + :speed,"
    " finished_at = CASE WHEN answered + 1 >= length THEN :now ELSE NULL END,"
    " duration_ms = CASE WHEN answered + 1 >= length THEN :elapsed ELSE NULL END"
    " WHERE id = :game RETURNING score, answered, streak, points, finished_at, duration_ms"
).columns(finished_at=DateTime)


class AnswerRefused(Exception):
    """The answer can't count; `status` is the HTTP status to reply with."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


# Built once: the round with its game and pack in one SELECT, by game and position (or the current one).
_ROUND = (
    select(Round)
    .join(Round.game)
    .outerjoin(Game.pack)  # a daily puzzle has no pack
    .options(contains_eager(Round.game).contains_eager(Game.pack))
    .where(Round.game_id == bindparam("game"))
)
AT_POSITION = _ROUND.where(Round.position == bindparam("position"))
CURRENT = _ROUND.where(Round.position == Game.answered)


def turn_at(game_id: str, position: int) -> Round | None:
    return db.session.scalar(AT_POSITION, {"game": game_id, "position": position})


def current_turn(game_id: str) -> Round | None:
    """The question to answer next; None once every question is answered. In a timed game, showing
    it starts its clock (untimed games write nothing here)."""
    turn = db.session.scalar(CURRENT, {"game": game_id})
    if turn is not None and turn.game.seconds and turn.shown_at is None:
        now = utcnow()
        db.session.execute(SHOWN, {"now": now, "id": turn.id})
        db.session.commit()
        set_committed_value(turn, "shown_at", now)
    return turn


def record_answer(game_id: str, position: int, option_id: str = "", typed: str = "") -> Round:
    """Count one answer and return the round, answered, with its game's new score."""
    turn = turn_at(game_id, position)
    if turn is None:
        raise AnswerRefused("That question is not part of this game.", 404)
    if turn.chosen_id is not None:
        raise AnswerRefused(f"Question {position + 1} was already answered; a second answer counts for nothing.", 409)
    if position != turn.game.answered:
        raise AnswerRefused(f"Question {position + 1} is not the current question.", 409)
    now = utcnow()
    seconds = turn.game.seconds
    elapsed = (now - (turn.shown_at or now)).total_seconds() if seconds else 0.0
    # Late, or the page's own countdown posting nothing once the time is up.
    ran_out = not option_id and not typed and elapsed >= seconds - 0.5 if seconds else False
    if seconds and (too_late(elapsed, seconds) or ran_out):
        correct, option_id, typed = False, TIMED_OUT, None
    elif turn.is_typed:
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
    answer = {"chosen_id": option_id, "typed": typed, "correct": correct, "answered_at": now}
    if db.session.execute(CLAIM, {**answer, "id": turn.id}).rowcount != 1:
        db.session.rollback()
        raise AnswerRefused(f"Question {position + 1} was already answered; a second answer counts for nothing.", 409)
    game_ms = int((now - turn.game.started_at).total_seconds() * 1000)
    speed = speed_points(correct, elapsed, seconds) if seconds else 0
    scored = {"points": int(correct), "speed": speed, "now": now, "elapsed": game_ms, "game": game_id}
    game = db.session.execute(SCORE, scored).one()._asdict()
    db.session.commit()
    for name, value in answer.items():
        set_committed_value(turn, name, value)
    for name, value in game.items():
        set_committed_value(turn.game, name, value)
    return turn
