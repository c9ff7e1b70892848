"""Filming places and periods: "Filming took place in Belfast from May to September 2023",
"The crew spent October 2023 on the Antrim coast", "there" under a heading that names a place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_dates, find_period
from .names import NAME, clean_name, hedge_in
from .parts import Sentence, is_heading
from .season import other_season, scope

_FILMING = re.compile(
    r"\bfilm(?:ed|ing)\b|\bshot\b|\bshoot(?:ing)?\b|\bgrab|\bproduction\b|\brodaje\b|\brodad[oa]\b|crew\s+(?:\w+\s+)?spent|moved\s+there|"
    r"soundstages?\s+at|location\s+for\s+filming|cameras\s+(?:roll|rolled|rolling|began|will)|rodaje|filmación",
    re.I,
)
_DEFINITE = re.compile(
    r"\bfilmed\b|took\s+place|\bwas\s+(?:\w+\s+){0,2}shot|\bwere\s+(?:\w+\s+){0,2}shot|\bspent\b|\bmoved\b|\bbegan\b|built\s+on\s+soundstages|"
    r"tuvo\s+lugar|se\s+ha\s+rodado|cameras\s+(?:roll|rolled|began\s+rolling|will\s+roll)|se\s+desarroll|se\s+rod|will\s+(?:\w+\s+)?shoot|expected\s+to\s+begin|were\s+all\s+built",
    re.I,
)
_PLACE = rf"(?P<place>{NAME}(?:\s+(?:coast|islands?|valley|hills|mountains))?(?:\s+(?:and|y)\s+{NAME})?)"
_AT = re.compile(rf"\b(?:in(?:\s+and\s+around)?|at|en|within|on\s+the)\s+{_PLACE}")
_THERE = re.compile(r"\bthere\b|\b[Tt]he\s+city\b")
_NOT_PLACES = {"Season", "Part", "Book", "Episode", "The"}


@dataclass
class Shoot:
    place: str
    sentence: Sentence
    start: str = ""
    end: str = ""
    hedge: str = ""


def filming(sentences: list[Sentence], season: int, show: str, base: str) -> list[Shoot]:
    found: list[Shoot] = []
    last_places: list[str] = []
    for sentence in sentences:
        text = sentence.text
        if sentence.kind == "heading":
            continue
        places = [p for p in _places(text) if p != show and not show.endswith(p)]
        if not _FILMING.search(text):
            last_places = places or last_places
            continue
        clause_ok = [p for p in places if not other_season(_clause_with(text, p), season)]
        if not clause_ok and _THERE.search(text):
            clause_ok = _heading_place(sentence.heading) or last_places[-1:]
            referred = True
        else:
            referred = False
        hedge = (
            hedge_in(scope(text, text.find(clause_ok[0]) + len(clause_ok[0])))
            if clause_ok and not referred
            else hedge_in(text)
        )
        if not hedge and _place_in_doubt(sentence.heading):
            hedge = sentence.heading
        if not hedge and (referred and not _DEFINITE.search(text) or not _DEFINITE.search(text)):
            hedge = "no filming stated" if referred else ""
            if not referred:
                last_places = places or last_places
                continue
        start, end = _period(text, base)
        for place in clause_ok:
            found.append(Shoot(place, sentence, start, end, hedge))
        last_places = places or last_places
    return found


def _place_in_doubt(heading: str) -> bool:
    """A section headed by a place with a question mark: "The Aran Islands?"."""
    name = clean_name(heading.rstrip("?"))
    return heading.endswith("?") and bool(name) and re.fullmatch(NAME, name) is not None


def _places(text: str) -> list[str]:
    places = []
    for match in _AT.finditer(text):
        place = clean_name(match["place"])
        before = text[: match.start()]
        # "at Glenmoragh Studios in County Wicklow": the second place only says where the first is.
        if places and place.startswith("County ") and re.search(rf"\bat\s+{re.escape(places[-1])}\s*$", before):
            continue
        for part in re.split(r"\s+and\s+|\s+y\s+", place):
            part = clean_name(part)
            if part and part.split()[0] not in _NOT_PLACES and not re.search(r"\d", part):
                places.append(part)
    return places


def _clause_with(text: str, place: str) -> str:
    for clause in re.split(r";\s+", text):
        if place in clause:
            return clause
    return text


def _heading_place(heading: str) -> list[str]:
    if not heading or heading.endswith("?") or not is_heading(heading):
        return []
    first = clean_name(heading.split(",")[0])
    return [first] if first and re.fullmatch(NAME, first) else []


def _period(text: str, base: str) -> tuple[str, str]:
    period = find_period(text, base)
    if period:
        return period[0], period[1]
    began = re.search(r"\bbegan\b|\bstarted\b|\bbegin\b", text, re.I)
    # "in January" without a year counts only as a start ("began shooting in Calgary in January").
    months = [d.iso for d in find_dates(text, base) if len(d.iso) == 7 and (began or re.search(r"\d{4}", d.text))]
    if not months:
        return "", ""
    if began:
        return months[0], ""
    return months[0], months[-1]
