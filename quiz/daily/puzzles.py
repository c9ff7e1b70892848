"""Daily puzzles kept in the database: the day's questions stored once as a template game nobody
plays, each player's game a copy of it (the same questions, order and options for everyone), and
the day streak, in the signed session cookie or on a signed-in player's account."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date

from flask import current_app, session
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..core import daily
from ..core.selection import Candidate, deal
from ..extensions import db
from ..models import Game, Pack, Question, Round
from ..play.games import as_question
from ..play.players import remember_player

BOARD_SIZE = 20


def current_number() -> int:
    """Today's puzzle. DAILY_DATE (YYYY-MM-DD) fixes the day, for tests and demonstrations."""
    fixed = current_app.config.get("DAILY_DATE")
    return daily.puzzle_number(date.fromisoformat(fixed) if fixed else daily.today())


def template_game(number: int) -> Game | None:
    """The puzzle's questions, stored the first time anyone asks; None when the shelf has none."""
    key = f"daily-{number}"
    stored = db.session.get(Game, key)
    if stored is not None:
        return stored
    rows = db.session.execute(
        select(Question.id, Pack.slug).join(Pack, Pack.id == Question.pack_id).where(Pack.published, Question.active)
    )
    by_pack: dict[str, list[int]] = defaultdict(list)
    for question_id, slug in rows:
        by_pack[slug].append(question_id)
    # Twice as many as asked: the dealer leaves out any that would give another away.
    picked = [question_id for _, question_id in daily.pick(by_pack, number, 2 * daily.LENGTH)]
    if not picked:
        return None
    questions = {q.id: q for q in db.session.scalars(select(Question).where(Question.id.in_(picked)))}
    candidates = [Candidate(i, as_question(questions[i]), questions[i].difficulty) for i in picked]
    dealt = deal(candidates, daily.LENGTH, random.Random(f"cliffhanger-daily-deal-{number}"))
    rounds = [
        Round.deal(position, item.candidate.id, item.candidate.question, item.options, item.explanation)
        for position, item in enumerate(dealt)
    ]
    template = Game.begin(None, None, rounds)
    template.id, template.daily = key, number
    db.session.add(template)
    try:
        db.session.commit()
    except IntegrityError:  # another request stored it first: theirs is the same puzzle
        db.session.rollback()
        return db.session.get(Game, key)
    return template


def my_game(number: int) -> Game | None:
    """This browser's game of puzzle `number`, if it started one."""
    game_id = session.get("daily_games", {}).get(str(number))
    return db.session.get(Game, game_id) if game_id else None


def start(number: int, nickname: str | None) -> Game | None:
    """This browser's game of today's puzzle: the one it started, or a new copy of the template."""
    if (game := my_game(number)) is not None:
        return game
    template = template_game(number)
    if template is None:
        return None
    rounds = [
        Round.deal(played.position, played.question_id, played, played.option_texts, played.explanation)
        for played in template.rounds
    ]
    game = Game.begin(None, nickname, rounds)
    game.daily = number
    db.session.add(game)
    db.session.commit()
    remember_player(game)
    # Only the latest few days are kept: the cookie stays small.
    kept = {k: v for k, v in session.get("daily_games", {}).items() if int(k) > number - 7}
    session["daily_games"] = {**kept, str(number): game.id}
    return game


def _stored_streak() -> tuple[int | None, int]:
    """(last puzzle finished, day streak): on the account when signed in, else in the signed cookie."""
    if current_user.is_authenticated:
        return current_user.daily_last, current_user.daily_streak
    kept = session.get("daily_streak", {})
    return kept.get("last"), kept.get("streak", 0)


def day_streak(game: Game) -> int:
    """The player's day streak once `game` is finished (counted once per day, never backwards)."""
    last, streak = _stored_streak()
    if last is not None and game.daily < last:
        return streak
    streak, last = daily.next_streak(last, streak, game.daily), game.daily
    if current_user.is_authenticated:
        current_user.daily_last, current_user.daily_streak = last, streak
        db.session.commit()
    else:
        session["daily_streak"] = {"last": last, "streak": streak}
    return streak


def current_streak(number: int) -> int:
    """The streak shown before playing: still alive if the last puzzle played was today's or yesterday's."""
    last, streak = _stored_streak()
    return streak if last is not None and last >= number - 1 else 0


def board(number: int) -> list[Game]:
    query = (
        select(Game)
        .where(Game.daily == number, Game.finished_at.is_not(None))
        .order_by(Game.score.desc(), Game.duration_ms.asc(), Game.finished_at.asc())
        .limit(BOARD_SIZE)
    )
    return list(db.session.scalars(query))
