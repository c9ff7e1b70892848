"""A pack as plain data: what the YAML holds, in the documented field order."""

from __future__ import annotations

import yaml

from .dates import PartialDate
from .pack import CastMember, Credit, Pack, Person


def _date(value: PartialDate | None) -> str | None:
    return value.iso() if value else None


def _compact(mapping: dict) -> dict:
    """Leave out empty and default values so exported files stay as short as hand-written ones."""
    return {
        k: v for k, v in mapping.items() if v not in (None, (), [], "", False) and (k, v) != ("status", "confirmed")
    }


def _numbers(sources: tuple[int, ...]):
    return sources[0] if len(sources) == 1 else list(sources) or None


def _credit(credit: Credit):
    details = {"medium": credit.medium, "year": credit.year, "role": credit.role, "source": credit.source}
    return (
        _compact({"title": credit.title, **details}) if any(v is not None for v in details.values()) else credit.title
    )


def _person(person: Person):
    if person.pronouns is None and not person.aliases and not person.sources:
        return person.name
    details = {"pronouns": person.pronouns, "aliases": list(person.aliases), "source": _numbers(person.sources)}
    return _compact({"name": person.name, **details})


def _member(m: CastMember) -> dict:
    return _compact(
        {
            "actor": m.actor,
            "pronouns": m.pronouns,
            "aliases": list(m.aliases),
            "role": m.role,
            "role_pronouns": m.role_pronouns,
            "based_on": m.based_on,
            "relations": [f"{r.relation} of {r.of}" for r in m.relations],
            "known_for": [_credit(c) for c in m.known_for],
            "narrator": m.narrator,
            "status": m.status,
            "source": _numbers(m.sources),
        }
    )


def pack_to_data(pack: Pack) -> dict:
    episodes = pack.episodes
    facts = _compact(
        {
            "premiere": _date(pack.premiere),
            "renewed": _date(pack.renewed),
            "creators": [_person(p) for p in pack.creators],
            "episodes": None
            if episodes is None
            else ({"at_least": episodes.count} if episodes.at_least else episodes.count),
            "cast_complete": pack.cast_complete,
            "cast": [_member(m) for m in pack.cast],
            "filming": [
                _compact(
                    {
                        "place": f.place,
                        "kind": f.kind,
                        "country": f.country,
                        "from": _date(f.start),
                        "to": _date(f.end),
                        "status": f.status,
                        "source": _numbers(f.sources),
                    }
                )
                for f in pack.filming
            ],
            "setting": _compact({"city": pack.setting.city, "era": pack.setting.era, "country": pack.setting.country})
            if pack.setting
            else None,
            **{
                link: [f.show for f in pack.franchise if f.link == link]
                for link in ("spin_off_of", "prequel_to", "sequel_to")
            },
            "cite": dict(pack.cite) or None,
        }
    )
    return _compact(
        {
            "slug": pack.slug,
            "title": pack.title,
            "show": pack.show,
            "season": pack.season,
            "label": pack.label,
            "network": pack.network,
            "country": list(pack.country),
            "description": pack.description,
            "sources": [
                _compact({"title": s.title, "publisher": s.publisher, "url": s.url, "date": _date(s.date)})
                for s in pack.sources
            ],
            "facts": facts,
            "questions": [
                _compact({"prompt": q.prompt, "answer": q.answer, "wrong": list(q.wrong), "explanation": q.explanation})
                for q in pack.questions
            ],
        }
    )


def dump_yaml(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
