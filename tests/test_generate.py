"""Facts → questions, with no app and no database."""

import re
from datetime import datetime

import pytest

from quiz.core.generate import coverage, generate
from quiz.core.matching import matches
from quiz.core.packfile import parse_pack, read_packs
from quiz.core.world import Pool, World, load_pool

ROOT_POOL = "questions/pools"
UNCERTAIN = ("Alyssa Diaz", "Wagner Moura", "Michael Peña", "Mika Camarena", "Kiki Camarena", "Pablo Escobar")


@pytest.fixture(scope="module")
def shipped_pool(request):
    return load_pool(request.config.rootpath / ROOT_POOL)


@pytest.fixture(scope="module")
def seed(request, shipped_pool):
    pack = read_packs([request.config.rootpath / "questions" / "narcos-mexico-s2.yaml"])[0]
    world = World([pack], shipped_pool)
    questions, skips = generate(pack, world)
    return pack, world, questions, skips


def by_kind(questions, kind):
    found = [q for q in questions if q.kind == kind]
    assert found, f"no {kind} question"
    return found


def pack_text(facts: str, top: str = "") -> str:
    return (
        "slug: demo-s2\ntitle: Demo\nshow: Demo\nseason: 2\nnetwork: Netflix\n"
        f"{top}sources: [{{title: A report, publisher: Example News}}]\nfacts:\n{facts}"
    )


def test_seed_pack_asks_every_certain_fact(seed):
    pack, _, questions, skips = seed
    kinds = {q.kind for q in questions}
    assert {"role_actor", "actor_role", "known_for", "premiere", "renewed", "filming_place"} <= kinds
    assert {"creator", "narrator", "new_cast", "setting", "true_false", "typed_actor"} <= kinds
    asked, missed = coverage(pack, questions, skips)
    assert not missed and len(asked) > 50


def test_options_are_unique_hold_the_answer_and_cite_the_source(seed):
    for q in seed[2]:
        for options in q.sets:
            assert len({o.casefold() for o in options}) == len(options), q
            assert options.count(q.answer) == 1, q
        assert q.citation and set(q.citation.splitlines()) <= {s.citation() for s in seed[0].sources}, q
        assert q.extras or q.kind == "custom", q


def test_uncertain_facts_are_never_keyed_or_offered(seed):
    _, _, questions, skips = seed
    for q in questions:
        assert not any(name in q.answer for name in UNCERTAIN), q
        if q.kind.startswith("filming"):
            assert "Guadalajara" not in {o for s in q.sets for o in s}, q
    skipped = {s.fact for s in skips}
    assert {"cast[Alyssa Diaz]", "cast[Michael Peña]", "filming[Guadalajara]"} <= skipped
    assert not [q for q in questions if q.kind in ("episodes", "not_in_cast")]


def test_options_belong_together(seed):
    pack, world, questions, _ = seed
    women = {m.actor for m in pack.cast if m.pronouns == "she"}
    for q in by_kind(questions, "role_actor"):
        sexes = {
            o in women | {"Kate del Castillo", "Eiza González", "Stephanie Sigman", "Adriana Barraza"}
            for o in q.options
        }
        assert len(sexes) == 1, q.options
    for q in by_kind(questions, "known_for"):
        media = {world.entry("titles", o).kind for s in q.sets for o in s}
        assert len(media) == 1, q.sets
    [place] = by_kind(questions, "filming_place")
    assert {world.entry("places", o).kind for s in place.sets for o in s} == {"city"}
    assert not {"Bogotá", "Madrid", "Lisbon"} & {o for s in place.sets for o in s}  # other countries' cities


def test_role_questions_match_the_cast(seed):
    pack, _, questions, _ = seed
    roles = {m.actor: m.role for m in pack.cast}
    for q in by_kind(questions, "role_actor"):
        role = re.match(r"Who plays (.+) in season 2 of Narcos: Mexico\?", q.prompt).group(1)
        assert roles[q.answer] == role
        assert all(roles.get(o) != role for s in q.sets for o in s if o != q.answer)


