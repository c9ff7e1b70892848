"""Authors: accounts, the dashboard, the pack editor, drafts from articles, uploads and question imports."""

from flask import Blueprint

bp = Blueprint("author", __name__)

from . import accounts, articles, dashboard, drafts, editor, uploads  # noqa: E402,F401
