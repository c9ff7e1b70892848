"""`flask packs check` and `flask packs import`."""

import json
import re

from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import Game, Pack, Question


def count(app, model, *where):
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model).where(*where))


def test_check_prints_questions_and_skips(cli, seed_pack):
    result = cli.invoke(args=["packs", "check", str(seed_pack)])
    assert result.exit_code == 0, result.output
    assert re.search(r"narcos-mexico-s2: \d{3} questions of 14 kinds", result.output)
    assert "Who plays Joaquín ‘El Chapo’ Guzmán in season 2 of Narcos: Mexico?" in result.output
    assert "skipped filming[Guadalajara]: filming in Guadalajara is unconfirmed" in result.output
    assert "coverage: 55 of 55 certain facts asked (100%)" in result.output
    assert (
        "Source: “‘Narcos: Mexico’ Season 2: Coming to Netflix in February 2020”, What's on Netflix." in result.output
    )


def test_check_json_lists_each_question(cli, seed_pack):
    result = cli.invoke(args=["packs", "check", "--json", str(seed_pack.parent)])
    items = json.loads(result.output)
    assert {"kind", "prompt", "options", "answer", "difficulty", "fact"} <= set(items[0])
    assert all(item["answer"] in item["options"] for item in items)
    assert len({item["kind"] for item in items}) >= 8


def test_several_packs_are_checked_as_one_world(cli, tmp_path, other_report, seed_pack):
    other = tmp_path / "other.yaml"
    other.write_text(other_report)
    result = cli.invoke(args=["packs", "check", "--json", str(seed_pack), str(other)])
    place = next(
        i for i in json.loads(result.output) if i["kind"] == "filming_place" and i["pack"] == "narcos-mexico-s2"
    )
    assert "Bogotá" not in place["options"]


def test_bad_pack_fails_with_file_line_and_field_and_writes_nothing(app, runner, tmp_path, other_report, seed_pack):
    bad = tmp_path / "bad.yaml"
    bad.write_text(other_report.replace("season: 2", "season: two"))
    result = runner.invoke(args=["packs", "import", str(seed_pack), str(bad)])
    assert result.exit_code == 1
    assert f"error: {bad}:4: season: expected a whole number, got 'two'" in result.output
    assert count(app, Pack) == 0 and count(app, Question) == 0


def test_malformed_yaml_is_one_line(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("slug: [unclosed\n")
    result = cli.invoke(args=["packs", "check", str(bad)])
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert result.output.startswith(f"error: {bad}:")


def test_import_is_idempotent_and_keeps_past_results(app, runner, client, tmp_path, player, seed_pack):
    assert runner.invoke(args=["packs", "import", str(seed_pack)]).exit_code == 0
    assert runner.invoke(args=["packs", "import", str(seed_pack)]).exit_code == 0
    assert count(app, Pack) == 1
    stored = count(app, Question)
    game = player.start(length=5)
    for position, round_ in enumerate(player.rounds(game)):
        player.answer(game, position, round_.answer_id)
    # An edited pack: a fact removed and a title changed.
    edited = tmp_path / "narcos-mexico-s2.yaml"
    text = seed_pack.read_text(encoding="utf-8")
    edited.write_text(
        text.replace("  renewed: 2018-12\n", "").replace(
            'title: "Narcos: Mexico — Season 2"', 'title: "Narcos: Mexico S2"'
        )
    )
    result = runner.invoke(args=["packs", "import", str(edited)])
    # The renewal question, and the true and the false statement about it.
    assert result.exit_code == 0 and "3 retired" in result.output
    assert count(app, Pack) == 1
    assert count(app, Question, Question.active) == stored - 3
    with app.app_context():
        [done] = db.session.scalars(select(Game)).all()
        assert done.finished and done.score == 5 and len(done.rounds) == 5
    assert "scored 5/5" in client.get(f"{game}/results").text


def test_missing_path_is_an_error(cli, tmp_path):
    result = cli.invoke(args=["packs", "check", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 1 and "no such file or folder" in result.output
