"""The 1200×630 score card a chat app shows when a result link is pasted."""

from __future__ import annotations

import io
from pathlib import Path

FONTS = Path(__file__).resolve().parent / "fonts"
SIZE = (1200, 630)
BACKGROUND, PANEL, INK, MUTED, ACCENT = "#14161f", "#1f2230", "#f1f1f4", "#b4b7c6", "#ffb347"
RIGHT, WRONG = "#4fd18b", "#ff7a7a"


def _font(size: int, bold: bool = False):
    # DejaVu ships with the app so accents and most scripts render the same on every server.
    from PIL import ImageFont

    return ImageFont.truetype(str(FONTS / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def _fit(draw, text: str, width: int, size: int, bold: bool = False):
    """The largest font, down to a floor, at which `text` fits; past the floor, the text is cut."""
    while size > 28:
        font = _font(size, bold)
        if draw.textlength(text, font=font) <= width:
            return text, font
        size -= 4
    font = _font(size, bold)
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…", font


def _drawable(text: str | None) -> str | None:
    """Drop emoji and other astral characters the card font has no glyphs for, rather than draw boxes."""
    if text is None:
        return None
    kept = "".join(c for c in text if ord(c) <= 0xFFFF and not 0xFE00 <= ord(c) <= 0xFE0F)
    return " ".join(kept.split()) or None


def draw_card(title: str, nickname: str | None, score: int, length: int, results: list[bool]) -> bytes:
    from PIL import Image, ImageDraw  # only the card route needs Pillow; workers that never draw skip it

    title, nickname = _drawable(title) or "", _drawable(nickname)
    image = Image.new("RGB", SIZE, BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40, 40, 1160, 590), radius=28, fill=PANEL)
    draw.text((90, 80), "Cliffhanger", font=_font(40, bold=True), fill=ACCENT)
    text, font = _fit(draw, title, 1020, 56, bold=True)
    draw.text((90, 150), text, font=font, fill=INK)
    who, font = _fit(draw, f"{nickname or 'A player'} scored", 1020, 40)
    draw.text((90, 240), who, font=font, fill=MUTED)
    draw.text((90, 290), f"{score}/{length}", font=_font(120, bold=True), fill=INK)
    cell, gap = (min(64, (1020 - (len(results) - 1) * 10) // max(len(results), 1)), 10)
    for i, right in enumerate(results):
        x = 90 + i * (cell + gap)
        draw.rounded_rectangle((x, 460, x + cell, 460 + cell), radius=8, fill=RIGHT if right else WRONG)
        mark = _font(int(cell * 0.6), bold=True)
        draw.text((x + cell / 2, 460 + cell / 2), "✓" if right else "✗", font=mark, fill=BACKGROUND, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
