"""Cast tables: "Role | Cast member | Where have I seen them before?".

Pasted from a web page a table often loses its cell borders, so the first three columns arrive as
one run of words ("Isabella Bautista Teresa Ruiz Here On Earth | Days of Our Lives"). The actor
is then taken as the two words before the first credit, and the credit as starting at a word that
opens titles ("The", "We", "Here"), at a title's small word ("Quantum of Solace"), or after a
name the article writes elsewhere as one unit ("Walt Breslin", "Diego Luna").
"""

from __future__ import annotations

import re

from .names import TITLE, WORD
from .parts import Table

_ROLE_COLUMN = re.compile(r"\b(?:role|character|personaje)\b", re.I)
_ACTOR_COLUMN = re.compile(r"\b(?:cast(?:\s+member)?|actor|actress|reparto|played\s+by|actriz|elenco)\b", re.I)
_TITLE_OPENERS = {"The", "A", "An", "We", "Here", "There", "In", "On", "My", "Our", "Your", "This", "How", "What"}
_SMALL_INSIDE = {"of", "the", "and", "on", "in", "to", "for", "at", "with"}
_NEW = re.compile(r"\s*(?:\((?:new|nuevo|nueva)[^)]*\)|\*)\s*$", re.I)
_CREDIT_ROLE = re.compile(r"^(?P<title>.+?)\s*\((?:as\s+)?(?P<role>[^)]+)\)$")


def table_rows(table: Table, units: set[str]) -> list[dict]:
    """One dict per row: actor, role, new (bool), narrator (bool), credits [(title, role)], row."""
    header = [c.strip() for c in table.header.split("|")]
    rows = []
    for row in table.rows:
        cells = [c.strip() for c in row.text.split("|") if c.strip()]
        if len(header) >= 2 and len(cells) >= 2 and len(cells) >= len(header) - 1 and _cells_are_columns(header):
            found = _from_columns(header, cells)
        else:
            found = _from_merged(cells, units)
        if found:
            rows.append({**found, "row": row})
    return rows


def _cells_are_columns(header: list[str]) -> bool:
    return any(_ROLE_COLUMN.search(h) for h in header) and any(_ACTOR_COLUMN.search(h) for h in header)


def _from_columns(header: list[str], cells: list[str]) -> dict | None:
    role_at = next(i for i, h in enumerate(header) if _ROLE_COLUMN.search(h))
    actor_at = next(i for i, h in enumerate(header) if _ACTOR_COLUMN.search(h) and i != role_at)
    rest = [c for i, c in enumerate(cells) if i not in (role_at, actor_at)]
    credits = [part.strip() for cell in rest for part in re.split(r"[,;]\s*|\s*\|\s*", cell) if part.strip()]
    # "Jack Tregarthen, mine captain": the description after the comma is not the name.
    role = re.sub(r",\s+[a-z].*$", "", cells[role_at])
    return _row(role, cells[actor_at], credits)


def _from_merged(cells: list[str], units: set[str]) -> dict | None:
    words = cells[0].split()
    if len(words) < 4:
        return None
    start = _credit_start(words, units)
    if start is None or start < 3:
        return None
    actor = " ".join(words[start - 2 : start])
    role = " ".join(words[: start - 2])
    return _row(role, actor, [" ".join(words[start:]), *cells[1:]])


def _credit_start(words: list[str], units: set[str]) -> int | None:
    """Where the first credit begins in role + actor + credit run together."""
    text = " ".join(words)
    for unit in sorted(units, key=len, reverse=True):
        at = text.find(unit)
        if at >= 0 and len(unit.split()) == 2:
            index = len(text[:at].split())
            role_before = [w for w in words[:index] if w not in ("/", "Narrator")]
            if role_before and index + 2 < len(words):  # the unit is the actor: the credit follows it
                return index + 2
            if index + 2 + 2 < len(words):  # the unit ends the role: actor, then the credit
                return index + 4
    for index in range(3, len(words)):
        if words[index] in _TITLE_OPENERS:
            return index
        if words[index] in _SMALL_INSIDE and index >= 4:
            return index - 1
    return len(words) - 2 if len(words) >= 5 else len(words) - 1


def _looks_like_title(title: str) -> bool:
    """Like "L.A Noire" or "Days of Our Lives", not "This is his first major role"."""
    if re.fullmatch(TITLE, title):
        return True
    plain_words = re.findall(r"\b[a-z]{3,}\b", title)
    return bool(re.fullmatch(r"[\w.’' :&-]+", title)) and title[:1].isupper() and len(plain_words) <= 1


def _row(role: str, actor: str, credits: list[str]) -> dict | None:
    if not re.fullmatch(rf"(?:{WORD})(?:\s+(?:{WORD}|de|del|la|van|von))+", _NEW.sub("", actor).strip()):
        return None
    new = bool(_NEW.search(role) or _NEW.search(actor))
    role, actor = _NEW.sub("", role).strip(), _NEW.sub("", actor).strip()
    narrator = bool(re.match(r"narrator\s*/\s*", role, re.I))
    role = re.sub(r"^narrator\s*/\s*", "", role, flags=re.I).strip()
    found = []
    for credit in credits:
        with_role = _CREDIT_ROLE.match(credit)
        title, credit_role = (with_role["title"], with_role["role"]) if with_role else (credit, "")
        if _looks_like_title(title.strip()):
            found.append((title.strip(), credit_role.strip()))
    return {"actor": actor, "role": role, "new": new, "narrator": narrator, "credits": found}
