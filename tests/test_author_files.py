"""Packs and questions as files: upload, download, round trips and other quiz formats."""

import io
import json
from html.parser import HTMLParser

import pytest
from sqlalchemy import func, select

from quiz.core.formats import FormatError, read_csv, read_gift, read_opentdb
from quiz.core.packfile import parse_pack
from quiz.extensions import db
from quiz.models import Pack, Question


@pytest.fixture
def import_questions(client, csrf):
    """Import a questions file into the author's Harbour Lights pack."""

    def send(text: str, fmt: str, name: str):
        url = "/author/packs/harbour-lights-s3/questions/import"
        data = {"csrf_token": csrf(client.get(url).text), "format": fmt, "file": (io.BytesIO(text.encode()), name)}
        return client.post(url, data=data, content_type="multipart/form-data")

    return send


def questions_of(app, slug):
    with app.app_context():
        pack = db.session.scalar(select(Pack).where(Pack.slug == slug))
        rows = db.session.scalars(select(Question).where(Question.pack_id == pack.id, Question.active))
        return sorted((q.key, q.prompt, tuple(q.options), q.answer) for q in rows)


def test_upload_saves_a_draft_and_download_gives_it_back(seeded, client, auth, upload, harbour):
    auth.sign_up()
    response = upload(harbour, "harbour.yaml")
    assert response.status_code == 303
    download = client.get("/packs/harbour-lights-s3.yaml")
    assert download.headers["Content-Disposition"] == 'attachment; filename="harbour-lights-s3.yaml"'
    assert download.text == harbour


def test_five_mistakes_give_five_messages_and_write_nothing(seeded, client, auth, upload, harbour):
    auth.sign_up()
    broken = (
        harbour.replace("season: 3", "season: three")
        .replace("premiere: 2024-03", "premiere: 2024-13")
        .replace("role: Pål Brekke, status: new", "role: Pål Brekke, status: rumoured")
        .replace("title: Harbour Lights — Season 3\n", "")
        .replace("{place: Ålesund, from: 2023-08, to: 2023-11}", "{place: Ålesund, from: 2023-08, to: 2022-11}")
    )
    response = upload(broken, "broken.yaml")
    assert response.status_code == 422 and "5 problems to fix; nothing was saved" in response.text
    for expected in (
        "broken.yaml:3: title: is required",
        "broken.yaml:5: season: expected a whole number",
        "broken.yaml:13: facts.premiere: &#39;2024-13&#39; has no month 13",
        "broken.yaml:21: facts.cast[3].status: unknown status &#39;rumoured&#39;",
        "broken.yaml:25: facts.filming[0].to: is before &#39;from&#39;",
    ):
        assert expected in response.text, expected
    with seeded.app_context():
        assert db.session.scalar(select(func.count()).select_from(Pack)) == 1


def test_upload_limits_are_explained(seeded, app, client, auth, csrf, upload):
    auth.sign_up()
    assert (
        "Choose a file"
        in client.post("/author/upload", data={"csrf_token": csrf(client.get("/author/upload").text)}).text
    )
    big = upload("# " + "x" * (256 * 1024 + 10), "big.yaml")
    assert big.status_code == 422 and "big.yaml is larger than 256 KB" in big.text
    page = client.get("/author/upload")
    binary = {"csrf_token": csrf(page.text), "file": (io.BytesIO(b"\xff\xfe\x00"), "bin.yaml")}
    assert "is not UTF-8" in client.post("/author/upload", data=binary, content_type="multipart/form-data").text


def test_export_and_reimport_give_the_same_questions(seeded, app, client, auth, pack_form, csrf, upload, harbour):
    auth.sign_up()
    pack_form.post()
    before = questions_of(app, "harbour-lights-s3")
    exported = client.get("/packs/harbour-lights-s3.yaml").text
    assert upload(exported).status_code == 303
    assert questions_of(app, "harbour-lights-s3") == before
    form = client.get("/author/packs/harbour-lights-s3/edit").text
    assert 'value="Fjord Watch; Salt"' in form and 'value="2023-08"' in form


OPENTDB = json.dumps(
    {
        "response_code": 0,
        "results": [
            {
                "type": "multiple",
                "difficulty": "easy",
                "category": "TV",
                "question": "Which port is home to the &quot;Morgenr&oslash;d&quot;?",
                "correct_answer": "Ålesund",
                "incorrect_answers": ["Tromsø", "Bodø", "Molde"],
            }
        ],
    }
)
CSV = "question,correct,wrong 1,wrong 2\nWhat colour is the ferry?,Red,Blue,Green\n"
GIFT = "// ferry trivia\n::Q1:: What is the ferry's name? {=Morgenrød ~Havørn ~Nordlys}\n"


