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
