"""`flask packs draft` and the extractor's measured quality on the labelled articles."""

from __future__ import annotations

import pytest
import yaml

from quiz.extract import draft_pack, read_article
from quiz.extract.score import Score


def test_draft_writes_pack_yaml_with_evidence_that_packs_check_accepts(cli, root, tmp_path):
    out = tmp_path / "ironwake.yaml"
    article = root / "tests/data/articles/04-ironwake-everything-we-know.html"
    result = cli.invoke(args=["packs", "draft", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert '# source 1: "Clementine Ashby-Roe will not return as Lady Odile Wray."' in text
    assert "Barnabas Whitlow (showrunner, not a creator)" in text
    assert yaml.safe_load(text)["facts"]["episodes"] == {"at_least": 8}
    checked = cli.invoke(args=["packs", "check", str(out)])
    assert checked.exit_code == 0, checked.output


def test_draft_of_two_disagreeing_articles_lists_the_conflict(cli, root):
    folder = root / "tests/data/articles"
    result = cli.invoke(
        args=[
            "packs",
            "draft",
            str(folder / "12-starling-quay-s2-binge-bulletin.txt"),
            str(folder / "13-starling-quay-s2-screen-static.txt"),
        ]
    )
    assert result.exit_code == 0
    assert "# CONFLICT at premiere" in result.output
    assert "premiere:" not in result.output.split("facts:")[1]
    assert "1 conflict(s) to settle" in result.output


def test_draft_refuses_local_addresses_and_missing_files(cli):
    local = cli.invoke(args=["packs", "draft", "http://127.0.0.1:5000/article"])
    assert local.exit_code == 1
    assert "private or local address" in local.output
    missing = cli.invoke(args=["packs", "draft", "no-such-article.txt"])
    assert missing.exit_code == 1
    assert "no-such-article.txt: no such file" in missing.output


@pytest.mark.parametrize("folder", ["tests/data/articles", "tests/data/articles/round-2"])
def test_the_labelled_articles_meet_the_extraction_targets(root, folder):
    score = Score()
    for expected in sorted((root / folder).glob("*.yaml")):
        for page in sorted(expected.parent.glob(expected.stem + ".*")):
            if page.suffix in (".txt", ".html"):
                got = draft_pack([read_article(page.read_bytes())]).data
                score.add(got, yaml.safe_load(expected.read_text()), page.name)
    assert score.precision() >= 0.95, score.wrong
    assert score.recall() >= 0.85, score.misses
    assert score.status_share() >= 0.90, score.misses
