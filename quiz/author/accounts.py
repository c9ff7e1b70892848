"""Sign up, sign in and sign out. Players never need an account."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required, login_user, logout_user
from sqlalchemy import case, or_, select
from sqlalchemy.exc import IntegrityError

from ..core.text import username_key
from ..extensions import db, limiter, login_manager
from ..models import User
from . import bp
from .forms import ConfirmForm, LoginForm, SignupForm


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    return db.session.get(User, int(user_id)) if user_id.isdigit() else None


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT"], methods=["POST"])
def signup():
    form = SignupForm()
    if form.validate_on_submit():
        user = User(username=form.username.data.strip())
        user.set_password(form.password.data)
        db.session.add(user)
        try:
            db.session.commit()
        except IntegrityError:  # the database's unique key decides, so two sign-ups at once can't both win
            db.session.rollback()
            form.username.errors.append("That username is taken.")
        else:
            login_user(user)
            flash(f"Welcome, {user.username}. Start your first pack below.")
            return redirect(url_for("author.dashboard"), 303)
    status = 422 if request.method == "POST" else 200
    return render_template("author/signup.html", form=form), status


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT"], methods=["POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        name = form.username.data.strip()
        # The exact name too: accounts that differed only by case before names were folded keep working.
        found = select(User).where(or_(User.username_key == username_key(name), User.username == name))
        user = db.session.scalar(found.order_by(case((User.username == name, 0), else_=1)).limit(1))
        if user is not None and user.check_password(form.password.data):
            login_user(user)
            return redirect(_safe_next(request.args.get("next")), 303)
        form.password.errors.append("That username and password don't match.")
    status = 422 if request.method == "POST" else 200
    return render_template("author/login.html", form=form), status


@bp.post("/logout")
@login_required
def logout():
    if ConfirmForm().validate_on_submit():
        logout_user()
        flash("You are signed out.")
    return redirect(url_for("home"), 303)


def _safe_next(target: str | None) -> str:
    """Only follow a `next` that stays on this site."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("author.dashboard")
