"""Fetching an article from a URL: a security boundary, since the server makes the request.

Only http and https; every address the name resolves to must be public (no loopback, private,
link-local, metadata, multicast or reserved ranges), and the connection goes to the address that
was checked, so a second DNS answer can't swap it; redirects are followed by hand, each checked the
same way; the body is capped in size and the whole fetch in time.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from ..core.limits import FETCH_TIMEOUT_SECONDS, MAX_ARTICLE_BYTES, MAX_REDIRECTS

TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# Shared address space (carrier-grade NAT) is not covered by is_private.
SHARED = ipaddress.ip_network("100.64.0.0/10")


class FetchError(Exception):
    """The article can't be fetched; the message says why, for the author."""


@dataclass(frozen=True)
class Fetched:
    url: str
    text: str
    content_type: str


def fetch_article(url: str, allowed=(), timeout: float = FETCH_TIMEOUT_SECONDS) -> Fetched:
    """The page at `url` as text. `allowed` lists networks to accept although they are not public
    (tests reach a server on loopback this way; the app never passes it)."""
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            parts = _checked_url(url)
            address = _public_address(parts.hostname, parts.port, allowed)
            response = _get(client, parts, address, deadline)
            if response.is_redirect:
                url = urljoin(url, response.headers.get("location", ""))
                continue
            return _read(url, response, deadline)
    raise FetchError(f"{_host(url)} redirected more than {MAX_REDIRECTS} times.")


def _checked_url(url: str):
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        raise FetchError("Only http:// and https:// addresses can be fetched.")
    if not parts.hostname:
        raise FetchError("That address has no host name.")
    if parts.username or parts.password:
        raise FetchError("Addresses with a user name or password can't be fetched.")
    try:
        parts.port  # noqa: B018  (raises on a malformed port)
    except ValueError:
        raise FetchError("That address has an invalid port.") from None
    return parts


def _public_address(host: str, port: int | None, allowed) -> str:
    """The one address to connect to, after checking every address the name resolves to."""
    try:
        infos = socket.getaddrinfo(host, port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(
            f"Couldn't find {host}: the name doesn't exist, or this server is offline. "
            "Paste the article's text or upload the saved page instead."
        ) from None
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    for address in addresses:
        if not _public(address) and not any(address in network for network in allowed):
            raise FetchError(f"{host} points to a private or local address ({address}), which is never fetched.")
    return str(addresses[0])


def _public(address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast and address not in SHARED


def _get(client: httpx.Client, parts, address: str, deadline: float) -> httpx.Response:
    host = f"[{address}]" if ":" in address else address
    netloc = f"{host}:{parts.port}" if parts.port else host
    pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    headers = {"Host": parts.netloc, "User-Agent": "Cliffhanger pack drafts", "Accept": ", ".join(TEXT_TYPES)}
    try:
        request = client.build_request(
            "GET", pinned, headers=headers, extensions={"sni_hostname": parts.hostname, "timeout": _left(deadline)}
        )
        return client.send(request, stream=True)
    except httpx.TimeoutException:
        raise FetchError(f"{parts.hostname} took too long to answer.") from None
    except httpx.HTTPError as error:
        raise FetchError(f"Couldn't fetch from {parts.hostname}: {type(error).__name__}.") from None


def _read(url: str, response: httpx.Response, deadline: float) -> Fetched:
    try:
        if response.status_code != 200:
            raise FetchError(f"{_host(url)} answered {response.status_code}, not the page.")
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type not in TEXT_TYPES:
            raise FetchError(f"That address gives {content_type or 'an unnamed type'}, not a web page or text.")
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > MAX_ARTICLE_BYTES:
                raise FetchError(f"The page is larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MB.")
            if time.monotonic() > deadline:
                raise FetchError(f"{_host(url)} took too long to send the page.")
        return Fetched(url, body.decode(response.encoding or "utf-8", errors="replace"), content_type)
    except httpx.TimeoutException:
        raise FetchError(f"{_host(url)} took too long to send the page.") from None
    except httpx.HTTPError as error:
        raise FetchError(f"Couldn't fetch from {_host(url)}: {type(error).__name__}.") from None
    finally:
        response.close()


def _left(deadline: float) -> dict:
    left = max(deadline - time.monotonic(), 0.1)
    return {"connect": left, "read": left, "write": left, "pool": left}


def _host(url: str) -> str:
    return urlsplit(url).hostname or url
