"""Starting a pack from articles: pasted text, a saved page or an address, read by the extractor
and merged into one draft, which opens in the pack editor for review (drafts.py)."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import PurePath

from flask import redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..core.limits import MAX_ARTICLE_BYTES
from ..core.text import slugify
from ..extensions import db
from ..models import ArticleDraft
from ..packs.fetch import FetchError, fetch_article
from . import bp, review
from .forms import ArticleForm

FILE_TYPES = (".html", ".htm", ".txt")
NOTHING = "Paste an article's text, upload a saved page or give its address."
ONE_EACH = "Give one article per box (text, file or address); put another article in the next box."
NO_FACTS = (
    "No facts about a TV season were found in it. Check that it is the article itself, or start from an empty form."
)
FIELD_NAMES = {"text": "pasted text", "file": "file", "url": "address"}
TOO_BIG = f"is larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MB"


@bp.route("/articles/new", methods=["GET", "POST"])
@login_required
def new_from_articles():
    form = ArticleForm()
    if not form.validate_on_submit():
        status = 422 if request.method == "POST" else 200
        return render_template("author/articles.html", form=form, problems=_problems(form)), status
    read = _read(form)
    articles = [article for _, article in read]
    problems = _problems(form)
    if problems or not articles:
        if not problems:
            form.articles[0].form.text.errors = [NOTHING]
            problems = _problems(form)
        return render_template("author/articles.html", form=form, problems=problems), 422
    from ..extract import draft_pack

    draft = draft_pack(articles)
    if not draft.evidence and not draft.conflicts:
        read[0][0].errors = [NO_FACTS if len(read) == 1 else NO_FACTS.replace("in it", "in these articles")]
        return render_template("author/articles.html", form=form, problems=_problems(form)), 422
    stored = store_draft(draft, current_user.id)
    return redirect(url_for("author.article_draft", draft_id=stored.id), 303)


def store_draft(draft, owner_id: int) -> ArticleDraft:
    """Keep an extracted draft for review."""
    data = named(draft.data)
    notes = data.pop("notes", None)
    evidence = {path: [_plain(e) for e in found] for path, found in draft.evidence.items()}
    conflicts = {path: [_plain(e) for e in found] for path, found in draft.conflicts.items()}
    stored = ArticleDraft(
        owner_id=owner_id,
        data=data,
        extracted=review.extracted_values(data, [*evidence, *conflicts]),
        evidence=evidence,
        conflicts=conflicts,
        reviewed=[],
        notes=[n for n in notes if isinstance(n, dict)] if isinstance(notes, list) else [],
    )
    db.session.add(stored)
    db.session.commit()
    return stored


def named(data: dict) -> dict:
    """The draft's data with a title and an address name made from the show and season, if missing."""
    data = dict(data)
    show, season = data.get("show"), data.get("season")
    if show and season:
        data.setdefault("title", f"{show} — Season {season}")
        data.setdefault("slug", slugify(f"{show} s{season}"))
    return data


def _plain(evidence) -> dict:
    """Evidence as JSON: a value of another type (a date, say) is kept as its text."""
    plain = str | int | bool | dict | list | None
    return {k: v if isinstance(v, plain) else str(v) for k, v in asdict(evidence).items()}


def _read(form: ArticleForm) -> list[tuple]:
    """The articles the form gives, each with its field, read by the extractor; problems go onto their fields."""
    articles = []
    for row in (entry.form for entry in form.articles):
        upload = row.file.data
        given = [
            f
            for f, filled in (
                (row.text, bool((row.text.data or "").strip())),
                (row.file, bool(upload and upload.filename)),
                (row.url, bool((row.url.data or "").strip())),
            )
            if filled
        ]
        if len(given) > 1:
            given[1].errors = [ONE_EACH]
            continue
        if not given:
            continue
        if given[0] is row.text:
            if len(row.text.data.encode()) > MAX_ARTICLE_BYTES:
                row.text.errors = [f"The text {TOO_BIG}."]
                continue
            _add(articles, row.text, row.text.data)
        elif given[0] is row.file:
            text = _file_text(row.file)
            if text is not None:
                _add(articles, row.file, text)
        else:
            try:
                fetched = fetch_article(row.url.data.strip())
            except FetchError as error:
                row.url.errors = [str(error)]
                continue
            _add(articles, row.url, fetched.text, url=fetched.url)
    return articles


def _add(articles: list, field, raw: str, url: str = "") -> None:
    from ..extract import ArticleError, read_article

    try:
        articles.append((field, read_article(raw, url=url)))
    except ArticleError as error:
        field.errors = [str(error)]


def _file_text(field) -> str | None:
    upload = field.data
    name = PurePath(upload.filename).name
    if PurePath(name).suffix.lower() not in FILE_TYPES:
        field.errors = [f"{name} is not a .html, .htm or .txt file."]
        return None
    raw = upload.read(MAX_ARTICLE_BYTES + 1)
    if len(raw) > MAX_ARTICLE_BYTES:
        field.errors = [f"{name} {TOO_BIG}."]
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        field.errors = [f"{name} is not UTF-8 text; save the page as UTF-8 or paste its text instead."]
        return None


def _problems(form: ArticleForm) -> list[str]:
    """Every error, naming its article and field, for the summary above the form."""
    return [
        f"Article {number}, {FIELD_NAMES.get(f.short_name, f.short_name)}: {error}"
        for number, entry in enumerate(form.articles, 1)
        for f in entry.form
        for error in f.errors
    ]