def test_names_keep_accents_and_quotes(seed):
    text = " ".join(q.prompt + " ".join(q.options) for q in seed[2])
    assert "Joaquín ‘El Chapo’ Guzmán" in text and "Miguel Ángel Félix Gallardo" in text


def test_every_credit_is_asked_and_never_a_wrong_option_for_its_actor(seed):
    pack, _, questions, skips = seed
    credits = {m.actor: {c.title for c in m.known_for} for m in pack.cast}
    # "We profile Rogue One's Diego Luna" on the pack's page gives that one away.
    given_away = {s.fact.split("|")[1].rstrip("]") for s in skips if s.fact.startswith("credit[")}
    assert given_away == {"Rogue One", "Dirty Dancing: Havana Nights", "Mad Men", "We Go On"}
    asked = set()
    for q in by_kind(questions, "known_for"):
        actor = re.match(r"Which of these \w+(?: \w+)? was (.+) also in\?", q.prompt).group(1)
        assert q.answer in credits[actor]
        assert not {o for s in q.sets for o in s if o != q.answer} & credits[actor]
        asked.add(q.answer)
    assert asked == set().union(*credits.values()) - given_away


def test_dates_sit_in_every_position_and_respect_the_other_dates(seed):
    pack, _, questions, skips = seed
    [premiere] = by_kind(questions, "premiere")
    assert premiere.answer == "13 February 2020"
    for options in premiere.sets:
        days = [datetime.strptime(o, "%d %B %Y") for o in options]
        assert days == sorted(days)
        # Every explanation cites an article titled "…in February 2020": every option is in February.
        assert {d.month for d in days} == {2}
    assert {s.index(premiere.answer) for s in premiere.sets} == {0, 1, 2, 3}
    # The cited article's title gives the month, so "premiered in February 2020" is not asked.
    assert "premiere.false" in {s.fact for s in skips}
    [renewed] = by_kind(questions, "renewed")
    assert renewed.answer == "December 2018"
    assert {s.index(renewed.answer) for s in renewed.sets} == set(range(len(renewed.options)))
    for options in renewed.sets:
        months = [datetime.strptime(o, "%B %Y") for o in options]
        assert months == sorted(months) and all(m < datetime(2020, 2, 1) for m in months)


def test_single_narrator_and_new_cast(seed):
    _, _, questions, _ = seed
    assert by_kind(questions, "narrator")[0].answer == "Scoot McNairy"
    assert by_kind(questions, "new_cast")[0].answer == "Jero Medina"


def test_same_seed_same_questions_and_another_seed_differs(seed):
    pack, world, _, _ = seed
    assert generate(pack, world, seed=7) == generate(pack, world, seed=7)
    assert generate(pack, world, seed=7)[0] != generate(pack, world, seed=8)[0]


def test_replays_differ_but_the_answer_and_prompt_do_not(seed):
    for q in seed[2]:
        if q.typed or q.type == "boolean":
            continue
        assert len(q.sets) >= 4 and len(set(q.sets)) > 1, q.key


def test_an_actor_in_two_roles_gets_a_question_per_role_with_unique_keys():
    pack = parse_pack(
        pack_text(
            "  cast:\n"
            "    - {actor: Ana Twin, pronouns: she, role: Ada}\n"
            "    - {actor: Ana Twin, pronouns: she, role: Eva}\n"
            "    - {actor: Bea One, pronouns: she, role: Ida}\n"
            "    - {actor: Cy Two, pronouns: she, role: Una}\n"
        ),
        "twin.yaml",
    )
    questions, _ = generate(pack)
    keys = [q.key for q in questions]
    assert len(keys) == len(set(keys))
    assert {q.about["role"] for q in questions if q.kind == "role_actor" and q.answer == "Ana Twin"} == {"Ada", "Eva"}


