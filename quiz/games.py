"""Game state in the database: start a game, record an answer exactly once."""

from __future__ import annotations

import random
import secrets

from flask import session
from sqlalchemy import case, func, select

from .core.questions import Extra
from .core.questions import Question as CoreQuestion
from .core.selection import Candidate, deal, observed_difficulty
from .extensions import db
from .models import Game, Pack, Question, Round

OWNED_GAMES_KEPT = 50


def start_game(pack: Pack, length: int, nickname: str | None, difficulty: str | None = None) -> Game | None:
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
    game = Game(
        id=secrets.token_urlsafe(16),
        share_token=secrets.token_urlsafe(16),
        pack=pack,
        nickname=nickname,
        length=len(dealt),
        answered=0,
        score=0,
    )
    db.session.add(game)
    for position, item in enumerate(dealt):
        question = item.candidate.question
        # Fresh random ids per game: a posted value says nothing about position or correctness.
        options = [{"id": secrets.token_urlsafe(6), "text": text} for text in item.options]
        answer_id = next(o["id"] for o in options if o["text"] == question.answer)
        # Other spellings a typed answer may take; never shown, like the look-alike names.
        options += [{"id": secrets.token_urlsafe(6), "text": alias, "alias": True} for alias in question.aliases]
        db.session.add(
            Round(
                game=game,
                position=position,
                question_id=item.candidate.id,
                kind=question.kind,
                type=question.type,
                prompt=question.prompt,
                options=options,
                answer_id=answer_id,
                explanation=item.explanation,
            )
        )
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
        extras=tuple(Extra(e["text"], e["fact"]) for e in row.extras or ()),
        citation=row.citation or "",
        aliases=tuple(row.aliases or ()),
    )


def start_challenge(origin: Game, nickname: str | None) -> Game:
    """A new game with the same questions, in the same order, with the same options as `origin`."""
    root = origin.challenge_of or origin.id
    game = Game(
        id=secrets.token_urlsafe(16),
        share_token=secrets.token_urlsafe(16),
        pack_id=origin.pack_id,
        nickname=nickname,
        length=origin.length,
        answered=0,
        score=0,
        challenge_of=root,
    )
    db.session.add(game)
    for played in origin.rounds:
        # The same options in the same order, under fresh ids: the first player's ids reveal nothing.
        fresh = {o["id"]: secrets.token_urlsafe(6) for o in played.options}
        db.session.add(
            Round(
                game=game,
                position=played.position,
                question_id=played.question_id,
                kind=played.kind,
                type=played.type,
                prompt=played.prompt,
                options=[{**o, "id": fresh[o["id"]]} for o in played.options],
                answer_id=fresh[played.answer_id],
                explanation=played.explanation,
            )
        )
    db.session.commit()
    return game


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


def remember_player(game: Game) -> None:
    """Note in the signed session cookie that this browser plays `game`: only it may answer."""
    owned = [g for g in session.get("games", []) if g != game.id]
    session["games"] = (owned + [game.id])[-OWNED_GAMES_KEPT:]
