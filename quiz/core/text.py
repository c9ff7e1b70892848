"""Text helpers shared by the engine and the web: comparing names, cleaning what players type,
and making addresses. No I/O here."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

from .limits import MAX_SLUG, NICKNAME_MAX

# The Unicode blocks of combining marks: what accents decompose into.
COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=1 << 18)
def norm(text: str) -> str:
    """Compare names the way a reader would: case and accents do not matter."""
    if text.isascii():
        return text.casefold().strip()
    return COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold())).strip()


def mentions(text: str, name: str) -> bool:
    """Whether `name` appears in `text` as whole words, ignoring case and accents."""
    needle, haystack = norm(name), norm(text)
    if not needle:
        return False
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        if (start == 0 or not haystack[start - 1].isalnum()) and (end == len(haystack) or not haystack[end].isalnum()):
            return True
        start = haystack.find(needle, start + 1)
    return False


def names(text: str, name: str) -> bool:
    """Whether `text` names `name`. A one-word name must match its capitals ('Her' the film, not 'her')."""
    if " " in name.strip():
        return mentions(text, name)
    return bool(re.search(rf"(?<!\w){re.escape(_unaccent(name))}(?!\w)", _unaccent(text)))


def _unaccent(text: str) -> str:
    return COMBINING.sub("", unicodedata.normalize("NFKD", text))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Typed answers compare on this: ASCII, lower case, letters, digits and single spaces."""
    text = unidecode(text).lower()
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", "", text.replace("-", " "))).strip()


def sentence(text: str) -> str:
    """A sentence ending in a name that ends in a period ('Helly R.') keeps one period, not two."""
    return re.sub(r"(?<!\.)\.\.(?=\s|$)", ".", text)


# Place names read with "the" inside a sentence: "filmed in the United Kingdom".
WITH_THE = frozenset(
    {
        "United Kingdom",
        "United States",
        "Netherlands",
        "Philippines",
        "Bahamas",
        "Czech Republic",
        "Dominican Republic",
        "United Arab Emirates",
        "Maldives",
        "Gambia",
        "Vatican City",
    }
)


def place_in_text(name: str) -> str:
    return f"the {name}" if name in WITH_THE else name


def lower_season(label: str) -> str:
    """'Season 2' reads 'season 2' mid-sentence; a show's own label ('Part 3') keeps its capital."""
    return label[:1].lower() + label[1:] if label.lower().startswith("season ") else label


def slugify(text: str) -> str:
    """An address name: ASCII letters and digits joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-")[:MAX_SLUG]


def username_key(name: str) -> str:
    """Usernames are unique and signed in with regardless of case: "Alice" and "alice" are one."""
    return name.strip().casefold()


def clean_nickname(raw: str | None) -> str | None:
    """Drop control and format characters, fold runs of spaces, cap the length."""
    if not raw:
        return None
    kept = "".join(c for c in unicodedata.normalize("NFC", raw) if unicodedata.category(c)[0] != "C")
    text = re.sub(r"\s+", " ", kept).strip()[:NICKNAME_MAX].strip()
    return text or None
