"""Dates in article sentences, at the precision the article states them.

Regular expressions only find where a date is written; dateparser reads it (English and Spanish
month names, ordinals, weekdays, a missing year taken from the article's own date) and says
whether it names a day, a month or a year. "early 2021" is a year: the article gives no month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache

_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS_ES = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
MONTH = rf"(?:{_MONTHS_EN}|{_MONTHS_ES})"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_VAGUE = r"(?:early|late|mid|spring|summer|fall|autumn|winter|the\s+(?:spring|summer|fall|autumn|winter)\s+of)"

DATE = re.compile(
    rf"(?P<day>{_WEEKDAY}(?:{MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_DAY}\s+de\s+{MONTH}(?:\s+de(?:l)?\s+{_YEAR})?))(?![\w-])"
    rf"|(?P<month>{MONTH}(?:\s+of|\s+de(?:l)?|,)?\s+{_YEAR})"
    rf"|(?P<vague>{_VAGUE}[\s-]+{_YEAR})"
    rf"|(?<=\bin\s)(?P<year>{_YEAR})\b"
    rf"|(?<=\bin\s)(?P<bare>{MONTH})\b(?!\s+\d)",
    re.I,
)
# "from May to September 2023", "between January and April 2022", "entre septiembre y diciembre de 2022"
PERIOD = re.compile(
    rf"(?:(?:from|between|entre|desde|spent)\s+)?(?<![\w-])(?P<start>{MONTH})(?:\s+{_YEAR})?\s+(?:to|and|until|through|y|a|hasta)\s+"
    rf"(?P<end>{MONTH})(?:(?:\s+de(?:l)?|,)?\s+(?P<year>{_YEAR}))?",
    re.I,
)


@dataclass(frozen=True)
class Found:
    iso: str  # 2024-04-18, 2024-04 or 2024
    start: int = 0
    end: int = 0
    text: str = ""

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month"}.get(len(self.iso), "year")


@cache
def _parser(languages: tuple[str, ...]):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=list(languages), settings={"PREFER_DAY_OF_MONTH": "first"})


def _read(text: str, base: str = "") -> tuple[datetime, str] | None:
    """dateparser's reading of one date expression, and whether it names a day, month or year."""
    cleaned = re.sub(r"\b(?:the|of)\s+", "", re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text), flags=re.I)
    parser = _parser(("en", "es"))
    if base:
        from dateparser.date import DateDataParser

        parser = DateDataParser(
            languages=["en", "es"], settings={"RELATIVE_BASE": _base(base), "PREFER_DATES_FROM": "past"}
        )
    data = parser.get_date_data(cleaned)
    return (data.date_obj, data.period) if data and data.date_obj else None


def _base(iso: str) -> datetime:
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    return datetime(parts[0], parts[1], parts[2])


def parse_date(text: str, base: str = "") -> Found | None:
    """One whole date expression ("Published January 20, 2021" minus the word) or None."""
    match = DATE.fullmatch(text.strip().rstrip("."))
    return _found(match, base) if match else None


def find_dates(sentence: str, base: str = "") -> list[Found]:
    """Every date written in a sentence, left to right."""
    return [found for match in DATE.finditer(sentence) if (found := _found(match, base))]


def _found(match: re.Match, base: str) -> Found | None:
    kind = match.lastgroup
    text = match.group(kind)
    if kind == "bare":
        read = _read(text, base) if base else None
        return Found(_nearest(read[0], base).strftime("%Y-%m"), match.start(), match.end(), text) if read else None
    if kind in ("vague", "year"):
        return Found(re.search(_YEAR, text).group(), match.start(), match.end(), text)
    has_year = re.search(_YEAR, text)
    if not has_year and not base:
        return None
    read = _read(text, base if not has_year else "")
    if read is None:
        return None
    when, period = read
    when = when if has_year else _nearest(when, base)
    iso = when.strftime("%Y-%m-%d") if kind == "day" and period == "day" else when.strftime("%Y-%m")
    return Found(iso, match.start(), match.end(), text)


def _nearest(when: datetime, base: str) -> datetime:
    """A date written without its year falls in the year that puts it nearest the article's date:
    "on Monday 2 February" in a January article is next month, "in January" in a February one last month."""
    anchor = _base(base)
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min((when.replace(year=y) for y in years), key=lambda d: abs((d - anchor).days))


def find_period(sentence: str, base: str = "") -> tuple[str, str, int, int] | None:
    """ "from May to September 2023" → ("2023-05", "2023-09", start, end) or None."""
    match = PERIOD.search(sentence)
    if not match or not (match["year"] or base):
        return None
    year = match["year"] or str(_nearest(_read(f"{match['start']} 2000")[0], base).year)
    start = _read(f"{match['start']} {year}")
    end = _read(f"{match['end']} {year}")
    if not start or not end:
        return None
    return start[0].strftime("%Y-%m"), end[0].strftime("%Y-%m"), match.start(), match.end()
