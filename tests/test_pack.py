"""The pack format: what authors write, and the errors they get back."""

import pytest

from quiz.core.dates import PartialDate
from quiz.core.pack import PackError
from quiz.core.packfile import parse_pack, read_packs

VALID = """\
slug: demo-s1
title: Demo — Season 1
show: Demo
season: 1
network: Testflix
sources:
  - {title: A source, publisher: Example News}
facts:
  premiere: 2021-03
  cast:
    - {actor: Ana Example, role: Lead}
"""


def problems(text: str) -> list[str]:
    with pytest.raises(PackError) as caught:
        parse_pack(text, "demo.yaml")
    return [str(p) for p in caught.value.problems]


def test_seed_pack_carries_the_article_facts(seed_pack):
    pack = read_packs([seed_pack])[0]
    assert pack.premiere == PartialDate(2020, 2, 13)
    assert pack.renewed == PartialDate(2018, 12) and pack.renewed.precision == "month"
    assert pack.creator_names == ("Carlo Bernard", "Chris Brancato", "Doug Miro")
    assert pack.country == ("United States", "Mexico") and pack.setting.city == "Guadalajara"
    assert pack.episodes.at_least and pack.episodes.count == 8
    by_actor = {member.actor: member for member in pack.cast}
    assert by_actor["Diego Luna"].role == "Miguel Ángel Félix Gallardo"
    assert by_actor["Alejandro Edda"].role == "Joaquín ‘El Chapo’ Guzmán"
    assert by_actor["Scoot McNairy"].narrator and by_actor["Teresa Ruiz"].pronouns == "she"
    zorro = by_actor["Matt Letscher"].known_for[0]
    assert (zorro.title, zorro.medium, zorro.year, zorro.role) == (
        "The Mask of Zorro",
        "film",
        1998,
        "Captain Harrison Love",
    )
    assert pack.sources[zorro.source - 1].publisher == "MovieTickets.com"
    assert by_actor["Alyssa Diaz"].status == "unconfirmed"
    assert by_actor["Michael Peña"].status == "flashback"
    assert by_actor["Jero Medina"].status == "new" and by_actor["Jero Medina"].role is None
    mexico_city = pack.filming[0]
    # The sources disagree on when filming began, so the pack gives no dates.
    assert (mexico_city.place, mexico_city.kind, mexico_city.country, mexico_city.start) == (
        "Mexico City",
        "city",
        "Mexico",
        None,
    )
    assert pack.sources[0].publisher == "What's on Netflix"


def test_valid_pack_keeps_date_precision(slug):
    pack = parse_pack(VALID, "demo.yaml")
    assert pack.premiere.precision == "month" and pack.premiere.human() == "March 2021"
    assert pack.cast[0].status == "confirmed"


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (VALID.replace("season: 1", "season: one"), "demo.yaml:4: season: expected a whole number"),
        (VALID.replace("title: Demo — Season 1\n", ""), "demo.yaml:1: title: is required"),
        (
            VALID.replace("role: Lead}", "role: Lead, status: maybe}"),
            "demo.yaml:11: facts.cast[0].status: unknown status 'maybe'",
        ),
        (VALID.replace("2021-03", "2021-02-30"), "demo.yaml:9: facts.premiere: '2021-02-30' is not a real day"),
        (VALID.replace("2021-03", "2021-13"), "demo.yaml:9: facts.premiere: '2021-13' has no month 13"),
        (
            VALID.replace("    - {actor: Ana Example, role: Lead}\n", "").replace("cast:", "cast: []"),
            "facts.cast: must not be empty",
        ),
        (VALID.replace("slug: demo-s1", "slug: Demo S1"), "demo.yaml:1: slug: 'Demo S1' may hold only"),
        (VALID.replace("premiere:", "premier:"), "demo.yaml:9: facts.premier: unknown field"),
        (VALID + "  episodes: {at_most: 3}\n", "facts.episodes.at_most: unknown field"),
        (
            VALID.replace("network: Testflix\n", "network: Testflix\nnetwork: Other\n"),
            "demo.yaml:6: network: duplicate key",
        ),
        (
            VALID.replace("role: Lead}", "role: Lead, pronouns: it}"),
            "demo.yaml:11: facts.cast[0].pronouns: unknown pronouns 'it' (expected one of he, she, they)",
        ),
        (
            VALID + "  filming: [{place: Oslo, kind: town}]\n",
            "demo.yaml:12: facts.filming[0].kind: unknown kind of place 'town'",
        ),
        (
            VALID.replace("role: Lead}", "role: Lead, relations: [married to Bo]}"),
            "facts.cast[0].relations[0]: 'married to Bo' should read '<relation> of <character>'",
        ),
        (
            VALID.replace("role: Lead}", "role: Lead, known_for: [{title: X, medium: film, source: 3}]}"),
            "facts.cast[0].known_for[0].source: there is no source 3",
        ),
        (
            VALID.replace("role: Lead}", "role: Lead, known_for: [{title: X, medium: opera}]}"),
            "facts.cast[0].known_for[0].medium: unknown medium 'opera'",
        ),
        (VALID + "  creators: [Bo, Bo]\n", "facts.creators[1]: 'Bo' is listed twice"),
    ],
)
def test_bad_pack_names_file_line_and_field(broken, expected):
    assert any(line.startswith(expected) or expected in line for line in problems(broken)), problems(broken)


