"""Sharing: spoiler-free result pages (/r/) with their score cards, challenges (/c/), and the
leaderboards that pack pages and challenges show."""

from flask import Blueprint

results_bp = Blueprint("results", __name__)
challenges_bp = Blueprint("challenges", __name__)

from . import views  # noqa: E402,F401
