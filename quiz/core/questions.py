"""The records generation makes: a question with its option sets, a skipped fact, and the draft a
kind writes before its options are drawn."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# The question type answered by typing a name rather than picking an option.
TYPED_NAME = "typed_name"


@dataclass(frozen=True)
class Extra:
    """One more fact for an explanation; `fact` keeps it out of games that ask it, and it is cited
    from the source that states it."""

    text: str
    fact: str
    citation: str = ""


@dataclass(frozen=True)
class Question:
    kind: str
    prompt: str
    options: tuple[str, ...]
    answer: str
    difficulty: str
    fact: str
    explanation: str
    type: str
    ordered: bool = False
    # What the question is about, so its truth can be checked without re-running the generator.
    about: dict = field(default_factory=dict)
    option_sets: tuple[tuple[str, ...], ...] = ()
    # Dealing: never two questions of one topic in a game, nor one that reveals a fact another asks.
    topic: str = ""
    asks: tuple[str, ...] = ()
    reveals: tuple[str, ...] = ()
    extras: tuple[Extra, ...] = ()
    citation: str = ""  # the sources that state what the question asks, one a line
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Stable across re-imports, so an edited pack updates questions in place."""
        return f"{self.kind}:{self.fact}"

    @property
    def typed(self) -> bool:
        return self.type == TYPED_NAME

    @property
    def sets(self) -> tuple[tuple[str, ...], ...]:
        return self.option_sets or (self.options,)


def full_explanation(question: Question, extra: Extra | None) -> str:
    """What a player reads after answering: the fact, one more, and the sources that state them."""
    parts = [question.explanation]
    cited = question.citation.splitlines()
    if extra is not None:
        parts.append(extra.text)
        cited += extra.citation.splitlines()
    cited = list(dict.fromkeys(c for c in cited if c))
    if cited:
        parts.append(f"{'Sources' if len(cited) > 1 else 'Source'}: {'; '.join(cited)}.")
    return " ".join(parts)


@dataclass(frozen=True)
class Draft:
    """What a question says and which facts it tests, before its options are drawn."""

    kind: str
    fact: str
    prompt: str
    answer: str
    explanation: str
    type: str
    about: dict = field(default_factory=dict)
    # The facts a player must know to answer; the question's own fact unless given.
    asks: Iterable[str] = ()
    # Dealing keeps one question of a topic per game; the question's own fact unless given.
    topic: str | None = None
    reveals: Iterable[str] = ()
    # The pack's first source unless given.
    citation: str | None = None


@dataclass(frozen=True)
class Skip:
    fact: str
    reason: str
