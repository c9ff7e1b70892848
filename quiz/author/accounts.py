"""Sign up, sign in and sign out. Players never need an account."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required, login_user, logout_user
from sqlalchemy import func, select

from ..extensions import db, limiter, login_manager
from ..models import User
from . import bp
from .forms import ConfirmForm, LoginForm, SignupForm


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    return db.session.get(User, int(user_id)) if user_id.isdigit() else None


@bp.route("/author/signup", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT"], methods=["POST"])
def signup():
    form = SignupForm()
    if form.validate_on_submit():
        name = form.username.data.strip()
        if db.session.scalar(select(User).where(func.lower(User.username) == name.lower())):
            form.username.errors.append("That username is taken.")
        else:
            user = User(username=name)
            user.set_password(form.password.data)
            db.session.add(user)
            db.session.commit()
            login_user(user)
            flash(f"Welcome, {user.username}. Start your first pack below.")
            return redirect(url_for("author.dashboard"), 303)
    status = 422 if request.method == "POST" else 200
    return render_template("author/signup.html", form=form), status


@bp.route("/author/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT"], methods=["POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        name = form.username.data.strip()
        user = db.session.scalar(select(User).where(func.lower(User.username) == name.lower()))
        if user is not None and user.check_password(form.password.data):
            login_user(user)
            return redirect(_safe_next(request.args.get("next")), 303)
        form.password.errors.append("That username and password don't match.")
    status = 422 if request.method == "POST" else 200
    return render_template("author/login.html", form=form), status


@bp.post("/author/logout")
@login_required
def logout():
    if ConfirmForm().validate_on_submit():
        logout_user()
        flash("You are signed out.")
    return redirect(url_for("play.home"), 303)


def _safe_next(target: str | None) -> str:
    """Only follow a `next` that stays on this site."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("author.dashboard")
