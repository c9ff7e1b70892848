"""Starting a pack from articles: the start form, the draft beside its evidence, the review gate, publishing."""

from __future__ import annotations

import html
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import ArticleDraft, Pack
from quiz.packs.fetch import Fetched

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
MERIDIAN = "02-meridian-hollow-prose.txt"
STARLING = [
    (ARTICLES / name).read_text(encoding="utf-8")
    for name in ("12-starling-quay-s2-binge-bulletin.txt", "13-starling-quay-s2-screen-static.txt")
]
PREMIERE_SENTENCE = "will return for its third season on Sunday, October 9th, 2022"


def article(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


class FormReader(HTMLParser):
    """The pack form's fields as a browser would submit them, unchanged."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields: dict[str, list[str]] = {}
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name and a.get("type") != "file":
            if a.get("type") in ("checkbox", "radio"):
                if "checked" in a:
                    self.fields.setdefault(name, []).append(a.get("value", "y"))
            elif a.get("type") != "submit":
                self.fields[name] = [a.get("value", "")]
        elif tag == "select":
            self._select = name
            self.fields[name] = []
        elif tag == "option" and self._select and "selected" in a:
            self.fields[self._select] = [a.get("value", "")]
        elif tag == "textarea":
            self._textarea = name
            self.fields[name] = [""]

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea][0] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def form_of(page: str) -> dict[str, list[str]]:
    start = page.index('<form id="pack-form"')
    reader = FormReader()
    reader.feed(page[start : page.index("</form>", start)])
    return reader.fields


def slug_of(page: str) -> str:
    return re.search(r'id="slug" name="slug" type="text" value="([^"]+)"', page)[1]


def accept_marks(page: str) -> list[str]:
    return re.findall(r'name="accept" value="([^"]+)"', page)


@pytest.fixture
def start(client, auth, csrf):
    """Sign up, post the start form with these fields (or articles' texts); returns the response."""
    auth.sign_up()

    def post(*texts: str, **fields):
        page = client.get("/author/articles/new")
        data = {"csrf_token": csrf(page.text), **{f"articles-{i}-text": t for i, t in enumerate(texts)}, **fields}
        return client.post("/author/articles/new", data=data, content_type="multipart/form-data")

    return post


@pytest.fixture
def draft(client, start):
    """A draft started from the Meridian Hollow article: (its address, its page)."""
    response = start(article(MERIDIAN))
    assert response.status_code == 303, response.text
    url = response.headers["Location"].replace("http://cliffhanger.test", "")
    return url, client.get(url).text


def post_draft(client, url: str, page: str, action: str = "save", accept=None, headers=None, **changes):
    """Post the draft form as shown on `page`, with `accept` marks (None keeps the page's) and field changes."""
    data = form_of(page)
    if accept is not None:
        data["accept"] = list(accept)
    data.update({k: [v] if isinstance(v, str) else v for k, v in changes.items()})
    data["action"] = [action]
    return client.post(url, data=data, headers=headers or {})


def drafts_count(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(ArticleDraft))


def test_pasted_text_opens_the_editor_with_each_value_beside_its_sentence(app, client, draft):
    url, page = draft
    assert re.fullmatch(r"/author/drafts/\d+", url)
    assert 'id="premiere" name="premiere" type="text" value="2022-10-09"' in page
    premiere = page[page.index('id="premiere"') : page.index('id="renewed"')]
    assert PREMIERE_SENTENCE in premiere and "Source 1: The Reel Dispatch" in premiere
    assert "Not reviewed yet" in premiere
    total = len(accept_marks(page))
    assert total >= 10
    assert re.search(rf'<a href="#fact-[\w-]+">{total} of {total} extracted facts still to review</a>', page)
    assert re.search(r'id="title" name="title" type="text" value="[^"]+ — Season 3"', page)
    assert drafts_count(app) == 1


def test_an_uploaded_saved_page_is_read_without_its_chrome(client, start):
    raw = (ARTICLES / "04-ironwake-everything-we-know.html").read_bytes()
    response = start(**{"articles-0-file": (io.BytesIO(raw), "ironwake.html")})
    assert response.status_code == 303, response.text
    page = client.get(response.headers["Location"]).text
    assert 'id="show" name="show" type="text" value="Ironwake"' in page
    assert "Spoiler Almanac" in page
    assert "cookie" not in html.unescape(page).lower()


def test_a_file_must_be_a_page_or_text_in_utf8(app, start):
    wrong_type = start(**{"articles-0-file": (io.BytesIO(b"%PDF-1.4"), "article.pdf")})
    assert wrong_type.status_code == 422
    error = r'id="articles-0-file-error"><p class="error">article.pdf is not a .html, .htm or .txt'
    assert re.search(error, wrong_type.text)
    latin1 = start(**{"articles-0-file": (io.BytesIO("Saison 2 arrive en février".encode("latin-1")), "a.txt")})
    assert latin1.status_code == 422 and "a.txt is not UTF-8 text" in latin1.text
    assert drafts_count(app) == 0


def test_a_private_address_is_refused_beside_the_url_field(app, start):
    response = start(**{"articles-0-url": "http://127.0.0.1/"})
    assert response.status_code == 422
    text = re.sub(r"\s+", " ", response.text)
    assert re.search(r'id="articles-0-url-error"><p class="error">127.0.0.1 points to a private or local address', text)
    assert "Article 1, address: 127.0.0.1 points to a private" in text
    assert drafts_count(app) == 0


def test_a_fetched_article_cites_its_address(client, start, monkeypatch):
    fetched = []

    def fake_fetch(url):
        fetched.append(url)
        return Fetched("https://news.example/meridian", article(MERIDIAN), "text/plain")

    monkeypatch.setattr("quiz.author.articles.fetch_article", fake_fetch)
    response = start(**{"articles-0-url": " https://news.example/meridian "})
    assert response.status_code == 303 and fetched == ["https://news.example/meridian"]
    assert 'value="https://news.example/meridian"' in client.get(response.headers["Location"]).text


def test_an_empty_form_names_the_field_and_saves_nothing(app, start):
    response = start()
    assert response.status_code == 422
    assert re.search(r'id="articles-0-text-error"><p class="error">Paste an article&#39;s text', response.text)
    two_at_once = start(article(MERIDIAN), **{"articles-0-url": "https://news.example/x"})
    assert two_at_once.status_code == 422 and 'id="articles-0-url-error"><p class="error">Give one article' in (
        two_at_once.text
    )
    assert drafts_count(app) == 0


def test_an_article_with_no_facts_makes_no_draft(app, start):
    response = start("A note to readers\n\nOur site will be down for maintenance on Tuesday night.")
    assert response.status_code == 422
    assert 'id="articles-0-text-error"><p class="error">No facts about a TV season were found' in response.text
    assert drafts_count(app) == 0


def test_another_authors_draft_is_not_found(app, client, auth, csrf, draft):
    url, page = draft
    mallory = app.test_client()
    auth.sign_up("mallory", client=mallory)
    token = csrf(mallory.get("/author").text)
    assert mallory.get(url).status_code == 404
    assert mallory.post(url, data={**{k: v for k, v in form_of(page).items()}, "csrf_token": token}).status_code == 404
    assert mallory.post(url + "/delete", data={"csrf_token": token}).status_code == 404
    assert "Meridian Hollow" not in mallory.get("/author").text
    assert client.get("/author/drafts/999999").status_code == 404
    assert drafts_count(app) == 1


def test_publishing_is_refused_while_any_fact_is_unreviewed(app, client, draft):
    url, page = draft
    marks = accept_marks(page)
    refused = post_draft(client, url, page, "publish", accept=marks[:-1])
    assert refused.status_code == 422
    assert "Not published yet" in refused.text and "1 extracted fact not reviewed yet" in refused.text
    assert f"1 of {len(marks)} extracted facts still to review" in refused.text
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Pack).where(Pack.owner_id.is_not(None))) == 0
        stored = db.session.scalar(select(ArticleDraft))
        assert len(stored.reviewed) == len(marks) - 1, "the marks are kept in the draft"


