"""One place decides whether a request gets a fragment or a whole page."""

from flask import render_template, request


def wants_fragment() -> bool:
    # A history restore needs the whole page even though htmx sent it.
    return bool(request.headers.get("HX-Request")) and not request.headers.get("HX-History-Restore-Request")


def render(page: str, fragment: str, **context) -> str:
    """Render `page` for a normal visit and just its `fragment` for an htmx swap."""
    return render_template(fragment if wants_fragment() else page, **context)


def add_vary(response):
    response.vary.add("HX-Request")
    return response
