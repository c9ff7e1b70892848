"""The pack file format: season facts as YAML, read into frozen dataclasses.

Every problem is reported with the file, the line and the dotted field name,
and all problems in a file are reported together so an author can fix them in
one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import DateFormatError, PartialDate

CAST_STATUSES = ("confirmed", "new", "unconfirmed", "flashback")
FILMING_STATUSES = ("confirmed", "unconfirmed")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_TEXT = 300
MAX_LONG_TEXT = 1000
MAX_ITEMS = 500


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str
    url: str | None = None
    date: PartialDate | None = None


@dataclass(frozen=True)
class CastMember:
    actor: str
    role: str | None = None
    known_for: tuple[str, ...] = ()
    narrator: bool = False
    status: str = "confirmed"

    @property
    def certain(self) -> bool:
        return self.status in ("confirmed", "new")


@dataclass(frozen=True)
class Filming:
    place: str
    start: PartialDate | None = None
    end: PartialDate | None = None
    status: str = "confirmed"


@dataclass(frozen=True)
class Episodes:
    count: int
    at_least: bool = False


@dataclass(frozen=True)
class HandQuestion:
    prompt: str
    answer: str
    wrong: tuple[str, ...]
    explanation: str | None = None


@dataclass(frozen=True)
class Pack:
    slug: str
    title: str
    show: str
    season: int
    network: str
    sources: tuple[Source, ...]
    cast: tuple[CastMember, ...]
    description: str | None = None
    premiere: PartialDate | None = None
    renewed: PartialDate | None = None
    creators: tuple[str, ...] = ()
    episodes: Episodes | None = None
    filming: tuple[Filming, ...] = ()
    questions: tuple[HandQuestion, ...] = ()
    origin: str = field(default="<pack>", compare=False)

    @property
    def source_name(self) -> str:
        return self.sources[0].publisher


@dataclass(frozen=True)
class Problem:
    origin: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.origin}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class PackError(Exception):
    """One or more problems; str() gives one line per problem."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def dotted(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


class _Reader:
    """Typed field access that records problems instead of stopping at the first."""

    def __init__(self, origin: str, lines: dict[tuple, int]):
        self.origin = origin
        self.lines = lines
        self.problems: list[Problem] = []

    def problem(self, path: tuple, message: str) -> None:
        probe = path
        while probe not in self.lines and probe:
            probe = probe[:-1]
        self.problems.append(Problem(self.origin, self.lines.get(probe, 1), dotted(path), message))

    def mapping(self, data, path, allowed, required=()):
        if not isinstance(data, dict):
            self.problem(path, "expected a mapping of fields")
            return None
        for key in data:
            if key not in allowed:
                self.problem(path + (key,), f"unknown field (expected one of {', '.join(allowed)})")
        for key in required:
            if key not in data or data[key] is None:
                self.problem(path + (key,), "is required")
        return data

    def text(self, data, path, key, required=False, limit=MAX_TEXT):
        value = data.get(key)
        if value is None:
            if required and key in data:
                self.problem(path + (key,), "is required")
            return None
        return self.clean(value, path + (key,), limit)

    def clean(self, value, path, limit=MAX_TEXT):
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.problem(path, "expected text")
            return None
        value = str(value).strip()
        if not value:
            self.problem(path, "must not be empty")
            return None
        if len(value) > limit:
            self.problem(path, f"is longer than {limit} characters")
            return None
        return value

    def integer(self, data, path, key, minimum=1):
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(path + (key,), f"expected a whole number, got '{value}'")
            return None
        if value < minimum:
            self.problem(path + (key,), f"must be at least {minimum}")
            return None
        return value

    def date(self, data, path, key):
        if data.get(key) is None:
            return None
        try:
            return PartialDate.parse(data[key])
        except DateFormatError as error:
            self.problem(path + (key,), str(error))
            return None

    def items(self, data, path, key, required=False):
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(path + (key,), "expected a list")
            return []
        if required and not value:
            self.problem(path + (key,), "must not be empty")
        if len(value) > MAX_ITEMS:
            self.problem(path + (key,), f"has more than {MAX_ITEMS} entries")
            return []
        return [(item, path + (key, i)) for i, item in enumerate(value)]

    def texts(self, data, path, key, required=False):
        result = []
        for item, item_path in self.items(data, path, key, required):
            value = self.clean(item, item_path) if item is not None else None
            if item is None:
                self.problem(item_path, "must not be empty")
            elif value in result:
                self.problem(item_path, f"'{value}' is listed twice")
            elif value is not None:
                result.append(value)
        return tuple(result)

    def choice(self, data, path, key, choices):
        value = data.get(key, choices[0])
        if value not in choices:
            self.problem(path + (key,), f"unknown status '{value}' (expected one of {', '.join(choices)})")
            return choices[0]
        return value


