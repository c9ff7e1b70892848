"""An article's main text, title, publisher and date, from a saved page or plain text.

Saved pages go through trafilatura, which strips navigation, banners, comments and footers and
reads the page's metadata. Plain text is taken as pasted: a headline on the first line, then an
optional byline ("By Name | Outlet") and date line, as these articles are usually copied.
"""

from __future__ import annotations

import re

from ..core.limits import MAX_ARTICLE_CHARS
from .dates import parse_date
from .draft import Article, ArticleError

_HTML = re.compile(r"<(?:html|body|article|p|div|h1)\b", re.I)
_BYLINE = re.compile(r"^(?:by|por)\s+(?P<author>[^|•·–—]+?)\s*[|•·–—]\s*(?P<publisher>.+)$", re.I)
_PUBLISHED = re.compile(r"^(?:published|updated|publicado)\s*:?\s*", re.I)
_SPANISH = re.compile(r"\b(?:el|la|los|las|del|que|una|por|para|con|temporada)\b", re.I)
_ENGLISH = re.compile(r"\b(?:the|and|of|to|is|with|season|will)\b", re.I)


def read_article(raw: str | bytes, *, url: str = "") -> Article:
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    article = _from_html(text, url) if _HTML.search(text[:5000]) else _from_text(text, url)
    if len(article["text"]) > MAX_ARTICLE_CHARS:
        raise ArticleError(
            f"That is {len(article['text']):,} characters of text, more than any article"
            f" ({MAX_ARTICLE_CHARS:,} at most): paste or save just the article."
        )
    return Article(**{**article, "lang": _language(article["text"])})


def _from_html(page: str, url: str) -> dict:
    from trafilatura import bare_extraction

    found = bare_extraction(page, url=url or None, with_metadata=True, include_tables=True, favor_precision=True)
    if found is None or not (found.text or "").strip():
        return _from_text(re.sub(r"<[^>]+>", "\n", page), url)
    lines = [line.strip() for line in found.text.split("\n")]
    # trafilatura keeps list markers and sometimes repeats the headline as the first line.
    lines = [re.sub(r"^[-•*]\s+", "", line) for line in lines if line and line != (found.title or "").strip()]
    return {
        "text": "\n".join(lines),
        "title": (found.title or "").strip(),
        "publisher": (found.sitename or "").strip(),
        "date": (found.date or "")[:10],
        "url": url or (found.url or ""),
    }


def _from_text(text: str, url: str) -> dict:
    lines = [line.strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    title = lines.pop(0) if lines else ""
    publisher = date = ""
    # The byline and date sit in the few lines under the headline, if anywhere.
    for index, line in enumerate(lines[:5]):
        byline = _BYLINE.match(line)
        if byline and not publisher:
            publisher = byline["publisher"].strip()
            lines[index] = ""
        elif line and not date and len(line) < 60:
            found = parse_date(_PUBLISHED.sub("", line))
            if found:
                date, lines[index] = found.iso, ""
    return {"text": "\n".join(lines).strip(), "title": title, "publisher": publisher, "date": date, "url": url}


def _language(text: str) -> str:
    sample = text[:4000]
    return "es" if len(_SPANISH.findall(sample)) > 2 * len(_ENGLISH.findall(sample)) else "en"
