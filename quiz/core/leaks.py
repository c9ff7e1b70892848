"""Does one question give away another's answer? Judged on the text a player sees.

Within one game, question A leaks into B when B's prompt, answer or
explanation (with its extra fact) names A's answer: the same person, place or
title, a date in the same month, the same episode count. Wrong options are not
counted: every cast question offers cast members' names.
"""

from __future__ import annotations

import re
from calendar import month_name

from .dates import PartialDate
from .pack import derived_aliases
from .questions import TYPED_NAME, Question
from .text import names

NAMED_TYPES = ("actor", "person", "role", "place", "title", "network", "text", TYPED_NAME, "period")
MONTHS = "|".join(month_name[1:])
DATE_PHRASE = re.compile(rf"(?:\b(\d{{1,2}}) )?\b({MONTHS})(?:–(?:{MONTHS}))? (\d{{4}})\b")


def answer_names(question: Question) -> tuple[str, ...]:
    if question.type not in NAMED_TYPES:
        return ()
    return tuple(dict.fromkeys((question.answer, *question.aliases, *derived_aliases(question.answer))))


def _dates_in(text: str) -> list[PartialDate]:
    found = []
    for day, month, year in DATE_PHRASE.findall(text):
        number = list(month_name).index(month)
        found.append(PartialDate(int(year), number, int(day) if day else None))
    return found


def reveals_answer(question: Question, text: str) -> str | None:
    """Why `text` gives away `question`'s answer, or None."""
    for name in answer_names(question):
        if names(text, name):
            return f"names '{name}'"
    if question.type.startswith("date:") and question.type != "date:year":
        answer = PartialDate.from_human(question.answer)
        for date in _dates_in(text):
            # Naming the answer's month gives it away unless another option shares that month.
            if answer and date.overlaps(_month(answer)) and any(_alone_in_month(s, answer) for s in question.sets):
                return f"gives the date {date.human()}"
    if question.type == "date:year" and re.search(rf"\b{re.escape(question.answer)}\b", text):
        return f"gives the year {question.answer}"
    if question.type == "number" and re.search(rf"\b{re.escape(question.answer)} episodes?\b", text):
        return f"gives the count {question.answer}"
    if question.type == "boolean":
        # A statement about a month is settled by any text that gives the true month.
        truths = [d for d in _dates_in(question.explanation) if d.month]
        if _dates_in(question.prompt) and any(t.overlaps(d) for t in truths for d in _dates_in(text)):
            return "gives the month the statement is about"
    return None


def _month(date: PartialDate) -> PartialDate:
    return PartialDate(date.year, date.month)


def _alone_in_month(options, answer: PartialDate) -> bool:
    same = [d for d in (PartialDate.from_human(o) for o in options) if d and d.overlaps(_month(answer))]
    return len(same) < 2


def shown_text(question: Question, explanation: str) -> str:
    return " ".join((question.prompt, question.answer, explanation))


def leak_between(a: Question, b: Question, b_explanation: str) -> str | None:
    """Whether b, as shown with this explanation, gives away a's answer."""
    reason = reveals_answer(a, shown_text(b, b_explanation))
    return f"{b.key} {reason}, the answer to {a.key}" if reason else None


# Options of these types, seen wrong in one question, make the one new option of another stand out.
SHARED_OPTIONS = ("place", "title", "person", "network", "credit_role", "model")


def conflict(a: Question, b: Question) -> bool:
    """Never in one game: the same topic, one that reveals a fact the other asks, or two that offer
    the same names (the second would have one new option: its answer)."""
    if a.topic == b.topic or set(a.asks) & set(b.reveals) or set(b.asks) & set(a.reveals):
        return True
    if a.type == b.type and a.type in SHARED_OPTIONS:
        return len({o for s in a.sets for o in s} & {o for s in b.sets for o in s}) >= 2
    return False
