"""Database tables. Rounds copy their question's text, so editing or
re-importing a pack never changes a result that was already played.

Deleting a pack, a game or a user is one DELETE: the foreign keys cascade in the
database (SQLite enforces them through a pragma), so nothing is loaded to be deleted.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from flask_login import UserMixin
from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates
from werkzeug.security import check_password_hash, generate_password_hash

from .core.questions import TYPED_NAME
from .core.text import username_key
from .extensions import db


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    # The name as sign-in compares it; unique, so "Alice" and "alice" can't both exist, even when they
    # sign up at the same moment.
    username_key: Mapped[str] = mapped_column(String(40), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The daily puzzle's day streak for a signed-in player (others keep it in their signed cookie).
    daily_last: Mapped[int | None]
    daily_streak: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    @validates("username")
    def _keep_key(self, _field: str, username: str) -> str:
        self.username_key = username_key(username)
        return username

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)


class Pack(db.Model):
    __tablename__ = "packs"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    show: Mapped[str] = mapped_column(String(300))
    season: Mapped[int]
    network: Mapped[str] = mapped_column(String(300))
    # For the shelf: the premiere as YYYY[-MM[-DD]] (sorts as text), and what its search looks in.
    premiere: Mapped[str | None] = mapped_column(String(10), index=True)
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    description: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[list] = mapped_column(JSON)
    # Up to a whole pack file: loaded only where it is read, never on the play path.
    source_text: Mapped[str] = mapped_column(Text, deferred=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Shipped packs have no owner and are always published; authors' packs start as drafts.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    published: Mapped[bool] = mapped_column(default=True, server_default=true())

    owner: Mapped[User | None] = relationship()
    questions: Mapped[list[Question]] = relationship(back_populates="pack", passive_deletes=True)
    games: Mapped[list[Game]] = relationship(back_populates="pack", passive_deletes=True)

    def visible_to(self, user) -> bool:
        return self.published or (user.is_authenticated and user.id == self.owner_id)

    def editable_by(self, user) -> bool:
        return self.owner_id is not None and user.is_authenticated and user.id == self.owner_id


class Question(db.Model):
    __tablename__ = "questions"
    __table_args__ = (UniqueConstraint("pack_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_id: Mapped[int] = mapped_column(ForeignKey("packs.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(400))
    kind: Mapped[str] = mapped_column(String(40))
    type: Mapped[str] = mapped_column(String(20), default="text", server_default="text")
    fact: Mapped[str] = mapped_column(String(400))
    prompt: Mapped[str] = mapped_column(Text)
    options: Mapped[list] = mapped_column(JSON)
    answer: Mapped[str] = mapped_column(Text)
    difficulty: Mapped[str] = mapped_column(String(10))
    explanation: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    # Several fair option sets, so replays differ; `options` is the first. A game copies one.
    option_sets: Mapped[list | None] = mapped_column(JSON)
    # What dealing a game needs: never two of one topic, nor one revealing a fact another asks.
    topic: Mapped[str | None] = mapped_column(String(400))
    asks: Mapped[list | None] = mapped_column(JSON)
    reveals: Mapped[list | None] = mapped_column(JSON)
    # Further facts an explanation can add, [{"text", "fact"}], and the source it cites.
    extras: Mapped[list | None] = mapped_column(JSON)
    citation: Mapped[str | None] = mapped_column(Text)
    # Other accepted spellings of a typed answer.
    aliases: Mapped[list | None] = mapped_column(JSON)

    pack: Mapped[Pack] = relationship(back_populates="questions")


class Game(db.Model):
    __tablename__ = "games"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    share_token: Mapped[str] = mapped_column(String(32), unique=True)
    # A game plays one pack, or is a daily puzzle (`daily` is its number) asking across the shelf.
    pack_id: Mapped[int | None] = mapped_column(ForeignKey("packs.id", ondelete="CASCADE"), index=True)
    daily: Mapped[int | None] = mapped_column(index=True)
    nickname: Mapped[str | None] = mapped_column(String(40))
    length: Mapped[int]
    answered: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[int] = mapped_column(Integer, default=0)
    # Right answers in a row up to the last one: moved by the same UPDATE that moves the score.
    streak: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # A timed game allows `seconds` a question and scores points for speed (core/timing.py).
    seconds: Mapped[int | None]
    points: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(index=True)
    duration_ms: Mapped[int | None]
    # A challenge replays another game's questions; this points at the game that started it.
    challenge_of: Mapped[str | None] = mapped_column(ForeignKey("games.id", ondelete="CASCADE"), index=True)

    pack: Mapped[Pack | None] = relationship(back_populates="games")
    rounds: Mapped[list[Round]] = relationship(
        back_populates="game", order_by="Round.position", cascade="all", passive_deletes=True
    )
    # The game whose questions this one replays, when it is a challenge.
    challenge: Mapped[Game | None] = relationship(remote_side=[id])

    @classmethod
    def begin(
        cls, pack_id: int | None, nickname: str | None, rounds: list[Round], challenge: Game | None = None
    ) -> Game:
        """A new game with unguessable ids for its page and its public result."""
        return cls(
            id=secrets.token_urlsafe(16),
            share_token=secrets.token_urlsafe(16),
            pack_id=pack_id,
            nickname=nickname,
            length=len(rounds),
            answered=0,
            score=0,
            rounds=rounds,
            challenge=challenge,
        )

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def name(self) -> str:
        """What the game is of, as pages name it."""
        return f"Daily puzzle #{self.daily}" if self.daily else self.pack.title


class Round(db.Model):
    __tablename__ = "rounds"
    __table_args__ = (UniqueConstraint("game_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    game_id: Mapped[str] = mapped_column(ForeignKey("games.id", ondelete="CASCADE"))
    position: Mapped[int]
    question_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    type: Mapped[str] = mapped_column(String(20), default="text", server_default="text")
    prompt: Mapped[str] = mapped_column(Text)
    # [{"id": unguessable token, "text": option}], in the order shown; for a typed question,
    # the answer and the look-alike names that must not be accepted, never shown
    options: Mapped[list] = mapped_column(JSON)
    answer_id: Mapped[str] = mapped_column(String(16))
    explanation: Mapped[str] = mapped_column(Text)
    chosen_id: Mapped[str | None] = mapped_column(String(16))
    typed: Mapped[str | None] = mapped_column(String(200))
    correct: Mapped[bool | None]
    answered_at: Mapped[datetime | None]
    # In a timed game, when the question was first shown: the server's clock starts there.
    shown_at: Mapped[datetime | None]

    game: Mapped[Game] = relationship(back_populates="rounds")

    @classmethod
    def deal(cls, position: int, question_id: int | None, asked, options, explanation: str) -> Round:
        """A round asking `asked` (a dealt question, or a round being replayed: anything with a kind,
        type, prompt, answer and aliases) with `options` in the order shown.

        Options get fresh random ids: a posted id says nothing about position or correctness, and a
        challenger's ids say nothing about the first player's.
        """
        entries = [{"id": secrets.token_urlsafe(6), "text": text} for text in options]
        answer_id = next(o["id"] for o in entries if o["text"] == asked.answer)
        # Other spellings a typed answer may take; never shown, like the look-alike names.
        entries += [{"id": secrets.token_urlsafe(6), "text": alias, "alias": True} for alias in asked.aliases]
        return cls(
            position=position,
            question_id=question_id,
            kind=asked.kind,
            type=asked.type,
            prompt=asked.prompt,
            options=entries,
            answer_id=answer_id,
            explanation=explanation,
        )

    @property
    def option_texts(self) -> list[str]:
        return [o["text"] for o in self.options if not o.get("alias")]

    @property
    def aliases(self) -> list[str]:
        return [o["text"] for o in self.options if o.get("alias")]

    def text_of(self, option_id: str | None) -> str | None:
        return next((o["text"] for o in self.options if o["id"] == option_id), None)

    @property
    def answer(self) -> str:
        return self.text_of(self.answer_id)

    @property
    def chosen(self) -> str | None:
        if self.timed_out:
            return "nothing in time"
        return self.typed if self.is_typed else self.text_of(self.chosen_id)

    @property
    def seconds_left(self) -> float:
        """In a timed game, the time this question has left by the server's clock."""
        if not self.game.seconds or self.shown_at is None:
            return float(self.game.seconds or 0)
        return max(self.game.seconds - (utcnow() - self.shown_at).total_seconds(), 0.0)

    @property
    def timed_out(self) -> bool:
        return self.chosen_id == "late"  # turns.TIMED_OUT

    @property
    def is_typed(self) -> bool:
        return self.type == TYPED_NAME