def test_not_in_the_cast_is_asked_only_of_complete_casts_or_departed_actors():
    cast = "".join(f"    - {{actor: {n} Lee, pronouns: he, role: R{n}}}\n" for n in ("Al", "Bo", "Cy", "Di"))
    pool = Pool.of(actors=[{"name": "Ed Out", "pronouns": "he", "country": ["Spain"]}])
    partial = parse_pack(pack_text("  cast:\n" + cast, "country: [Spain]\n"), "p.yaml")
    assert not [q for q in generate(partial, World([partial], pool))[0] if q.kind in ("not_in_cast", "departed")]
    complete = parse_pack(pack_text("  cast_complete: true\n  cast:\n" + cast, "country: [Spain]\n"), "c.yaml")
    [q] = [q for q in generate(complete, World([complete], pool))[0] if q.kind == "not_in_cast"]
    assert q.answer == "Ed Out"
    gone = parse_pack(
        pack_text("  cast:\n" + cast + "    - {actor: Fy Gone, pronouns: he, status: departed}\n"), "g.yaml"
    )
    [q] = [q for q in generate(gone)[0] if q.kind == "departed"]
    assert q.answer == "Fy Gone" and "NOT return" in q.prompt


def test_prompts_use_the_shows_own_season_label_and_typed_answers_take_aliases():
    pack = parse_pack(
        pack_text(
            "  cast:\n"
            "    - {actor: Úrsula ‘Tokio’ Corberó, pronouns: she, role: Tokio, aliases: [Ursula Corbero]}\n"
            "    - {actor: Bea One, pronouns: she, role: Ida}\n    - {actor: Cy Two, pronouns: she, role: Una}\n",
            "label: Part 3\n",
        ),
        "label.yaml",
    )
    questions, _ = generate(pack)
    assert all("season 2" not in q.prompt.lower() for q in questions)
    assert any("Part 3 of Demo" in q.prompt for q in questions)
    [typed] = [q for q in questions if q.kind == "typed_actor" and q.answer.startswith("Úrsula")]
    for alias in ("Ursula Corbero", "Úrsula Corberó", "Tokio"):
        assert any(matches(alias, name) for name in (typed.answer, *typed.aliases)), alias


def test_order_is_asked_only_where_it_is_not_implied():
    pack = parse_pack(
        pack_text(
            "  renewed: 2018-01\n  premiere: 2020-05-01\n  cast: [{actor: Al Lee, role: Al}]\n"
            "  filming: [{place: Oslo, from: 2019-01}, {place: Bergen, from: 2019-03}]\n"
        ),
        "order.yaml",
    )
    questions, _ = generate(pack)
    [first] = [q for q in questions if q.kind == "which_first"]
    assert set(first.options) == {"Filming began in Oslo", "Filming began in Bergen"}
    assert first.answer == "Filming began in Oslo" and first.difficulty == "hard"
    assert not [q for q in questions if "Renewed" in " ".join(q.options)]


def test_richer_facts_make_their_own_questions():
    cast = (
        "    - {actor: Ana Lee, pronouns: she, role: Mia, relations: [wife of Tom], based_on: Ann Real,"
        " known_for: [{title: Film A, medium: film, role: Nurse}, {title: Film B, medium: film}]}\n"
        "    - {actor: Bo Lee, pronouns: he, role: Tom}\n"
        "    - {actor: Cy Lee, pronouns: she, role: Kim}\n    - {actor: Di Lee, pronouns: she, role: Lou}\n"
        "    - {actor: Ed Lee, pronouns: he, status: flashback_only}\n"
        "    - {actor: Fy Lee, pronouns: he, role: Sam}\n    - {actor: Gu Lee, pronouns: he, role: Raf}\n"
    )
    pack = parse_pack(pack_text("  episodes: {at_least: 8}\n  cast:\n" + cast), "rich.yaml")
    questions, _ = generate(pack)
    [relation] = [q for q in questions if q.kind == "relation"]
    assert relation.answer == "Mia" and set(relation.options) == {"Mia", "Kim", "Lou"}
    statements = {q.prompt: q.answer for q in questions if q.kind == "true_false"}
    assert statements["True or false? Season 2 of Demo has at least 8 episodes."] == "True"
    assert statements["True or false? Ana Lee played Nurse in Film A."] == "True"
    assert statements["True or false? Ana Lee played Nurse in Film B."] == "False"
    assert [q.answer for q in questions if q.kind == "flashback_only"] == ["Ed Lee"]


