"""Authors: accounts, the pack form, ownership, and what authors type always escaped."""

import re
import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import Card, Game, Pack, Question, Round, User


def user_count(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(User))


def test_sign_up_hashes_the_password_with_scrypt(app, client, auth):
    auth.sign_up("ana")
    with app.app_context():
        user = db.session.scalar(select(User))
        assert user.password_hash.startswith("scrypt:") and auth.password not in user.password_hash
    assert "Your packs" in client.get("/author").text


def test_a_taken_username_is_refused_whatever_its_case(app, auth, csrf):
    auth.sign_up("ana")
    other = app.test_client()
    page = other.get("/author/signup")
    form = {"username": "ANA", "password": auth.password, "confirm": auth.password}
    response = other.post("/author/signup", data={"csrf_token": csrf(page.text), **form})
    assert response.status_code == 422
    assert 'id="username-error"><p class="error">That username is taken.</p>' in response.text
    assert user_count(app) == 1


def test_two_sign_ups_of_one_name_at_once_make_one_account(app, csrf):
    visitors = [app.test_client(), app.test_client()]
    tokens = [csrf(visitor.get("/author/signup").text) for visitor in visitors]
    both_ready = threading.Barrier(2)

    def sign_up(i: int, name: str):
        form = {"csrf_token": tokens[i], "username": name, "password": "x" * 12, "confirm": "x" * 12}
        both_ready.wait()
        return visitors[i].post("/author/signup", data=form)

    with ThreadPoolExecutor(2) as pool:
        responses = list(pool.map(sign_up, (0, 1), ("Alice", "alice")))
    assert sorted(r.status_code for r in responses) == [303, 422]
    assert "That username is taken." in next(r.text for r in responses if r.status_code == 422)
    assert user_count(app) == 1


def test_a_short_password_and_a_mismatch_are_reported_on_their_fields(app, client, csrf):
    page = client.get("/author/signup")
    form = {"csrf_token": csrf(page.text), "username": "ana", "password": "short", "confirm": "other"}
    response = client.post("/author/signup", data=form)
    assert response.status_code == 422
    text = re.sub(r"\s+", " ", response.text)
    assert 'id="password-error"><p class="error">Field must be between 10 and 200 characters long.</p>' in text
    assert 'id="confirm-error"><p class="error">The passwords differ.</p>' in text
    assert user_count(app) == 0


def test_sign_in_and_out(app, client, auth, csrf):
    auth.sign_up("ana")
    client.post("/author/logout", data={"csrf_token": csrf(client.get("/author").text)})
    assert client.get("/author").status_code == 302
    wrong = auth.sign_in("ana", "not the password")
    assert wrong.status_code == 422 and "don&#39;t match" in wrong.text
    assert auth.sign_in("ana").status_code == 303
    assert client.get("/author").status_code == 200


def test_sign_in_is_rate_limited(app, client, auth):
    for _ in range(10):
        auth.sign_in("nobody", "wrong password")
    blocked = auth.sign_in("nobody", "wrong password")
    assert blocked.status_code == 429 and "Too many requests" in blocked.text


def test_session_cookie_is_httponly_and_lax_and_secure_over_https(app, client, auth):
    auth.sign_up("ana")
    cookie = client.get_cookie("session", domain="cliffhanger.test")
    assert cookie.http_only and cookie.same_site == "Lax" and not cookie.secure
    secure = app.test_client()
    secure.get("/author/signup", base_url="https://cliffhanger.test")
    assert secure.get_cookie("session", domain="cliffhanger.test").secure


def test_building_a_pack_without_javascript(seeded, client, auth, pack_form, csrf):
    auth.sign_up()
    page = client.get("/author/packs/new")
    added = client.post(
        "/author/packs/new",
        data={"csrf_token": csrf(page.text), "action": "add-cast", "cast-0-actor": "Kept Name"},
    )
    assert added.status_code == 200
    assert 'id="cast-1-actor"' in added.text and 'value="Kept Name"' in added.text
    preview = pack_form.post(action="preview")
    assert preview.status_code == 200 and "Who plays Captain Eli Brekke in season 3 of Harbour Lights?" in preview.text
    assert "filming in Bergen is unconfirmed" in preview.text
    saved = pack_form.post()
    assert saved.status_code == 303 and saved.headers["Location"].endswith("/author/packs/harbour-lights-s3/edit")
    assert 'href="/packs/harbour-lights-s3"' not in client.get("/").text, "a draft is not on the home page"


def test_removing_a_row_keeps_the_rest(seeded, client, auth, pack_form):
    auth.sign_up()
    response = pack_form.post(action="remove-cast-1")
    assert 'value="Ingrid Håland"' in response.text and 'value="Sofie Lund"' in response.text
    assert 'value="Tomás Ferreira"' not in response.text


def test_errors_show_next_to_their_fields_and_nothing_is_saved(seeded, client, auth, pack_form):
    auth.sign_up()
    response = pack_form.post(season="three", **{"cast-1-status": "maybe", "filming-0-end": "2023-02"})
    assert response.status_code == 422
    assert "3 problems to fix; nothing was saved" in response.text
    text = re.sub(r"\s+", " ", response.text)
    assert re.search(r'id="season-error"><p class="error">expected a whole number, got &#39;three&#39;', text)
    assert 'id="filming-0-end-error"><p class="error">is before &#39;from&#39;' in text
    with seeded.app_context():
        assert db.session.scalar(select(Pack).where(Pack.slug == "harbour-lights-s3")) is None


