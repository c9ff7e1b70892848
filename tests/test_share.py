"""Result links, score cards, challenges and leaderboards."""

import io
import re
from datetime import timedelta

from markupsafe import escape
from PIL import Image
from sqlalchemy import update

from quiz.extensions import db
from quiz.models import Game, utcnow
from quiz.share.boards import week_start


def finish(player, game: str, right: int) -> str:
    """As `player`, answer the first `right` questions right and the rest wrong; return the share path."""
    for position, round_ in enumerate(player.rounds(game)):
        wrong = player.wrong_option(round_)
        player.answer(game, position, round_.answer_id if position < right else wrong)
    return f"/r/{player.game(game).share_token}"


def test_result_page_shows_date_time_and_grid_but_not_answers(seeded, app, client, player):
    game = player.start(nickname="Ana", length=5)
    link = finish(player, game, 3)
    page = app.test_client().get(link).text
    assert "Ana scored 3/5" in page and "took " in page and "<time datetime=" in page
    assert page.count('class="is-right"') == 3 and page.count('class="is-wrong"') == 2
    assert not any(str(escape(r.explanation)) in page for r in player.rounds(game))
    own = client.get(link).text
    assert "Your answers" in own and str(escape(player.rounds(game)[0].explanation)) in own


def test_share_text_is_wordle_style(seeded, app, client, player):
    game = player.start(nickname="Ana", length=5)
    link = finish(player, game, 2)
    page = client.get(link).text
    text = re.search(r'<textarea id="share-text" readonly rows="3">(.*?)</textarea>', page, re.S).group(1)
    lines = text.split("\n")
    assert lines[0] == "Cliffhanger · Narcos: Mexico S2 · 2/5"
    assert lines[1] == "✅✅❌❌❌"
    assert lines[2] == f"http://cliffhanger.test{link}"


def test_preview_card_is_a_cached_1200_by_630_png(seeded, app, client, player):
    game = player.start(nickname="Zoë Ñúñez", length=5)
    link = finish(player, game, 4)
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


def test_tampered_unknown_and_unfinished_tokens_are_not_shareable(seeded, app, client, player):
    game = player.start(length=5)
    token_ = player.game(game).share_token
    visitor = app.test_client()
    assert visitor.get(f"/r/{token_}").status_code == 404, "unfinished"
    assert visitor.get(f"/r/{token_}/card.png").status_code == 404
    assert visitor.get(f"/c/{token_}").status_code == 404
    link = finish(player, game, 1)
    assert visitor.get(link).status_code == 200
    flipped = link[:-1] + ("A" if link[-1] != "A" else "B")
    assert visitor.get(flipped).status_code == 404
    assert visitor.get("/r/not-a-token").status_code == 404
    assert len(token_) >= 22, "at least 128 bits"


def test_results_are_immutable_once_the_game_ends(seeded, app, client, player):
    game = player.start(length=5)
    finish(player, game, 5)
    last = player.rounds(game)[-1]
    assert player.answer(game, 4, last.answer_id).status_code == 409
    assert player.game(game).score == 5


def test_a_challenge_replays_the_same_questions_and_compares(seeded, app, client, player, csrf):
    game = player.start(nickname="Ana", length=5)
    link = finish(player, game, 3)
    challenge = link.replace("/r/", "/c/")
    friend = app.test_client()
    page = friend.get(challenge)
    assert "Ana scored 3/5. Can you beat it?" in page.text
    response = friend.post(challenge, data={"csrf_token": csrf(page.text), "nickname": "Bo", "length": "10"})
    theirs = response.headers["Location"].replace("http://cliffhanger.test", "")
    mine, copy = player.rounds(game), player.rounds(theirs)
    assert [(r.prompt, [o["text"] for o in r.options]) for r in mine] == [
        (r.prompt, [o["text"] for o in r.options]) for r in copy
    ]
    assert not {o["id"] for r in mine for o in r.options} & {o["id"] for r in copy for o in r.options}
    finish(player.using(friend), theirs, 4)
    results = friend.get(f"{theirs}/results").text
    assert "You won the challenge!" in results and "3/5" in results and "4/5" in results
    board = friend.get(challenge).text
    assert board.index(">Bo<") < board.index(">Ana<")


def test_leaderboard_keeps_each_nicknames_best_finished_game(seeded, app, client, player, slug):
    def play(nickname, right):
        visitor = player.using(app.test_client())
        game = visitor.start(nickname=nickname, length=5)
        finish(visitor, game, right)
        return game

    play("Ana", 2)
    best = play("ana", 4)
    play("Bo", 4)
    play("Cy", 3)
    player.using(app.test_client()).start(nickname="Dee", length=5)  # never finished
    with app.app_context():
        db.session.execute(update(Game).where(Game.id == best.split("/")[-1]).values(duration_ms=1000))
        db.session.execute(update(Game).where(Game.nickname == "Bo").values(duration_ms=5000))
        db.session.execute(
            update(Game).where(Game.nickname == "Cy").values(finished_at=week_start() - timedelta(days=1))
        )
        db.session.commit()
    board = client.get(f"/packs/{slug}/leaderboard").text
    names = re.findall(r'<td><a href="/r/[^"]+">([^<]+)</a></td>', board)
    assert names == ["ana", "Bo", "Cy"], "best per nickname, ties to the faster, unfinished never"
    week = client.get(f"/packs/{slug}/leaderboard?period=week").text
    assert re.findall(r'<td><a href="/r/[^"]+">([^<]+)</a></td>', week) == ["ana", "Bo"]


def test_week_starts_on_monday():
    now = utcnow()
    start_ = week_start(now)
    assert start_.weekday() == 0 and start_ <= now < start_ + timedelta(days=7)


def test_leaderboard_ranks_by_the_share_right_across_game_lengths(seeded, app, client, player, slug):
    for nickname, length, right in (("Bo", 10, 6), ("Ana", 5, 5), ("Cy", 10, 10)):
        visitor = player.using(app.test_client())
        finish(visitor, visitor.start(nickname=nickname, length=length), right)
    board = client.get(f"/packs/{slug}/leaderboard").text
    assert re.findall(r'<td><a href="/r/[^"]+">([^<]+)</a></td>', board) == ["Cy", "Ana", "Bo"]
