"""`packs lint` finds what a quiz master would object to: each flaw planted in the shipped pack's
questions fails lint with a message naming the question and the rule it breaks."""

from dataclasses import replace

import pytest

from quiz.core.generate import generate
from quiz.core.lint import lint, near_duplicate_questions
from quiz.core.matching import matches
from quiz.core.packfile import parse_pack, read_packs
from quiz.core.world import World, load_pool


@pytest.fixture(scope="module")
def seed(request):
    root = request.config.rootpath
    pack = read_packs([root / "questions" / "narcos-mexico-s2.yaml"])[0]
    world = World([pack], load_pool(root / "questions" / "pools"))
    return pack, world, generate(pack, world)[0]


def findings(seed, *questions, pack=None):
    return [str(f) for f in lint(pack or seed[0], list(questions), seed[1])]


def one(seed, kind, **where):
    return next(q for q in seed[2] if q.kind == kind and all(getattr(q, k) == v for k, v in where.items()))


def flagged(found, key, rule, text=""):
    return any(f"{key}: [{rule}]" in f and text in f for f in found)


def test_the_seed_pack_is_clean_and_broad(seed):
    pack, world, questions = seed
    assert lint(pack, questions, world) == []
    assert near_duplicate_questions([(pack, questions)]) == []
    assert len({q.kind for q in questions}) >= 12


def test_flaw_1_an_answer_stuck_in_one_position(seed):
    q = one(seed, "premiere")
    middle = [s for s in q.sets if s.index(q.answer) == 1]
    stuck = replace(q, option_sets=tuple(middle * len(q.sets)))
    assert flagged(findings(seed, stuck), q.key, "answer-position", "equally often")
    tf = [q for q in seed[2] if q.topic == "tf:premiere" or q.topic == "tf:renewed"]
    always_true = [t for t in tf if t.answer == "True"]
    assert any("[answer-position]" in f for f in findings(seed, *always_true))


def test_flaw_2_options_that_do_not_belong_together(seed):
    q = one(seed, "role_actor", answer="Teresa Ruiz")
    with_a_man = tuple(tuple("Diego Luna" if o == s[-1] and o != q.answer else o for o in s) for s in q.sets)
    assert flagged(findings(seed, replace(q, option_sets=with_a_man)), q.key, "mixed-options", "Diego Luna (he)")
    film = one(seed, "known_for", answer="12 Years a Slave")
    with_a_series = tuple(
        (*s[:-1], "Mad Men") if s[-1] != film.answer else (*s[:-2], "Mad Men", s[-1]) for s in film.sets
    )
    assert flagged(findings(seed, replace(film, option_sets=with_a_series)), film.key, "mixed-options", "series")
    place = one(seed, "filming_place")
    abroad = tuple(tuple("Bogotá" if o == "Oaxaca" else o for o in s) for s in place.sets)
    found = findings(seed, replace(place, option_sets=abroad))
    assert flagged(found, place.key, "mixed-options", "another country")
    us = tuple(tuple("Albuquerque" if o == "Oaxaca" else o for o in s) for s in place.sets)
    assert flagged(findings(seed, replace(place, option_sets=us)), place.key, "mixed-options", "not in Mexico")


def test_flaw_2_two_co_creators_of_one_show(seed):
    pack, world, _ = seed
    q = one(seed, "creator", answer="Carlo Bernard")
    partner = replace(world.entry("people", "Peter Gould"), name="Vince Gilligan")
    world.entries["people"]["vince gilligan"] = [partner]
    try:
        pair = replace(q, option_sets=(("Carlo Bernard", "Vince Gilligan", "Peter Gould", "Tom Fontana"),))
        assert flagged(findings(seed, pair), q.key, "mixed-options", "one other show (Better Call Saul)")
    finally:
        del world.entries["people"]["vince gilligan"]


