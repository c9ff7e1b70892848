"""Fetching an article from a URL: only public http(s) addresses, redirects checked, size and time capped."""

from __future__ import annotations

import contextlib
import ipaddress
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from quiz.packs.fetch import FetchError, fetch_article

LOOPBACK = (ipaddress.ip_network("127.0.0.1/32"),)
ARTICLE = "<html><head><title>Harbour Lights returns</title></head><body><p>Filming began.</p></body></html>"


class Upstream(BaseHTTPRequestHandler):
    """A stand-in news site; each path plays one case."""

    def do_GET(self):  # noqa: N802  (http.server's name)
        if self.path == "/article":
            self._send(200, "text/html; charset=utf-8", ARTICLE.encode())
        elif self.path == "/to-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif self.path == "/to-article":
            self._redirect("/article")
        elif self.path == "/loop":
            self._redirect("/loop")
        elif self.path == "/huge":
            self._send(200, "text/html", b"<p>" + b"x" * (3 * 1024 * 1024))
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", b"<p>late</p>")
        elif self.path == "/image":
            self._send(200, "image/png", b"\x89PNG")
        else:
            self._send(404, "text/html", b"gone")

    def _send(self, status: int, content_type: str, body: bytes):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The fetch stops reading past the size limit, as it should.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _redirect(self, location: str):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class Site(ThreadingHTTPServer):
    daemon_threads = False  # server_close() waits for every request, so no socket outlives the tests


@pytest.fixture(scope="module")
def site():
    server = Site(("127.0.0.1", 0), Upstream)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)", "gopher://x", "//example.org/a"]
)
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(FetchError, match="Only http:// and https://"):
        fetch_article(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:5000/",
        "http://2130706433/",  # 127.0.0.1 written as one number
        "http://10.0.0.8/",
        "http://192.168.1.1/",
        "http://172.16.0.1/",
        "http://100.64.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
    ],
)
def test_loopback_private_link_local_and_metadata_addresses_are_refused(url):
    with pytest.raises(FetchError, match="private or local address"):
        fetch_article(url)


def test_a_user_name_in_the_address_is_refused():
    with pytest.raises(FetchError, match="user name or password"):
        fetch_article("http://user:secret@example.org/")


def test_a_name_that_does_not_resolve_says_the_server_may_be_offline():
    with pytest.raises(FetchError, match="doesn't exist, or this server is offline"):
        fetch_article("https://news.example.invalid/season-2")


def test_a_public_page_is_fetched(site):
    fetched = fetch_article(f"{site}/article", allowed=LOOPBACK)
    assert fetched.text == ARTICLE and fetched.content_type == "text/html"


def test_redirects_are_followed_and_each_is_checked(site):
    assert fetch_article(f"{site}/to-article", allowed=LOOPBACK).url.endswith("/article")
    with pytest.raises(FetchError, match=r"private or local address \(169\.254\.169\.254\)"):
        fetch_article(f"{site}/to-metadata", allowed=LOOPBACK)
    with pytest.raises(FetchError, match="redirected more than 3 times"):
        fetch_article(f"{site}/loop", allowed=LOOPBACK)


def test_size_time_type_and_status_are_limited(site):
    with pytest.raises(FetchError, match="larger than 2 MB"):
        fetch_article(f"{site}/huge", allowed=LOOPBACK)
    with pytest.raises(FetchError, match="took too long"):
        fetch_article(f"{site}/slow", allowed=LOOPBACK, timeout=1)
    with pytest.raises(FetchError, match="image/png, not a web page"):
        fetch_article(f"{site}/image", allowed=LOOPBACK)
    with pytest.raises(FetchError, match="answered 404"):
        fetch_article(f"{site}/missing", allowed=LOOPBACK)
