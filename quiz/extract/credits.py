"""An actor's other credits in prose: "you may know her from Paper Moons", "best known for
playing Aunt Bettany in The Wicker Almanac", "His credits include Glass Harbour and the feature
Low Country Psalm", "conocida por «Marea negra»"."""

from __future__ import annotations

import re

from .names import NAME, TITLE, clean_name

_DESC = (
    r"(?:(?:the|a|an|his|her|their|el|la|los|las|un|una)\s+)?"
    r"(?:(?!(?:while|and|but|who|which|whose|where|when|y|que)\b)[a-z][\w’'-]*,?\s+){0,5}"
)
TRIGGER = re.compile(
    r"(?:know|remember|recognise|recognize)\s+(?:him|her|them)\s+from|(?:many\s+)?will\s+remember\s+from|"
    r"best\s+known\s+(?:to\s+\w+\s+)?(?:for|from)|previously\s+(?:starred|appeared|seen)\s+in|"
    r"(?:recently|previously)\s+seen\s+in|recently\s+appeared\s+in|credits\s+include|appeared\s+in|"
    r"(?:shows|films|series)\s+like|spent\s+[\w\s]{0,20}?\s+on|part\s+in|role\s+in|turned\s+up\s+in|"
    r"starred\s+(?:opposite\s+[\w\s’'-]{3,40}?\s+)?in|played\s+the\s+lead\s+in|an\s+episode\s+of|\bled\b|"
    r"(?:so\s+)?(?:good|great|brilliant|memorable)\s+in|recordarán\s+(?:por|como)|conocid[oa]\s+por|participó\s+en",
    re.I,
)
# "where she played Dora Kettleby" right after the title.
_ROLE_AFTER = re.compile(
    rf"^,?\s+(?:in\s+which|where|donde)\s+(?:(?:he|she|they)\s+)?(?:played|interpretaba\s+a|spent\s+[\w\s]{{0,30}}?as)"
    rf"\s+{_DESC}(?P<role>{NAME})"
)
# "playing the scheming Aunt Bettany across four seasons of The Wicker Almanac",
# "known as the stockman Jedediah Cole in Ironbark Station", "como la jueza Amparo Ribas en «El verano…»".
_ROLE_THEN_TITLE = re.compile(
    rf"(?:\bas|playing|played|como)\s+{_DESC}(?P<role>{NAME}),?\s+(?:in|on|en|across\s+[\w\s]{{0,25}}?of)\s+"
    rf"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?:«(?P<quoted>[^»]+)»|(?P<title>{TITLE}))"
)
_LIST_END = re.compile(r"[.;!?](?:\s|$)|,\s+(?:who|which|in\s+which|where|donde|but|while|so)\b|\s+where\b")


def credits_in(text: str, show: str, cast_roles: set[str]) -> list[tuple[str, str]]:
    """(title, role there) for each credit the sentence gives its subject."""
    found: list[tuple[str, str]] = []
    for match in _ROLE_THEN_TITLE.finditer(text):
        title = (match["quoted"] or match["title"]).strip()
        role = clean_name(match["role"])
        if title != show and role not in cast_roles and not title.startswith(show):
            found.append((title, role))
    for trigger in TRIGGER.finditer(text):
        rest = text[trigger.end() :]
        titles = titles_in(_LIST_END.split(rest, maxsplit=1)[0])
        seen = {word for pair in found for word in pair if word}
        titles = [t for t in titles if t != show and t not in cast_roles and not any(s in t for s in seen)]
        if not titles:
            continue
        after = rest[rest.find(titles[-1]) + len(titles[-1]) :]
        role = _ROLE_AFTER.match(after)
        found += [(t, clean_name(role["role"]) if role and t == titles[-1] else "") for t in titles]
    return found


def titles_in(clause: str) -> list[str]:
    """The titles listed at the start of a clause, past descriptions such as "the feature"."""
    quoted = re.search(r"^\W{0,3}(?:«([^»]+)»|“([^”]+)”)", clause.strip())
    if quoted:
        return [quoted.group(1) or quoted.group(2)]
    titles: list[str] = []
    for part in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,3}[A-Z0-9])", clause):
        # The first title may follow a description ("a small part in"); later ones only "the feature".
        lead = r"(?:[a-z][\w-]*\s+){0,6}" if not titles else r"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2})?"
        part = re.sub(rf"^(?:(?:the|a|an|his|her)\s+)?{lead}" if not titles else rf"^{lead}", "", part.strip())
        title = re.match(TITLE, part)
        if not title or title.group() in ("I", "He", "She", "They"):
            break
        titles.append(title.group().strip())
    return titles