def test_flaw_3_an_order_common_sense_gives(seed):
    q = one(seed, "role_actor")
    implied = replace(
        q,
        kind="which_first",
        type="event",
        options=("Renewed for season 2", "Season 2 premiered"),
        option_sets=(),
        answer="Renewed for season 2",
        about={"events": [["Renewed for season 2", "2018-12"], ["Season 2 premiered", "2020-02-13"]]},
    )
    assert any("[implied-order]" in f for f in findings(seed, implied))


def test_flaw_4_wrong_dates_the_packs_own_dates_rule_out(seed):
    q = one(seed, "premiere")
    early = tuple(tuple("13 November 2018" if o == s[-1] and o != q.answer else o for o in s) for s in q.sets)
    assert flagged(findings(seed, replace(q, option_sets=early)), q.key, "ruled-out", "13 November 2018")
    pack = parse_pack(
        "slug: demo-s2\ntitle: Demo\nshow: Demo\nseason: 2\nnetwork: Netflix\n"
        "sources: [{title: A report, publisher: Example News}]\nfacts:\n  premiere: 2020-05\n  renewed: 2018-06\n"
        "  cast: [{actor: Al Lee}]\n  filming: [{place: Oslo, from: 2019-01, to: 2019-06}]\n",
        "demo.yaml",
    )
    world = World([pack])
    [period] = [q for q in generate(pack, world)[0] if q.kind == "filming_period"]
    assert not lint(pack, [period], world)
    late = tuple(tuple("March–August 2020" if o != period.answer else o for o in s) for s in period.sets)
    found = [str(f) for f in lint(pack, [replace(period, option_sets=late)], world)]
    assert flagged(found, period.key, "ruled-out", "before the premiere")


def test_flaw_5_one_question_giving_away_another(seed):
    who = one(seed, "role_actor", answer="Scoot McNairy")
    credit = one(seed, "known_for", answer="12 Years a Slave")
    undeclared = replace(credit, reveals=tuple(r for r in credit.reveals if not r.startswith("name:")))
    assert flagged(findings(seed, who, undeclared), who.key, "leak", "names 'Scoot McNairy'")
    assert not findings(seed, who, credit)  # declared: the dealer keeps them apart


def test_flaw_6_two_questions_with_one_key(seed):
    q = one(seed, "role_actor")
    assert flagged(findings(seed, q, q), q.key, "duplicate-key", "could not be stored")


def test_flaw_7_not_in_the_cast_beyond_the_source(seed):
    q = one(seed, "new_cast")
    outsider = replace(
        q, kind="not_in_cast", answer="Pedro Pascal", options=("Pedro Pascal", *q.options[1:]), option_sets=()
    )
    assert flagged(findings(seed, outsider), outsider.key, "beyond-source", "complete")


def test_flaw_8_season_label_and_aliases(seed):
    pack = seed[0]
    q = one(seed, "role_actor")
    assert flagged(findings(seed, q, pack=replace(pack, label="Part 2")), q.key, "season-label", "Part 2")
    typed = one(seed, "typed_actor", answer="Diego Luna")
    cast = tuple(replace(m, aliases=("Diego Luna Alcalá",)) if m.actor == "Diego Luna" else m for m in pack.cast)
    assert flagged(findings(seed, typed, pack=replace(pack, cast=cast)), typed.key, "alias", "Diego Luna Alcalá")
    assert matches("Diego Luna Alcala", "Diego Luna Alcalá")


def test_flaw_9_an_explanation_that_only_restates(seed):
    q = one(seed, "network") if any(q.kind == "network" for q in seed[2]) else one(seed, "setting")
    assert flagged(findings(seed, replace(q, extras=())), q.key, "restating-explanation", "only restates")
    assert flagged(findings(seed, replace(q, citation="")), q.key, "restating-explanation", "cite")


