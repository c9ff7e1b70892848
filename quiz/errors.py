"""Friendly error pages, and fragments of them for htmx swaps."""

from flask import Flask, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

from .extensions import db
from .htmx import render

PLAIN = {
    400: "The request was not understood.",
    403: "That is not yours to open.",
    404: "There is nothing at this address.",
    405: "That action is not allowed here.",
    409: "That can't be done right now.",
    413: "That upload is too large.",
    429: "You're going faster than we allow. Wait a minute and try again.",
}


# What each error page is headed and titled: what happened, never a bare status code.
HEADINGS = {
    400: "That request didn't work",
    403: "Not yours to open",
    404: "Page not found",
    405: "Not allowed here",
    409: "That can't be done right now",
    410: "No longer here",
    413: "Too large",
    422: "That didn't work",
    429: "Too many requests",
    500: "Something went wrong",
}


def register(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        return _page(400, "Your session expired or the form was stale. Reload the page and try again.")

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if error.code is None or error.code < 400:
            return error
        described = error.description != type(error).description and error.code != 429
        message = error.description if described else PLAIN.get(error.code)
        return _page(error.code, message or error.name)

    @app.errorhandler(InternalServerError)
    def server_error(error):
        db.session.rollback()
        # Each answer is saved when it is given, so a player loses nothing; others get no promise.
        saved = " Your answers so far are saved." if request.blueprint == "play" else " Please try again."
        return _page(500, "Something broke on our side." + saved)


def _page(status: int, message: str):
    heading = HEADINGS.get(status, "Something went wrong")
    return render("error.html", "partials/error.html", status=status, message=message, heading=heading), status