def test_accepting_and_editing_every_fact_publishes_the_pack_and_deletes_the_draft(app, client, draft):
    url, page = draft
    marks = accept_marks(page)
    role = next(m for m in marks if re.fullmatch(r"cast\.\d+\.role", m))
    field = "cast-{}-role".format(role.split(".")[1])
    # Saving keeps an edit and the marks; the edited field counts as reviewed without its mark.
    saved = post_draft(client, url, page, accept=[m for m in marks if m != role], **{field: "Maud Ellery-Vance"})
    assert saved.status_code == 200
    anchor = "fact-" + role.replace(".", "-")
    assert re.search(rf'id="{anchor}">\s*<p class="review-state"><strong class="tag">Edited: differs', saved.text)
    assert f'id="{field}" name="{field}" type="text" value="Maud Ellery-Vance"' in saved.text
    assert f"All {len(marks)} extracted facts are reviewed." in saved.text
    slug = slug_of(page)
    published = post_draft(client, url, saved.text, "publish")
    assert published.status_code == 303 and published.headers["Location"].endswith(f"/packs/{slug}")
    assert "The Reel Dispatch" in client.get(f"/packs/{slug}").text
    assert f'href="/packs/{slug}"' in client.get("/").text, "published: on the home page"
    with app.app_context():
        pack = db.session.scalar(select(Pack).where(Pack.slug == slug))
        assert pack.published and pack.owner_id is not None
        assert "Maud Ellery-Vance" in pack.source_text
    assert drafts_count(app) == 0


