"""Authors: accounts, building packs in the browser, uploads, imports and downloads."""

from flask import Blueprint

bp = Blueprint("author", __name__)

from . import accounts, manage, packs  # noqa: E402,F401