TOP_FIELDS = ("slug", "title", "show", "season", "network", "description", "sources", "facts", "questions")
FACT_FIELDS = ("premiere", "renewed", "creators", "episodes", "cast", "filming")
CAST_FIELDS = ("actor", "role", "known_for", "narrator", "status")
FILMING_FIELDS = ("place", "from", "to", "status")
SOURCE_FIELDS = ("title", "publisher", "url", "date")
QUESTION_FIELDS = ("prompt", "answer", "wrong", "explanation")


def build_pack(data: object, origin: str = "<pack>", lines: dict[tuple, int] | None = None) -> Pack:
    """Validate a pack given as plain data; raise PackError listing every problem.

    `lines` maps field paths to line numbers when the data came from a file.
    """
    read = _Reader(origin, lines or {})
    top = read.mapping(data, (), TOP_FIELDS, ("slug", "title", "show", "season", "network", "sources", "facts"))
    if top is None:
        raise PackError(read.problems)
    slug = read.text(top, (), "slug")
    if slug is not None and not SLUG.match(slug):
        read.problem(("slug",), f"'{slug}' may hold only a-z, 0-9 and single hyphens")
    if slug is not None and len(slug) > 80:
        read.problem(("slug",), "is longer than 80 characters")
    values = dict(
        slug=slug,
        title=read.text(top, (), "title"),
        show=read.text(top, (), "show"),
        season=read.integer(top, (), "season"),
        network=read.text(top, (), "network"),
        description=read.text(top, (), "description", limit=MAX_LONG_TEXT),
        sources=tuple(_source(read, item, path) for item, path in read.items(top, (), "sources", True)),
        questions=tuple(_question(read, item, path) for item, path in read.items(top, (), "questions")),
        origin=origin,
    )
    facts = read.mapping(top.get("facts", {}), ("facts",), FACT_FIELDS, ("cast",))
    if facts is not None:
        path = ("facts",)
        values.update(
            premiere=read.date(facts, path, "premiere"),
            renewed=read.date(facts, path, "renewed"),
            creators=read.texts(facts, path, "creators"),
            episodes=_episodes(read, facts),
            cast=tuple(_cast(read, item, p) for item, p in read.items(facts, path, "cast", True)),
            filming=tuple(_filming(read, item, p) for item, p in read.items(facts, path, "filming")),
        )
        _check_cast(read, values["cast"])
        if values["renewed"] and values["premiere"] and values["renewed"] > values["premiere"]:
            read.problem(("facts", "renewed"), "is after the premiere")
    if read.problems:
        raise PackError(read.problems)
    return Pack(**values)


def _source(read: _Reader, data, path) -> Source | None:
    if read.mapping(data, path, SOURCE_FIELDS, ("title", "publisher")) is None:
        return None
    url = read.text(data, path, "url")
    if url is not None and not re.match(r"^https?://\S+$", url):
        read.problem(path + ("url",), "must be an http:// or https:// address")
    return Source(
        read.text(data, path, "title"), read.text(data, path, "publisher"), url, read.date(data, path, "date")
    )


def _cast(read: _Reader, data, path) -> CastMember | None:
    if read.mapping(data, path, CAST_FIELDS, ("actor",)) is None:
        return None
    narrator = data.get("narrator", False)
    if not isinstance(narrator, bool):
        read.problem(path + ("narrator",), "expected true or false")
        narrator = False
    return CastMember(
        actor=read.text(data, path, "actor"),
        role=read.text(data, path, "role"),
        known_for=read.texts(data, path, "known_for"),
        narrator=narrator,
        status=read.choice(data, path, "status", CAST_STATUSES),
    )


def _check_cast(read: _Reader, cast: tuple) -> None:
    seen = set()
    for i, member in enumerate(cast):
        if member is None or member.actor is None:
            continue
        key = (member.actor.casefold(), (member.role or "").casefold())
        if key in seen:
            read.problem(("facts", "cast", i, "actor"), f"{member.actor} is listed twice in the same role")
        seen.add(key)


def _filming(read: _Reader, data, path) -> Filming | None:
    if read.mapping(data, path, FILMING_FIELDS, ("place",)) is None:
        return None
    start, end = read.date(data, path, "from"), read.date(data, path, "to")
    if start and end and start > end:
        read.problem(path + ("to",), "is before 'from'")
    status = read.choice(data, path, "status", FILMING_STATUSES)
    return Filming(read.text(data, path, "place"), start, end, status)


def _episodes(read: _Reader, facts) -> Episodes | None:
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


def _question(read: _Reader, data, path) -> HandQuestion | None:
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
