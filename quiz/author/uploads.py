"""Packs and questions from files: uploading a YAML pack, and importing questions in other formats."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..core.formats import READERS, FormatError
from ..core.limits import MAX_PACK_BYTES, TOO_LARGE
from ..core.pack import PackError
from ..core.packread import build_pack
from ..models import Pack
from ..packs import pipeline
from ..packs.access import own_pack_or_404
from . import bp
from .forms import QuestionImportForm, UploadForm


def _read_upload(form) -> tuple[str | None, str | None]:
    """The uploaded file's text, or an error message."""
    upload = form.file.data
    if not upload or not upload.filename:
        return None, "Choose a file to upload."
    raw = upload.read(MAX_PACK_BYTES + 1)
    if len(raw) > MAX_PACK_BYTES:
        return None, f"{upload.filename} {TOO_LARGE}."
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


@bp.route("/upload", methods=["GET", "POST"])
@login_required
def upload():
    form = UploadForm()

    def accept(text: str, filename: str):
        try:
            pack = pipeline.save_text(text, filename, current_user.id)
        except PackError as failure:
            return [str(p) for p in failure.problems], None
        flash(f"Uploaded “{pack.title}”{'' if pack.published else ' as a draft'}.")
        return [], redirect(url_for("author.dashboard"), 303)

    problems, done = _take_upload(form, accept)
    if done is not None:
        return done
    status = 422 if request.method == "POST" else 200
    return render_template("author/upload.html", form=form, problems=problems), status


@bp.route("/packs/<slug>/questions/import", methods=["GET", "POST"])
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
    try:
        data = pipeline.source_data(pack)
        data["questions"] = [*data.get("questions", []), *imported]
        pipeline.save_facts(build_pack(data, filename), current_user.id)
    except PackError as failure:
        return [str(p) for p in failure.problems]
    flash(f"Imported {len(imported)} question{'s' if len(imported) != 1 else ''} into “{pack.title}”.")
    return []
