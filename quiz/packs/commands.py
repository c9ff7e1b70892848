"""`flask packs check|lint|import|draft`: validate pack files, load them, draft one from articles."""

from __future__ import annotations

import json
from pathlib import Path

import click
from flask.cli import AppGroup

from ..core.generate import coverage, generate
from ..core.lint import lint, near_duplicate_questions
from ..core.pack import PackError
from ..core.packfile import read_packs
from ..core.questions import full_explanation
from .pipeline import import_files, world

packs_cli = AppGroup("packs", help="Validate and import question packs.")
paths_argument = click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))


def _or_fail(step, paths: tuple[Path, ...]):
    """Run a pipeline step on the files; a PackError is printed, one `file:line` problem a line, and exits 1."""
    try:
        return step(list(paths))
    except PackError as error:
        for problem in error.problems:
            click.echo(f"error: {problem}", err=True)
        raise SystemExit(1) from None


@packs_cli.command("check")
@paths_argument
@click.option("--json", "as_json", is_flag=True, help="Print the questions as a JSON list.")
@click.option("--seed", default=0, show_default=True, help="Seed for option order and distractor choice.")
def check(paths: tuple[Path, ...], as_json: bool, seed: int) -> None:
    """Validate packs (files or folders) and print the questions they generate."""
    packs = _or_fail(read_packs, paths)
    judged = world(packs, with_stored=False)
    generated = [(pack, *generate(pack, judged, seed)) for pack in packs]
    if as_json:
        items = [
            {
                "pack": pack.slug,
                "kind": q.kind,
                "prompt": q.prompt,
                "options": list(q.options),
                "answer": q.answer,
                "difficulty": q.difficulty,
                "fact": q.fact,
                "option_sets": [list(o) for o in q.sets],
                "explanation": full_explanation(q, q.extras[0] if q.extras else None),
            }
            for pack, questions, _ in generated
            for q in questions
        ]
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    for pack, questions, skips in generated:
        kinds = len({q.kind for q in questions})
        click.secho(f"{pack.origin}: {pack.slug}: {len(questions)} questions of {kinds} kinds", bold=True)
        for number, q in enumerate(questions, 1):
            sets = f", {len(q.sets)} option sets" if len(q.sets) > 1 else ""
            click.echo(f"{number:3}. [{q.kind}, {q.difficulty}{sets}] {q.prompt}")
            for option in q.options:
                mark = "*" if option == q.answer else " "
                click.echo(f"       {mark} {option}")
            click.echo(f"       → {full_explanation(q, q.extras[0] if q.extras else None)}")
        for skip in skips:
            click.echo(f"  skipped {skip.fact}: {skip.reason}")
        asked, missed = coverage(pack, questions, skips)
        share = len(asked) / ((len(asked) + len(missed)) or 1)
        click.echo(f"  coverage: {len(asked)} of {len(asked) + len(missed)} certain facts asked ({share:.0%})")
        for fact in sorted(missed):
            click.echo(f"  not asked: {fact}")


@packs_cli.command("lint")
@paths_argument
def lint_command(paths: tuple[Path, ...]) -> None:
    """Check every generated question for untrue, unfair or ungrammatical content."""
    packs = _or_fail(read_packs, paths)
    judged = world(packs, with_stored=False)
    generated = [(pack, generate(pack, judged)[0]) for pack in packs]
    findings = [f for pack, questions in generated for f in lint(pack, questions, judged)]
    findings += near_duplicate_questions(generated)
    for finding in findings:
        click.echo(f"finding: {finding}", err=True)
    total = sum(len(questions) for _, questions in generated)
    kinds = len({q.kind for _, questions in generated for q in questions})
    if findings:
        click.echo(f"{len(findings)} finding(s) in {total} questions", err=True)
        raise SystemExit(1)
    click.echo(f"no findings in {total} questions of {kinds} kinds from {len(packs)} pack(s)")


@packs_cli.command("import")
@paths_argument
def import_command(paths: tuple[Path, ...]) -> None:
    """Load packs (files or folders) into the database, all in one transaction."""
    report = _or_fail(import_files, paths)
    for pack, active, retired in report:
        note = f", {retired} retired" if retired else ""
        click.echo(f"imported {pack.slug}: {active} questions{note}")


@packs_cli.command("draft")
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the YAML here.")
def draft_command(sources: tuple[str, ...], output: Path | None) -> None:
    """Draft a pack from articles about one season: files (text or saved HTML) or http(s) URLs.

    Prints pack YAML with each value's evidence sentence in a comment above it. Several articles
    merge into one draft; where they disagree, the field is left out and both values are listed.
    """
    from ..extract import ArticleError, draft_pack, draft_yaml, read_article

    articles = []
    for source in sources:
        try:
            articles.append(read_article(_article_bytes(source), url=source if "://" in source else ""))
        except ArticleError as error:
            raise click.ClickException(f"{source}: {error}") from None
    draft = draft_pack(articles)
    text = draft_yaml(draft)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
    found = f"{len(draft.evidence)} values drafted from {len(articles)} article(s)"
    conflicts = f", {len(draft.conflicts)} conflict(s) to settle" if draft.conflicts else ""
    click.echo(f"{found}{conflicts}. Check each one against its evidence before publishing.", err=True)


def _article_bytes(source: str) -> bytes:
    from ..core.limits import MAX_ARTICLE_BYTES
    from .fetch import FetchError, fetch_article

    if "://" in source:
        try:
            return fetch_article(source).text.encode("utf-8")
        except FetchError as error:
            raise click.ClickException(f"{source}: {error}") from None
    path = Path(source)
    if not path.is_file():
        raise click.ClickException(f"{source}: no such file")
    if path.stat().st_size > MAX_ARTICLE_BYTES:
        raise click.ClickException(f"{source}: larger than {MAX_ARTICLE_BYTES // 1_000_000} MB, not an article")
    return path.read_bytes()
