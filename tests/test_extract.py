"""The article extractor, one rule at a time, on short texts written for these tests (invented
shows and people). Pure Python: no app, no database."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.extract import Article, ArticleError, draft_pack, read_article
from quiz.extract.dates import find_dates, find_period


def draft(body: str, title: str = "Larkspur Lane Season 2: Everything We Know", date: str = "2024-03-01", **more):
    return draft_pack([Article(text=body, title=title, publisher="Test Desk", date=date, **more)])


def facts(body: str, **kwargs) -> dict:
    return draft(body, **kwargs).data.get("facts", {})


def cast_row(body: str, actor: str, **kwargs) -> dict:
    return next(row for row in facts(body, **kwargs).get("cast", []) if row["actor"] == actor)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("It premieres on February 13th, 2020.", "2020-02-13"),
        ("It returns on Sunday 7th January 2024 at 9pm.", "2024-01-07"),
        ("It was renewed in December 2018.", "2018-12"),
        ("It will arrive in early 2021.", "2021"),
        ("Llegará el 14 de marzo de 2023.", "2023-03-14"),
        ("Se renovó en mayo de 2022.", "2022-05"),
    ],
)
def test_dates_keep_the_precision_the_article_states(text, iso):
    assert [found.iso for found in find_dates(text)] == [iso]


def test_a_date_without_a_year_takes_it_from_the_article_date():
    assert [found.iso for found in find_dates("announced on Tuesday, August 15th, that", base="2023-08-17")] == [
        "2023-08-15"
    ]


def test_filming_periods_in_english_and_spanish():
    assert find_period("shot in Leeds from May to September 2023.")[:2] == ("2023-05", "2023-09")
    assert find_period("rodada en Vigo entre septiembre y diciembre de 2022")[:2] == ("2022-09", "2022-12")


def test_show_and_season_come_from_the_headline():
    data = draft("Larkspur Lane returns to Pellmell TV on May 3rd, 2024. Pellmell TV has confirmed it.").data
    assert (data["show"], data["season"], data["network"]) == ("Larkspur Lane", 2, "Pellmell TV")


def test_the_shows_own_season_label_is_kept():
    data = draft("The Lanterns returns for Book Two.", title="The Lanterns: Book Two review").data
    assert (data["show"], data["season"], data["label"]) == ("The Lanterns", 2, "Book Two")


def test_premiere_renewal_and_episodes():
    found = facts(
        "Pellmell TV renewed Larkspur Lane for a second season in June 2023. "
        "Season 2 will premiere on Thursday, April 18th, 2024, and runs to nine episodes."
    )
    assert (found["premiere"], found["renewed"], found["episodes"]) == ("2024-04-18", "2023-06", 9)


def test_a_lower_bound_on_episodes_stays_a_lower_bound():
    found = facts("A listing says there will be at least eight episodes. Both previous seasons had ten.")
    assert found["episodes"] == {"at_least": 8}


def test_a_hedged_premiere_is_left_out():
    assert "premiere" not in facts("Season 2 is expected to arrive in early 2025, but that is our estimate.")


def test_another_seasons_facts_are_not_this_seasons():
    found = facts("Season 1 premiered in June 2023 and consisted of six episodes. The new season has ten episodes.")
    assert "premiere" not in found
    assert found["episodes"] == 10


def test_showrunners_and_directors_are_never_creators():
    result = draft(
        "Larkspur Lane was created by Odile Fenwright. Barnaby Coltrane has taken over as showrunner. "
        "Director Imke Halvorsen returns for the finale."
    )
    assert result.data["facts"]["creators"] == ["Odile Fenwright"]
    notes = [note["value"] for note in result.data["notes"]]
    assert notes == ["Barnaby Coltrane (showrunner, not a creator)", "Imke Halvorsen (director, not a creator)"]


def test_a_cast_table_with_columns():
    body = (
        "Role | Cast member | Where have I seen them before?\n"
        "Inspector Ruth Danby | Marisol Ekwueme-Hart | Tin Bell (as Father Bray), Quarry Road\n"
        "Silas Penn (new) | Jory Abernethy | This is his first major role\n"
    )
    rows = facts(body)["cast"]
    assert rows[0] == {
        "actor": "Marisol Ekwueme-Hart",
        "role": "Inspector Ruth Danby",
        "known_for": [{"title": "Tin Bell", "role": "Father Bray", "source": 1}, "Quarry Road"],
    }
    assert rows[1] == {"actor": "Jory Abernethy", "role": "Silas Penn", "status": "new"}


def test_a_pasted_table_that_lost_its_cell_borders():
    body = (
        "Hester Vale is the narrator this year.\n"
        "Role Cast Member Where Have I Seen Them Before?\n"
        "Narrator / Hester Vale Dorcas Pimm Argo Street | Small Hours\n"
        "Tobias Grell Anwen Castellan The Salt Road | Wicklow\n"
    )
    rows = facts(body)["cast"]
    assert rows[0] == {
        "actor": "Dorcas Pimm",
        "role": "Hester Vale",
        "known_for": ["Argo Street", "Small Hours"],
        "narrator": True,
    }
    assert (rows[1]["actor"], rows[1]["role"], rows[1]["known_for"]) == (
        "Anwen Castellan",
        "Tobias Grell",
        ["The Salt Road", "Wicklow"],
    )


@pytest.mark.parametrize(
    ("sentence", "actor", "role"),
    [
        ("Ottoline Varga (The Brass Bell) returns as Maud Ellery.", "Ottoline Varga", "Maud Ellery"),
        ("Her brother Felix Ellery, played once again by Jasper Nwosu, comes home.", "Jasper Nwosu", "Felix Ellery"),
        ("Rupert Galloway will play Inspector Hale Dunmore.", "Rupert Galloway", "Inspector Hale Dunmore"),
        ("Leopold Amankwah as Captain Tobias Wray.", "Leopold Amankwah", "Captain Tobias Wray"),
        ("Bruno Caldera vuelve a ponerse en la piel de Tomás Ferrán.", "Bruno Caldera", "Tomás Ferrán"),
    ],
)
def test_who_plays_whom_in_prose(sentence, actor, role):
    assert cast_row(sentence, actor)["role"] == role


def test_credits_in_parentheses_and_in_prose():
    body = (
        "Cosima Dray (Ninefold, Quiet Harbour) completes the trio as Agnes Ellery. "
        "Rupert Galloway will play Inspector Hale Dunmore. Galloway is best known from the procedural "
        "Cold Lantern, where he spent four years as the weary Sergeant Booth."
    )
    assert cast_row(body, "Cosima Dray")["known_for"] == ["Ninefold", "Quiet Harbour"]
    assert cast_row(body, "Rupert Galloway")["known_for"] == [
        {"title": "Cold Lantern", "role": "Sergeant Booth", "source": 1}
    ]


def test_pronouns_reach_the_actor_named_before():
    body = "Ravi Oakes as Finch, the cabin boy. You may also know him from Wicklow Nights."
    assert cast_row(body, "Ravi Oakes")["known_for"] == ["Wicklow Nights"]


@pytest.mark.parametrize(
    ("sentence", "actor", "status"),
    [
        ("Thaddeus Brandt joins season 2 as Admiral Kale.", "Thaddeus Brandt", "new"),
        ("Clementine Roe will not return as Lady Odile.", "Clementine Roe", "departed"),
        ("We're unsure if Marlowe Penrose will be back as the smuggler Jory.", "Marlowe Penrose", "unconfirmed"),
        ("Corin Blackwood is rumoured to return as Brother Anselm.", "Corin Blackwood", "unconfirmed"),
        ("Perrin Lowe is unlikely to return as Tamsin.", "Perrin Lowe", "unconfirmed"),
        ("Caspian Rook will return as Elias, but he will appear only in flashbacks.", "Caspian Rook", "flashback_only"),
        (
            "Margery Thistle, who played the late Widow Crane, may turn up in flashbacks.",
            "Margery Thistle",
            "flashback",
        ),
        ("Magnus Ferrand also returns as Kit Lenwood.", "Magnus Ferrand", None),
        ("Ximena Arbeloa, conocida por «Marea negra», no regresará como Lucía Ferrán.", "Ximena Arbeloa", "departed"),
    ],
)
def test_statuses_and_hedges(sentence, actor, status):
    row = cast_row(sentence, actor)
    assert row.get("status") == status


def test_a_hedged_fact_keeps_its_hedge_words_as_evidence():
    result = draft("Corin Blackwood is rumoured to return as Brother Anselm.")
    assert result.evidence["cast.0.status"][0].hedge.startswith("rumoured")


def test_a_hedge_in_another_clause_does_not_touch_the_actor():
    row = cast_row(
        "Oonagh Byrne also returns as his wife, Bridie Hurst, and the pair reportedly learned to fish.", "Oonagh Byrne"
    )
    assert "status" not in row


def test_filming_places_periods_and_doubts():
    body = (
        "Filming took place in Belfast from May to September 2023. "
        "The crew then spent October 2023 on the Antrim coast.\n"
        "The Aran Islands?\n"
        "Fans insist the finale was shot on the Aran Islands.\n"
    )
    assert facts(body)["filming"] == [
        {"place": "Belfast", "from": "2023-05", "to": "2023-09"},
        {"place": "Antrim coast", "from": "2023-10", "to": "2023-10"},
        {"place": "Aran Islands", "status": "unconfirmed"},
    ]


def test_there_under_a_place_heading_is_that_place():
    body = (
        "Glenmore Studios, County Wicklow\n"
        "The production moved there in October 2022 and finished there in December 2022.\n"
    )
    assert facts(body)["filming"] == [
        {"place": "Glenmore Studios", "kind": "studio", "from": "2022-10", "to": "2022-12"}
    ]


def test_every_value_has_its_sentence_as_evidence():
    result = draft("Larkspur Lane will premiere on May 3rd, 2024. Dana Quill returns as Nell Hart.")
    assert result.evidence["premiere"][0].sentence == "Larkspur Lane will premiere on May 3rd, 2024."
    assert result.evidence["cast.0.role"][0].sentence == "Dana Quill returns as Nell Hart."
    assert set(result.paths()) >= {"premiere", "cast.0.actor", "cast.0.role"}


def test_articles_that_agree_merge_and_cite_both():
    one = Article("It will premiere on May 3rd, 2024. Dana Quill returns as Nell Hart.", "Larkspur Lane Season 2", "A")
    two = Article(
        "Larkspur Lane is back on May 3, 2024. Rhys Mott joins as Tom Hart.", "Larkspur Lane Season 2 cast", "B"
    )
    result = draft_pack([one, two])
    assert result.data["facts"]["premiere"] == "2024-05-03"
    assert [e.source for e in result.evidence["premiere"]] == [1, 2]
    assert [row["actor"] for row in result.data["facts"]["cast"]] == ["Dana Quill", "Rhys Mott"]
    assert [s["publisher"] for s in result.data["sources"]] == ["A", "B"]


def test_articles_that_disagree_leave_a_conflict_with_both_values():
    one = Article(
        "It will premiere on March 4th, 2022. Dana Quill returns as Nell Hart.", "Larkspur Lane Season 2", "A"
    )
    two = Article("It is back on March 11, 2022. Dana Quill returns as Nora Hart.", "Larkspur Lane Season 2", "B")
    result = draft_pack([one, two])
    assert "premiere" not in result.data["facts"]
    assert [(e.value, e.source) for e in result.conflicts["premiere"]] == [("2022-03-04", 1), ("2022-03-11", 2)]
    assert [e.value for e in result.conflicts["cast.0.role"]] == ["Nell Hart", "Nora Hart"]
    assert "role" not in result.data["facts"]["cast"][0]


def test_a_saved_page_keeps_only_the_article_and_its_metadata(root):
    page = (root / "tests/data/articles/04-ironwake-everything-we-know.html").read_bytes()
    article = read_article(page)
    assert (article.title, article.date) == (
        "Ironwake Season 3: Release Date, Cast, Filming and Everything We Know",
        "2024-02-08",
    )
    assert "cookie" not in article.text.lower()
    assert "Thaddeus Okonkwo-Brandt" in article.text


def test_pasted_text_keeps_headline_byline_and_date():
    article = read_article(
        "Larkspur Lane Season 2 Cast\n\nBy Ana Ruiz | Test Desk\nPublished January 20, 2021\n\nBody."
    )
    assert (article.title, article.publisher, article.date, article.text) == (
        "Larkspur Lane Season 2 Cast",
        "Test Desk",
        "2021-01-20",
        "Body.",
    )


def test_a_spanish_article_is_read_as_spanish():
    body = "La serie, creada por Ana Ruiz Vidal y Pedro Gil Soto, llegará el 14 de marzo de 2023 a la plataforma."
    article = read_article("«Los faros», temporada 2\n\n" + body)
    assert article.lang == "es"
    result = draft_pack([article])
    assert result.data["facts"]["creators"] == ["Ana Ruiz Vidal", "Pedro Gil Soto"]
    assert result.data["facts"]["premiere"] == "2023-03-14"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=400), st.sampled_from(["", "2024-03-01"]))
def test_any_text_drafts_without_an_error(body, date):
    """Whatever an author pastes, the extractor returns a draft (maybe empty) and never raises."""
    headline, _, rest = body.partition("\n")
    result = draft_pack([Article(text=rest, title=headline, date=date)])
    assert set(result.paths()) >= set(result.evidence)


def test_an_article_longer_than_any_real_one_is_refused_with_a_reason():
    with pytest.raises(ArticleError, match="more than any article"):
        read_article("Larkspur Lane Season 2\n\n" + "It returns. " * 20_000)


FRAGMENTS = [
    "Dana Quill", "returns as", "Nell Hart", "(Tin Bell, Quarry Road)", ", played by", "will play", "joins season 2 as",
    "is rumoured to", "will not return as", "only in flashbacks", "Created by", "and", "Filming took place in",
    "Belfast", "from May to September 2023", "on February 13th, 2024", "in early 2021", "at least eight episodes",
    "Role | Cast member | Where have I seen them before?", "|", "\n", ". ", "Where have I seen her before?", "—", "«",
    "»", "Season 2", "Book Two", "se suma al reparto como", "el 14 de marzo de 2023", "there", "Studios",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=60))
def test_rule_shaped_text_drafts_without_an_error(parts):
    """Fragments of the very phrases the rules look for, in any order, never make the extractor raise."""
    result = draft_pack([read_article("Larkspur Lane Season 2\n\n" + " ".join(parts))])
    assert all(path.split(".")[0] in {"show", "season", "label", "network", "premiere", "renewed", "episodes",
                                      "creators", "cast", "filming"} for path in result.paths())  # fmt: skip
