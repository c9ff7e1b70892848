"""How fast hostile pack files are refused: a YAML alias bomb, a file at the node limit, and one
nested past the depth limit, parsed in-process, through `flask packs check` and through the upload form.

    .venv/bin/python bench/bounds.py

Target: every refusal well under a second (the parse itself in milliseconds), so no request or
command can be pinned by a file a few kilobytes long.
"""

from __future__ import annotations

import io
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz import create_app  # noqa: E402
from quiz.core.limits import MAX_YAML_NODES  # noqa: E402
from quiz.core.pack import PackError  # noqa: E402
from quiz.core.packfile import parse_pack  # noqa: E402
from quiz.extensions import db  # noqa: E402

BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)
FILES = {
    "alias bomb": BOMB,
    "past the node limit": "facts: [" + "1, " * MAX_YAML_NODES + "1]",
    "past the depth limit": "[" * 10_000 + "]" * 10_000,
}
TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def timed(action, runs: int = 5) -> float:
    """Median seconds of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def parse(text: str) -> None:
    try:
        parse_pack(text, "hostile.yaml")
    except PackError:
        return
    raise AssertionError("accepted")


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'bench.sqlite'}",
            "SECRET_KEY": "bench",
            "INSTANCE_PATH": str(folder),
            "RATELIMIT_ENABLED": False,
        }
    )
    with app.app_context():
        db.create_all()
    client = app.test_client()
    page = client.get("/author/signup")
    password = "bench password"
    form = {"csrf_token": TOKEN.search(page.text)[1], "username": "bench", "password": password, "confirm": password}
    client.post("/author/signup", data=form)
    token = TOKEN.search(client.get("/author/upload").text)[1]

    def upload(text: str) -> None:
        data = {"csrf_token": token, "file": (io.BytesIO(text.encode()), "hostile.yaml")}
        response = client.post("/author/upload", data=data, content_type="multipart/form-data")
        assert response.status_code == 422, response.status_code

    print(f"{'file':<22} {'bytes':>8} {'parse ms':>9} {'upload ms':>10} {'flask packs check s':>20}")
    for name, text in FILES.items():
        path = folder / "hostile.yaml"
        path.write_text(text)
        command = [sys.executable, "-m", "flask", "--app", "quiz", "packs", "check", str(path)]
        cli = timed(lambda command=command: subprocess.run(command, cwd=ROOT, capture_output=True, check=False), 3)
        print(
            f"{name:<22} {len(text.encode()):>8} {timed(lambda text=text: parse(text)) * 1000:>9.1f}"
            f" {timed(lambda text=text: upload(text)) * 1000:>10.1f} {cli:>20.2f}"
        )
    print("(the command includes starting Python and the app; compare with `flask packs check` of a small pack)")
    with app.app_context():
        db.engine.dispose()


if __name__ == "__main__":
    main()
