"""Packs: the one pipeline every pack goes through, the `flask packs` commands, and every page
under /packs/: a pack's page (where a game starts), its leaderboard and its downloads."""

from flask import Blueprint

bp = Blueprint("packs", __name__)

from . import views  # noqa: E402,F401
