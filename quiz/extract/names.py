"""Capitalised runs of words as articles write names of people, characters, titles and places,
and the words that make a statement uncertain."""

from __future__ import annotations

import re

UPPER = "A-ZÁÉÍÓÚÑÜÀÈÌÒÙÂÊÎÔÛÄËÏÖÇØÞ"
WORD = rf"(?:Dr|Mr|Mrs|Ms|St|Sr|Sra|Jr)\.|[{UPPER}][\w'’.\-]*(?<![.’'])|[{UPPER}]\."
_PARTICLE = r"(?:de|del|de la|van|von|da|di|du|le|la)"
# A person or character: capitalised words, with the particles names carry ("de la", "van").
# Bounded repeats keep every rule linear: an unbounded run of capitals made them quadratic.
NAME = rf"(?:{WORD})(?:\s+(?:{_PARTICLE}\s+)?(?:{WORD})){{0,5}}"
_SMALL = r"(?:of|the|and|on|in|a|an|to|for|at|with|from|de|del|la|las|los|el|y|en)"
# A title: also lower-case small words inside ("Quantum of Solace"), an ampersand, a colon.
TITLE = rf"(?:{WORD}|\d+)(?:(?:\s+(?:{_SMALL}\s+){{0,2}}|\s*&\s*|:\s+)(?:{WORD}|\d+)){{0,7}}"
QUOTED = r"[«“\"‘'](?P<quoted>[^«»“”\"‘’']{2,80})[»”\"’']"

# Words that open sentences or name things that are never people, titles or places here.
STOP = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "You", "I", "His", "Her",
    "Their", "Our", "Your", "Its", "There", "Here", "Season", "Series", "Episode", "Episodes", "Part", "Book",
    "Also", "And", "But", "So", "Now", "Then", "After", "Before", "Like", "Both", "Neither", "One", "Two", "Three",
    "Who", "What", "Where", "When", "How", "Why", "Is", "Will", "Are", "Was", "Filming", "Production", "EXCLUSIVE",
    "Created", "Joining", "Returning", "New", "Not", "Rumoured", "Rumored", "Fans", "Sources", "Director",
    "Co-creator", "Creator", "Showrunner", "Entre", "La", "El", "Los", "Las", "Ya", "Según", "Tampoco",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "As", "At", "In", "On",
}  # fmt: skip
MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
}  # fmt: skip

HEDGES = [
    r"rumou?r(?:ed|s)?", r"reportedly", r"unsure", r"(?:has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?confirmed",
    r"not\s+(?:yet\s+)?(?:been\s+)?confirmed", r"unconfirmed", r"unlikely", r"(?-i:\bmay\b)", r"\bmight\b",
    r"\bcould\b", r"is\s+expected\s+to", r"are\s+expected\s+to", r"(?:is|are)\s+expected", r"expected\s+to",
    r"\bestimate", r"speculat", r"\blinked\b", r"not\s+been\s+able\s+to\s+confirm", r"declined\s+to\s+comment",
    r"has\s+not\s+said\s+whether", r"would\s+not\s+(?:say|comment)", r"possible", r"only\s+way",
    r"se\s+rumorea", r"podría", r"no\s+está\s+claro", r"no\s+lo\s+han\s+confirmado", r"lo\s+han\s+confirmado",
    r"se\s+espera", r"\bguess", r"sources\s+say", r"early\s+conversations", r"circling", r"chatter", r"gossip",
    r"never\s+say\s+never", r"whisper", r"según\s+trascendió", r"per\s+local\s+press", r"yet\s+to\s+confirm",
    r"for\s+now\s+it\s+is\s+a\s+maybe", r"\bmaybe\b", r"in\s+talks", r"not\s+expected", r"targeting", r"is\s+said\s+to",
]  # fmt: skip
HEDGE = re.compile("|".join(HEDGES), re.I)


def hedge_in(text: str) -> str:
    """The words that make the sentence unsure, or ""."""
    found = HEDGE.search(text)
    return found.group() if found else ""


def clean_name(text: str) -> str:
    words = text.strip(" ,.;:").split()
    # "Saffron Delahaye's Lowenna": a possessive ends the name.
    for index, word in enumerate(words):
        if re.search(r"[’']s$", word):
            words = words[: index + 1]
            break
    words = [*words[:-1], re.sub(r"[’']s$", "", words[-1])] if words else words
    while words and (words[0] in STOP or words[0] in MONTHS):
        words.pop(0)
    while words and words[-1] in STOP and words[-1] not in ("One", "Two", "Three"):
        words.pop()
    return " ".join(words)


def is_person(text: str) -> bool:
    """Two to five capitalised words: how these articles name an actor or creator."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(re.fullmatch(NAME, w) or w in ("de", "del", "la", "van", "von") for w in words)


def split_names(text: str) -> list[str]:
    """ "X, Y, and Z" / "X and Y" / "X y Y" into the names."""
    parts = re.split(r",\s*(?:and\s+|y\s+)?|\s+and\s+|\s+y\s+", text)
    return [name for part in parts if (name := clean_name(part))]
