"""Whole games through the test client: with htmx, without JavaScript, and while cheating."""

import re

from markupsafe import escape
from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import Game, Question


def test_home_and_pack_pages_list_the_pack_and_its_sources(seeded, client, slug):
    home = client.get("/")
    assert "Narcos: Mexico — Season 2" in home.text and f'href="/packs/{slug}"' in home.text
    page = client.get(f"/packs/{slug}")
    assert page.status_code == 200
    assert "What&#39;s on Netflix" in page.text and "Coming to Netflix in February 2020" in page.text
    assert client.get("/packs/no-such-pack").status_code == 404


def test_a_whole_game_without_javascript(seeded, client, player):
    game = player.start(nickname="Ana", length=10)
    played = player.rounds(game)
    assert len(played) == 10
    assert len({r.question_id for r in played}) == 10
    right = 0
    for position, round_ in enumerate(played):
        page = client.get(game)
        assert f"Question {position + 1} of 10" in page.text
        ids = player.option_ids(page.text)
        wrong = next((i for i in ids if i != round_.answer_id), "a wrong name")
        choice = round_.answer_id if position % 3 == 0 else wrong
        right += choice == round_.answer_id
        response = player.answer(game, position, choice)
        assert response.status_code == 303
        feedback = client.get(response.headers["Location"])
        assert ("Right!" if choice == round_.answer_id else "Wrong.") in feedback.text
        assert "Correct answer" in feedback.text and f"Score {right}" in feedback.text
    finished = client.get(game)
    assert finished.status_code == 303 and finished.headers["Location"].endswith("/results")
    results = client.get(finished.headers["Location"])
    assert f"Ana scored {right}/10" in results.text
    assert f'content="{right}/10 on Narcos: Mexico — Season 2"' in results.text
    assert 'property="og:description"' in results.text and 'property="og:url"' in results.text
    assert player.game(game).score == right


