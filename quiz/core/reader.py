"""Typed access to plain pack data that records every problem, with its line, instead of stopping."""

from __future__ import annotations

from .dates import DateFormatError, PartialDate
from .limits import MAX_ITEMS, MAX_TEXT
from .pack import Problem, dotted


class Reader:
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

    def flag(self, data, path, key) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.problem(path + (key,), "expected true or false")
            return False
        return value

    def date(self, data, path, key):
        if data.get(key) is None:
            return None
        try:
            return PartialDate.parse(data[key])
        except DateFormatError as error:
            self.problem(path + (key,), str(error))
            return None

    def items(self, data, path, key, required=False, limit=MAX_ITEMS):
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(path + (key,), "expected a list")
            return []
        if required and not value:
            self.problem(path + (key,), "must not be empty")
        if len(value) > limit:
            self.problem(path + (key,), f"has more than {limit} entries")
            return []
        return [(item, path + (key, i)) for i, item in enumerate(value)]

    def texts(self, data, path, key, required=False):
        """A list of texts; a single text is read as a list of one."""
        if isinstance(data.get(key), (str, int)) and not isinstance(data.get(key), bool):
            data = {**data, key: [data[key]]}
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

    def choice(self, data, path, key, choices, default=None, noun="status"):
        value = data.get(key)
        if value is None:
            return default
        if value not in choices:
            self.problem(path + (key,), f"unknown {noun} '{value}' (expected one of {', '.join(choices)})")
            return default
        return value
