"""Plain pack data (as YAML gives it) → a validated Pack.

Every problem is reported with the file, the line and the dotted field name,
and all problems in a file are reported together so an author can fix them in
one pass.
"""

from __future__ import annotations

import re

from . import packrows
from .limits import MAX_LONG_TEXT, MAX_ROWS, MAX_SLUG
from .pack import (
    CITED_FACTS,
    FRANCHISE_LINKS,
    SLUG,
    Episodes,
    Franchise,
    Pack,
    PackError,
    Setting,
    Source,
)
from .reader import Reader

TOP_FIELDS = (
    "slug",
    "title",
    "show",
    "season",
    "label",
    "network",
    "country",
    "description",
    "sources",
    "facts",
    "questions",
)
FACT_FIELDS = (
    "premiere",
    "renewed",
    "creators",
    "episodes",
    "cast",
    "cast_complete",
    "filming",
    "setting",
    "cite",
    *FRANCHISE_LINKS,
)
SOURCE_FIELDS = ("title", "publisher", "url", "date")


def _rows(read: Reader, data: dict, path: tuple, key: str, required: bool = False) -> list:
    """A list the web form edits row by row: it has the same cap here as there."""
    return read.items(data, path, key, required, limit=MAX_ROWS[key])


def build_pack(data: object, origin: str = "<pack>", lines: dict[tuple, int] | None = None) -> Pack:
    """Validate a pack given as plain data; raise PackError listing every problem.

    `lines` maps field paths to line numbers when the data came from a file.
    """
    read = Reader(origin, lines or {})
    top = read.mapping(data, (), TOP_FIELDS, ("slug", "title", "show", "season", "network", "sources", "facts"))
    if top is None:
        raise PackError(read.problems)
    slug = read.text(top, (), "slug")
    if slug is not None and not SLUG.match(slug):
        read.problem(("slug",), f"'{slug}' may hold only a-z, 0-9 and single hyphens")
    if slug is not None and len(slug) > MAX_SLUG:
        read.problem(("slug",), f"is longer than {MAX_SLUG} characters")
    values = dict(
        slug=slug,
        title=read.text(top, (), "title"),
        show=read.text(top, (), "show"),
        season=read.integer(top, (), "season"),
        label=read.text(top, (), "label"),
        network=read.text(top, (), "network"),
        country=read.texts(top, (), "country"),
        description=read.text(top, (), "description", limit=MAX_LONG_TEXT),
        sources=tuple(_source(read, item, path) for item, path in _rows(read, top, (), "sources", True)),
        questions=tuple(packrows.question(read, item, path) for item, path in _rows(read, top, (), "questions")),
        origin=origin,
    )
    facts = read.mapping(top.get("facts", {}), ("facts",), FACT_FIELDS, ("cast",))
    if facts is not None:
        values.update(_facts(read, facts))
        if values["renewed"] and values["premiere"] and values["renewed"] > values["premiere"]:
            read.problem(("facts", "renewed"), "is after the premiere")
    _check_citations(read, values)
    if read.problems:
        raise PackError(read.problems)
    return Pack(**values)


def _check_citations(read: Reader, values: dict) -> None:
    """Every `source` number names one of the pack's sources."""
    count = len(values.get("sources") or ())
    numbered = [(("facts", "cite", name), n) for name, n in values.get("cite") or ()]
    for i, member in enumerate(values.get("cast") or ()):
        numbered += [(("facts", "cast", i, "source"), n) for n in (member.sources if member else ())]
        for j, credit in enumerate(member.known_for if member else ()):
            numbered.append((("facts", "cast", i, "known_for", j, "source"), credit.source))
    for rows in ("filming", "creators"):
        numbered += [
            (("facts", rows, i, "source"), n)
            for i, row in enumerate(values.get(rows) or ())
            if row
            for n in row.sources
        ]
    for path, number in numbered:
        if number is not None and number > count:
            read.problem(path, f"there is no source {number}")


def _facts(read: Reader, facts: dict) -> dict:
    path = ("facts",)
    cast = tuple(packrows.cast_member(read, item, p) for item, p in _rows(read, facts, path, "cast", True))
    packrows.check_cast(read, cast)
    setting = None
    where = path + ("setting",)
    if facts.get("setting") is not None and read.mapping(facts["setting"], where, ("city", "era", "country")):
        data = facts["setting"]
        setting = Setting(
            read.text(data, where, "city"), read.text(data, where, "era"), read.text(data, where, "country")
        )
    creators = tuple(packrows.person(read, item, p) for item, p in read.items(facts, path, "creators"))
    seen: set[str] = set()
    for i, creator in enumerate(creators):
        if creator is None:
            continue  # already reported as a bad row; its index still names the right line
        if creator.name.casefold() in seen:
            read.problem(path + ("creators", i), f"'{creator.name}' is listed twice")
        seen.add(creator.name.casefold())
    return dict(
        premiere=read.date(facts, path, "premiere"),
        renewed=read.date(facts, path, "renewed"),
        creators=tuple(c for c in creators if c),
        episodes=_episodes(read, facts),
        cast=cast,
        cast_complete=read.flag(facts, path, "cast_complete"),
        filming=tuple(packrows.filming(read, item, p) for item, p in _rows(read, facts, path, "filming")),
        franchise=tuple(Franchise(link, show) for link in FRANCHISE_LINKS for show in read.texts(facts, path, link)),
        setting=setting,
        cite=_cite(read, facts),
    )


def _cite(read: Reader, facts: dict) -> tuple[tuple[str, int], ...]:
    """`cite: {premiere: 2, renewed: 3}`: the source that states each season-wide fact."""
    where = ("facts", "cite")
    if facts.get("cite") is None or read.mapping(facts["cite"], where, CITED_FACTS) is None:
        return ()
    numbers = ((name, read.integer(facts["cite"], where, name)) for name in CITED_FACTS)
    return tuple((name, n) for name, n in numbers if n is not None)


def _source(read: Reader, data, path) -> Source | None:
    if read.mapping(data, path, SOURCE_FIELDS, ("title", "publisher")) is None:
        return None
    url = read.text(data, path, "url")
    if url is not None and not re.match(r"^https?://\S+$", url):
        read.problem(path + ("url",), "must be an http:// or https:// address")
    return Source(
        read.text(data, path, "title"), read.text(data, path, "publisher"), url, read.date(data, path, "date")
    )


def _episodes(read: Reader, facts) -> Episodes | None:
    value = facts.get("episodes")
    path = ("facts", "episodes")
    if value is None:
        return None
    if isinstance(value, dict):
        if read.mapping(value, path, ("at_least",), ("at_least",)) is None:
            return None
        count = read.integer(value, path, "at_least")
        return Episodes(count, at_least=True) if count else None
    count = read.integer(facts, ("facts",), "episodes")
    return Episodes(count) if count else None
