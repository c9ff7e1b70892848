"""Security headers, rate limits, fuzzed pack input and a sweep of every route with bad requests."""

import itertools
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from quiz.core.formats import READERS, FormatError
from quiz.core.pack import Pack, PackError
from quiz.core.packdata import dump_yaml
from quiz.core.packfile import parse_pack
from quiz.core.packread import build_pack
from quiz.extensions import db
from quiz.models import Pack as PackRow
from quiz.models import Question

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_security_headers_on_pages_fragments_and_errors(seeded, client, slug):
    for response in (
        client.get("/"),
        client.get(f"/packs/{slug}", headers={"HX-Request": "true"}),
        client.get("/no-such-page"),
    ):
        policy = response.headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert "'unsafe-inline'" not in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_pages_have_no_inline_script(seeded, client, slug):
    page = client.get(f"/packs/{slug}").text
    assert "<script>" not in page and " on" + "click=" not in page
    assert all('src="' in tag for tag in page.split("<script")[1:])


def test_cdn_switch_allows_only_the_cdn_host(make_app):
    policy = make_app(HTMX_SOURCE="cdn").test_client().get("/healthz").headers["Content-Security-Policy"]
    assert "script-src 'self' https://cdn.jsdelivr.net;" in policy


def test_too_many_game_starts_get_a_friendly_429(seeded, client, player, csrf, slug):
    seeded.config["START_LIMIT"] = "2 per minute"
    player.start()
    player.start()
    page = client.get(f"/packs/{slug}")
    data = {"csrf_token": csrf(page.text), "length": "10", "difficulty": ""}
    blocked = client.post(f"/packs/{slug}", data=data)
    assert blocked.status_code == 429 and "going faster than we allow" in blocked.text
    assert "Retry-After" in blocked.headers


def test_too_many_answers_get_a_429_fragment_for_htmx(seeded, client, player, csrf, slug):
    seeded.config["ANSWER_LIMIT"] = "1 per minute"
    game = player.start()
    token = csrf(client.get(f"/packs/{slug}").text)
    client.post(f"{game}/rounds/0/answer", data={"csrf_token": token, "option": "x", "typed": "x"})
    blocked = client.post(
        f"{game}/rounds/1/answer", data={"csrf_token": token, "option": "x"}, headers={"HX-Request": "true"}
    )
    assert blocked.status_code == 429 and "<html" not in blocked.text and "Too many requests" in blocked.text


# Fuzzing: any input is a clean error or a valid pack, never a traceback.

yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30))
yaml_values = st.recursive(
    yaml_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=5)),
    max_leaves=25,
)
pack_keys = st.sampled_from(["slug", "title", "show", "season", "network", "sources", "facts", "questions", "x"])
fact_keys = st.sampled_from(["premiere", "renewed", "creators", "episodes", "cast", "filming", "y"])
pack_shaped = st.fixed_dictionaries(
    {},
    optional={
        "slug": st.one_of(st.text(max_size=20), st.just("a-b")),
        "title": yaml_values,
        "show": yaml_values,
        "season": yaml_values,
        "network": yaml_values,
        "sources": yaml_values,
        "facts": st.dictionaries(fact_keys, yaml_values, max_size=6),
        "questions": yaml_values,
    },
)


@FUZZ
@given(text=st.text(max_size=400))
def test_any_text_is_a_pack_or_a_clean_error(text):
    try:
        assert isinstance(parse_pack(text, "fuzz.yaml"), Pack)
    except PackError as error:
        assert error.problems and all(str(p).startswith("fuzz.yaml:") for p in error.problems)


@FUZZ
@given(data=st.one_of(yaml_values, pack_shaped, st.dictionaries(pack_keys, yaml_values)))
def test_any_data_is_a_pack_or_a_clean_error(data):
    try:
        pack = build_pack(data, "fuzz.yaml")
    except PackError as error:
        assert error.problems
    else:
        assert parse_pack(dump_yaml(data), "again.yaml") == pack


