"""Game state in the database: start a game, record an answer exactly once."""

from __future__ import annotations

import random
import secrets

from flask import session
from sqlalchemy import case, func, select

from .core.game import Candidate, observed_difficulty, pick_questions
from .extensions import db
from .models import Game, Pack, Question, Round

OWNED_GAMES_KEPT = 50


def start_game(pack: Pack, length: int, nickname: str | None, difficulty: str | None = None) -> Game | None:
    """A new game of up to `length` questions, or None when the pack has none."""
    rows = db.session.execute(
        select(Question.id, Question.kind, Question.fact, Question.difficulty).where(
            Question.pack_id == pack.id, Question.active
        )
    ).all()
    record = answer_record([row.id for row in rows])
    candidates = [
        Candidate(id, kind, fact, observed_difficulty(estimate, *record.get(id, (0, 0))))
        for id, kind, fact, estimate in rows
    ]
    rng = random.Random(secrets.randbits(64))
    picked = pick_questions(candidates, length, rng, difficulty)
    if not picked:
        return None
    questions = {q.id: q for q in db.session.scalars(select(Question).where(Question.id.in_([c.id for c in picked])))}
    game = Game(
        id=secrets.token_urlsafe(16),
        share_token=secrets.token_urlsafe(16),
        pack=pack,
        nickname=nickname,
        length=len(picked),
        answered=0,
        score=0,
    )
    db.session.add(game)
    for position, candidate in enumerate(picked):
        question = questions[candidate.id]
        # Fresh random ids per game: a posted value says nothing about position or correctness.
        options = [{"id": secrets.token_urlsafe(6), "text": text} for text in question.options]
        answer_id = next(o["id"] for o in options if o["text"] == question.answer)
        db.session.add(
            Round(
                game=game,
                position=position,
                question_id=question.id,
                kind=question.kind,
                type=question.type,
                prompt=question.prompt,
                options=options,
                answer_id=answer_id,
                explanation=question.explanation,
            )
        )
    db.session.commit()
    return game


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
                options=[{"id": fresh[o["id"]], "text": o["text"]} for o in played.options],
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
