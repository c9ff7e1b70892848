"""Game state in the database: start a game, record an answer exactly once."""

from __future__ import annotations

import random
import secrets

from flask import session
from sqlalchemy import case, select, update

from .core.game import Candidate, observed_difficulty, pick_questions
from .core.matching import matches
from .extensions import db
from .models import Game, Pack, Question, Round, utcnow

OWNED_GAMES_KEPT = 50
TYPED_MAX = 200
TYPED_WRONG = "typed"  # chosen_id of a typed answer that did not match


class AnswerRefused(Exception):
    """The answer can't count; `status` is the HTTP status to reply with."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


def start_game(pack: Pack, length: int, nickname: str | None, difficulty: str | None = None) -> Game | None:
    """A new game of up to `length` questions, or None when the pack has none."""
    rows = db.session.execute(
        select(
            Question.id,
            Question.kind,
            Question.fact,
            Question.difficulty,
            Question.answered_count,
            Question.right_count,
        ).where(Question.pack_id == pack.id, Question.active)
    ).all()
    candidates = [Candidate(id, kind, fact, observed_difficulty(*grade)) for id, kind, fact, *grade in rows]
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


def remember_player(game: Game) -> None:
    """Note in the signed session cookie that this browser plays `game`: only it may answer."""
    owned = [g for g in session.get("games", []) if g != game.id]
    session["games"] = (owned + [game.id])[-OWNED_GAMES_KEPT:]


def current_round(game: Game) -> Round | None:
    if game.finished:
        return None
    return db.session.scalar(select(Round).where(Round.game_id == game.id, Round.position == game.answered))


def get_round(game: Game, position: int) -> Round | None:
    return db.session.scalar(select(Round).where(Round.game_id == game.id, Round.position == position))


def record_answer(game: Game, position: int, option_id: str = "", typed: str = "") -> Round:
    """Count one answer. The conditional UPDATE makes a second or concurrent answer a no-op."""
    round_ = get_round(game, position)
    if round_ is None:
        raise AnswerRefused("That question is not part of this game.", 404)
    if round_.chosen_id is not None:
        raise AnswerRefused(f"Question {position + 1} was already answered; a second answer counts for nothing.", 409)
    if position != game.answered:
        raise AnswerRefused(f"Question {position + 1} is not the current question.", 409)
    if round_.is_typed:
        typed = " ".join(typed.split())[:TYPED_MAX]
        if not typed:
            raise AnswerRefused("Type a name before you answer.", 400)
        others = [o["text"] for o in round_.options if o["id"] != round_.answer_id]
        correct = matches(typed, round_.answer, others)
        option_id = round_.answer_id if correct else TYPED_WRONG
    elif round_.text_of(option_id) is None:
        raise AnswerRefused("That option does not belong to this question.", 400)
    else:
        correct, typed = option_id == round_.answer_id, None
    now = utcnow()
    claimed = db.session.execute(
        update(Round)
        .where(Round.id == round_.id, Round.chosen_id.is_(None))
        .values(chosen_id=option_id, typed=typed, correct=correct, answered_at=now)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        db.session.rollback()
        raise AnswerRefused(f"Question {position + 1} was already answered; a second answer counts for nothing.", 409)
    finishing = Game.answered + 1 >= Game.length
    elapsed_ms = int((now - game.started_at).total_seconds() * 1000)
    db.session.execute(
        update(Game)
        .where(Game.id == game.id)
        .values(
            score=Game.score + int(correct),
            answered=Game.answered + 1,
            finished_at=case((finishing, now), else_=None),
            duration_ms=case((finishing, elapsed_ms), else_=None),
        )
        .execution_options(synchronize_session=False)
    )
    if round_.question_id is not None:
        db.session.execute(
            update(Question)
            .where(Question.id == round_.question_id)
            .values(answered_count=Question.answered_count + 1, right_count=Question.right_count + int(correct))
            .execution_options(synchronize_session=False)
        )
    db.session.commit()
    db.session.refresh(game)
    db.session.refresh(round_)
    return round_
