"""The pack format: what authors write, and the errors they get back."""

import pytest

from quiz.core.dates import PartialDate
from quiz.core.pack import PackError
from quiz.core.packfile import parse_pack, read_packs

from .conftest import SEED_PACK

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


def test_seed_pack_carries_the_article_facts():
    pack = read_packs([SEED_PACK])[0]
    assert pack.premiere == PartialDate(2020, 2, 13)
    assert pack.renewed == PartialDate(2018, 12) and pack.renewed.precision == "month"
    assert pack.creators == ("Carlo Bernard", "Chris Brancato", "Doug Miro")
    assert pack.episodes.at_least and pack.episodes.count == 8
    by_actor = {member.actor: member for member in pack.cast}
    assert by_actor["Diego Luna"].role == "Miguel Ángel Félix Gallardo"
    assert by_actor["Alejandro Edda"].role == "Joaquín ‘El Chapo’ Guzmán"
    assert by_actor["Scoot McNairy"].narrator
    assert by_actor["Alyssa Diaz"].status == "unconfirmed"
    assert by_actor["Michael Peña"].status == "flashback"
    assert by_actor["Jero Medina"].status == "new" and by_actor["Jero Medina"].role is None
    mexico_city = pack.filming[0]
    assert (mexico_city.place, mexico_city.start, mexico_city.end) == (
        "Mexico City",
        PartialDate(2019, 1),
        PartialDate(2019, 6),
    )
    assert pack.sources[0].publisher == "What's on Netflix"


def test_valid_pack_keeps_date_precision():
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


def test_duplicate_slug_across_files_is_an_error(tmp_path):
    (tmp_path / "a.yaml").write_text(VALID)
    (tmp_path / "b.yaml").write_text(VALID)
    with pytest.raises(PackError) as caught:
        read_packs([tmp_path])
    [problem] = caught.value.problems
    assert str(problem).startswith(f"{tmp_path / 'b.yaml'}:1: slug: 'demo-s1' is already used by")


def test_text_is_kept_as_text():
    pack = parse_pack(VALID.replace("Ana Example", '"<script>alert(1)</script>"'), "x.yaml")
    assert pack.cast[0].actor == "<script>alert(1)</script>"
