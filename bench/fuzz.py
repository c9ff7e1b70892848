"""Coverage-guided fuzzing of the pack parser and question importers with atheris.

    .venv/bin/pip install atheris
    .venv/bin/python bench/fuzz.py -runs=20000

Any input must give a pack or a clean PackError / FormatError; anything else
is a crash that atheris reports with the input that caused it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

with atheris.instrument_imports():
    from quiz.core.formats import READERS, FormatError
    from quiz.core.pack import PackError
    from quiz.core.packfile import parse_pack

READER_NAMES = sorted(READERS)


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    choice = provider.ConsumeIntInRange(0, len(READER_NAMES))
    text = provider.ConsumeUnicodeNoSurrogates(4096)
    try:
        if choice == len(READER_NAMES):
            parse_pack(text, "fuzz.yaml")
        else:
            READERS[READER_NAMES[choice]](text, "fuzz")
    except (PackError, FormatError):
        pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
