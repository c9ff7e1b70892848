"""Building a pack in the browser: rows added and removed in place, a live
preview, and errors next to the fields that caused them."""

from __future__ import annotations

import re

from flask import abort, flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..core.pack import PackError
from ..core.packdata import pack_to_data
from ..core.packread import build_pack
from ..core.text import slugify
from ..htmx import wants_fragment
from ..packs import pipeline
from ..packs.access import own_pack_or_404
from . import bp
from .forms import ROW_LISTS, PackForm
from .packform import attach_problems, data_to_form, field_name, form_to_data, kept_rows

ROW_ACTION = re.compile(r"^(add|remove)-(" + "|".join(ROW_LISTS) + r")(?:-(\d+))?$")


@bp.route("/packs/new", methods=["GET", "POST"])
@login_required
def new_pack():
    return _pack_form(None)


@bp.route("/packs/<slug>/edit", methods=["GET", "POST"])
@login_required
def edit_pack(slug: str):
    return _pack_form(own_pack_or_404(slug))


@bp.post("/preview")
@login_required
def live_preview():
    form = PackForm()
    context = _checked(form, None)
    return render_template("author/partials/preview.html", **context)


def _pack_form(pack):
    if request.method == "GET":
        return _render(PackForm(data=_form_data(pack) if pack else None), pack)
    form = PackForm()
    action = request.form.get("action", "save")
    row_change = ROW_ACTION.match(action)
    if row_change:
        focus = _change_rows(form, *row_change.groups())
        return _render(form, pack, focus=focus)
    context = _checked(form, pack)
    if context["problems"] is not None or action == "preview":
        return _render(form, pack, status=422 if context["problems"] is not None else 200, **context)
    try:
        saved = pipeline.save_facts(context["facts"], current_user.id)
    except PackError as error:
        context["loose"] = attach_problems(form, error.problems, kept_rows(form))
        return _render(form, pack, status=422, **{**context, "problems": error.problems})
    flash(f"Saved “{saved.title}”{'' if saved.published else ' as a draft'}.")
    target = url_for("author.edit_pack", slug=saved.slug)
    if wants_fragment():
        return "", 200, {"HX-Redirect": target}
    return redirect(target, 303)


def _form_data(pack) -> dict:
    try:
        return data_to_form(pack_to_data(pipeline.facts_of(pack)))
    except PackError as error:  # stored before a rule it breaks existed, e.g. YAML anchors
        problem = error.problems[0]
        abort(
            409, f"This pack's file can't be opened in the form ({problem}). Download it, fix it and upload it again."
        )


def _checked(form: PackForm, pack) -> dict:
    """Validate the form through the pack validator; on success also generate the preview."""
    form.validate()
    return checked_data(form, form_to_data(form), pack)


def checked_data(form: PackForm, data: dict, pack=None) -> dict:
    """Validate pack data shown in `form` (problems go onto its fields); on success also preview it."""
    if pack is not None:
        data["slug"] = pack.slug  # fixed once saved, so links keep working
    elif "slug" not in data and data.get("show") and data.get("season"):
        data["slug"] = slugify(f"{data['show']} s{data['season']}")
    try:
        facts = build_pack(data, origin="form")
    except PackError as error:
        loose = attach_problems(form, error.problems, kept_rows(form))
        # The live preview lists each problem with a link to its field, which is marked only on Save.
        links = [(problem.message, problem.field, field_name(problem.field)) for problem in error.problems]
        return {"problems": error.problems, "loose": loose, "facts": None, "questions": None, "links": links}
    questions, skips = pipeline.preview(facts)
    return {"problems": None, "loose": [], "facts": facts, "questions": questions, "skips": skips}


def _change_rows(form: PackForm, verb: str, rows: str, index: str | None) -> str:
    """Add or remove one row; return the id of the element that should get focus."""
    field = getattr(form, rows)
    if verb == "add" and len(field.entries) < field.max_entries:
        entry = field.append_entry()
        first = next(iter(entry.form))
        return first.id
    if verb == "remove" and index is not None and int(index) < len(field.entries):
        field.entries.pop(int(index))
    return f"add-{rows}"


def _render(form: PackForm, pack, status: int = 200, focus: str | None = None, **context):
    for key, default in (("problems", None), ("loose", []), ("questions", None), ("skips", None)):
        context.setdefault(key, default)
    action = url_for("author.edit_pack", slug=pack.slug) if pack else url_for("author.new_pack")
    template = "author/partials/pack_form.html" if wants_fragment() else "author/pack_form.html"
    body = render_template(template, form=form, pack=pack, action=action, focus=focus, user=current_user, **context)
    return make_response(body, status)