def test_malformed_yaml_is_one_line_with_its_line_number():
    [message] = problems(VALID.replace("season: 1", "season: [1"))
    assert message.startswith("demo.yaml:") and "invalid YAML" in message
    assert "\n" not in message


def test_every_problem_is_reported_at_once():
    broken = (
        VALID.replace("season: 1", "season: x").replace("2021-03", "2021-99").replace("role: Lead}", "status: odd}")
    )
    assert len(problems(broken)) == 3


def test_duplicate_slug_across_files_is_an_error(tmp_path, slug):
    (tmp_path / "a.yaml").write_text(VALID)
    (tmp_path / "b.yaml").write_text(VALID)
    with pytest.raises(PackError) as caught:
        read_packs([tmp_path])
    [problem] = caught.value.problems
    assert str(problem).startswith(f"{tmp_path / 'b.yaml'}:1: slug: 'demo-s1' is already used by")


def test_text_is_kept_as_text():
    pack = parse_pack(VALID.replace("Ana Example", '"<script>alert(1)</script>"'), "x.yaml")
    assert pack.cast[0].actor == "<script>alert(1)</script>"


RICH = VALID.replace("network: Testflix\n", "network: Testflix\nlabel: Part 3\ncountry: [Spain]\n").replace(
    "    - {actor: Ana Example, role: Lead}\n",
    """    - actor: Ana ‘La Jefa’ Example
      pronouns: she
      aliases: [Ana Ex]
      role: Lead
      role_pronouns: she
      based_on: A Real Person
      relations: [wife of Bo]
      known_for: [Plain Title, {title: Rich Title, medium: series, year: 2019, role: Nurse}]
    - {actor: Bo Gone, status: departed}
    - {actor: Cy Past, status: flashback_only}
  cast_complete: true
  setting: {city: Madrid, era: 1980s}
  spin_off_of: Demo Origins
  filming: [{place: Madrid, kind: city}]
""",
)


def test_new_fields_are_optional_and_read_when_given():
    pack = parse_pack(RICH, "rich.yaml")
    assert pack.season_label == "Part 3" and pack.country == ("Spain",)
    ana = pack.cast[0]
    assert ana.names == ("Ana ‘La Jefa’ Example", "Ana Ex", "Ana Example", "La Jefa")
    assert (ana.relations[0].relation, ana.relations[0].of) == ("wife", "Bo")
    assert [c.title for c in ana.known_for] == ["Plain Title", "Rich Title"] and ana.known_for[1].role == "Nurse"
    assert [m.certain for m in pack.cast] == [True, False, True]
    assert pack.cast_complete and pack.setting.era == "1980s" and pack.franchise[0].show == "Demo Origins"
    assert pack.filming[0].kind == "city"
    assert parse_pack(VALID, "old.yaml").season_label == "Season 1"


def test_a_rich_pack_survives_a_round_trip():
    from quiz.core.packdata import dump_yaml, pack_to_data

    pack = parse_pack(RICH, "rich.yaml")
    assert parse_pack(dump_yaml(pack_to_data(pack)), "rich.yaml") == pack
