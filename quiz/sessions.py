"""Session cookies that are Secure whenever the request came over HTTPS."""

from flask import Flask, request
from flask.sessions import SecureCookieSessionInterface


class HttpsAwareSessions(SecureCookieSessionInterface):
    def get_cookie_secure(self, app: Flask) -> bool:
        # Set SESSION_COOKIE_SECURE to force it; otherwise follow the request's scheme
        # (behind a proxy, enable FLASK_TRUST_PROXY so X-Forwarded-Proto is believed).
        return bool(app.config["SESSION_COOKIE_SECURE"]) or request.is_secure
