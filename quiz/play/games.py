"""Starting a game: deal a pack's questions and store them as the game's rounds."""

from __future__ import annotations

import random
import secrets

from sqlalchemy import case, func, select

from ..core.questions import Extra
from ..core.questions import Question as CoreQuestion
from ..core.selection import Candidate, deal, observed_difficulty
from ..extensions import db
from ..models import Game, Pack, Question, Round


def start_game(
    pack: Pack, length: int, nickname: str | None, difficulty: str | None = None, seconds: int | None = None
) -> Game | None:
    """A new game of up to `length` questions, or None when the pack has none."""
    rows = list(db.session.scalars(select(Question).where(Question.pack_id == pack.id, Question.active)))
    record = answer_record([row.id for row in rows])
    candidates = [
        Candidate(row.id, as_question(row), observed_difficulty(row.difficulty, *record.get(row.id, (0, 0))))
        for row in rows
    ]
    dealt = deal(candidates, length, random.Random(secrets.randbits(64)), difficulty)
    if not dealt:
        return None
    rounds = [
        Round.deal(position, item.candidate.id, item.candidate.question, item.options, item.explanation)
        for position, item in enumerate(dealt)
    ]
    game = Game.begin(pack.id, nickname, rounds)
    game.seconds = seconds
    db.session.add(game)
    db.session.commit()
    return game


def as_question(row: Question) -> CoreQuestion:
    """A stored question as the dealer sees it."""
    return CoreQuestion(
        row.kind,
        row.prompt,
        tuple(row.options),
        row.answer,
        row.difficulty,
        row.fact,
        row.explanation,
        row.type,
        option_sets=tuple(tuple(s) for s in row.option_sets or ()),
        topic=row.topic or row.key,
        asks=tuple(row.asks or ()),
        reveals=tuple(row.reveals or ()),
        extras=tuple(Extra(e["text"], e["fact"], e.get("citation", "")) for e in row.extras or ()),
        citation=row.citation or "",
        aliases=tuple(row.aliases or ()),
    )


def answer_record(question_ids: list[int]) -> dict[int, tuple[int, int]]:
    """(answers, right answers) per question, from the rounds that asked it as it reads now."""
    if not question_ids:
        return {}
    rows = db.session.execute(
        select(Round.question_id, func.count(), func.sum(case((Round.correct, 1), else_=0)))
        .join(Question, Question.id == Round.question_id)
        .where(Round.question_id.in_(question_ids), Round.chosen_id.is_not(None), Round.prompt == Question.prompt)
        .group_by(Round.question_id)
    )
    return {question_id: (answered, right or 0) for question_id, answered, right in rows}
