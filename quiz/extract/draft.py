"""What the extractor hands on: a draft pack in the pack format, each extracted value with the
sentence it came from, and the values the articles disagree on."""

from __future__ import annotations

from dataclasses import dataclass, field


class ArticleError(ValueError):
    """The text can't be read as an article; the message says why, for the author."""


@dataclass(frozen=True)
class Article:
    """One article's main text and what is known of where it came from."""

    text: str
    title: str = ""
    publisher: str = ""
    date: str = ""  # ISO date at the precision the page gives, or ""
    url: str = ""
    lang: str = "en"

    def source(self) -> dict:
        """The pack's source row; what the page doesn't say is left for the author to fill in."""
        fields = (("title", self.title), ("publisher", self.publisher), ("url", self.url), ("date", self.date))
        return {k: v for k, v in fields if v}


@dataclass(frozen=True)
class Evidence:
    """One extracted value and why: the sentence, the article (1-based source number) and any hedge."""

    value: object
    sentence: str
    source: int = 1
    hedge: str = ""


@dataclass
class Draft:
    """`data` is a pack in the pack format (see the README) without slug or title checks applied.

    `evidence` maps a field path to what supports its value. Paths: "show", "season", "label",
    "network", "premiere", "renewed", "episodes", "creators.<i>", "cast.<i>.actor",
    "cast.<i>.role", "cast.<i>.status", "cast.<i>.known_for.<j>", "cast.<i>.narrator",
    "filming.<i>.place", "filming.<i>.from", "filming.<i>.to", "filming.<i>.status".
    `conflicts` maps a path to two or more disagreeing values; `data` leaves those fields empty
    so the author has to choose.
    """

    data: dict
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    conflicts: dict[str, list[Evidence]] = field(default_factory=dict)

    def paths(self) -> list[str]:
        """Every extracted field the author must review, in reading order."""
        return list(dict.fromkeys([*self.evidence, *self.conflicts]))