def test_distractors_fit_the_show(shipped_pool, seed):
    narcos = seed[0]
    british = parse_pack(
        pack_text(
            "  cast:\n"
            + "".join(f"    - {{actor: {n} Smith, pronouns: he, role: R{n}, known_for: [T{n}]}}\n" for n in "ABC"),
            "country: [United Kingdom]\n",
        ),
        "spy.yaml",
    )
    questions, _ = generate(british, World([narcos, british], shipped_pool))
    offered = {o for q in questions for s in q.sets for o in s}
    assert not offered & ({m.actor for m in narcos.cast} | {"Dirty Dancing: Havana Nights", "Pedro Pascal"})


def test_two_co_creators_of_one_show_are_never_offered_together():
    pool = Pool.of(
        people=[
            {"name": n, "pronouns": "he", "country": ["Spain"], "group": g}
            for n, g in (("Al A", "One"), ("Bo B", "One"), ("Cy C", "One"), ("Di D", "Two"), ("Ed E", "Three"))
        ]
    )
    pack = parse_pack(
        pack_text("  creators: [{name: Zé Z, pronouns: he}]\n  cast: [{actor: X Y}]\n", "country: [Spain]\n"), "c.yaml"
    )
    [q] = [q for q in generate(pack, World([pack], pool))[0] if q.kind == "creator"]
    for options in q.sets:
        assert len({o for o in options if o in ("Al A", "Bo B", "Cy C")}) <= 1, options


def test_a_fact_with_too_few_candidates_is_skipped_not_padded():
    pack = parse_pack(pack_text("  cast: [{actor: Test Person, role: Somebody}]\n"), "x.yaml")
    questions, skips = generate(pack)
    assert not [q for q in questions if q.kind == "role_actor"]
    assert any("fair wrong option" in s.reason for s in skips)


def test_exact_episode_counts_are_asked_with_ordered_numbers():
    pack = parse_pack(pack_text("  episodes: 10\n  cast: [{actor: Test Person}]\n"), "x.yaml")
    [q] = [q for q in generate(pack)[0] if q.kind == "episodes"]
    assert q.answer == "10" and all(list(s) == sorted(s, key=int) for s in q.sets)


def test_handwritten_questions_are_played_too():
    text = (
        pack_text("  cast: [{actor: Test Person}]\n")
        + "questions:\n  - {prompt: 'Which letter comes second?', answer: B, wrong: [A, C]}\n"
    )
    [q] = [q for q in generate(parse_pack(text, "x.yaml"))[0] if q.kind == "custom"]
    assert sorted(q.options) == ["A", "B", "C"] and q.answer == "B"


def test_who_an_actor_played_in_another_title_is_asked_among_that_titles_peers(seed):
    pack, _, questions, _ = seed
    [zorro] = [q for q in questions if q.kind == "credit_role" and q.about["title"] == "The Mask of Zorro"]
    assert zorro.prompt == "Who did Matt Letscher play in The Mask of Zorro?"
    assert zorro.answer == "Captain Harrison Love" and "MovieTickets.com" in zorro.citation
    played = {c.role for m in pack.cast if m.pronouns == "he" for c in m.known_for if c.role}
    assert {o for s in zorro.sets for o in s} <= played
