"""Hand-written questions from formats authors already use, and out to Open Trivia DB.

Each reader returns question dicts in the pack format ({prompt, answer, wrong,
explanation?}) or raises FormatError naming the line of every problem.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re

from .questions import TYPED_NAME

MAX_QUESTIONS = 100
MAX_WRONG = 5


class FormatError(Exception):
    def __init__(self, origin: str, problems: list[tuple[int, str]]):
        self.lines = [f"{origin}:{line}: {message}" for line, message in problems]
        super().__init__("\n".join(self.lines))


def _check_count(origin: str, questions: list[dict]) -> list[dict]:
    if not questions:
        raise FormatError(origin, [(1, "no questions found")])
    if len(questions) > MAX_QUESTIONS:
        raise FormatError(origin, [(1, f"{len(questions)} questions; at most {MAX_QUESTIONS} can be imported at once")])
    return questions


def read_opentdb(text: str, origin: str) -> list[dict]:
    """Open Trivia DB JSON: {"results": [{question, correct_answer, incorrect_answers, ...}]}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError(origin, [(error.lineno, f"invalid JSON: {error.msg}")]) from None
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, list):
        raise FormatError(origin, [(1, "expected an object with a 'results' list")])
    questions, problems = [], []
    for i, item in enumerate(results):
        line = _json_line(text, i)
        if not isinstance(item, dict):
            problems.append((line, f"results[{i}]: expected an object"))
            continue
        missing = [k for k in ("question", "correct_answer", "incorrect_answers") if k not in item]
        if missing:
            problems.append((line, f"results[{i}]: missing {', '.join(missing)}"))
            continue
        wrong = item["incorrect_answers"]
        if not isinstance(wrong, list) or not all(isinstance(w, str) for w in wrong):
            problems.append((line, f"results[{i}].incorrect_answers: expected a list of text"))
            continue
        questions.append(
            {
                "prompt": html.unescape(str(item["question"])),
                "answer": html.unescape(str(item["correct_answer"])),
                "wrong": [html.unescape(w) for w in wrong],
            }
        )
    if problems:
        raise FormatError(origin, problems)
    return _check_count(origin, questions)


def _json_line(text: str, index: int) -> int:
    """Best-effort line of the index-th result object, for messages."""
    starts = [m.start() for m in re.finditer(r'"question"\s*:', text)]
    return text.count("\n", 0, starts[index]) + 1 if index < len(starts) else 1


def read_csv(text: str, origin: str) -> list[dict]:
    """Rows of question, correct answer, then one or more wrong answers; a header row is optional."""
    questions, problems = [], []
    reader = csv.reader(io.StringIO("\n".join(text.splitlines())))
    try:
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as error:
        raise FormatError(origin, [(reader.line_num, f"not valid CSV: {error}")]) from None
    for line_number, row in rows:
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if line_number == 1 and cells[0].casefold() in ("question", "prompt"):
            continue
        cells = [c for c in cells if c]
        if len(cells) < 3:
            problems.append((line_number, "needs a question, the correct answer and at least one wrong answer"))
            continue
        questions.append({"prompt": cells[0], "answer": cells[1], "wrong": cells[2:]})
    if problems:
        raise FormatError(origin, problems)
    return _check_count(origin, questions)


GIFT_QUESTION = re.compile(r"^(?:::(?P<title>.*?)::)?(?P<stem>.*?)(?<!\\)\{(?P<body>.*)(?<!\\)\}\s*$", re.DOTALL)
GIFT_CHOICE = re.compile(r"(?<!\\)([=~])")


def _gift_unescape(text: str) -> str:
    text = re.sub(r"(?<!\\)#.*$", "", text, flags=re.DOTALL)  # feedback is not part of the option
    return re.sub(r"\\([~=#{}:])", r"\1", text).strip()


def read_gift(text: str, origin: str) -> list[dict]:
    """The multiple-choice subset of Moodle GIFT: one `=right` and one or more `~wrong` per question."""
    questions, problems = [], []
    block, start = [], 1
    for number, line in enumerate([*text.splitlines(), ""], 1):
        if line.strip().startswith("//") or line.strip().startswith("$CATEGORY"):
            continue
        if line.strip():
            if not block:
                start = number
            block.append(line)
            continue
        if block:
            found = _gift_block("\n".join(block))
            (questions.append(found) if isinstance(found, dict) else problems.append((start, found)))
            block = []
    if problems:
        raise FormatError(origin, problems)
    return _check_count(origin, questions)


def _gift_block(block: str) -> dict | str:
    match = GIFT_QUESTION.match(block.strip())
    if not match:
        return "expected a question followed by {=right ~wrong} answers"
    body = match["body"].strip()
    parts = GIFT_CHOICE.split(body)
    choices = [(parts[i], _gift_unescape(parts[i + 1])) for i in range(1, len(parts) - 1, 2)]
    right = [text for mark, text in choices if mark == "="]
    wrong = [text for mark, text in choices if mark == "~"]
    if len(right) != 1 or not wrong or parts[0].strip():
        return "only multiple-choice questions (one =right, at least one ~wrong) can be imported"
    stem = _gift_unescape(match["stem"]).replace("\n", " ")
    return {"prompt": re.sub(r"\s+", " ", stem), "answer": right[0], "wrong": wrong}


READERS = {"opentdb": read_opentdb, "csv": read_csv, "gift": read_gift}


def to_opentdb(questions: list[dict], category: str) -> str:
    """Open Trivia DB JSON, text unencoded; each dict has prompt, answer, wrong, difficulty, type."""
    results = [
        {
            "type": "boolean" if q["type"] == "boolean" else "multiple",
            "difficulty": q["difficulty"],
            "category": category,
            "question": q["prompt"],
            "correct_answer": q["answer"],
            "incorrect_answers": [o for o in q["options"] if o != q["answer"]],
        }
        for q in questions
        if q["type"] != TYPED_NAME
    ]
    return json.dumps({"response_code": 0, "results": results}, ensure_ascii=False, indent=2)
