"""Bounded parsing and limits that hold on every path a pack takes: the command line, uploads,
question imports and the running server."""

from __future__ import annotations

import io
import re
import subprocess
import sys

import httpx
import pytest
from sqlalchemy import select

from quiz.core.limits import MAX_ROWS, MAX_YAML_DEPTH, MAX_YAML_NODES
from quiz.core.pack import PackError
from quiz.core.packfile import parse_pack
from quiz.extensions import db
from quiz.models import Pack

# Nine levels of nine references each: about 387 million strings if a parser expanded it.
ALIAS_BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)
# A hang guard for subprocesses, not a speed target: bench/bounds.py prints how fast the refusal is.
HANG_GUARD = 60


def pack_with_questions(harbour: str, count: int) -> str:
    """The Harbour Lights pack with `count` hand-written questions of its own."""
    head = harbour.split("questions:")[0]
    rows = "".join(
        f"  - {{prompt: 'Question {n}?', answer: Right {n}, wrong: [Wrong {n}a, Wrong {n}b]}}\n" for n in range(count)
    )
    return head + "questions:\n" + rows


def test_yaml_anchors_and_aliases_are_refused_with_their_line():
    with pytest.raises(PackError) as refused:
        parse_pack("slug: x\ntitle: &t Title\nshow: *t\n", "alias.yaml")
    assert [str(p) for p in refused.value.problems] == [
        "alias.yaml:2: YAML anchors and aliases (& and *) are not allowed in packs"
    ]


def test_files_past_the_node_and_depth_limits_are_refused():
    with pytest.raises(PackError, match=f"more than {MAX_YAML_NODES} values"):
        parse_pack("facts: [" + "1, " * MAX_YAML_NODES + "1]", "wide.yaml")
    with pytest.raises(PackError, match=f"deep.yaml:1: the file nests deeper than {MAX_YAML_DEPTH} levels"):
        parse_pack("[" * 100 + "]" * 100, "deep.yaml")
    with pytest.raises(PackError, match="deep.yaml:1: invalid YAML"):
        parse_pack("[" * 100_000 + "]" * 100_000, "deep.yaml")


@pytest.mark.parametrize("command", ["check", "lint", "import"])
def test_an_alias_bomb_gets_a_clear_error_on_the_command_line(command, root, tmp_path):
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(ALIAS_BOMB)
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite'}", "SECRET_KEY": "x"}
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "quiz", "packs", command, str(bomb)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: {bomb}:1: YAML anchors and aliases (& and *) are not allowed in packs"


def test_an_alias_bomb_upload_is_refused_and_the_server_keeps_serving(live, csrf):
    _, base = live
    with httpx.Client(base_url=base, timeout=HANG_GUARD) as browser:
        page = browser.get("/author/signup")
        form = {"csrf_token": csrf(page.text), "username": "bomber", "password": "x" * 12, "confirm": "x" * 12}
        assert browser.post("/author/signup", data=form).status_code == 303
        page = browser.get("/author/upload")
        refused = browser.post(
            "/author/upload",
            data={"csrf_token": csrf(page.text)},
            files={"file": ("bomb.yaml", ALIAS_BOMB.encode(), "application/yaml")},
        )
        assert refused.status_code == 422
        assert "bomb.yaml:1: YAML anchors and aliases (&amp; and *) are not allowed in packs" in refused.text
        assert browser.get("/").status_code == 200
        assert "Narcos: Mexico" in browser.get("/").text


def test_a_pack_holds_at_most_a_hundred_questions_in_an_upload(seeded, auth, upload, harbour):
    auth.sign_up()
    too_many = upload(pack_with_questions(harbour, MAX_ROWS["questions"] + 1), "many.yaml")
    assert too_many.status_code == 422
    assert re.search(r"many\.yaml:\d+: questions: has more than 100 entries", too_many.text)
    assert upload(pack_with_questions(harbour, MAX_ROWS["questions"]), "enough.yaml").status_code == 303


def test_a_pack_holds_at_most_a_hundred_questions_on_the_command_line(runner, tmp_path, harbour):
    many = tmp_path / "many.yaml"
    many.write_text(pack_with_questions(harbour, MAX_ROWS["questions"] + 1))
    result = runner.invoke(args=["packs", "import", str(many)])
    assert result.exit_code == 1
    assert re.search(rf"error: {re.escape(str(many))}:\d+: questions: has more than 100 entries", result.output)


def test_a_question_import_cannot_take_a_pack_past_a_hundred_questions(seeded, client, csrf, auth, upload, harbour):
    auth.sign_up()
    assert upload(pack_with_questions(harbour, MAX_ROWS["questions"]), "full.yaml").status_code == 303
    url = "/author/packs/harbour-lights-s3/questions/import"
    data = {
        "csrf_token": csrf(client.get(url).text),
        "format": "csv",
        "file": (io.BytesIO(b"One more?,Yes,No\n"), "more.csv"),
    }
    response = client.post(url, data=data, content_type="multipart/form-data")
    assert response.status_code == 422 and "questions: has more than 100 entries" in response.text


def test_the_pack_form_adds_no_row_past_the_limit(seeded, client, auth, pack_form):
    auth.sign_up()
    rows = {f"questions-{n}-prompt": f"Q{n}?" for n in range(MAX_ROWS["questions"])}
    response = pack_form.post(action="add-questions", **rows)
    assert f'id="questions-{MAX_ROWS["questions"] - 1}-prompt"' in response.text
    assert f'id="questions-{MAX_ROWS["questions"]}-prompt"' not in response.text


def test_a_pack_stored_before_anchors_were_refused_gets_a_clear_message(
    seeded, app, client, auth, upload, harbour, csrf
):
    auth.sign_up()
    assert upload(harbour, "harbour.yaml").status_code == 303
    with app.app_context():
        pack = db.session.scalar(select(Pack).where(Pack.slug == "harbour-lights-s3"))
        pack.source_text = harbour.replace("network: Northwind TV", "network: &net Northwind TV")
        db.session.commit()
    edit = client.get("/author/packs/harbour-lights-s3/edit")
    assert edit.status_code == 409 and "anchors and aliases" in edit.text and "upload it again" in edit.text
    url = "/author/packs/harbour-lights-s3/questions/import"
    data = {"csrf_token": csrf(client.get(url).text), "format": "csv", "file": (io.BytesIO(b"Q?,A,B\n"), "q.csv")}
    response = client.post(url, data=data, content_type="multipart/form-data")
    assert response.status_code == 422 and "anchors and aliases" in response.text
