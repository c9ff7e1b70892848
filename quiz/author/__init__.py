"""Authors: accounts, the dashboard, the pack editor, uploads and question imports."""

from flask import Blueprint

bp = Blueprint("author", __name__)

from . import accounts, dashboard, editor, uploads  # noqa: E402,F401
