"""Typed answers, true/false and observed difficulty, played through the test client."""

from sqlalchemy import select

from quiz.core.selection import observed_difficulty
from quiz.extensions import db
from quiz.models import Game, Question, Round
from quiz.play.games import answer_record


def game_with(player, kind: str):
    for _ in range(30):
        game = player.start(length=20)
        for round_ in player.rounds(game):
            if round_.kind == kind:
                return game, round_
    raise AssertionError(f"no {kind} question in 30 games")


def play_until(player, game, target) -> None:
    """Answer rounds before `target` so it becomes the current question."""
    for round_ in player.rounds(game)[: target.position]:
        data = {"csrf_token": player.token(), "option": round_.answer_id, "typed": round_.answer}
        player.client.post(f"{game}/rounds/{round_.position}/answer", data=data)


def test_a_typed_name_is_forgiving_about_spelling(seeded, client, player):
    game, typed = game_with(player, "typed_actor")
    play_until(player, game, typed)
    page = client.get(game).text
    assert 'name="typed"' in page and 'name="option"' not in page
    assert typed.answer not in page, "the answer must not reach the browser"
    before = player.game(game).score
    sloppy = typed.answer.lower().replace("a", "á", 1) + "!"
    response = client.post(
        f"{game}/rounds/{typed.position}/answer", data={"csrf_token": player.token(), "typed": sloppy}
    )
    feedback = client.get(response.headers["Location"]).text
    assert "Right!" in feedback and "You typed" in feedback and typed.answer in feedback
    assert player.game(game).score == before + 1


def test_a_wrong_or_empty_typed_name(seeded, client, player):
    game, typed = game_with(player, "typed_actor")
    play_until(player, game, typed)
    url = f"{game}/rounds/{typed.position}/answer"
    empty = client.post(url, data={"csrf_token": player.token(), "typed": "   "})
    assert empty.status_code == 422 and "Type a name" in empty.text
    assert player.game(game).answered == typed.position
    response = client.post(url, data={"csrf_token": player.token(), "typed": "Wagner Moura"})
    feedback = client.get(response.headers["Location"]).text
    assert "Wrong." in feedback and "Wagner Moura" in feedback
    assert player.game(game).answered == typed.position + 1


def test_true_or_false_questions_offer_two_buttons(seeded, client, player):
    game, statement = game_with(player, "true_false")
    play_until(player, game, statement)
    page = client.get(game).text
    assert statement.prompt.startswith("True or false?") and statement.prompt in page
    assert page.count('name="option"') == 2


def test_answers_are_counted_per_question(seeded, client, player):
    game = player.start(length=5)
    first = player.rounds(game)[0]
    data = {"csrf_token": player.token(), "option": first.answer_id, "typed": first.answer}
    client.post(f"{game}/rounds/0/answer", data=data)
    with seeded.app_context():
        assert answer_record([first.question_id]) == {first.question_id: (1, 1)}


def record_answers(app, answers: dict[int, tuple[int, int]]) -> None:
    """Store finished rounds as if players had answered each question `n` times, `right` of them right."""
    with app.app_context():
        pack_id = db.session.scalar(select(Question.pack_id))
        played = Game(id="history", share_token="history", pack_id=pack_id, length=0, answered=0, score=0)
        db.session.add(played)
        db.session.flush()
        position = 0
        for question in db.session.scalars(select(Question).where(Question.id.in_(answers))):
            n, right = answers[question.id]
            for i in range(n):
                db.session.add(
                    Round(
                        game_id="history",
                        position=position,
                        question_id=question.id,
                        kind=question.kind,
                        type=question.type,
                        prompt=question.prompt,
                        options=[],
                        answer_id="a",
                        explanation="",
                        chosen_id="a" if i < right else "b",
                        correct=i < right,
                    )
                )
                position += 1
        db.session.commit()


def test_observed_difficulty_replaces_the_estimate_after_thirty_answers(seeded, client, player, csrf, slug):
    assert observed_difficulty("hard", 29, 29) == "hard"
    assert observed_difficulty("hard", 30, 27) == "easy"
    assert observed_difficulty("easy", 40, 4) == "hard"
    with seeded.app_context():
        ids = list(db.session.scalars(select(Question.id)))
        favourite = db.session.scalar(select(Question.id).where(Question.difficulty == "hard"))
    record_answers(seeded, {qid: (30, 30) if qid == favourite else (30, 3) for qid in ids})
    page = client.get(f"/packs/{slug}")
    data = {"csrf_token": csrf(page.text), "nickname": "", "length": "5", "difficulty": "easy"}
    game = client.post(f"/packs/{slug}", data=data).headers["Location"].replace("http://cliffhanger.test", "")
    # Every other question is now observed to be hard, so the one players found easy leads the game.
    assert player.rounds(game)[0].question_id == favourite
