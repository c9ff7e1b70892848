"""A pack as plain data: what the YAML holds, in the documented field order."""

from __future__ import annotations

import yaml

from .dates import PartialDate
from .pack import Pack


def _date(value: PartialDate | None) -> str | None:
    return value.iso() if value else None


def _compact(mapping: dict) -> dict:
    """Leave out empty and default values so exported files stay as short as hand-written ones."""
    return {
        k: v for k, v in mapping.items() if v not in (None, (), [], "", False) and (k, v) != ("status", "confirmed")
    }


def pack_to_data(pack: Pack) -> dict:
    facts = _compact(
        {
            "premiere": _date(pack.premiere),
            "renewed": _date(pack.renewed),
            "creators": list(pack.creators),
            "episodes": None
            if pack.episodes is None
            else ({"at_least": pack.episodes.count} if pack.episodes.at_least else pack.episodes.count),
            "cast": [
                _compact(
                    {
                        "actor": m.actor,
                        "role": m.role,
                        "known_for": list(m.known_for),
                        "narrator": m.narrator,
                        "status": m.status,
                    }
                )
                for m in pack.cast
            ],
            "filming": [
                _compact({"place": f.place, "from": _date(f.start), "to": _date(f.end), "status": f.status})
                for f in pack.filming
            ],
        }
    )
    return _compact(
        {
            "slug": pack.slug,
            "title": pack.title,
            "show": pack.show,
            "season": pack.season,
            "network": pack.network,
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
