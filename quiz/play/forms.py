from flask_wtf import FlaskForm
from wtforms import BooleanField, RadioField, SelectChoice, SelectField, StringField
from wtforms.validators import Length, Optional

from ..core.limits import NICKNAME_MAX

DIFFICULTIES = (("", "Mixed"), ("easy", "Easy"), ("medium", "Medium"), ("hard", "Hard"))


class StartForm(FlaskForm):
    nickname = StringField(
        "Nickname (optional)",
        validators=[Optional(), Length(max=NICKNAME_MAX, message=f"Keep the nickname to {NICKNAME_MAX} characters.")],
        description="Shown on your shared result. No account needed.",
        render_kw={"autocomplete": "nickname"},
    )
    length = SelectField(
        "Questions", choices=[SelectChoice(n, str(n)) for n in (5, 10, 15, 20)], coerce=int, default=10
    )
    difficulty = RadioField(
        "Difficulty",
        choices=[SelectChoice(value, label) for value, label in DIFFICULTIES],
        default="",
    )
    timed = BooleanField("Timed", description="a countdown on each question, and points for speed")


class NicknameForm(FlaskForm):
    """Starting the daily puzzle: the same questions for everyone, so only a nickname to choose."""

    nickname = StartForm.nickname