def test_a_mark_sent_for_a_field_that_was_never_extracted_counts_for_nothing(app, client, draft):
    url, page = draft
    marks = accept_marks(page)
    forged = post_draft(client, url, page, "publish", accept=[*marks[1:], "renewed", "cast.40.role", "title"])
    assert forged.status_code == 422 and "1 extracted fact not reviewed yet" in forged.text
    with app.app_context():
        assert set(db.session.scalar(select(ArticleDraft)).reviewed) == set(marks[1:])


def test_removing_a_cast_row_takes_its_facts_out_of_the_review(client, draft):
    url, page = draft
    marks = accept_marks(page)
    first_row = [m for m in marks if m.startswith("cast.0.")]
    second_row = [m for m in marks if m.startswith("cast.1.")]
    assert first_row and second_row
    removed = post_draft(client, url, page, "remove-cast-0", accept=second_row)
    assert removed.status_code == 200
    left = accept_marks(removed.text)
    assert len(left) == len(marks) - len(first_row)
    # The second row's facts moved up with it, still accepted.
    moved = [m.replace("cast.1.", "cast.0.", 1) for m in second_row]
    assert set(moved) <= set(left)
    for mark in moved:
        assert re.search(rf'name="accept" value="{re.escape(mark)}" checked', removed.text), mark


def test_disagreeing_articles_show_both_values_and_the_author_chooses(app, client, start, csrf):
    response = start(*STARLING)
    assert response.status_code == 303, response.text
    url = response.headers["Location"]
    page = client.get(url).text
    conflict = page[page.index('id="fact-premiere"') :]
    conflict = conflict[: conflict.index("</fieldset>")]
    assert "The articles disagree" in conflict and "Not reviewed yet" in conflict
    assert "2022-03-04" in conflict and "2022-03-11" in conflict
    assert "Source 1: The Binge Bulletin" in conflict and "Source 2: Screen Static" in conflict
    assert 'id="premiere" name="premiere" type="text" value=""' in page
    marks = accept_marks(page)
    refused = post_draft(client, url, page, "publish", accept=marks)
    assert refused.status_code == 422 and "1 extracted fact not reviewed yet" in refused.text
    choice = "1" if conflict.index("2022-03-11") > conflict.index("2022-03-04") else "0"
    chosen = post_draft(client, url, refused.text, "publish", **{"choose-premiere": choice})
    assert chosen.status_code == 303, chosen.text
    with app.app_context():
        pack = db.session.scalar(select(Pack).where(Pack.slug == slug_of(page)))
        assert pack.published and pack.premiere == "2022-03-11"
        assert [s["publisher"] for s in pack.sources] == ["The Binge Bulletin", "Screen Static"]


def test_a_typed_value_settles_a_disagreement_too(client, start):
    response = start(*STARLING)
    url = response.headers["Location"]
    page = client.get(url).text
    typed = post_draft(client, url, page, premiere="2022-03")
    assert 'id="premiere" name="premiere" type="text" value="2022-03"' in typed.text
    assert re.search(r'name="choose-premiere" value="other" checked', typed.text)
    left_out = post_draft(client, url, typed.text, premiere="", **{"choose-premiere": "omit"})
    assert re.search(r'name="choose-premiere" value="omit" checked', left_out.text)
    conflict = left_out.text[left_out.text.index('id="fact-premiere"') :]
    assert "Left out" in conflict[: conflict.index("</fieldset>")]


def test_hedge_words_are_shown_with_their_sentence(client, start):
    response = start(article("08-gallowglass-hedged.txt"))
    page = client.get(response.headers["Location"]).text
    assert "<strong>Hedged:</strong>" in page


def test_article_text_is_always_escaped(client, start):
    nasty = article(MERIDIAN).replace(
        "Corvid Channel has confirmed that", 'Corvid Channel <script>alert(1)</script> "><img src=x> confirmed that'
    )
    response = start(nasty)
    assert response.status_code == 303, response.text
    page = client.get(response.headers["Location"]).text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_htmx_saves_swap_the_form_and_publishing_redirects(client, draft):
    url, page = draft
    swapped = post_draft(client, url, page, accept=accept_marks(page), headers={"HX-Request": "true"})
    assert swapped.status_code == 200 and swapped.text.lstrip().startswith('<form id="pack-form"')
    published = post_draft(client, url, swapped.text, "publish", headers={"HX-Request": "true"})
    assert published.headers["HX-Redirect"] == f"/packs/{slug_of(page)}"