def test_htmx_answers_swap_fragments_in_place(seeded, client, player):
    game = player.start()
    first = player.rounds(game)[0]
    question = client.get(game, headers={"HX-Request": "true"})
    assert "<html" not in question.text and "question-form" in question.text
    assert "HX-Request" in question.headers["Vary"]
    response = player.answer(game, 0, first.answer_id, htmx=True)
    assert response.status_code == 200 and "<html" not in response.text
    assert "Right!" in response.text and "Question 1 of 10 · Score 1" in response.text
    assert response.headers["HX-Replace-Url"].endswith(f"{game}/rounds/0")
    assert 'data-announce="Right! The answer is' in response.text
    # A history restore must get the whole page even though htmx asks.
    restore = client.get(game, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in restore.text


def test_reopening_the_page_resumes_the_game(seeded, client, player):
    game = player.start()
    for position in range(3):
        player.answer(game, position, player.rounds(game)[position].answer_id)
    assert "Question 4 of 10 · Score 3" in client.get(game).text


def test_the_answer_does_not_reach_the_browser_before_answering(seeded, client, player):
    game = player.start_with_options()
    first = player.rounds(game)[0]
    page = client.get(game).text
    assert str(escape(first.explanation)) not in page
    assert "Correct answer" not in page
    # Option values are random per game, not positions or texts.
    ids = player.option_ids(page)
    assert first.answer_id in ids and all(len(i) >= 8 for i in ids)
    assert all(o["text"] not in ids for o in first.options)
    other = player.start()
    assert not set(ids) & set(player.option_ids(client.get(other).text))


def test_a_second_answer_is_refused_and_counts_nothing(seeded, client, player):
    game = player.start()
    first = player.rounds(game)[0]
    assert player.answer(game, 0, first.answer_id).status_code == 303
    again = player.answer(game, 0, first.answer_id)
    assert again.status_code == 409 and "already answered" in again.text
    assert player.game(game).score == 1 and player.game(game).answered == 1


def test_an_option_from_another_question_is_refused(seeded, client, player):
    game = player.start_with_options()
    played = player.rounds(game)
    response = player.answer(game, 0, played[1].answer_id)
    assert response.status_code == 400 and "does not belong" in response.text
    assert player.game(game).answered == 0


def test_answering_ahead_is_refused(seeded, client, player):
    game = player.start()
    response = player.answer(game, 3, player.rounds(game)[3].answer_id)
    assert response.status_code == 409
    assert player.game(game).answered == 0


def test_someone_elses_game_is_off_limits(seeded, app, client, player):
    game = player.start()
    first = player.rounds(game)[0]
    stranger = app.test_client()
    assert stranger.get(game).status_code == 403
    response = player.using(stranger).answer(game, 0, first.answer_id)
    assert response.status_code == 403
    assert player.game(game).answered == 0


def test_a_post_without_csrf_token_is_refused(seeded, client, player):
    game = player.start()
    response = client.post(f"{game}/rounds/0/answer", data={"option": player.rounds(game)[0].answer_id})
    assert response.status_code == 400 and "Reload the page" in response.text
    assert player.game(game).answered == 0


def test_nickname_is_escaped_and_limited(seeded, client, player, csrf, slug):
    page = client.get(f"/packs/{slug}")
    data = {"csrf_token": csrf(page.text), "nickname": "x" * 31, "length": "5", "difficulty": ""}
    too_long = client.post(f"/packs/{slug}", data=data)
    assert too_long.status_code == 422 and "Keep the nickname to 30 characters" in too_long.text
    game = player.start(nickname='"><img src=x onerror=alert(1)>', length=5)
    for position, round_ in enumerate(player.rounds(game)):
        player.answer(game, position, round_.answer_id)
    results = client.get(f"{game}/results").text
    assert "<img src=x" not in results and "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in results


def test_share_link_shows_the_score_without_answers(seeded, app, client, player):
    game = player.start(nickname="Bo", length=5)
    played = player.rounds(game)
    for position, round_ in enumerate(played):
        player.answer(
            game,
            position,
            round_.answer_id if position < 3 else player.wrong_option(round_),
        )
    results = client.get(f"{game}/results").text
    share = re.search(r'id="share-url" type="url" readonly value="http://cliffhanger.test(/r/[^"]+)"', results).group(1)
    visitor = app.test_client().get(share)
    assert visitor.status_code == 200 and "Bo scored 3/5" in visitor.text
    assert visitor.text.count("right</span></li>") == 3 and visitor.text.count("wrong</span></li>") == 2
    assert not any(str(escape(r.explanation)) in visitor.text for r in played)
    assert app.test_client().get(share + "x").status_code == 404


def test_an_unfinished_game_has_no_public_result(seeded, app, client, player):
    game = player.start()
    token = player.game(game).share_token
    assert app.test_client().get(f"/r/{token}").status_code == 404


def test_a_game_can_be_started_at_a_difficulty(seeded, player):
    with seeded.app_context():
        hard = set(db.session.scalars(select(Question.id).where(Question.difficulty == "hard", Question.active)))
    assert len(hard) >= 20, "the shipped pack has plenty of hard questions to choose from"
    for _ in range(3):
        game = player.start(length=5, difficulty="hard")
        assert {r.question_id for r in player.rounds(game)} <= hard


def test_unknown_pages_and_methods_get_friendly_errors(seeded, client, slug):
    assert "Back to all packs" in client.get("/nope").text
    assert client.delete(f"/packs/{slug}").status_code == 405
    assert client.get("/games/unknown").status_code == 404


def test_a_pack_without_questions_cannot_be_started(seeded, app, client, csrf, slug, other_report, add_pack):
    add_pack(other_report.replace("cast: [{actor: Test Person, role: Somebody}]", "cast: [{actor: Test Person}]"))
    page = client.get("/packs/other-s2")
    assert "This pack has no questions yet." in page.text and "Start the quiz" not in page.text
    data = {"csrf_token": csrf(client.get(f"/packs/{slug}").text), "length": "10", "difficulty": ""}
    assert client.post("/packs/other-s2", data=data).status_code == 409
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Game)) == 0
