"""Database tables. Rounds copy their question's text, so editing or
re-importing a pack never changes a result that was already played."""

from __future__ import annotations

from datetime import UTC, datetime

from flask_login import UserMixin
from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from .extensions import db


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

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
    description: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[list] = mapped_column(JSON)
    source_text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Shipped packs have no owner and are always published; authors' packs start as drafts.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    published: Mapped[bool] = mapped_column(default=True, server_default=true())

    owner: Mapped[User | None] = relationship()

    def visible_to(self, user) -> bool:
        return self.published or (user.is_authenticated and user.id == self.owner_id)

    def editable_by(self, user) -> bool:
        return self.owner_id is not None and user.is_authenticated and user.id == self.owner_id

    questions: Mapped[list[Question]] = relationship(back_populates="pack")


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
    pack_id: Mapped[int] = mapped_column(ForeignKey("packs.id", ondelete="CASCADE"), index=True)
    nickname: Mapped[str | None] = mapped_column(String(40))
    length: Mapped[int]
    answered: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(index=True)
    duration_ms: Mapped[int | None]
    # A challenge replays another game's questions; this points at the game that started it.
    challenge_of: Mapped[str | None] = mapped_column(ForeignKey("games.id", ondelete="CASCADE"), index=True)

    pack: Mapped[Pack] = relationship()
    rounds: Mapped[list[Round]] = relationship(back_populates="game", order_by="Round.position")

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


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

    game: Mapped[Game] = relationship(back_populates="rounds")

    def text_of(self, option_id: str | None) -> str | None:
        return next((o["text"] for o in self.options if o["id"] == option_id), None)

    @property
    def answer(self) -> str:
        return self.text_of(self.answer_id)

    @property
    def chosen(self) -> str | None:
        return self.typed if self.is_typed else self.text_of(self.chosen_id)

    @property
    def is_typed(self) -> bool:
        return self.type == "typed_name"


class Card(db.Model):
    """A finished game's share image, drawn once: results never change."""

    __tablename__ = "cards"

    game_id: Mapped[str] = mapped_column(ForeignKey("games.id", ondelete="CASCADE"), primary_key=True)
    png: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
