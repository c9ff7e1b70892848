"""Every size limit of the game, in one place: pack files, their fields and lists, and what players type.

The pack validator, the web forms, the upload handler and the templates all read them from here,
so a file, a form and the command line accept exactly the same packs.
"""

from __future__ import annotations

# A pack as a file, an upload or a stored text; a questions file to import.
MAX_PACK_BYTES = 256 * 1024
TOO_LARGE = f"is larger than {MAX_PACK_BYTES // 1024} KB"
# YAML is parsed with no anchors or aliases and at most this many values, this deep: a
# billion-laughs file is refused in milliseconds instead of expanding forever.
MAX_YAML_NODES = 10_000
MAX_YAML_DEPTH = 24

MAX_TEXT = 300
MAX_LONG_TEXT = 1000
MAX_SLUG = 80
# Lists in a pack: the ones the form edits row by row, and any other list.
MAX_ROWS = {"sources": 60, "cast": 100, "filming": 40, "questions": 100}
MAX_ITEMS = 500

NICKNAME_MAX = 30
TYPED_MAX = 200
USERNAME_LENGTH = (3, 40)
PASSWORD_LENGTH = (10, 200)

# An article fetched from a URL to start a pack from.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
# An article's main text, once the page around it is stripped: real ones run to a few thousand words.
MAX_ARTICLE_CHARS = 100_000
FETCH_TIMEOUT_SECONDS = 10
MAX_REDIRECTS = 3
