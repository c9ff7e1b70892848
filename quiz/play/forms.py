from flask_wtf import FlaskForm
from wtforms import RadioField, SelectField, StringField
from wtforms.validators import Length, Optional

from ..core.game import NICKNAME_MAX


class StartForm(FlaskForm):
    nickname = StringField(
        "Nickname (optional)",
        validators=[Optional(), Length(max=NICKNAME_MAX, message=f"Keep the nickname to {NICKNAME_MAX} characters.")],
        description="Shown on your shared result. No account needed.",
    )
    length = SelectField(
        "Questions", choices=[(5, "5"), (10, "10"), (15, "15"), (20, "20")], coerce=int, default=10
    )
    difficulty = RadioField(
        "Difficulty",
        choices=[("", "Mixed"), ("easy", "Easy"), ("medium", "Medium"), ("hard", "Hard")],
        default="",
    )


class AnswerForm(FlaskForm):
    """Only the CSRF token; the chosen option arrives as the pressed button's value."""
