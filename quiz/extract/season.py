"""Rules for the season as a whole: show, season number or label, network, premiere and renewal
dates, episode count, creators, and the crew who are not creators."""

from __future__ import annotations

import re
from collections import Counter

from .dates import find_dates
from .names import NAME, QUOTED, STOP, WORD, clean_name, hedge_in, is_person, split_names
from .parts import Sentence

NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "twenty": 20, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "doce": 12,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5,
}  # fmt: skip
_NUMBER = r"\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True))
_ORDINAL = "|".join(ORDINALS)
_LABEL_WORD = r"Part|Book|Chapter|Volume|Series"
SEASON = re.compile(
    rf"\b(?:(?P<word>season|temporada|{_LABEL_WORD})\s+(?P<n>{_NUMBER})\b"
    rf"|(?P<ord>{_ORDINAL})\s+(?:season|temporada)\b)",
    re.I,
)
_NET = rf"(?:{WORD})(?:\s+(?:{WORD})){{0,2}}\+?"
_GENRE = r"(?:drama|thriller|series|show|saga|caper|mystery|comedy|noir|procedural|original|romance|sitcom)\b"
NETWORK = [
    re.compile(rf"\b(?:to|on|at|a|en)\s+(?P<n>{_NET})(?=[\s,.’']|$)"),
    re.compile(
        rf"(?P<n>{_NET})\s+(?:has\s+|have\s+)?(?:confirmed|announced|renewed|ordered|released|included|found|handed|gave|"
        rf"picked\s+up|greenlit|commissioned|"
        rf"has\s+not|would\s+not|said|is\s+keeping|confirmó|anunció)\b"
    ),
    re.compile(rf"(?P<n>{_NET})(?:'s|’s)\s+(?:[a-z-]+\s+){{0,3}}{_GENRE}"),
    re.compile(rf"\b[Tt]he\s+(?P<n>{_NET})\s+{_GENRE}"),
    re.compile(rf"\ba\s+(?P<n>{_NET})\s+Original\b"),
]
_PREMIERE = re.compile(
    r"premier|\breturns?\b|\bback\s+on\b|\barriv|\blands?\b|\blanded\b|coming\s+to|\bdebut|\bbegins\b|estren|llegar",
    re.I,
)
_RENEWED = re.compile(
    r"renew|renovaci|(?:handed|gave|given)\s+[\w\s+]{0,30}?(?:second|third|fourth|fifth|new|another)\s+(?:season|series)|"
    r"picked\s+up\s+for|green-?lit",
    re.I,
)
EPISODES = re.compile(
    rf"(?<!first\s)(?<!opening\s)(?<!last\s)(?<!final\s)(?P<least>(?:at|of)\s+least\s+)?\b(?P<n>{_NUMBER})"
    rf"(?:\s+(?:[a-z-]+\s+)?(?:episodes|parts|episodios|capítulos)\b|-episode\b)",
    re.I,
)
_CREATED = re.compile(
    rf"(?i:co-)?(?i:created|creada|creado)\s+(?:by|por)\s+(?:[a-z]+\s+)?(?P<names>{NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s+y\s+){NAME})*)"
    rf"|\b(?:series\s+|show[’']s\s+|the\s+)?(?i:co-)?(?i:creators?),?\s+(?P<names2>{NAME}(?:\s+and\s+{NAME})*)"
    rf"|(?P<name3>{NAME}),\s+who\s+(?:also\s+)?created\b"
    rf"|\bcreated\s+the\s+(?:series|show)\s+with\s+(?P<names4>{NAME})",
)
_CREW = re.compile(
    rf"(?P<a>{NAME})(?:,\s+who)?\s+(?:has\s+)?(?:taken\s+over\s+as|serves\s+as|stepped\s+up\s+to|will\s+continue\s+as)"
    rf"\s+(?P<job>showrunner)|\b(?P<job2>[Dd]irector|[Ss]howrunner|[Dd]eveloper)\s+(?P<b>{NAME})"
    rf"|(?P<c>{NAME}),?\s+(?:who\s+)?(?P<job3>directs|directed)\b",
)


def show_and_season(title: str, body: str) -> dict:
    """The show and season from the headline, checked against the body."""
    found: dict = {}
    season = SEASON.search(title) or SEASON.search(body)
    if season:
        number = season["n"] or season["ord"]
        value = ORDINALS.get(number.lower()) or NUMBERS.get(number.lower()) or int(number)
        found["season"] = value
        if season["word"] and season["word"].lower() not in ("season", "temporada", "series"):
            found["label"] = f"{season['word'].title()} {number.title() if not number.isdigit() else number}"
    show = _quoted_show(title, body) or _show_before(title, season, body) or _first_repeated(title, body)
    if show:
        found["show"] = show
    return found


def _quoted_show(title: str, body: str) -> str:
    """A quoted name in the headline that the body uses; the one nearest before "Season" first."""
    season = SEASON.search(title)
    quoted = [m for m in re.finditer(QUOTED, title) if body.count(m["quoted"].strip()) >= 1]
    if season:
        quoted.sort(key=lambda m: (m.end() > season.start(), season.start() - m.end()))
    return quoted[0]["quoted"].strip() if quoted else ""


