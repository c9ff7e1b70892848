"""An article cut into what the rules read: headings, table rows, list items and sentences.

spaCy's rule-based sentencizer splits paragraphs into sentences (a blank pipeline: no model to
download); each sentence remembers the heading it sits under, because a section such as
"Not returning" or "The Aran Islands?" changes what its sentences mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

MAX_SENTENCE = 600
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")
_TABLE_HEADER = re.compile(
    r"\b(?:role|character|personaje)\b.*\b(?:cast|actor|actress|reparto)\b"
    r"|\b(?:cast|actor|actress|reparto|actriz)\b.*\b(?:role|character|personaje)\b"
    r"|\b(?:character|personaje)\b.*\bplayed\s+by\b",
    re.I,
)
# Abbreviations the sentencizer would otherwise end a sentence on.
_ABBREVIATIONS = re.compile(r"\b(Dr|Mr|Mrs|Ms|St|Sr|Sra|Jr|Prof|Capt|Sgt|Lt|Col|Gen)\.(?=\s)")


@dataclass(frozen=True)
class Sentence:
    text: str
    heading: str = ""  # the nearest heading above
    kind: str = "prose"  # prose, item (a list item), row (a table row), heading
    index: int = 0  # position in the article, to find the sentence before


@dataclass(frozen=True)
class Table:
    header: str
    rows: tuple[Sentence, ...]


@cache
def _sentencizer(lang: str):
    import spacy

    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def is_heading(line: str) -> bool:
    """Short lines without a closing full stop: section titles, often questions."""
    words = line.split()
    if not words or len(words) > 14 or _BULLET.match(line) or "|" in line:
        return False
    return line.endswith("?") or not re.search(r"[.!:;,\"”»)]$", line)


def split_article(text: str, lang: str = "en") -> tuple[list[Sentence], list[Table]]:
    sentences: list[Sentence] = []
    tables: list[Table] = []
    heading = ""
    table: list[str] | None = None
    rows: list[Sentence] = []

    def add(text: str, kind: str) -> Sentence:
        sentence = Sentence(text.strip(), heading, kind, len(sentences))
        sentences.append(sentence)
        return sentence

    for line in (line.strip() for line in text.split("\n")):
        if table is not None:
            if line and ("|" in line or "\t" in line):
                rows.append(add(line[:MAX_SENTENCE], "row"))
                continue
            tables.append(Table(table[0], tuple(rows)))
            table, rows = None, []
        if not line:
            continue
        if _TABLE_HEADER.search(line) and len(line.split()) <= 14:
            table = [line]
            continue
        if is_heading(line[:MAX_SENTENCE]):
            heading = line
            add(line, "heading")
            continue
        kind = "item" if _BULLET.match(line) else "prose"
        for part in _sentences(_BULLET.sub("", line), lang):
            add(part, kind)
    if table is not None:
        tables.append(Table(table[0], tuple(rows)))
    return sentences, tables


def _sentences(paragraph: str, lang: str) -> list[str]:
    protected = _ABBREVIATIONS.sub(lambda m: m.group(1) + "\u2024", paragraph)
    doc = _sentencizer(lang)(protected)
    found = [s.text.replace("\u2024", ".").strip() for s in doc.sents if s.text.strip()]
    return [piece for sentence in found for piece in _pieces(sentence)]


def _pieces(sentence: str) -> list[str]:
    """A "sentence" longer than any real one (a run-on, a pasted blob) is read in pieces, so that
    no rule ever works on more than MAX_SENTENCE characters at once."""
    pieces = []
    while len(sentence) > MAX_SENTENCE:
        cut = sentence.rfind(" ", 0, MAX_SENTENCE)
        cut = cut if cut > MAX_SENTENCE // 2 else MAX_SENTENCE
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    return [*pieces, sentence] if sentence else pieces
