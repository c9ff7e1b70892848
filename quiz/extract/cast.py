"""Cast rows from prose, lists and headings: who plays whom, what else they were in, and whether
they are new, returning, leaving, unconfirmed or seen only in flashbacks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import NAME, TITLE, clean_name, hedge_in, is_person
from .parts import Sentence

_DESC = r"(?:(?:the|a|an|his|her|their|el|la|los|las|un|una)\s+)?(?:[a-z][\w’'-]*,?\s+){0,5}"
_ROLE = rf"{_DESC}(?P<role>{NAME})"
_CREDITS = r"(?:\s+\((?P<credits>[^)]{2,120})\))?"
_ACTOR = (
    rf"(?:(?:actor|actress|actriz)\s+)?(?P<actor>La\s+actriz|El\s+actor|{NAME}){_CREDITS}"
    r"(?:,\s+conocid[oa]\s+por\s+«(?P<known>[^»]{2,80})»,)?"
)
_AS = (
    r"(?:,\s+(?:who|que)\s+)?\s*(?:(?:is|will|also|once|again|still|then|be|not|now|won[’']t)\s+)*"
    r"(?:returns?|back|returning|unlikely\s+to\s+return|rumou?red\s+to\s+return|"
    r"joins?(?:\s+(?:season\s+\d+|the\s+(?:main\s+)?cast))?|completes\s+[\w\s-]{0,30}?|"
    r"regresa|regresará|no\s+regresará|vuelve|se\s+suma\s+al\s+reparto)?"
    r"(?:\s*(?:to\s+)?reprise\s+(?:his|her|their)\s+role)?\s+(?:as|como)\s+"
)
_PLAY = r"(?:will\s+play|plays|takes\s+on|podría\s+volver\s+a\s+interpretar\s+a)"
_PLAYED_BY = (
    r",?\s+(?:is\s+)?(?:one\s+of\s+[\w’'\s]{0,40},\s+)?(?:played|interpretad[oa])\s+(?:once\s+again\s+)?(?:by|por)\s+"
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
]
_CREDIT_TRIGGER = re.compile(
    r"(?:know|remember|recognise|recognize)\s+(?:him|her|them)\s+from|(?:many\s+)?will\s+remember\s+from|"
    r"best\s+known\s+(?:to\s+\w+\s+)?(?:for|from)|previously\s+(?:starred|appeared|seen)\s+in|previously\s+seen\s+in|"
    r"credits\s+include|appeared\s+in|(?:shows|films|series)\s+like|spent\s+[\w\s]{0,20}?\s+on|part\s+in|"
    r"played\s+the\s+lead\s+in|an\s+episode\s+of|\bled\b|recordarán\s+por|conocid[oa]\s+por|who\s+many\s+will\s+remember\s+from",
    re.I,
)
_CREDIT_ROLE = re.compile(
    rf"^,?\s+(?:in\s+which|where)\s+(?:he|she|they)\s+(?:played|spent\s+[\w\s]{{0,30}}?as)\s+{_ROLE}"
)
_LEAD_PRONOUN = re.compile(r"^(?:He|She|They|His|Her|Their|The\s+actor|The\s+actress|La\s+actriz|El\s+actor)\b")
# Spanish writes ranks in lower case ("el inspector Julián Aranda"); the pack keeps them in the role.
_RANK = re.compile(
    r"\b(?:el|la)\s+(inspector|inspectora|comisario|comisaria|detective|capitán|capitana|sargento|doctor|doctora)\s+$"
)
_PRONOUNS = {"He", "She", "They", "La actriz", "El actor", "The actor", "The actress"}
_DEPARTED = re.compile(
    r"will\s+not\s+return|won[’']t\s+return|not\s+returning|not\s+coming\s+back|no\s+regresará|leaving", re.I
)
_NEW = re.compile(r"\bjoin|\bnew\b|newcomer|addition|se\s+suma|incorporaci|will\s+play", re.I)
_RETURNING = re.compile(r"\breturn|\bback\b|regresa|vuelve", re.I)


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
    if re.search(r"\bnew\b|newcomer|joining", heading) or rule == "play" and _NEW.search(scope):
        return "new", ""
    if _NEW.search(scope) and not _RETURNING.search(scope) and rule not in ("mention", "cast_in", "who_played"):
        return "new", ""
    if rule == "mention" and re.search(r"new\s+cast", scope):
        return "new", ""
    if rule == "cast_in" and re.search(r"has\s+been\s+cast", scope):
        return "new", ""
    return "", ""


class CastBook:
    """Cast mentions in reading order, with surnames and pronouns resolved to the full name."""

    def __init__(self, show: str, not_actors: set[str] = frozenset()):
        self.show = show
        self.not_actors = set(not_actors)
        self.hits: list[Hit] = []
        self.last_actor = ""
        self.last_person = ""  # the last full name in the sentence before, for "She", "La actriz"

    def resolve(self, name: str) -> str:
        if name.strip() in _PRONOUNS:
            return self.last_person or self.last_actor
        name = clean_name(name)
        for hit in reversed(self.hits):
            if hit.actor.endswith(" " + name) or hit.actor == name:
                return hit.actor
        if is_person(name) and not self._is_role(name):
            return name
        return ""

    def _is_role(self, name: str) -> bool:
        return any(hit.role == name for hit in self.hits)

    def read(self, sentence: Sentence) -> None:
        text = sentence.text
        found = False
        taken: list[tuple[int, int]] = []
        for rule, pattern in RULES:
            for match in pattern.finditer(text):
                span = match.span("actor")
                if any(start < span[1] and span[0] < end for start, end in taken):
                    continue
                actor = self.resolve(match["actor"])
                if not actor or actor == self.show or actor in self.not_actors:
                    continue
                taken.append(span)
                role = clean_name(match.groupdict().get("role") or "")
                if role and (role == self.show or not role[:1].isupper()):
                    role = ""
                elif role and (rank := _RANK.search(text[: match.start("role")])):
                    role = f"{rank.group(1).capitalize()} {role}"
                status, hedge = status_of(sentence, rule, match.end(), text)
                hit = Hit(actor, sentence, role if rule != "mention" else "", status, hedge)
                self._credits_in_parens(hit, match.groupdict().get("credits"))
                if match.groupdict().get("known"):
                    hit.credits.append((match["known"], "", sentence))
                self.hits.append(hit)
                if rule == "pair" and (actor2 := self.resolve(match["actor2"])):
                    self.hits.append(Hit(actor2, sentence, clean_name(match["role2"]), status, hedge))
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
        if _LEAD_PRONOUN.match(text) or re.match(r"^(?:You|Long-time|Where\s+have\s+I)", text):
            return self.last_actor
        lead = re.match(rf"(?P<name>{NAME})", text)
        name = self.resolve(lead["name"]) if lead else ""
        # Someone not yet in the cast becomes the subject only when the sentence gives credits.
        known = any(hit.actor == name for hit in self.hits)
        return name if name and (known or _CREDIT_TRIGGER.search(text)) and name not in self.not_actors else ""

    def _credits_in_parens(self, hit: Hit, text: str | None) -> None:
        for title in re.split(r",\s*", text or ""):
            title = title.strip()
            if re.fullmatch(TITLE, title) and not re.search(r"\b(?:new|season)\b", title, re.I):
                hit.credits.append((title, "", hit.sentence))

    def _prose_credits(self, actor: str, sentence: Sentence) -> None:
        text = sentence.text
        for trigger in _CREDIT_TRIGGER.finditer(text):
            rest = text[trigger.end() :]
            clause = re.split(r"[.;!?]\s|,\s+(?:a|an|the|who|which|in\s+which|where|and\s+(?:he|she))\b", rest)[0]
            titles = _titles_in(clause)
            if not titles:
                continue
            credit_role = ""
            after = rest[rest.find(titles[-1]) + len(titles[-1]) :] if titles[-1] in rest else ""
            if role := _CREDIT_ROLE.match(after):
                credit_role = clean_name(role["role"])
            hit = Hit(actor, sentence)
            hit.credits = [(t, credit_role if t == titles[-1] else "", sentence) for t in titles if t != self.show]
            if hit.credits:
                self.hits.append(hit)


def _titles_in(clause: str) -> list[str]:
    quoted = re.search(r"^\W{0,3}(?:«([^»]+)»|“([^”]+)”)", clause.strip())
    if quoted:
        return [quoted.group(1) or quoted.group(2)]
    match = re.search(rf"(?P<first>{TITLE})(?P<more>(?:,\s+{TITLE})*(?:,?\s+and\s+{TITLE})?)", clause)
    if not match:
        return []
    parts = re.split(r",\s+(?:and\s+)?|\s+and\s+", match.group())
    return [p.strip() for p in parts if re.fullmatch(TITLE, p.strip()) and p.strip() not in ("I", "He", "She")]