def test_flaw_10_difficulty_set_by_kind_not_by_options(seed):
    q = one(seed, "premiere")
    assert q.difficulty == "hard"  # every wrong date is within a few days
    assert flagged(findings(seed, replace(q, difficulty="easy")), q.key, "difficulty", "make it hard")
    far = replace(
        one(seed, "role_actor"),
        kind="which_first",
        type="event",
        options=("Filming began in Oslo", "Filming began in Bergen"),
        option_sets=(),
        answer="Filming began in Oslo",
        difficulty="hard",
        about={"events": [["Filming began in Oslo", "2016-01"], ["Filming began in Bergen", "2019-06"]]},
    )
    assert any("[difficulty] rated hard, but its wrong options make it easy" in f for f in findings(seed, far))


def test_a_true_distractor_is_caught(seed):
    q = one(seed, "role_actor")
    wrong = next(o for o in q.options if o != q.answer)
    found = findings(seed, replace(q, answer=wrong))
    assert any("[untrue]" in f and "is not certainly true" in f for f in found)


def test_an_uncertain_fact_as_distractor_is_caught(seed):
    q = one(seed, "filming_place")
    sets = tuple(tuple("Guadalajara" if o == s[0] and o != q.answer else o for o in s) for s in q.sets)
    assert any("'Guadalajara' is possibly true" in f for f in findings(seed, replace(q, option_sets=sets)))


def test_duplicates_types_and_counts_are_caught(seed):
    q = one(seed, "role_actor")
    assert any("appears in the question" in f for f in findings(seed, replace(q, prompt=f"Is it {q.answer}?")))
    dupe = replace(q, option_sets=((q.options[0], q.options[0], *q.options[2:]),))
    assert any("two options are the same" in f for f in findings(seed, dupe))
    mixed = replace(q, option_sets=((*q.options[:3], "13 February 2020"),))
    assert any("'13 February 2020' does not fit the question's type (actor)" in f for f in findings(seed, mixed))
    assert any("needs at least 3" in f for f in findings(seed, replace(q, option_sets=(q.options[:2],))))


def test_ungrammatical_templates_are_caught(seed):
    q = one(seed, "setting")
    for prompt, expected in [
        ("Which {city} is it?", "placeholder"),
        ("Who is a actor in it?", "wrong article"),
        ("Which which city is it?", "repeats a word"),
        ("which city is it?", "lowercase"),
        ("Which city is it", "does not end"),
        ("Which city  is it?", "stray spaces"),
    ]:
        assert any(expected in f for f in findings(seed, replace(q, prompt=prompt))), prompt


def test_near_duplicate_questions_are_caught(seed):
    pack, _, _ = seed
    q = one(seed, "setting")
    twin = replace(q, fact="elsewhere", topic="elsewhere", asks=(), reveals=(), type="text")
    assert near_duplicate_questions([(pack, [q, twin])])


def test_lint_command_passes_on_shipped_packs_and_fails_on_findings(cli, tmp_path, request):
    shipped = request.config.rootpath / "questions"
    result = cli.invoke(args=["packs", "lint", str(shipped)])
    assert result.exit_code == 0 and result.output.startswith("no findings in"), result.output
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (shipped / "narcos-mexico-s2.yaml").read_text(encoding="utf-8")
        + "questions:\n  - {prompt: 'Which letter comes second', answer: B, wrong: [A, C]}\n"
    )
    result = cli.invoke(args=["packs", "lint", str(bad)])
    assert (
        result.exit_code == 1
        and "custom:questions[0]: [grammar] the question does not end with '?' or '.'" in result.output
    )


def test_a_pack_for_another_show_gives_true_and_fair_questions(cli, request):
    root = request.config.rootpath
    other = root / "tests" / "data" / "harbour-lights-s3.yaml"
    result = cli.invoke(args=["packs", "lint", str(other), str(root / "questions" / "narcos-mexico-s2.yaml")])
    assert result.exit_code == 0, result.output
    checked = cli.invoke(args=["packs", "check", str(other)])
    assert "skipped cast[Kwame Asante]" in checked.output and "skipped filming[Bergen]" in checked.output
    assert "Ingrid Håland" in checked.output and "Morgenrød" in checked.output
