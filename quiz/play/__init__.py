from flask import Blueprint

bp = Blueprint("play", __name__)

from . import views  # noqa: E402,F401
