"""Playing a game: its questions one at a time, the answer to each, and the results."""

from flask import Blueprint

from ..core.limits import TYPED_MAX

bp = Blueprint("play", __name__)


@bp.context_processor
def limits() -> dict:
    return {"typed_max": TYPED_MAX}


from . import views  # noqa: E402,F401