def test_htmx_save_swaps_errors_in_place_and_redirects_on_success(seeded, client, auth, pack_form, csrf):
    auth.sign_up()
    page = client.get("/author/packs/new")
    bad = client.post(
        "/author/packs/new",
        headers={"HX-Request": "true"},
        data={"csrf_token": csrf(page.text), "action": "save", "title": "Only a title"},
    )
    assert bad.status_code == 422 and bad.text.lstrip().startswith('<form id="pack-form"')
    good = pack_form.post()
    assert good.status_code == 303
    again = client.post(
        "/author/packs/harbour-lights-s3/edit",
        headers={"HX-Request": "true"},
        data={"csrf_token": csrf(page.text), "action": "save", **pack_form.data()},
    )
    assert again.headers["HX-Redirect"] == "/author/packs/harbour-lights-s3/edit"


def test_publishing_puts_a_pack_on_the_home_page(seeded, client, auth, pack_form, csrf):
    auth.sign_up()
    pack_form.post()
    token = csrf(client.get("/author").text)
    client.post("/author/packs/harbour-lights-s3/publish", data={"csrf_token": token})
    assert 'href="/packs/harbour-lights-s3"' in client.get("/").text
    client.post("/author/packs/harbour-lights-s3/unpublish", data={"csrf_token": token})
    assert 'href="/packs/harbour-lights-s3"' not in client.get("/").text


def test_another_author_cannot_touch_my_pack(seeded, app, client, auth, pack_form, csrf, slug):
    auth.sign_up("ana")
    pack_form.post()
    mallory = app.test_client()
    auth.sign_up("mallory", client=mallory)
    token = csrf(mallory.get("/author").text)
    assert mallory.get("/author/packs/harbour-lights-s3/edit").status_code == 404
    assert pack_form.post(url="/author/packs/harbour-lights-s3/edit", client=mallory).status_code == 404
    for action in ("publish", "unpublish", "delete"):
        assert mallory.post(f"/author/packs/harbour-lights-s3/{action}", data={"csrf_token": token}).status_code == 404
    assert mallory.get("/packs/harbour-lights-s3").status_code == 404, "drafts are private"
    assert mallory.get("/packs/harbour-lights-s3.yaml").status_code == 404
    # Saving a new pack under my slug is refused too.
    taken = pack_form.post(title="Mine now", client=mallory)
    assert taken.status_code == 422 and "already taken by another pack" in taken.text
    with app.app_context():
        pack = db.session.scalar(select(Pack).where(Pack.slug == "harbour-lights-s3"))
        assert pack.title == "Harbour Lights — Season 3" and not pack.published


def test_shipped_packs_cannot_be_edited_from_the_web(seeded, client, auth, pack_form, slug):
    auth.sign_up()
    assert client.get("/author/packs/narcos-mexico-s2/edit").status_code == 404
    taken = pack_form.post(slug="narcos-mexico-s2")
    assert taken.status_code == 422 and "already taken" in taken.text


def test_author_text_is_always_escaped(seeded, client, auth, pack_form, csrf):
    auth.sign_up()
    nasty = {
        "title": "<script>alert(1)</script>",
        "cast-0-actor": '"><img src=x onerror=alert(1)>',
        "cast-1-actor": "אבי כהן 🎬",
    }
    pack_form.post(**nasty)
    token = csrf(client.get("/author").text)
    client.post("/author/packs/harbour-lights-s3/publish", data={"csrf_token": token})
    for url in ("/", "/author", "/packs/harbour-lights-s3", "/author/packs/harbour-lights-s3/edit"):
        page = client.get(url).text
        assert "<script>alert" not in page and "<img src=x" not in page, url
    edit = client.get("/author/packs/harbour-lights-s3/edit").text
    assert "אבי כהן 🎬" in edit and "&lt;script&gt;alert(1)&lt;/script&gt;" in edit


def test_deleting_a_played_pack_deletes_its_games_questions_and_cards(
    seeded, app, client, auth, upload, harbour, player, csrf
):
    auth.sign_up()
    assert upload(harbour, "harbour.yaml").status_code == 303
    client.post("/author/packs/harbour-lights-s3/publish", data={"csrf_token": csrf(client.get("/author").text)})
    game = player.start(slug="harbour-lights-s3", length=5, nickname="Ana")
    player.play_all(game)
    share = player.game(game).share_token
    assert client.get(f"/r/{share}/card.png").status_code == 200
    friend = player.using(app.test_client())
    page = friend.client.get(f"/c/{share}")
    started = friend.client.post(f"/c/{share}", data={"csrf_token": csrf(page.text), "nickname": "Bo"})
    challenge = started.headers["Location"].replace("http://cliffhanger.test", "")
    friend.play_all(challenge, right=False)
    elsewhere = player.start(length=5)
    with app.app_context():
        pack_id = db.session.scalar(select(Pack.id).where(Pack.slug == "harbour-lights-s3"))
        games = list(db.session.scalars(select(Game.id).where(Game.pack_id == pack_id)))
    assert len(games) == 2

    confirm = client.get("/author/packs/harbour-lights-s3/delete")
    assert confirm.status_code == 200 and "every game played on it go too" in confirm.text
    deleted = client.post("/author/packs/harbour-lights-s3/delete", data={"csrf_token": csrf(confirm.text)})
    assert deleted.status_code == 303
    assert "Deleted “Harbour Lights — Season 3” with its questions and games." in client.get("/author").text
    with app.app_context():
        assert db.session.get(Pack, pack_id) is None
        assert db.session.scalar(select(func.count()).select_from(Question).where(Question.pack_id == pack_id)) == 0
        assert db.session.scalar(select(func.count()).select_from(Game).where(Game.id.in_(games))) == 0
        assert db.session.scalar(select(func.count()).select_from(Round).where(Round.game_id.in_(games))) == 0
        assert db.session.scalar(select(func.count()).select_from(Card)) == 0
    assert len(player.rounds(elsewhere)) == 5, "games of other packs are untouched"
    assert client.get(f"/r/{share}").status_code == 404
