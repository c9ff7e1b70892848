"""Security headers on every response."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, abort, request


def content_security_policy(app: Flask) -> str:
    scripts = "'self'"
    if app.config["HTMX_SOURCE"] == "cdn":
        from .config import HTMX_CDN

        parts = urlsplit(HTMX_CDN)
        scripts += f" {parts.scheme}://{parts.netloc}"
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "object-src 'none'",
        ]
    )


def register(app: Flask) -> None:
    policy = content_security_policy(app)

    @app.before_request
    def refuse_nul_bytes():
        # No page needs one, and PostgreSQL rejects them in text: stop them at the door.
        values = [request.path, *request.args.values(), *(request.form.values() if request.form else [])]
        if any("\x00" in value for value in values):
            abort(400, "Requests may not contain NUL characters.")

    @app.after_request
    def secure_headers(response):
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response
