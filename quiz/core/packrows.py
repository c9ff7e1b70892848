"""Reading one row of a pack's lists: a cast member with credits and relations, a creator, a
filming place, a hand-written question. Each reader records problems and returns None for a row it
can't read, so a pack reports every problem at once."""

from __future__ import annotations

import re

from .limits import MAX_LONG_TEXT
from .pack import (
    CAST_STATUSES,
    FILMING_STATUSES,
    MEDIA,
    PLACE_KINDS,
    PRONOUNS,
    RELATIONS,
    CastMember,
    Credit,
    Filming,
    HandQuestion,
    Person,
    Relation,
)
from .reader import Reader

RELATION = re.compile(r"^(" + "|".join(RELATIONS) + r") of (.+)$")

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
QUESTION_FIELDS = ("prompt", "answer", "wrong", "explanation")


def plain(read: Reader, data, path, make):
    """A list item written as plain text instead of a mapping: a name or a title alone."""
    text = read.clean(data, path) if data is not None else None
    if data is None:
        read.problem(path, "must not be empty")
    return make(text) if text else None


def _row(read: Reader, data, path: tuple, fields: tuple, key: str, make):
    """A row written as plain text is made at once: (made, None). A mapping row gives the text of
    its `key` field, its other fields checked: (None, text), or (None, None) when there is no such
    text (a title with an unquoted colon reads as a mapping without one: the problems say so)."""
    if not isinstance(data, dict):
        return plain(read, data, path, make), None
    if read.mapping(data, path, fields, (key,)) is None:
        return None, None
    return None, read.text(data, path, key)


def person(read: Reader, data, path) -> Person | None:
    made, name = _row(read, data, path, PERSON_FIELDS, "name", Person)
    if name is None:
        return made
    pronouns = read.choice(data, path, "pronouns", PRONOUNS, noun="pronouns")
    return Person(name, pronouns, read.texts(data, path, "aliases"), row_sources(read, data, path))


def credit(read: Reader, data, path) -> Credit | None:
    made, title = _row(read, data, path, CREDIT_FIELDS, "title", Credit)
    if title is None:
        return made
    return Credit(
        title,
        read.choice(data, path, "medium", MEDIA, noun="medium"),
        read.integer(data, path, "year", minimum=1850),
        read.text(data, path, "role"),
        read.integer(data, path, "source"),
    )


def relation(read: Reader, data, path) -> Relation | None:
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


def cast_member(read: Reader, data, path) -> CastMember | None:
    if read.mapping(data, path, CAST_FIELDS, ("actor",)) is None:
        return None
    credits = tuple(credit(read, item, p) for item, p in read.items(data, path, "known_for"))
    titles = [c.title.casefold() for c in credits if c]
    for i, title in enumerate(titles):
        if title in titles[:i]:
            read.problem(path + ("known_for", i), f"'{credits[i].title}' is listed twice")
    relations = tuple(relation(read, item, p) for item, p in read.items(data, path, "relations"))
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
        sources=row_sources(read, data, path),
    )


def check_cast(read: Reader, cast: tuple) -> None:
    seen = set()
    for i, member in enumerate(cast):
        if member is None or member.actor is None:
            continue
        key = (member.actor.casefold(), (member.role or "").casefold())
        if key in seen:
            read.problem(("facts", "cast", i, "actor"), f"{member.actor} is listed twice in the same role")
        seen.add(key)


def filming(read: Reader, data, path) -> Filming | None:
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
        row_sources(read, data, path),
    )


def row_sources(read: Reader, data: dict, path: tuple) -> tuple[int, ...]:
    """A row's `source`: one number, or a list when no single source states the whole row."""
    value = data.get("source")
    if isinstance(value, list):
        numbers = [read.integer({"source": n}, path + ("source",), "source") for n in value]
        return tuple(n for n in numbers if n is not None)
    number = read.integer(data, path, "source")
    return (number,) if number is not None else ()


def question(read: Reader, data, path) -> HandQuestion | None:
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
