"""Author forms. The pack form mirrors the pack format; the pack validator,
not WTForms, decides what is valid, so the browser and files get the same rules."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    PasswordField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import EqualTo, InputRequired, Length, Regexp

from ..core.limits import MAX_ROWS, PASSWORD_LENGTH, USERNAME_LENGTH
from ..core.pack import CAST_STATUSES, FILMING_STATUSES, PLACE_KINDS, PRONOUNS

DATE_HINT = "YYYY-MM-DD, YYYY-MM or YYYY: as precise as the source is"
LIST_HINT = "separate several with ;"
USERNAME = Regexp(r"^[A-Za-z0-9_.-]+$", message="Use letters, digits, dots, dashes and underscores only.")


def _choices(values):
    return [SelectChoice(v, v) for v in values]


def _optional(values, blank="not given"):
    return [SelectChoice("", blank), *_choices(values)]


class SignupForm(FlaskForm):
    # The rules are shown before anyone breaks them, not only as errors.
    username = StringField(
        "Username",
        validators=[InputRequired(), Length(*USERNAME_LENGTH), USERNAME],
        description=f"{USERNAME_LENGTH[0]} to {USERNAME_LENGTH[1]} letters, digits, dots, dashes or underscores",
    )
    password = PasswordField(
        "Password",
        validators=[InputRequired(), Length(*PASSWORD_LENGTH)],
        description=f"at least {PASSWORD_LENGTH[0]} characters; a few unrelated words work well",
    )
    confirm = PasswordField("Repeat the password", validators=[EqualTo("password", message="The passwords differ.")])


class LoginForm(FlaskForm):
    username = StringField("Username", validators=[InputRequired(), Length(max=USERNAME_LENGTH[1])])
    password = PasswordField("Password", validators=[InputRequired(), Length(max=PASSWORD_LENGTH[1])])


class SourceRow(Form):
    title = StringField("Title")
    publisher = StringField("Publisher")
    url = StringField("Address (optional)")
    date = StringField("Date (optional)", description=DATE_HINT)


class CastRow(Form):
    actor = StringField("Actor")
    pronouns = SelectField(
        "Pronouns (optional)", choices=_optional(PRONOUNS), default="", description="so options look alike"
    )
    role = StringField("Role (optional)")
    known_for = StringField("Known for (optional)", description=LIST_HINT)
    narrator = BooleanField("Narrator")
    status = SelectField("Status", choices=_choices(CAST_STATUSES), default="confirmed")
    # What the pack file can say about a cast member that this form does not edit, kept as it was.
    more = HiddenField()


class FilmingRow(Form):
    place = StringField("Place")
    kind = SelectField("Kind of place (optional)", choices=_optional(PLACE_KINDS), default="")
    country = StringField("Country (optional)", description="where the place is")
    start = StringField("From (optional)", description=DATE_HINT)
    end = StringField("To (optional)", description=DATE_HINT)
    status = SelectField("Status", choices=_choices(FILMING_STATUSES), default="confirmed")
    more = HiddenField()


class QuestionRow(Form):
    prompt = StringField("Question")
    answer = StringField("Correct answer")
    wrong = StringField("Wrong answers", description=LIST_HINT)
    explanation = StringField("Explanation (optional)")


class PackForm(FlaskForm):
    slug = StringField(
        "Address name (optional)", description="a-z, 0-9 and hyphens; made from the show and season if empty"
    )
    title = StringField("Title")
    show = StringField("Show")
    season = StringField("Season", description="a whole number")
    label = StringField("Season label (optional)", description="the show's own name, e.g. Part 3 or Series 2")
    network = StringField("Network or service")
    country = StringField(
        "Countries (optional)",
        description="where the show is made; " + LIST_HINT + "; lets options from other shows fit",
    )
    description = TextAreaField("Description (optional)")
    premiere = StringField("Premiere (optional)", description=DATE_HINT)
    renewed = StringField("Renewed (optional)", description=DATE_HINT)
    creators = StringField("Creators (optional)", description=LIST_HINT)
    episodes = StringField("Episodes (optional)", description="a whole number")
    episodes_at_least = BooleanField("The source gives only a minimum")
    sources = FieldList(FormField(SourceRow), min_entries=1, max_entries=MAX_ROWS["sources"])
    cast = FieldList(FormField(CastRow), min_entries=1, max_entries=MAX_ROWS["cast"])
    filming = FieldList(FormField(FilmingRow), max_entries=MAX_ROWS["filming"])
    questions = FieldList(FormField(QuestionRow), max_entries=MAX_ROWS["questions"])
    more = HiddenField()


ROW_LISTS = tuple(MAX_ROWS)
MAX_ARTICLES = 3


class UploadForm(FlaskForm):
    file = FileField("Pack file (.yaml)")


class QuestionImportForm(FlaskForm):
    file = FileField("Questions file")
    format = SelectField(
        "Format",
        choices=[
            SelectChoice("opentdb", "Open Trivia DB JSON"),
            SelectChoice("csv", "CSV: question, correct answer, wrong answers…"),
            SelectChoice("gift", "Moodle GIFT (multiple choice)"),
        ],
    )


class ConfirmForm(FlaskForm):
    """A bare CSRF-protected form for publish, unpublish, delete and sign-out buttons."""


class ArticleRow(Form):
    """One article: pasted, uploaded or fetched; the server reads whichever is given."""

    text = TextAreaField("Paste the article's text")
    file = FileField("Or upload the saved page", description=".html, .htm or .txt, UTF-8")
    url = StringField("Or give its address", description="http:// or https://; the server fetches the page")


class ArticleForm(FlaskForm):
    """Up to three articles about one season, merged into one draft."""

    articles = FieldList(FormField(ArticleRow), min_entries=MAX_ARTICLES, max_entries=MAX_ARTICLES)
