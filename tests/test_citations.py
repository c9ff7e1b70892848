"""Every question cites the sources that state what it asks, as the pack names them."""

import pytest

from quiz.core.generate import generate
from quiz.core.pack import PackError
from quiz.core.packfile import parse_pack, read_packs
from quiz.core.questions import full_explanation
from quiz.core.world import World, load_pool


@pytest.fixture(scope="module")
def shipped_pool(request):
    return load_pool(request.config.rootpath / "questions" / "pools")


@pytest.fixture(scope="module")
def seed(request, shipped_pool):
    pack = read_packs([request.config.rootpath / "questions" / "narcos-mexico-s2.yaml"])[0]
    world = World([pack], shipped_pool)
    return (pack, world, *generate(pack, world))


def test_each_question_cites_the_source_that_states_its_fact(seed):
    pack, _, questions, _ = seed
    premiere = next(q for q in questions if q.kind == "premiere")
    assert premiere.citation == pack.sources[0].citation()
    mcnairy = next(q for q in questions if q.kind == "known_for" and "Scoot McNairy" in q.prompt)
    credit = next(c for m in pack.cast if m.actor == "Scoot McNairy" for c in m.known_for if c.title == mcnairy.answer)
    assert mcnairy.citation == pack.sources[credit.source - 1].citation()


CITED = """\
slug: cited-s1
title: Cited — Season 1
show: Cited
season: 1
network: Northwind TV
sources:
  - {title: First report, publisher: One News}
  - {title: Second report, publisher: Two News}
  - {title: Third report, publisher: Three News}
facts:
  premiere: 2024-03-05
  cite: {premiere: 2, creators: 3}
  creators: [Maren Solberg]
  cast:
    - {actor: Ingrid Håland, role: Eli Brekke, pronouns: she, source: 3}
    - {actor: Sofie Lund, role: Ragna Moen, pronouns: she}
    - {actor: Lene Berg, role: Hedda Moen, pronouns: she, status: new, source: [2, 3]}
    - {actor: Tove Dahl, role: Kari Moen, pronouns: she}
  filming:
    - {place: Ålesund, kind: city, source: 2}
"""


def test_facts_name_their_source_and_explanations_cite_it(shipped_pool):
    pack = parse_pack(CITED, "cited.yaml")
    questions, _ = generate(pack, World([pack], shipped_pool))
    by_kind = {}
    for q in questions:
        by_kind.setdefault(q.kind, []).append(q)
    first, second, third = (s.citation() for s in pack.sources)
    assert {q.citation for q in by_kind["premiere"]} == {second}
    swapped = next(q for q in questions if q.fact == "role[Ingrid Håland|Eli Brekke].false")
    assert swapped.citation.splitlines() == [third, first], "a false pairing rests on both rows' sources"
    berg = [q for q in questions if q.fact == "role[Lene Berg|Hedda Moen]"]
    assert berg and {q.citation for q in berg} == {f"{second}\n{third}"}, "a row two sources state cites both"
    brekke = [q for q in questions if q.fact == "role[Ingrid Håland|Eli Brekke]"]
    moen = [q for q in questions if q.fact == "role[Sofie Lund|Ragna Moen]"]
    assert brekke and {q.citation for q in brekke} == {third}
    assert moen and {q.citation for q in moen} == {first}
    with_extra = next(q for q in brekke if any(e.citation != q.citation for e in q.extras))
    extra = next(e for e in with_extra.extras if e.citation != with_extra.citation)
    assert full_explanation(with_extra, extra).endswith(f"Sources: {third}; {extra.citation}.")


def test_a_source_number_past_the_list_is_an_error():
    broken = CITED.replace("source: 3}", "source: 7}").replace("creators: 3}", "creators: 9}")
    with pytest.raises(PackError) as error:
        parse_pack(broken, "cited.yaml")
    assert [str(p) for p in error.value.problems] == [
        "cited.yaml:12: facts.cite.creators: there is no source 9",
        "cited.yaml:15: facts.cast[0].source: there is no source 7",
    ]
