"""Dates whose precision is part of the fact: a day, a month or only a year."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import total_ordering

_FORM = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class DateFormatError(ValueError):
    pass


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (YAML may hand us a date or an int)."""
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise DateFormatError("expected a date as YYYY-MM-DD, YYYY-MM or YYYY")
        match = _FORM.match(str(value).strip())
        if not match:
            raise DateFormatError(f"'{value}' is not a date as YYYY-MM-DD, YYYY-MM or YYYY")
        year, month, day = (int(part) if part else None for part in match.groups())
        if month is not None and not 1 <= month <= 12:
            raise DateFormatError(f"'{value}' has no month {month}")
        if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise DateFormatError(f"'{value}' is not a real day")
        return cls(year, month, day)

    @classmethod
    def from_human(cls, text: str) -> PartialDate | None:
        """Read back what human() writes; None for anything else."""
        for form, precision in (("%d %B %Y", "day"), ("%B %Y", "month"), ("%Y", "year")):
            try:
                moment = dt.datetime.strptime(text, form)
            except ValueError:
                continue
            if precision == "day":
                return cls(moment.year, moment.month, moment.day)
            return cls(moment.year, moment.month) if precision == "month" else cls(moment.year)
        return None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def human(self) -> str:
        if self.day is not None:
            return f"{self.day} {calendar.month_name[self.month]} {self.year}"
        if self.month is not None:
            return f"{calendar.month_name[self.month]} {self.year}"
        return str(self.year)

    def shifted(self, steps: int) -> PartialDate:
        """Move by whole units of this date's own precision."""
        if self.precision == "year":
            return PartialDate(self.year + steps)
        if self.precision == "month":
            index = self.year * 12 + (self.month - 1) + steps
            return PartialDate(index // 12, index % 12 + 1)
        moved = dt.date(self.year, self.month, self.day) + dt.timedelta(days=steps)
        return PartialDate(moved.year, moved.month, moved.day)

    def plus_months(self, months: int) -> PartialDate:
        """Move by whole months at any precision, keeping the day where the month has it."""
        if self.month is None:
            return PartialDate(self.year + months // 12)
        index = self.year * 12 + (self.month - 1) + months
        year, month = index // 12, index % 12 + 1
        day = None if self.day is None else min(self.day, calendar.monthrange(year, month)[1])
        return PartialDate(year, month, day)

    def before(self, other: PartialDate) -> bool:
        """Certainly earlier: true only when the two periods do not overlap."""
        return self < other and not self.overlaps(other)

    def overlaps(self, other: PartialDate) -> bool:
        """True when one date could be the other at a coarser precision."""
        if self.year != other.year:
            return False
        if self.month is None or other.month is None:
            return True
        if self.month != other.month:
            return False
        return self.day is None or other.day is None or self.day == other.day

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def ordinal(self) -> int:
        """Days since year 1, a coarser date counting as the start of its period."""
        return dt.date(self.year, self.month or 1, self.day or 1).toordinal()

    def __lt__(self, other: PartialDate) -> bool:
        # A coarser date sorts as the start of its period.
        return (self.year, self.month or 0, self.day or 0) < (other.year, other.month or 0, other.day or 0)

    def __str__(self) -> str:
        return self.human()


def month_span(start: PartialDate, end: PartialDate) -> str:
    """'January–June 2019', or with both years when they differ."""
    if start.month is None or end.month is None:
        return f"{start.human()}–{end.human()}"
    first = calendar.month_name[start.month]
    last = calendar.month_name[end.month]
    if start.year == end.year:
        return f"{first}–{last} {end.year}"
    return f"{first} {start.year}–{last} {end.year}"


def span(start: PartialDate, end: PartialDate) -> str:
    """How a period reads: 'January–June 2019', '2019–2020', or one date when both ends are the same."""
    if start == end:
        return start.human()
    return month_span(start, end) if start.precision == "month" else f"{start.human()}–{end.human()}"


def months(date: PartialDate) -> int:
    """A date's month number since year 0, to measure distances at month precision."""
    return date.year * 12 + (date.month or 1) - 1


def at(date: PartialDate) -> str:
    """The date as a sentence gives it: 'on 13 February 2020', 'in February 2020', 'in 2020'."""
    return f"{'on' if date.precision == 'day' else 'in'} {date.human()}"
