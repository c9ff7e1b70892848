"""Sharing: spoiler-free result pages, score cards, challenges and leaderboards."""

from flask import Blueprint

bp = Blueprint("share", __name__)

from . import views  # noqa: E402,F401
