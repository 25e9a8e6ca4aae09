"""What every printed document shares: a font that prints € and French accents (DejaVu Sans,
shipped with the app), styles, and the page furniture."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..clock import PARIS

FONTS = Path(__file__).parent / "fonts"
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
GAP = colors.HexColor("#c62828")
CLOSED = colors.HexColor("#e4e7eb")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontName=BOLD, fontSize=16, textColor=INK,
                                spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base["Normal"], fontName=FONT, fontSize=9,
                                   textColor=MUTED, spaceAfter=8),
        "cell": ParagraphStyle("cell", parent=base["Normal"], fontName=FONT, fontSize=7, leading=8.5,
                               textColor=INK),
        "day": ParagraphStyle("day", parent=base["Normal"], fontName=BOLD, fontSize=8, leading=10,
                              textColor=INK),
        "gap": ParagraphStyle("gap", parent=base["Normal"], fontName=BOLD, fontSize=7, leading=8.5,
                              textColor=GAP),
        "muted": ParagraphStyle("muted", parent=base["Normal"], fontName=FONT, fontSize=7, leading=8.5,
                                textColor=MUTED),
    }


def footer(text: str):
    """An ``onPage`` callback printing the document's name, the print date and the page number."""

    def draw(canvas, doc) -> None:  # noqa: ANN001 - ReportLab's callback signature
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        printed = datetime.now(PARIS).strftime("%d/%m/%Y %H:%M")
        canvas.drawString(doc.leftMargin, 0.8 * 28.35, f"{text} — imprimé le {printed}")
        canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, 0.8 * 28.35, f"Page {doc.page}")
        canvas.restoreState()

    return draw