@pytest.mark.parametrize(
    ("fmt", "text", "name", "prompt"),
    [
        ("opentdb", OPENTDB, "q.json", 'Which port is home to the "Morgenrød"?'),
        ("csv", CSV, "q.csv", "What colour is the ferry?"),
        ("gift", GIFT, "q.gift", "What is the ferry&#39;s name?"),
    ],
)
def test_questions_import_from_other_formats(
    seeded, client, fmt, text, name, prompt, auth, pack_form, import_questions, harbour
):
    auth.sign_up()
    pack_form.post()
    response = import_questions(text, fmt, name)
    assert response.status_code == 303
    assert prompt.replace('"', "&#34;") in client.get("/author/packs/harbour-lights-s3/edit").text


def test_a_bad_questions_file_names_its_line(seeded, client, auth, pack_form, import_questions):
    auth.sign_up()
    pack_form.post()
    response = import_questions("Q?,A,B\nOnly a question\n", "csv", "q.csv")
    assert response.status_code == 422 and "q.csv:2: needs a question, the correct answer" in response.text


def test_questions_export_as_open_trivia_db_json(seeded, client):
    data = json.loads(client.get("/packs/narcos-mexico-s2/questions.json").text)
    assert data["response_code"] == 0 and len(data["results"]) >= 30
    first = data["results"][0]
    assert {"type", "difficulty", "category", "question", "correct_answer", "incorrect_answers"} <= set(first)
    assert all(r["correct_answer"] not in r["incorrect_answers"] for r in data["results"])


def test_format_readers_report_lines():
    with pytest.raises(FormatError, match=r"x.json:1: invalid JSON"):
        read_opentdb("{", "x.json")
    with pytest.raises(FormatError, match=r"x.gift:3: only multiple-choice"):
        read_gift("Q? {=A ~B}\n\nIs it? {T}\n", "x.gift")
    assert read_gift("Say \\{hi\\}? {=A # right ~B}\n", "x.gift") == [
        {"prompt": "Say {hi}?", "answer": "A", "wrong": ["B"]}
    ]
    assert read_csv("Q?,A,B,C\n", "x.csv") == [{"prompt": "Q?", "answer": "A", "wrong": ["B", "C"]}]
    with pytest.raises(FormatError, match="no questions"):
        read_csv("\n\n", "x.csv")


class FormValues(HTMLParser):
    """The values a browser would post from a page's form fields."""

    def __init__(self):
        super().__init__()
        self.values, self._select, self._textarea = {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name") and attrs.get("type") != "checkbox":
            self.values[attrs["name"]] = attrs.get("value", "")
        elif tag == "input" and attrs.get("type") == "checkbox" and "checked" in attrs:
            self.values[attrs["name"]] = "y"
        elif tag == "select":
            self._select = attrs.get("name")
        elif tag == "option" and self._select and "selected" in attrs:
            self.values[self._select] = attrs.get("value", "")
        elif tag == "textarea":
            self._textarea = attrs.get("name")
            self.values[self._textarea] = ""

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def test_editing_a_rich_pack_in_the_form_keeps_what_the_form_does_not_show(seeded, app, client, auth, upload, harbour):
    auth.sign_up()
    rich = {
        "    date: 2023-05-02\n": "    date: 2023-05-02\n  - {title: Second report, publisher: Fjord Times}\n",
        "  renewed: 2023\n": "  renewed: 2023\n  cite: {renewed: 2}\n  cast_complete: false\n",
        "{actor: Ingrid Håland, role:": "{actor: Ingrid Håland, aliases: [Inga], source: 2, role:",
        "{place: Ålesund, from: 2023-08, to: 2023-11}": "{place: Ålesund, from: 2023-08, to: 2023-11, source: 2}",
    }
    text = harbour
    for old, new in rich.items():
        assert old in text, old
        text = text.replace(old, new)
    assert upload(text, "rich.yaml").status_code == 303
    before = questions_of(app, "harbour-lights-s3")
    parser = FormValues()
    parser.feed(client.get("/author/packs/harbour-lights-s3/edit").text)
    response = client.post("/author/packs/harbour-lights-s3/edit", data={**parser.values, "action": "save"})
    assert response.status_code == 303, response.text
    assert questions_of(app, "harbour-lights-s3") == before
    saved = parse_pack(client.get("/packs/harbour-lights-s3.yaml").text, "rich.yaml")
    original = parse_pack(text, "rich.yaml")
    assert (saved.cast, saved.filming, saved.cite) == (original.cast, original.filming, original.cite)
    assert saved.cast[0].sources == (2,) and saved.filming[0].sources == (2,) and saved.cast_complete is False