@FUZZ
@given(fmt=st.sampled_from(sorted(READERS)), text=st.text(max_size=300))
def test_any_questions_file_is_questions_or_a_clean_error(fmt, text):
    try:
        questions = READERS[fmt](text, "fuzz")
    except FormatError as error:
        assert error.lines and all(line.startswith("fuzz:") for line in error.lines)
    else:
        assert all({"prompt", "answer", "wrong"} <= set(q) for q in questions)


@FUZZ
@given(
    payload=st.recursive(yaml_scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=20)
)
def test_any_json_is_opentdb_questions_or_a_clean_error(payload):
    text = json.dumps({"results": payload} if isinstance(payload, list) else payload)
    try:
        questions = READERS["opentdb"](text, "fuzz")
    except FormatError as error:
        assert error.lines and all(line.startswith("fuzz:") for line in error.lines)
    else:
        assert all({"prompt", "answer", "wrong"} <= set(q) and q["answer"] not in q["wrong"] for q in questions)


def test_a_broken_import_writes_nothing(seeded, runner, tmp_path, seed_pack):
    good = tmp_path / "good.yaml"
    good.write_text(seed_pack.read_text(encoding="utf-8").replace("narcos-mexico-s2", "another-pack"))
    bad = tmp_path / "zz-bad.yaml"
    bad.write_text("slug: [")
    with seeded.app_context():
        before = db.session.scalar(select(func.count()).select_from(Question))
    result = runner.invoke(args=["packs", "import", str(good), str(bad)])
    assert result.exit_code == 1
    with seeded.app_context():
        assert db.session.scalar(select(func.count()).select_from(PackRow)) == 1
        assert db.session.scalar(select(func.count()).select_from(Question)) == before


# The sweep: every route, every method, malformed ids, bodies and headers; nothing may answer 5xx.

BAD_VALUES = ["x", "0", "-1", "99999999999999999999", "%00", "..%2F..%2Fetc", "é" * 300, "<script>"]
BODIES = [
    {},
    {"csrf_token": "forged", "option": "x" * 5000},
    {"action": "remove-cast-999", "cast-0-actor": "\x00"},
    {"action": "add-questions", "season": "1e9"},
    {"length": "-5", "difficulty": "impossible", "nickname": "\u202e" * 50},
]
HEADERS = [
    {},
    {"HX-Request": "true"},
    {"HX-Request": "true", "HX-History-Restore-Request": "true"},
    {"Content-Type": "application/json"},
    {"Content-Type": "multipart/form-data; boundary=nope"},
]


def test_every_route_survives_malformed_requests(seeded, app, player, auth, slug):
    signed_in = app.test_client()
    auth.sign_up("sweeper", client=signed_in)
    anonymous = app.test_client()
    game = player.using(signed_in).start()
    # Let the malformed bodies reach the views instead of stopping at the CSRF check or a rate limit.
    app.config.update(
        WTF_CSRF_ENABLED=False,
        START_LIMIT="100000 per minute",
        LOGIN_LIMIT="100000 per minute",
        ANSWER_LIMIT="100000 per minute",
    )
    rules = [rule for rule in app.url_map.iter_rules() if rule.endpoint != "static"]
    failures = []
    for rule, client in itertools.product(rules, (anonymous, signed_in)):
        for value in BAD_VALUES + [slug, game.split("/")[-1]]:
            url = rule.rule
            for argument in rule.arguments:
                url = url.replace(f"<{argument}>", value).replace(f"<int:{argument}>", "0")
            for method, body, headers in itertools.product(("GET", "POST", "PUT", "DELETE"), BODIES[:3], HEADERS):
                data = json.dumps(body) if headers.get("Content-Type") == "application/json" else body
                response = client.open(url, method=method, data=data, headers=headers)
                if response.status_code >= 500:
                    failures.append(f"{method} {url} {headers} -> {response.status_code}")
        for body in BODIES:
            url = rule.rule.replace("<slug>", slug).replace("<game_id>", game.split("/")[-1])
            url = url.replace("<int:position>", "0").replace("<token>", "x")
            response = client.post(url, data=body)
            if response.status_code >= 500:
                failures.append(f"POST {url} {body} -> {response.status_code}")
    assert not failures, failures[:10]
