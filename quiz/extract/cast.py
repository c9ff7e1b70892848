"""Cast rows from prose, lists and headings: who plays whom, what else they were in, and whether
they are new, returning, leaving, unconfirmed or seen only in flashbacks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .credits import TRIGGER, credits_in
from .names import NAME, TITLE, clean_name, hedge_in, is_person
from .parts import Sentence

_DESC = (
    r"(?:(?:the|a|an|his|her|their|el|la|los|las|un|una)\s+)?"
    r"(?:(?!(?:while|and|but|who|which|whose|where|when|y|que)\b)[a-z][\w’'-]*,?\s+){0,5}"
)
_ROLE = rf"{_DESC}(?P<role>{NAME})"
_CREDITS = r"(?:\s+\((?P<credits>[^)]{2,120})\))?"
_ACTOR = (
    rf"(?:(?:actor|actress|actriz)\s+)?(?P<actor>La\s+actriz|El\s+actor|{NAME}){_CREDITS}"
    r"(?:,\s+conocid[oa]\s+por\s+«(?P<known>[^»]{2,80})»,)?"
)
_AS = (
    r"(?:,\s+(?:who|que)\s+|,\s+(?!(?:and|or|but|y)\b)[a-z][^,]{0,90},\s+|,\s+(?=back\b))?\s*"
    r"(?:(?:is|will|also|once|again|still|then|be|not|now|won[’']t|has|have)\s+)*"
    r"(?:returns?|back|returning|unlikely\s+to\s+return|rumou?red\s+to\s+return|expected\s+to\s+return|"
    r"set|stars|arrives|signed\s+on(?:\s+in\s+a\s+[\w\s]{0,20}?capacity)?|continues|repite|"
    r"boards?(?:\s+the\s+cast)?|recurs?|(?:has\s+been\s+)?cast|joined(?:\s+in\s+season\s+\d+)?|"
    r"joins?(?:\s+(?:season\s+\d+|the\s+(?:main\s+)?cast))?|completes\s+[\w\s-]{0,30}?|"
    r"regresa|regresará|no\s+regresará|vuelve|se\s+suma\s+al\s+reparto)?"
    r"(?:\s*(?:to\s+)?reprise\s+(?:his|her|their)\s+role)?\s+(?:as|como)\s+"
)
_PLAY = (
    r"(?:will\s+play|plays|takes\s+on|is\s+in\s+talks\s+to\s+play|interpreta\s+a|podría\s+volver\s+a\s+interpretar\s+a|"
    r"(?:has\s+)?(?:landed|nabbed|snagged|won|booked|scored)\s+the\s+(?:role|part)\s+of|"
    r"reprises\s+(?:the|his|her|their)\s+role\s+of|(?:has\s+)?signed\s+on\s+to\s+play|"
    r"(?:is\s+)?(?:set|tapped)\s+to\s+play|circling\s+the\s+(?:role|part)\s+of|will\s+take\s+over\s+as|"
    r"(?:se\s+suma\s+al\s+elenco\s+)?para\s+dar\s+vida\s+a|da\s+vida\s+a|repite\s+en\s+el\s+papel\s+de)"
)
_PLAYED_BY = (
    r",?\s+(?:is\s+)?(?:one\s+of\s+[\w’'\s]{0,40},\s+)?(?:as\s+)?(?:played|interpretad[oa]|portrayed|brought\s+to\s+life)"
    r"\s+(?:once\s+again\s+|again\s+)?(?:by|por)\s+"
)
_NEW_CAST = r"(?:included|cast|new\s+cast\s+[\w\s]{0,30}include\s+(?:[A-Z]\w+\s+)?(?:actor|actress))"
# (rule name, pattern); every pattern names the actor, most the role too.
RULES: list[tuple[str, re.Pattern]] = [
    ("as", re.compile(rf"{_ACTOR}{_AS}{_ROLE}")),
    ("play", re.compile(rf"{_ACTOR}(?:,\s+who)?\s+{_PLAY}\s+{_ROLE}")),
    ("played_by", re.compile(rf"(?P<role>{NAME}){_PLAYED_BY}(?P<actor>{NAME}){_CREDITS}")),
    ("who_played", re.compile(rf"(?P<actor>{NAME}),\s+who\s+played\s+{_ROLE}")),
    ("portrayal", re.compile(rf"(?P<actor>{NAME})\s+better\s+known\s+for\s+\w+\s+portrayal\s+as\s+{_ROLE}")),
    ("piel", re.compile(rf"(?P<actor>{NAME})\s+vuelve\s+a\s+ponerse\s+en\s+la\s+piel\s+de\s+{_ROLE}")),
    (
        "pair",
        re.compile(
            rf"(?P<actor>{NAME})\s+and\s+(?P<actor2>{NAME}),\s+who\s+play\s+{_DESC}"
            rf"(?P<role>{NAME})\s+and\s+(?P<role2>{NAME})"
        ),
    ),
    ("mention", re.compile(rf"{_NEW_CAST}\s+(?P<actor>{NAME})")),
    ("cast_in", re.compile(rf"(?P<actor>{NAME})\s+(?:has\s+been|is\s+rumou?red\s+to\s+have\s+been)\s+cast\b")),
    ("linked", re.compile(rf"linked\s+(?P<actor>{NAME})\s+to\s+the\s+(?:part|role)")),
    ("could_return", re.compile(rf"(?P<actor>{NAME})\s+podría\s+volver")),
    # "Father Oswin Blackett (Laurence Dimitriou-Fell)" or "Sunniva Redgrave-Ito (Marta Lisle)"
    (
        "pair_in_parens",
        re.compile(rf"(?P<role>{NAME})\s+\((?P<actor>(?!The\s){NAME})\)(?!\s+(?:returns|joins|is\s+back|as)\b)"),
    ),
]
# Under a heading that names the character ("Captain Idris Vane"), the section's sentences name the
# actor only: "Kofi Almeida-Strand reprises the role", "The character is played by Priya Lathwell".
SECTION_RULES: list[tuple[str, re.Pattern]] = [
    (
        "section",
        re.compile(rf"\b(?:is|was)\s+(?:played|portrayed|brought\s+to\s+life)\s+(?:again\s+)?by\s+(?P<actor>{NAME})"),
    ),  # noqa: E501
    ("section", re.compile(rf"(?P<actor>{NAME})\s+(?:reprises|takes\s+on|plays)\s+the\s+(?:role|part)\b(?!\s+of)")),
    ("section", re.compile(rf"(?P<actor>{NAME})\s+is\s+the\s+other\s+new\s+(?:addition|arrival|face)")),
]
# A guide's section heading: "Reverend Josiah Kemble – Lucan Threlfall-Obi".
_HEADING = re.compile(rf"(?P<role>{NAME})\s+[–—-]\s+(?P<actor>{NAME})(?:\s+\((?P<note>[^)]*)\))?")
_LEAD_PRONOUN = re.compile(r"^(?:He|She|They|His|Her|Their|The\s+actor|The\s+actress|La\s+actriz|El\s+actor)\b")
# Spanish writes ranks in lower case ("el inspector Julián Aranda"); the pack keeps them in the role.
_RANK = re.compile(
    r"\b(?:el|la)\s+(inspector|inspectora|comisario|comisaria|detective|capitán|capitana|sargento|doctor|doctora)\s+$"
)
# Said of the actor or character the section is about: "He is one of the new characters this season."
_NEW_SUBJECT = re.compile(r"one\s+of\s+the\s+new\s+characters|takes\s+over\s+the\s+part|is\s+the\s+newcomer", re.I)
_TITLE_WORD = re.compile(
    r"(?:Dr\.?|Father|Sister|Mother|Inspector|Detective|Sergeant|Constable|Captain|Commander|Lord|Lady|Sir|Dame|"
    r"Reverend|Chief|Nurse|Professor|Queen|King|Prince|Princess|Aunt|Uncle|Doctor|Admiral|Sheriff|Deputy|PC|DI|DS)\s"
)
_PRONOUNS = {"He", "She", "They", "La actriz", "El actor", "The actor", "The actress"}
_DEPARTED = re.compile(
    r"will\s+not\s+return|won[’']t\s+return|not\s+returning|not\s+coming\s+back|no\s+regresará|leaving|"
    r"has\s+left\s+the\s+(?:series|show)|\bexits?\b|(?:will|would)\s+not\s+be\s+(?:back|returning)|did\s+not\s+return|"
    r"not\s+part\s+of\s+the|deja\s+la\s+serie|no\s+aparecerá|no\s+estará",
    re.I,
)
_NEW = re.compile(
    r"\bjoin|\bnew\b|newcomer|addition|se\s+suma|incorporaci|will\s+play|\bboards?\b|\brecur|cast\s+as|tapped|"
    r"coming\s+aboard|signed\s+on|landed\s+the|nabbed|is\s+set\s+as|take\s+over|debuta|nuev[oa]",
    re.I,
)
_RETURNING = re.compile(r"\breturn|\bback\b|regresa|vuelve|sigue", re.I)


@dataclass
class Hit:
    actor: str
    sentence: Sentence
    role: str = ""
    status: str = ""
    hedge: str = ""
    credits: list[tuple[str, str, Sentence]] = field(default_factory=list)
    narrator: bool = False
    rank: int = 1  # 0 for tables: their roles win over prose


def status_of(sentence: Sentence, rule: str, end: int, text: str) -> tuple[str, str]:
    """(status, hedge words) for a cast mention in `sentence`; the hedge must be in its clause."""
    clause = re.split(r",\s+(?:and|but)\s+|;\s+", text[end:], maxsplit=1)[0]
    scope = text[:end] + clause
    hedge = hedge_in(scope)
    heading = sentence.heading.lower()
    if re.search(r"flashback", text, re.I):
        return ("flashback", hedge) if hedge else ("flashback_only", "")
    if re.search(r"rumou?r", heading):
        return "unconfirmed", hedge or sentence.heading
    if hedge and rule not in ("mention",):
        return "unconfirmed", hedge
    if _DEPARTED.search(scope) or re.search(r"not\s+returning|not\s+coming\s+back", heading):
        return "departed", ""
    if re.search(r"\bnew\b|newcomer|joining", heading):
        return "new", ""
    if _NEW.search(scope) and not _RETURNING.search(scope) and rule not in ("mention", "cast_in", "who_played"):
        return "new", ""
    if rule == "mention" and re.search(r"new\s+cast", scope):
        return "new", ""
    if rule == "cast_in" and re.search(r"has\s+been\s+cast", scope):
        return "new", ""
    return "", ""


def _suffixes(name: str) -> list[str]:
    """ "Bruno Caldevilla Ustáriz" → ["Caldevilla Ustáriz", "Ustáriz"]: how articles shorten a name."""
    words = name.split()
    return [" ".join(words[i:]) for i in range(1, len(words))]


def _names_a_character(heading: str) -> bool:
    """A section heading that is only a name: "Wren Callory", "The Ashwife", "Captain Idris Vane"."""
    return bool(heading) and not heading.endswith("?") and re.fullmatch(rf"(?:The\s+)?{NAME}", heading) is not None


class CastBook:
    """Cast mentions in reading order, with surnames and pronouns resolved to the full name."""

    def __init__(self, show: str, not_actors: set[str] = frozenset(), people: set[str] = frozenset()):
        self.show = show
        self.not_actors = set(not_actors)
        # Every full name the article writes, so "Abaeze boards as Thom Ashlock" finds Corentin Abaeze.
        # A name that opens with a title ("Chief Warden Hollis Tarn") is a character's.
        people = {p for p in people if p not in self.not_actors and p != show and not _TITLE_WORD.match(p)}
        self.people_by_suffix: dict[str, set[str]] = {}
        for person in people:
            for suffix in _suffixes(person):
                self.people_by_suffix.setdefault(suffix, set()).add(person)
        self.actor_by_suffix: dict[str, str] = {}  # the latest cast member each surname points to
        self.roles: set[str] = set()
        self.mentions: list[str] = []  # names written as one word ("Redgrave-Ito", "Ambrose"), for "A (B)"
        self.hits: list[Hit] = []
        self.last_actor = ""
        self.last_person = ""  # the last full name in the sentence before, for "She", "La actriz"

    def resolve(self, name: str) -> str:
        if name.strip() in _PRONOUNS:
            return self.last_person or self.last_actor
        name = clean_name(name)
        if name in self.actor_by_suffix:
            return self.actor_by_suffix[name]
        known = [p for p in self.people_by_suffix.get(name, ()) if not self._is_role(p)]
        if len(known) == 1:
            return known[0]
        if is_person(name) and not self._is_role(name):
            return name
        return ""

    def _actor_first(self, outer: str, inner: str) -> bool:
        """In "A (B)", is A the actor? Articles call actors by surname and characters by first name."""

        def score(name: str) -> int:
            words = clean_name(name).split()
            if len(words) < 2:
                return -1
            surname = self.mentions.count(words[-1])
            first = self.mentions.count(words[0])
            return surname - first - (2 if _TITLE_WORD.match(name) else 0)

        return score(outer) > score(inner)

    def _is_role(self, name: str) -> bool:
        return name in self.roles

    def add(self, hit: Hit) -> None:
        self.hits.append(hit)
        self.roles.add(hit.role)
        for suffix in (hit.actor, *_suffixes(hit.actor)):
            self.actor_by_suffix[suffix] = hit.actor

    def read(self, sentence: Sentence) -> None:
        text = sentence.text
        found = False
        taken: list[tuple[int, int]] = []
        rules = [("heading", _HEADING), *RULES[2:3]] if sentence.kind == "heading" else RULES
        if sentence.kind != "heading" and _names_a_character(sentence.heading):
            rules = [*rules, *SECTION_RULES]
        for rule, pattern in rules:
            matches = [m] if rule == "heading" and (m := pattern.fullmatch(text)) else pattern.finditer(text)
            for match in matches:
                span = match.span("actor")
                if any(start < span[1] and span[0] < end for start, end in taken):
                    continue
                if rule == "pair_in_parens" and self._actor_first(match["role"], match["actor"]):
                    actor = self.resolve(match["role"])
                    role = clean_name(match["actor"])
                else:
                    actor = self.resolve(match["actor"])
                    role = clean_name(match.groupdict().get("role") or "")
                if not actor or actor == self.show or actor in self.not_actors:
                    continue
                taken.append(span)
                under_name = _names_a_character(sentence.heading)
                if rule == "section" or (role and under_name and sentence.heading.startswith(role)):
                    role = sentence.heading
                if role and (role == self.show or not role[:1].isupper()):
                    role = ""
                elif role and "role" in match.re.groupindex and (rank := _RANK.search(text[: match.start("role")])):
                    role = f"{rank.group(1).capitalize()} {role}"
                status, hedge = status_of(sentence, rule, match.end(), text)
                hit = Hit(actor, sentence, role if rule != "mention" else "", status, hedge)
                self._credits_in_parens(hit, match.groupdict().get("credits"))
                if match.groupdict().get("known"):
                    hit.credits.append((match["known"], "", sentence))
                self.add(hit)
                if rule == "pair" and (actor2 := self.resolve(match["actor2"])):
                    self.add(Hit(actor2, sentence, clean_name(match["role2"]), status, hedge))
                self.last_actor, found = actor, True
        subject = self._subject(text) if not found else self.last_actor
        if subject:
            self._prose_credits(subject, sentence)
            self.last_actor = subject
        if sentence.kind == "item" and (parens := re.search(r"\(([^)]{2,120})\)\.?$", text)) and found:
            self._credits_in_parens(self.hits[-1], parens.group(1))
        people = [clean_name(m.group()) for m in re.finditer(NAME, text)]
        people = [p for p in people if is_person(p) and p != self.show and not self._is_role(p)]
        people = [p for p in people if p not in self.not_actors]
        self.last_person = people[0] if people else ""

    def _subject(self, text: str) -> str:
        if _LEAD_PRONOUN.match(text) or re.match(r"^(?:You|Long-time|Where\s+have\s+I|Eagle-eyed)", text):
            return self.last_actor
        lead = re.match(rf"(?P<name>{NAME})", text)
        name = self.resolve(lead["name"]) if lead else ""
        # Someone not yet in the cast becomes the subject only when the sentence gives credits.
        known = any(hit.actor == name for hit in self.hits)
        credits = TRIGGER.search(text) or _NEW_SUBJECT.search(text)
        return name if name and (known or credits) and name not in self.not_actors else ""

    def _credits_in_parens(self, hit: Hit, text: str | None) -> None:
        for title in re.split(r",\s*", text or ""):
            title = title.strip()
            if re.fullmatch(TITLE, title) and not re.search(r"\b(?:new|season)\b", title, re.I):
                hit.credits.append((title, "", hit.sentence))

    def _prose_credits(self, actor: str, sentence: Sentence) -> None:
        if _NEW_SUBJECT.search(sentence.text):
            self.add(Hit(actor, sentence, status="new"))
        found = credits_in(sentence.text, self.show, self.roles)
        if found:
            hit = Hit(actor, sentence)
            hit.credits = [(title, role, sentence) for title, role in found]
            self.add(hit)
