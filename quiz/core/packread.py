"""Plain pack data (as YAML gives it) → a validated Pack.

Every problem is reported with the file, the line and the dotted field name,
and all problems in a file are reported together so an author can fix them in
one pass.
"""

from __future__ import annotations

import re

from .limits import MAX_LONG_TEXT, MAX_ROWS, MAX_SLUG
from .pack import (
    CAST_STATUSES,
    CITED_FACTS,
    FILMING_STATUSES,
    FRANCHISE_LINKS,
    MEDIA,
    PLACE_KINDS,
    PRONOUNS,
    RELATIONS,
    SLUG,
    CastMember,
    Credit,
    Episodes,
    Filming,
    Franchise,
    HandQuestion,
    Pack,
    PackError,
    Person,
    Relation,
    Setting,
    Source,
)
from .reader import Reader

RELATION = re.compile(r"^(" + "|".join(RELATIONS) + r") of (.+)$")


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
CAST_FIELDS = (
    "actor",
    "pronouns",
    "aliases",
    "role",
    "role_pronouns",
    "based_on",
    "relations",
    "known_for",
    "narrator",
    "status",
    "source",
)
CREDIT_FIELDS = ("title", "medium", "year", "role", "source")
PERSON_FIELDS = ("name", "pronouns", "aliases", "source")
FILMING_FIELDS = ("place", "kind", "country", "from", "to", "status", "source")
SOURCE_FIELDS = ("title", "publisher", "url", "date")
QUESTION_FIELDS = ("prompt", "answer", "wrong", "explanation")


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
        questions=tuple(_question(read, item, path) for item, path in _rows(read, top, (), "questions")),
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
    cast = tuple(_cast(read, item, p) for item, p in _rows(read, facts, path, "cast", True))
    _check_cast(read, cast)
    setting = None
    where = path + ("setting",)
    if facts.get("setting") is not None and read.mapping(facts["setting"], where, ("city", "era", "country")):
        data = facts["setting"]
        setting = Setting(
            read.text(data, where, "city"), read.text(data, where, "era"), read.text(data, where, "country")
        )
    creators = tuple(_person(read, item, p) for item, p in read.items(facts, path, "creators"))
    names = [c.name.casefold() for c in creators if c]
    for i, name in enumerate(names):
        if name in names[:i]:
            read.problem(path + ("creators", i), f"'{creators[i].name}' is listed twice")
    return dict(
        premiere=read.date(facts, path, "premiere"),
        renewed=read.date(facts, path, "renewed"),
        creators=tuple(c for c in creators if c),
        episodes=_episodes(read, facts),
        cast=cast,
        cast_complete=read.flag(facts, path, "cast_complete"),
        filming=tuple(_filming(read, item, p) for item, p in _rows(read, facts, path, "filming")),
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


def _plain(read: Reader, data, path, make):
    """A list item written as plain text instead of a mapping: a name or a title alone."""
    text = read.clean(data, path) if data is not None else None
    if data is None:
        read.problem(path, "must not be empty")
    return make(text) if text else None


def _person(read: Reader, data, path) -> Person | None:
    if not isinstance(data, dict):
        return _plain(read, data, path, Person)
    if read.mapping(data, path, PERSON_FIELDS, ("name",)) is None:
        return None
    name = read.text(data, path, "name")
    pronouns = read.choice(data, path, "pronouns", PRONOUNS, noun="pronouns")
    return Person(name, pronouns, read.texts(data, path, "aliases"), _row_sources(read, data, path)) if name else None


def _credit(read: Reader, data, path) -> Credit | None:
    if not isinstance(data, dict):
        return _plain(read, data, path, Credit)
    if read.mapping(data, path, CREDIT_FIELDS, ("title",)) is None:
        return None
    title = read.text(data, path, "title")
    if title is None:  # a title with an unquoted colon reads as a mapping: the problems say so
        return None
    return Credit(
        title,
        read.choice(data, path, "medium", MEDIA, noun="medium"),
        read.integer(data, path, "year", minimum=1850),
        read.text(data, path, "role"),
        read.integer(data, path, "source"),
    )


def _relation(read: Reader, data, path) -> Relation | None:
    text = read.clean(data, path) if data is not None else None
    if text is None:
        return None
    match = RELATION.match(text)
    if not match:
        read.problem(
            path, f"'{text}' should read '<relation> of <character>', a relation being one of {', '.join(RELATIONS)}"
        )
        return None
    return Relation(match[1], match[2].strip())


def _cast(read: Reader, data, path) -> CastMember | None:
    if read.mapping(data, path, CAST_FIELDS, ("actor",)) is None:
        return None
    credits = tuple(_credit(read, item, p) for item, p in read.items(data, path, "known_for"))
    titles = [c.title.casefold() for c in credits if c]
    for i, title in enumerate(titles):
        if title in titles[:i]:
            read.problem(path + ("known_for", i), f"'{credits[i].title}' is listed twice")
    relations = tuple(_relation(read, item, p) for item, p in read.items(data, path, "relations"))
    role = read.text(data, path, "role")
    if relations and role is None:
        read.problem(path + ("relations",), "needs the role the relations belong to")
    return CastMember(
        actor=read.text(data, path, "actor"),
        role=role,
        known_for=tuple(c for c in credits if c),
        narrator=read.flag(data, path, "narrator"),
        status=read.choice(data, path, "status", CAST_STATUSES, default="confirmed"),
        pronouns=read.choice(data, path, "pronouns", PRONOUNS, noun="pronouns"),
        role_pronouns=read.choice(data, path, "role_pronouns", PRONOUNS, noun="pronouns"),
        aliases=read.texts(data, path, "aliases"),
        based_on=read.text(data, path, "based_on"),
        relations=tuple(r for r in relations if r),
        sources=_row_sources(read, data, path),
    )


def _check_cast(read: Reader, cast: tuple) -> None:
    seen = set()
    for i, member in enumerate(cast):
        if member is None or member.actor is None:
            continue
        key = (member.actor.casefold(), (member.role or "").casefold())
        if key in seen:
            read.problem(("facts", "cast", i, "actor"), f"{member.actor} is listed twice in the same role")
        seen.add(key)


def _filming(read: Reader, data, path) -> Filming | None:
    if read.mapping(data, path, FILMING_FIELDS, ("place",)) is None:
        return None
    start, end = read.date(data, path, "from"), read.date(data, path, "to")
    if start and end and start > end:
        read.problem(path + ("to",), "is before 'from'")
    return Filming(
        read.text(data, path, "place"),
        start,
        end,
        read.choice(data, path, "status", FILMING_STATUSES, default="confirmed"),
        read.choice(data, path, "kind", PLACE_KINDS, noun="kind of place"),
        read.text(data, path, "country"),
        _row_sources(read, data, path),
    )


def _row_sources(read: Reader, data: dict, path: tuple) -> tuple[int, ...]:
    """A row's `source`: one number, or a list when no single source states the whole row."""
    value = data.get("source")
    if isinstance(value, list):
        numbers = [read.integer({"source": n}, path + ("source",), "source") for n in value]
        return tuple(n for n in numbers if n is not None)
    number = read.integer(data, path, "source")
    return (number,) if number is not None else ()


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


def _question(read: Reader, data, path) -> HandQuestion | None:
    if read.mapping(data, path, QUESTION_FIELDS, ("prompt", "answer", "wrong")) is None:
        return None
    answer = read.text(data, path, "answer")
    wrong = read.texts(data, path, "wrong")
    if not 1 <= len(wrong) <= 5:
        read.problem(path + ("wrong",), "needs between 1 and 5 wrong options")
    if answer is not None and answer.casefold() in (w.casefold() for w in wrong):
        read.problem(path + ("wrong",), f"repeats the answer '{answer}'")
    return HandQuestion(
        prompt=read.text(data, path, "prompt", limit=MAX_LONG_TEXT),
        answer=answer,
        wrong=wrong,
        explanation=read.text(data, path, "explanation", limit=MAX_LONG_TEXT),
    )
