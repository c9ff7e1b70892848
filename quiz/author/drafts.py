"""Reviewing a pack drafted from articles in the pack editor, and publishing it.

Every post stores the edited data and the author's marks in the ArticleDraft, valid or not. The
publishing gate compares the edited data with the values as extracted, both held here: what the
browser sends is the author's edits and explicit "accept" marks, never the review state itself.
"""

from __future__ import annotations

import copy

from flask import abort, flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from ..core.pack import PackError, Problem
from ..extensions import db
from ..htmx import wants_fragment
from ..models import ArticleDraft, Pack
from ..packs import pipeline
from . import bp, review
from .editor import ROW_ACTION, checked_data
from .forms import ConfirmForm, PackForm
from .packform import attach_problems, data_to_form, form_to_data, kept_rows

STALE = "This draft was changed in another tab or window. Reload the page to see it as it is now."


def own_draft_or_404(draft_id: int) -> ArticleDraft:
    draft = db.session.get(ArticleDraft, draft_id)
    if draft is None or draft.owner_id != current_user.id:
        abort(404)
    return draft


@bp.route("/drafts/<int:draft_id>", methods=["GET", "POST"])
@login_required
def article_draft(draft_id: int):
    draft = own_draft_or_404(draft_id)
    if request.method == "GET":
        return _render(draft, _form(draft.data))
    if request.form.get("revision") != _revision(draft):
        abort(409, STALE)
    action = request.form.get("action", "save")
    posted = PackForm()
    row_change = ROW_ACTION.match(action)
    removed = None
    if row_change and row_change[1] == "remove" and row_change[3] is not None:
        rows, index = row_change[2], int(row_change[3])
        entries = getattr(posted, rows).entries
        if index < len(entries):
            entries.pop(index)
            removed = (rows, index)
    _update(draft, posted, removed)
    db.session.commit()
    form = _form(draft.data)
    focus = None
    if row_change:
        focus = _add_row(form, row_change[2]) if row_change[1] == "add" else f"add-{row_change[2]}"
    if action == "publish":
        return _publish(draft, form)
    context = checked_data(form, copy.deepcopy(draft.data)) if action == "preview" else {}
    status = 422 if context.get("problems") else 200
    return _render(draft, form, status=status, focus=focus, **context)


@bp.post("/drafts/<int:draft_id>/delete")
@login_required
def delete_draft(draft_id: int):
    draft = own_draft_or_404(draft_id)
    if ConfirmForm().validate_on_submit():
        title = draft.title
        db.session.delete(draft)
        db.session.commit()
        flash(f"Deleted the draft “{title}”.")
    return redirect(url_for("author.dashboard"), 303)


def _form(data: dict) -> PackForm:
    return PackForm(formdata=None, data=data_to_form(data))


def _revision(draft: ArticleDraft) -> str:
    return draft.updated_at.isoformat()


def _row_moves(posted: PackForm, removed: tuple[str, int] | None) -> dict[str, dict[int, int | None]]:
    """For cast and filming, each stored row's new position: rows the author removed or emptied are gone.

    The form was drawn from the stored rows in order, so the posted row i is stored row i.
    """
    kept = kept_rows(posted)
    moves = {}
    for rows in review.ROW_LISTS:
        origins = list(range(len(getattr(posted, rows).entries) + (1 if removed and removed[0] == rows else 0)))
        if removed and removed[0] == rows:
            origins.pop(removed[1])
        moves[rows] = {origin: kept[rows].index(p) if p in kept[rows] else None for p, origin in enumerate(origins)}
        if removed and removed[0] == rows:
            moves[rows][removed[1]] = None
    return moves


def _update(draft: ArticleDraft, posted: PackForm, removed) -> None:
    """Store the posted edits, the author's choices between disagreeing values, and their accept marks."""
    data = form_to_data(posted)
    moves = _row_moves(posted, removed)
    omitted = []
    for path, options in draft.conflicts.items():
        new = review.remap(moves, path)
        choice = request.form.get(f"choose-{path}", "")
        if new is None or choice not in {"omit", *map(str, range(len(options)))}:
            continue
        before, now = review.value_at(draft.data, path), review.value_at(data, new)
        if review.normal(now) is not None and review.normal(now) != review.normal(before):
            continue  # the author typed a value: that wins over the radio button left as it was
        if choice == "omit":
            review.set_value(data, new, None)
            omitted.append(new)
        else:
            review.set_value(data, new, options[int(choice)]["value"])
    conflicts = review.remap_keys(moves, draft.conflicts)
    evidence = review.remap_keys(moves, draft.evidence)
    accepted = [review.remap(moves, p) for p in request.form.getlist("accept")]
    draft.data = data
    draft.conflicts = conflicts
    draft.evidence = evidence
    draft.extracted = review.remap_keys(moves, draft.extracted)
    draft.reviewed = sorted({p for p in accepted if p in evidence and p not in conflicts} | set(omitted))


def _add_row(form: PackForm, rows: str) -> str:
    field = getattr(form, rows)
    if len(field.entries) >= field.max_entries:
        return f"add-{rows}"
    return next(iter(field.append_entry().form)).id


def _review(draft: ArticleDraft) -> review.Review:
    return review.review(draft.data, draft.extracted, draft.evidence, draft.conflicts, draft.reviewed)


def _publish(draft: ArticleDraft, form: PackForm):
    """Publish the reviewed draft as a pack, deleting the draft in the same transaction; or say why not."""
    todo = len(_review(draft).todo)
    context = checked_data(form, copy.deepcopy(draft.data))
    facts = context["facts"]
    if facts is not None and db.session.scalar(select(Pack.id).where(Pack.slug == facts.slug)):
        taken = Problem("form", 0, "slug", f"'{facts.slug}' is already used by a pack; choose another address name")
        context = {**context, "problems": [taken], "facts": None}
        attach_problems(form, [taken], kept_rows(form))
    if todo or context["problems"]:
        return _render(draft, form, status=422, blocked=True, **context)
    db.session.delete(draft)  # committed by the pipeline together with the pack, or rolled back with it
    try:
        saved = pipeline.save_facts(facts, current_user.id, publish=True)
    except PackError as error:
        context["loose"] = attach_problems(form, error.problems, kept_rows(form))
        return _render(draft, form, status=422, blocked=True, **{**context, "problems": error.problems})
    flash(f"Published “{saved.title}”: it is on the home page.")
    target = url_for("packs.page", slug=saved.slug)
    if wants_fragment():
        return "", 200, {"HX-Redirect": target}
    return redirect(target, 303)


def _render(draft: ArticleDraft, form: PackForm, status: int = 200, focus: str | None = None, **context):
    for key, default in (("problems", None), ("loose", []), ("questions", None), ("skips", None)):
        context.setdefault(key, default)
    context.setdefault("blocked", False)
    action = url_for("author.article_draft", draft_id=draft.id)
    template = "author/partials/pack_form.html" if wants_fragment() else "author/article_draft.html"
    body = render_template(
        template,
        form=form,
        pack=None,
        draft=draft,
        action=action,
        focus=focus,
        review=_review(draft),
        revision=_revision(draft),
        sources=draft.data.get("sources", []),
        delete_form=ConfirmForm(),
        **context,
    )
    return make_response(body, status)