class Card(db.Model):
    """A finished game's share image, drawn once: results never change."""

    __tablename__ = "cards"

    game_id: Mapped[str] = mapped_column(ForeignKey("games.id", ondelete="CASCADE"), primary_key=True)
    png: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ArticleDraft(db.Model):
    """A pack drafted from articles, being reviewed: what the extractor read, the sentence behind each
    value, and which values the author has accepted. It becomes a pack only when published."""

    __tablename__ = "article_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # The pack data as the author is editing it (pack format; may not be valid yet).
    data: Mapped[dict] = mapped_column(JSON)
    # Field path ("premiere", "cast.0.role", "creators.1") -> the value the extractor gave it, as
    # extracted; the server compares the edited data with these, never with anything the browser sends.
    extracted: Mapped[dict] = mapped_column(JSON)
    # Field path -> [{"value", "sentence", "source", "hedge"}]: why the extractor gave that value.
    evidence: Mapped[dict] = mapped_column(JSON)
    # Field path -> two or more disagreeing [{"value", "sentence", "source", "hedge"}].
    conflicts: Mapped[dict] = mapped_column(JSON)
    # Paths the author accepted as extracted (or, for a disagreement, chose to leave out).
    reviewed: Mapped[list] = mapped_column(JSON)
    # What the extractor read but left out on purpose, [{"value", "sentence"}] (a showrunner is not a creator).
    notes: Mapped[list] = mapped_column(JSON, default=list)

    @property
    def title(self) -> str:
        data = self.data or {}
        return data.get("title") or data.get("show") or "Untitled draft"
