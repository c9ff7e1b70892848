"""The daily puzzle: one short game a day across the whole shelf, the same for everyone."""

from flask import Blueprint

bp = Blueprint("daily", __name__)

from . import views  # noqa: E402,F401  (routes register on the blueprint)
