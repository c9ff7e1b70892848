"""Who may see which pack, and packs listed with how many questions each has."""

from __future__ import annotations

from flask import abort
from flask_login import current_user
from sqlalchemy import Select, func, select

from ..extensions import db
from ..models import Pack, Question


def visible_pack_or_404(slug: str) -> Pack:
    """A published pack, or a draft its author is looking at."""
    pack = db.session.scalar(select(Pack).where(Pack.slug == slug))
    if pack is None or not pack.visible_to(current_user):
        abort(404, "There is no pack by that name.")
    return pack


def own_pack_or_404(slug: str) -> Pack:
    """The signed-in author's pack; anyone else's (or a shipped one) is a 404, so drafts stay private."""
    pack = db.session.scalar(select(Pack).where(Pack.slug == slug))
    if pack is None or not pack.editable_by(current_user):
        abort(404, "You have no pack by that name.")
    return pack


def with_question_counts(*conditions) -> Select:
    """Packs matching `conditions`, each with its number of active questions (0 for none)."""
    counts = (
        select(Question.pack_id, func.count().label("questions"))
        .where(Question.active)
        .group_by(Question.pack_id)
        .subquery()
    )
    return (
        select(Pack, func.coalesce(counts.c.questions, 0))
        .outerjoin(counts, counts.c.pack_id == Pack.id)
        .where(*conditions)
    )
