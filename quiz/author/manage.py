"""An author's packs: the dashboard, publishing, deleting, uploads, question imports and downloads."""

from __future__ import annotations

from flask import Response, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import func, select

from ..authoring import MAX_HANDWRITTEN, facts_of, own_pack_or_404, save_facts, save_text, visible_pack_or_404
from ..core.formats import READERS, FormatError, to_opentdb
from ..core.pack import PackError
from ..core.packdata import pack_to_data
from ..core.packfile import parse_pack
from ..core.packread import build_pack
from ..extensions import db
from ..models import Pack, Question
from . import bp
from .forms import ConfirmForm, QuestionImportForm, UploadForm


@bp.get("/author")
@login_required
def dashboard():
    counts = (
        select(Question.pack_id, func.count().label("n")).where(Question.active).group_by(Question.pack_id).subquery()
    )
    packs = db.session.execute(
        select(Pack, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.pack_id == Pack.id)
        .where(Pack.owner_id == current_user.id)
        .order_by(Pack.updated_at.desc())
    ).all()
    return render_template("author/dashboard.html", packs=packs, confirm=ConfirmForm())


@bp.post("/author/packs/<slug>/publish")
@login_required
def publish(slug: str):
    return _set_published(slug, True)


@bp.post("/author/packs/<slug>/unpublish")
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


@bp.route("/author/packs/<slug>/delete", methods=["GET", "POST"])
@login_required
def delete(slug: str):
    pack = own_pack_or_404(slug)
    form = ConfirmForm()
    if form.validate_on_submit():
        title = pack.title
        db.session.delete(pack)
        db.session.commit()
        flash(f"Deleted “{title}” with its questions and games.")
        return redirect(url_for("author.dashboard"), 303)
    return render_template("author/delete.html", pack=pack, form=form)


def _read_upload(form) -> tuple[str | None, str | None]:
    """The uploaded file's text, or an error message."""
    upload = form.file.data
    if not upload or not upload.filename:
        return None, "Choose a file to upload."
    limit = current_app.config["UPLOAD_LIMIT"]
    raw = upload.read(limit + 1)
    if len(raw) > limit:
        return None, f"{upload.filename} is larger than {limit // 1024} KB."
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return None, f"{upload.filename} is not UTF-8 text."


def _take_upload(form, accept) -> tuple[list[str], object | None]:
    """Read a submitted file and hand its text to `accept(text, filename)`, which returns problems.

    Returns the problems to show and, when there are none, the response to send.
    """
    if not form.validate_on_submit():
        return [], None
    text, error = _read_upload(form)
    if error:
        form.file.errors = [error]
        return [], None
    return accept(text, form.file.data.filename)


@bp.route("/author/upload", methods=["GET", "POST"])
@login_required
def upload():
    form = UploadForm()

    def accept(text: str, filename: str):
        try:
            pack = save_text(parse_pack(text, filename), text)
        except PackError as failure:
            return [str(p) for p in failure.problems], None
        flash(f"Uploaded “{pack.title}”{'' if pack.published else ' as a draft'}.")
        return [], redirect(url_for("author.dashboard"), 303)

    problems, done = _take_upload(form, accept)
    if done is not None:
        return done
    status = 422 if request.method == "POST" else 200
    return render_template("author/upload.html", form=form, problems=problems), status


@bp.route("/author/packs/<slug>/questions/import", methods=["GET", "POST"])
@login_required
def import_questions(slug: str):
    pack = own_pack_or_404(slug)
    form = QuestionImportForm()

    def accept(text: str, filename: str):
        try:
            problems = _add_questions(pack, text, filename, form.format.data)
        except FormatError as failure:
            problems = failure.lines
        return problems, None if problems else redirect(url_for("author.edit_pack", slug=pack.slug), 303)

    problems, done = _take_upload(form, accept)
    if done is not None:
        return done
    status = 422 if request.method == "POST" else 200
    return render_template("author/import.html", form=form, pack=pack, problems=problems), status


def _add_questions(pack: Pack, text: str, filename: str, fmt: str) -> list[str]:
    imported = READERS[fmt](text, filename)
    data = pack_to_data(facts_of(pack))
    data["questions"] = [*data.get("questions", []), *imported]
    if len(data["questions"]) > MAX_HANDWRITTEN:
        return [f"{filename}: a pack holds at most {MAX_HANDWRITTEN} hand-written questions"]
    try:
        facts = build_pack(data, origin=filename)
    except PackError as failure:
        return [str(p) for p in failure.problems]
    save_facts(facts)
    flash(f"Imported {len(imported)} question{'s' if len(imported) != 1 else ''} into “{pack.title}”.")
    return []


@bp.get("/packs/<slug>.yaml")
def download_yaml(slug: str):
    pack = visible_pack_or_404(slug)
    return _attachment(pack.source_text, "application/yaml", f"{pack.slug}.yaml")


@bp.get("/packs/<slug>/questions.json")
def download_opentdb(slug: str):
    pack = visible_pack_or_404(slug)
    rows = db.session.scalars(
        select(Question).where(Question.pack_id == pack.id, Question.active).order_by(Question.id)
    )
    questions = [
        {"prompt": q.prompt, "answer": q.answer, "options": q.options, "difficulty": q.difficulty, "type": q.type}
        for q in rows
    ]
    return _attachment(to_opentdb(questions, pack.title), "application/json", f"{pack.slug}-questions.json")


def _attachment(body: str, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
