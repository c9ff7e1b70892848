"""Result links, score cards, challenges and leaderboards."""

import io
import re
from datetime import timedelta

from markupsafe import escape
from PIL import Image
from sqlalchemy import update

from quiz.boards import week_start
from quiz.extensions import db
from quiz.models import Game, utcnow

from .conftest import csrf_token
from .helpers import SLUG, answer, game_row, rounds, start


def finish(client, app, game: str, right: int) -> str:
    """Answer the first `right` questions right and the rest wrong; return the share path."""
    for position, round_ in enumerate(rounds(app, game)):
        wrong = next((o["id"] for o in round_.options if o["id"] != round_.answer_id), "x")
        answer(client, game, position, round_.answer_id if position < right else wrong)
    return f"/r/{game_row(app, game).share_token}"


def test_result_page_shows_date_time_and_grid_but_not_answers(seeded, app, client):
    game = start(client, nickname="Ana", length=5)
    link = finish(client, app, game, 3)
    page = app.test_client().get(link).text
    assert "Ana scored 3/5" in page and "took " in page and "<time datetime=" in page
    assert page.count('class="is-right"') == 3 and page.count('class="is-wrong"') == 2
    assert not any(str(escape(r.explanation)) in page for r in rounds(app, game))
    own = client.get(link).text
    assert "Your answers" in own and str(escape(rounds(app, game)[0].explanation)) in own


def test_share_text_is_wordle_style(seeded, app, client):
    game = start(client, nickname="Ana", length=5)
    link = finish(client, app, game, 2)
    page = client.get(link).text
    text = re.search(r'<textarea id="share-text" readonly rows="3">(.*?)</textarea>', page, re.S).group(1)
    lines = text.split("\n")
    assert lines[0] == "Cliffhanger · Narcos: Mexico S2 · 2/5"
    assert lines[1] == "✅✅❌❌❌"
    assert lines[2] == f"http://cliffhanger.test{link}"


def test_preview_card_is_a_cached_1200_by_630_png(seeded, app, client):
    game = start(client, nickname="Zoë Ñúñez", length=5)
    link = finish(client, app, game, 4)
    page = client.get(link).text
    for tag in ("og:title", "og:description", "og:url", "og:image", "twitter:card", "twitter:image"):
        assert f'="{tag}"' in page, tag
    assert 'content="4/5 on Narcos: Mexico — Season 2"' in page
    image = app.test_client().get(f"{link}/card.png")
    assert image.status_code == 200 and image.mimetype == "image/png"
    assert "immutable" in image.headers["Cache-Control"] and image.headers["ETag"]
    assert Image.open(io.BytesIO(image.data)).size == (1200, 630)
    again = app.test_client().get(f"{link}/card.png", headers={"If-None-Match": image.headers["ETag"]})
    assert again.status_code == 304


def test_tampered_unknown_and_unfinished_tokens_are_not_shareable(seeded, app, client):
    game = start(client, length=5)
    token_ = game_row(app, game).share_token
    visitor = app.test_client()
    assert visitor.get(f"/r/{token_}").status_code == 404, "unfinished"
    assert visitor.get(f"/r/{token_}/card.png").status_code == 404
    assert visitor.get(f"/c/{token_}").status_code == 404
    link = finish(client, app, game, 1)
    assert visitor.get(link).status_code == 200
    flipped = link[:-1] + ("A" if link[-1] != "A" else "B")
    assert visitor.get(flipped).status_code == 404
    assert visitor.get("/r/not-a-token").status_code == 404
    assert len(token_) >= 22, "at least 128 bits"


def test_results_are_immutable_once_the_game_ends(seeded, app, client):
    game = start(client, length=5)
    finish(client, app, game, 5)
    last = rounds(app, game)[-1]
    assert answer(client, game, 4, last.answer_id).status_code == 409
    assert game_row(app, game).score == 5


def test_a_challenge_replays_the_same_questions_and_compares(seeded, app, client):
    game = start(client, nickname="Ana", length=5)
    link = finish(client, app, game, 3)
    challenge = link.replace("/r/", "/c/")
    friend = app.test_client()
    page = friend.get(challenge)
    assert "Ana scored 3/5. Can you beat it?" in page.text
    response = friend.post(challenge, data={"csrf_token": csrf_token(page.text), "nickname": "Bo", "length": "10"})
    theirs = response.headers["Location"].replace("http://cliffhanger.test", "")
    mine, copy = rounds(app, game), rounds(app, theirs)
    assert [(r.prompt, [o["text"] for o in r.options]) for r in mine] == [
        (r.prompt, [o["text"] for o in r.options]) for r in copy
    ]
    assert not {o["id"] for r in mine for o in r.options} & {o["id"] for r in copy for o in r.options}
    finish(friend, app, theirs, 4)
    results = friend.get(f"{theirs}/results").text
    assert "You won the challenge!" in results and "3/5" in results and "4/5" in results
    board = friend.get(challenge).text
    assert board.index(">Bo<") < board.index(">Ana<")


def test_leaderboard_keeps_each_nicknames_best_finished_game(seeded, app, client):
    def play(nickname, right):
        player = app.test_client()
        game = start(player, nickname=nickname, length=5)
        finish(player, app, game, right)
        return game

    play("Ana", 2)
    best = play("ana", 4)
    play("Bo", 4)
    play("Cy", 3)
    start(app.test_client(), nickname="Dee", length=5)  # never finished
    with app.app_context():
        db.session.execute(update(Game).where(Game.id == best.split("/")[-1]).values(duration_ms=1000))
        db.session.execute(update(Game).where(Game.nickname == "Bo").values(duration_ms=5000))
        db.session.execute(
            update(Game).where(Game.nickname == "Cy").values(finished_at=week_start() - timedelta(days=1))
        )
        db.session.commit()
    board = client.get(f"/packs/{SLUG}/leaderboard").text
    names = re.findall(r'<td><a href="/r/[^"]+">([^<]+)</a></td>', board)
    assert names == ["ana", "Bo", "Cy"], "best per nickname, ties to the faster, unfinished never"
    week = client.get(f"/packs/{SLUG}/leaderboard?period=week").text
    assert re.findall(r'<td><a href="/r/[^"]+">([^<]+)</a></td>', week) == ["ana", "Bo"]


def test_week_starts_on_monday():
    now = utcnow()
    start_ = week_start(now)
    assert start_.weekday() == 0 and start_ <= now < start_ + timedelta(days=7)


def test_leaderboard_ranks_by_the_share_right_across_game_lengths(seeded, app, client):
    for nickname, length, right in (("Bo", 10, 6), ("Ana", 5, 5), ("Cy", 10, 10)):
        player = app.test_client()
        finish(player, app, start(player, nickname=nickname, length=length), right)
    board = client.get(f"/packs/{SLUG}/leaderboard").text
    assert re.findall(r'<td><a href="/r/[^"]+">([^<]+)</a></td>', board) == ["Cy", "Ana", "Bo"]
