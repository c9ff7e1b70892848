"""Leaderboards: a pack's best finished game per nickname, and a challenge's players."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Float, cast, func, or_, select

from ..extensions import db
from ..models import Game, utcnow

BOARD_SIZE = 20


def week_start(now: datetime | None = None) -> datetime:
    """Monday 00:00 UTC of the current week."""
    now = now or utcnow()
    return (now - timedelta(days=now.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)


def pack_board(pack_id: int, since: datetime | None = None) -> list[Game]:
    """Each nickname once, with its best game: best share right, most right, then fastest, then earliest."""
    conditions = [Game.pack_id == pack_id, Game.finished_at.is_not(None), Game.nickname.is_not(None)]
    if since is not None:
        conditions.append(Game.finished_at >= since)
    # Games of different lengths meet on one board: the share right counts first, then how many.
    share = cast(Game.score, Float) / Game.length
    best_first = (share.desc(), Game.score.desc(), Game.duration_ms.asc(), Game.finished_at.asc())
    rank = func.row_number().over(partition_by=func.lower(Game.nickname), order_by=best_first)
    ranked = select(Game.id, rank.label("rank")).where(*conditions).subquery()
    query = (
        select(Game)
        .join(ranked, ranked.c.id == Game.id)
        .where(ranked.c.rank == 1)
        .order_by(*best_first)
        .limit(BOARD_SIZE)
    )
    return list(db.session.scalars(query))


def challenge_board(root_id: str) -> list[Game]:
    """The game that set the challenge and every finished game that took it."""
    query = (
        select(Game)
        .where(or_(Game.id == root_id, Game.challenge_of == root_id), Game.finished_at.is_not(None))
        .order_by(Game.score.desc(), Game.duration_ms.asc(), Game.finished_at.asc())
    )
    return list(db.session.scalars(query))


def standing(game: Game) -> dict:
    """How a finished game compares with the pack's others: the share of them it beat, and its rank
    among this week's nicknames (best game each), when it was played this week under a nickname."""
    share = cast(Game.score, Float) / Game.length
    mine = game.score / game.length
    # A daily puzzle is compared with the same day's puzzle, a pack's game with the pack's games.
    same = Game.daily == game.daily if game.daily else Game.pack_id == game.pack_id
    others = [same, Game.finished_at.is_not(None), Game.id != game.id]
    total = db.session.scalar(select(func.count()).where(*others)) or 0
    beaten = db.session.scalar(select(func.count()).where(*others, share < mine)) if total else 0
    rank = None
    # The pack's board is this week's; a daily puzzle's board is that puzzle's, whenever it was played.
    since = datetime(2000, 1, 1) if game.daily else week_start()
    if game.nickname and game.finished_at >= since:
        better = or_(
            share > mine,
            (share == mine) & (Game.score > game.score),
            (share == mine) & (Game.score == game.score) & (Game.duration_ms < (game.duration_ms or 0)),
        )
        ahead = select(func.count(func.distinct(func.lower(Game.nickname)))).where(
            *others, Game.finished_at >= since, Game.nickname.is_not(None),
            func.lower(Game.nickname) != game.nickname.lower(), better,
        )  # fmt: skip
        rank = (db.session.scalar(ahead) or 0) + 1
    return {"others": total, "beaten_share": beaten * 100 // total if total else None, "week_rank": rank}


def verdict_for(score: int, length: int) -> str:
    """A line that changes with the score."""
    share = score / length if length else 0
    if share == 1:
        return "A perfect game. Nothing gets past you."
    if share >= 0.8:
        return "Superfan territory."
    if share >= 0.5:
        return "Solid: you've been paying attention."
    if share >= 0.2:
        return "Time for a rewatch?"
    return "Every superfan starts somewhere."