def _spans(words: list[str]) -> list[str]:
    return [" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1)]


def _show_before(title: str, season, body: str) -> str:
    if not season or season.start() > len(title):
        return ""
    before = re.split(r"[:?!–—]|\s-\s", title[: season.start()].rstrip(" :–—-"))[-1].split()
    run: list[str] = []
    for word in reversed(before):
        if not (re.fullmatch(WORD, word.strip("‘’'\":,")) or word in ("&", "of", "the", "and")):
            break
        run.insert(0, word.strip("‘’'\":,"))
    for i in range(len(run)):
        candidate = " ".join(run[i:])
        if run[i] not in ("&", "of", "and") and body.count(candidate) >= 1:
            return candidate
    return ""


def _first_repeated(title: str, body: str) -> str:
    words = [w.strip("‘’'\":,?!") for w in title.split()]
    for i, word in enumerate(words):
        if not re.fullmatch(WORD, word) or word in STOP:
            continue
        for j in range(min(len(words), i + 5), i, -1):
            candidate = " ".join(words[i:j])
            if re.fullmatch(WORD, words[j - 1]) and body.count(candidate) >= 2:
                return candidate
    return ""


def network(sentences: list[Sentence], exclude: set[str]) -> tuple[str, Sentence] | None:
    votes: Counter = Counter()
    first: dict[str, Sentence] = {}
    for sentence in sentences:
        for pattern in NETWORK:
            for match in pattern.finditer(sentence.text):
                name = clean_name(match["n"])
                if not name or name in exclude or any(name in e or e in name for e in exclude if e):
                    continue
                if name.split()[0] in STOP or re.search(r"\d", name):
                    continue
                votes[name] += 1
                first.setdefault(name, sentence)
    if not votes:
        return None
    # "Cobalt has not said" and "Cobalt Channel gave" are votes for one network, written in full.
    for name in list(votes):
        longer = [other for other in votes if other.startswith(name + " ")]
        if len(longer) == 1:
            votes[longer[0]] += votes.pop(name)
    name, count = votes.most_common(1)[0]
    return (name, first[name]) if count >= 2 or len(votes) == 1 else None


def other_season(text: str, season: int) -> bool:
    """The sentence is about another season and not this one."""
    numbers = {
        int(n) if n.isdigit() else NUMBERS.get(n.lower(), 0) for n in re.findall(rf"season\s+({_NUMBER})", text, re.I)
    }
    numbers |= {ORDINALS[o.lower()] for o in re.findall(rf"\b({_ORDINAL})\s+(?:season|temporada)", text, re.I)}
    if season in numbers or re.search(r"\b(?:new|this)\s+(?:season|run)\b|nueva\s+(?:temporada|tanda)", text, re.I):
        return False
    others = numbers - {season} or re.search(
        r"\b(?:first|previous|last)\s+(?:run|outing|series|seasons)|\bfirst\s+two\s+seasons|Book\s+One|"
        r"primera\s+(?:temporada|entrega)|primeras\s+temporadas|entregas\s+anteriores|\bla\s+anterior",
        text,
        re.I,
    )
    return bool(others)


def scope(text: str, end: int) -> str:
    """What a value at `end` is said of: the sentence up to it and the rest of its clause."""
    rest = re.split(r",\s|;\s|\s+and\s+", text[end:], maxsplit=1)[0]
    return text[:end] + rest


def dated(sentences: list[Sentence], pattern: re.Pattern, season: int, base: str) -> list[tuple[str, Sentence, str]]:
    """(date, sentence, hedge) for each sentence that matches `pattern` and gives a date."""
    found = []
    for sentence in sentences:
        if sentence.kind == "heading" or not pattern.search(sentence.text):
            continue
        dates = [
            d
            for d in find_dates(sentence.text, base)
            if " " in d.text.strip() or re.search(r"\d", d.text)  # "in April" alone dates only a shoot's start
            if not other_season(scope(sentence.text, d.end), season)
        ]
        if dates:
            best = max(dates, key=lambda d: len(d.iso))
            found.append((best.iso, sentence, hedge_in(scope(sentence.text, best.end))))
    return found


def premiere(sentences, season, base):
    return [(d, s, h) for d, s, h in dated(sentences, _PREMIERE, season, base) if not _RENEWED.search(s.text)]


def renewed(sentences, season, base):
    return dated(sentences, _RENEWED, season, base)


def episodes(sentences: list[Sentence], season: int) -> list[tuple[object, Sentence, str]]:
    found = []
    for sentence in sentences:
        for match in EPISODES.finditer(sentence.text):
            if other_season(scope(sentence.text, match.end()), season):
                continue
            word = match["n"].lower()
            count = int(word) if word.isdigit() else NUMBERS[word]
            if re.match(r"\s*(?:sent\s+to\s+critics|screened)", sentence.text[match.end() :]):
                continue
            value = {"at_least": count} if match["least"] else count
            found.append((value, sentence, hedge_in(scope(sentence.text, match.end()))))
    return found


def creators(sentences: list[Sentence]) -> list[tuple[str, Sentence]]:
    found = []
    for sentence in sentences:
        for match in _CREATED.finditer(sentence.text):
            names = split_names(match["names"] or match["names2"] or match["name3"] or match["names4"] or "")
            found += [(name, sentence) for name in names if is_person(name)]
    return found


def crew(sentences: list[Sentence]) -> list[tuple[str, str, Sentence]]:
    """Showrunners, directors and developers named in the article: never made creators."""
    found = []
    for sentence in sentences:
        for match in _CREW.finditer(sentence.text):
            name = clean_name(match["a"] or match["b"] or match["c"] or "")
            job = (match["job"] or match["job2"] or match["job3"] or "").lower()
            if is_person(name):
                found.append((name, "director" if job.startswith("direct") else job, sentence))
    return found
