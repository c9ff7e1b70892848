"""An author's dashboard: their packs, publishing and unpublishing, and deleting one."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from ..extensions import db
from ..models import ArticleDraft, Pack
from ..packs import pipeline
from ..packs.access import own_pack_or_404, with_question_counts
from . import bp
from .forms import ConfirmForm


@bp.get("")
@login_required
def dashboard():
    mine = with_question_counts(Pack.owner_id == current_user.id).order_by(Pack.updated_at.desc())
    packs = db.session.execute(mine).all()
    drafts = db.session.scalars(
        select(ArticleDraft).where(ArticleDraft.owner_id == current_user.id).order_by(ArticleDraft.updated_at.desc())
    ).all()
    return render_template("author/dashboard.html", packs=packs, drafts=drafts, confirm=ConfirmForm())


@bp.post("/packs/<slug>/publish")
@login_required
def publish(slug: str):
    return _set_published(slug, True)


@bp.post("/packs/<slug>/unpublish")
@login_required
def unpublish(slug: str):
    return _set_published(slug, False)


def _set_published(slug: str, published: bool):
    pack = own_pack_or_404(slug)
    if ConfirmForm().validate_on_submit():
        pack.published = published
        db.session.commit()
        flash(f"“{pack.title}” is {'published: it is on the home page' if published else 'a draft again'}.")
    return redirect(url_for("author.dashboard"), 303)


@bp.route("/packs/<slug>/delete", methods=["GET", "POST"])
@login_required
def delete(slug: str):
    pack = own_pack_or_404(slug)
    form = ConfirmForm()
    if form.validate_on_submit():
        title = pack.title
        pipeline.delete(pack)
        flash(f"Deleted “{title}” with its questions and games.")
        return redirect(url_for("author.dashboard"), 303)
    return render_template("author/delete.html", pack=pack, form=form)