def test_a_post_from_a_stale_page_is_refused(client, draft):
    url, page = draft
    post_draft(client, url, page, accept=accept_marks(page)[:1])
    stale = post_draft(client, url, page, accept=accept_marks(page))
    assert stale.status_code == 409 and "changed in another tab" in stale.text


def test_a_taken_address_is_reported_and_the_draft_kept(app, client, draft, pack_form):
    url, page = draft
    slug = slug_of(page)
    pack_form.post(slug=slug)
    refused = post_draft(client, url, page, "publish", accept=accept_marks(page))
    assert refused.status_code == 422
    assert re.search(rf'id="slug-error"><p class="error">&#39;{slug}&#39; is already used', refused.text)
    assert drafts_count(app) == 1


def test_the_dashboard_lists_drafts_to_continue_or_delete(app, client, csrf, draft):
    url, _ = draft
    dashboard = client.get("/author").text
    assert "Drafts from articles" in dashboard and f'href="{url}"' in dashboard
    assert 'href="/author/articles/new"' in dashboard
    assert 'href="/author/articles/new"' in client.get("/author/packs/new").text
    deleted = client.post(url + "/delete", data={"csrf_token": csrf(dashboard)})
    assert deleted.status_code == 303 and drafts_count(app) == 0
    assert "Drafts from articles" not in client.get("/author").text


def test_starting_needs_an_account(client):
    response = client.get("/author/articles/new")
    assert response.status_code == 302 and "/author/login" in response.headers["Location"]


# The review's rules on plain data, without an app.


def test_a_list_item_is_edited_only_when_its_name_is_gone():
    from quiz.author import review

    extracted = {"facts": {"creators": ["Ana Ruiz", "Bo Lind"], "cast": [{"actor": "X", "known_for": ["A", "B"]}]}}
    values = review.extracted_values(extracted, ["creators.0", "creators.1", "cast.0.known_for.1"])
    assert values == {"creators.0": "Ana Ruiz", "creators.1": "Bo Lind", "cast.0.known_for.1": "B"}
    now = {"facts": {"creators": ["Bo Lind"], "cast": [{"actor": "X", "known_for": [{"title": "B", "year": 2020}]}]}}
    states = {i.path: i.state for i in review.review(now, values, dict.fromkeys(values, [{}]), {}, []).items}
    assert states == {"creators.0": "edited", "creators.1": "unreviewed", "cast.0.known_for.1": "unreviewed"}


def test_paths_follow_their_rows_when_rows_go():
    from quiz.author import review

    moves = {"cast": {0: None, 1: 0, 2: 1}}
    assert review.remap(moves, "cast.0.role") is None
    assert review.remap(moves, "cast.2.known_for.3") == "cast.1.known_for.3"
    assert review.remap(moves, "filming.0.place") == "filming.0.place"
    assert review.remap(moves, "premiere") == "premiere"
    assert review.form_field("filming.2.from") == "filming-2-start" and review.form_field("creators.4") == "creators"


def test_a_disagreement_is_settled_by_a_value_or_by_leaving_it_out():
    from quiz.author import review

    options = [{"value": "2022-03-04", "sentence": "a"}, {"value": "2022-03-11", "sentence": "b", "source": 2}]
    conflicts = {"premiere": options}

    def state(data, marks=()):
        return review.review(data, {}, {}, conflicts, list(marks)).items[0]

    assert state({"facts": {}}).state == "unreviewed"
    chosen = state({"facts": {"premiere": "2022-03-11"}})
    assert (chosen.choice, chosen.state) == ("1", "chosen")
    assert state({"facts": {"premiere": "2022-03"}}).choice == "other"
    assert state({"facts": {}}, ["premiere"]).state == "left out"


def test_what_the_extractor_left_out_on_purpose_is_listed_apart(client, start, monkeypatch):
    from quiz.extract import Draft, Evidence

    def drafted(articles):
        data = {
            "show": "Harbour Lights",
            "season": 3,
            "network": "Northwind TV",
            "sources": [a.source() for a in articles],
            "facts": {"cast": [{"actor": "Ingrid Håland"}]},
            "notes": [{"value": "Ola Berg (showrunner, not a creator)", "sentence": "Showrunner Ola Berg <b>said</b>"}],
        }
        return Draft(data, {"cast.0.actor": [Evidence("Ingrid Håland", "Ingrid Håland returns.")]})

    monkeypatch.setattr("quiz.extract.draft_pack", drafted)
    response = start("Harbour Lights\n\nIngrid Håland returns.")
    page = client.get(response.headers["Location"]).text
    assert "Read but left out (1)" in page and "Ola Berg (showrunner, not a creator)" in page
    assert "Showrunner Ola Berg &lt;b&gt;said&lt;/b&gt;" in page
    assert "1 of 1 extracted facts still to review" in page
