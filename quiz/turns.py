"""The hot path: show the current question and record an answer.

Each request is one SELECT, plus two UPDATEs in one transaction when an
answer counts, written as plain SQL: a viral link means thousands of these a
minute, and the ORM's unit of work costs more than the work itself here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, text

from .core.matching import matches
from .extensions import db
from .models import utcnow

TYPED_MAX = 200
TYPED_WRONG = "typed"  # chosen_id of a typed answer that did not match

_COLUMNS = """
    SELECT r.id, r.position, r.type, r.prompt, r.options, r.answer_id, r.chosen_id, r.typed, r.correct,
           r.explanation, g.id AS game_id, g.length, g.score, g.answered, g.started_at, g.finished_at,
           p.title AS pack_title, p.slug AS pack_slug
    FROM rounds r JOIN games g ON g.id = r.game_id JOIN packs p ON p.id = g.pack_id
"""
_TYPES = {"options": JSON, "correct": Boolean, "started_at": DateTime, "finished_at": DateTime}
AT_POSITION = text(_COLUMNS + " WHERE r.game_id = :game AND r.position = :position").columns(**_TYPES)
CURRENT = text(_COLUMNS + " WHERE r.game_id = :game AND r.position = g.answered").columns(**_TYPES)
CLAIM = text(
    "UPDATE rounds SET chosen_id = :chosen, typed = :typed, correct = :correct, answered_at = :now"
    " WHERE id = :id AND chosen_id IS NULL"
)
SCORE = text(
    "UPDATE games SET score = score + :points, answered = answered + 1,"
    " finished_at = CASE WHEN answered + 1 >= length THEN :now ELSE NULL END,"
    " duration_ms = CASE WHEN answered + 1 >= length THEN :elapsed ELSE NULL END"
    " WHERE id = :game RETURNING score, answered, finished_at"
).columns(finished_at=DateTime)


class AnswerRefused(Exception):
    """The answer can't count; `status` is the HTTP status to reply with."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


@dataclass
class PackView:
    title: str
    slug: str


@dataclass
class GameView:
    id: str
    length: int
    score: int
    answered: int
    finished: bool
    started_at: datetime
    pack: PackView


@dataclass
class Turn:
    """One round as the templates need it, with the game around it."""

    id: int
    position: int
    type: str
    prompt: str
    options: list
    answer_id: str
    chosen_id: str | None
    typed: str | None
    correct: bool | None
    explanation: str
    game: GameView

    @classmethod
    def from_row(cls, row) -> Turn:
        game = GameView(
            row.game_id,
            row.length,
            row.score,
            row.answered,
            row.finished_at is not None,
            row.started_at,
            PackView(row.pack_title, row.pack_slug),
        )
        return cls(
            row.id,
            row.position,
            row.type,
            row.prompt,
            row.options,
            row.answer_id,
            row.chosen_id,
            row.typed,
            row.correct,
            row.explanation,
            game,
        )

    def text_of(self, option_id: str | None) -> str | None:
        return next((o["text"] for o in self.options if o["id"] == option_id), None)

    @property
    def answer(self) -> str:
        return self.text_of(self.answer_id)

    @property
    def is_typed(self) -> bool:
        return self.type == "typed_name"


def turn_at(game_id: str, position: int) -> Turn | None:
    row = db.session.execute(AT_POSITION, {"game": game_id, "position": position}).first()
    return Turn.from_row(row) if row else None


def current_turn(game_id: str) -> Turn | None:
    """The question to answer next; None once every question is answered."""
    row = db.session.execute(CURRENT, {"game": game_id}).first()
    return Turn.from_row(row) if row else None


def record_answer(game_id: str, position: int, option_id: str = "", typed: str = "") -> Turn:
    """Count one answer. The conditional UPDATE makes a second or concurrent answer a no-op."""
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
            raise AnswerRefused("Type a name before you answer.", 400)
        accepted = [turn.answer, *(o["text"] for o in turn.options if o.get("alias"))]
        others = [o["text"] for o in turn.options if o["id"] != turn.answer_id and not o.get("alias")]
        correct = any(matches(typed, name, others) for name in accepted)
        option_id = turn.answer_id if correct else TYPED_WRONG
    elif turn.text_of(option_id) is None:
        raise AnswerRefused("That option does not belong to this question.", 400)
    else:
        correct, typed = option_id == turn.answer_id, None
    now = utcnow()
    claimed = db.session.execute(
        CLAIM, {"chosen": option_id, "typed": typed, "correct": correct, "now": now, "id": turn.id}
    )
    if claimed.rowcount != 1:
        db.session.rollback()
        raise AnswerRefused(f"Question {position + 1} was already answered; a second answer counts for nothing.", 409)
    elapsed = int((now - turn.game.started_at).total_seconds() * 1000)
    score, answered, finished = db.session.execute(
        SCORE, {"points": int(correct), "now": now, "elapsed": elapsed, "game": game_id}
    ).one()
    db.session.commit()
    turn.chosen_id, turn.typed, turn.correct = option_id, typed, correct
    turn.game.score, turn.game.answered, turn.game.finished = score, answered, finished is not None
    return turn
