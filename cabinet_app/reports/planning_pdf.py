"""The printable month planning of a site (A4 landscape): a calendar grid of weeks, each day
listing who covers it, closed days greyed with their reason, gaps in red."""

from __future__ import annotations

import calendar as pycal
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from ..clock import PARIS
from .common import CLOSED, INK, footer, styles

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
WEEKDAYS = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]


@dataclass(frozen=True)
class PlannedEntry:
    start: datetime
    end: datetime
    name: str
    on_call: bool = False


@dataclass(frozen=True)
class DayPlan:
    day: date
    closed: str | None  # French reason, or None when open
    entries: tuple[PlannedEntry, ...] = ()
    gaps: tuple[tuple[datetime, datetime, int], ...] = ()  # start, end, missing


@dataclass(frozen=True)
class MonthPlanning:
    site_name: str
    site_address: str
    year: int
    month: int
    days: tuple[DayPlan, ...]
    minimum: int


def _hhmm(moment: datetime) -> str:
    return moment.astimezone(PARIS).strftime("%H:%M").replace(":00", "h").replace(":", "h")


def _cell(plan: DayPlan | None, in_month: bool) -> list[Paragraph]:
    s = styles()
    if plan is None or not in_month:
        return []
    parts = [Paragraph(str(plan.day.day), s["day"])]
    if plan.closed:
        parts.append(Paragraph(escape(plan.closed), s["muted"]))
        return parts
    for e in plan.entries:
        label = "astreinte " if e.on_call else ""
        parts.append(Paragraph(f"{_hhmm(e.start)}–{_hhmm(e.end)} {label}{escape(e.name)}", s["cell"]))
    for start, end, missing in plan.gaps:
        who = "personne" if missing and not plan.entries else f"manque {missing}"
        parts.append(Paragraph(f"⚠ {_hhmm(start)}–{_hhmm(end)} non couvert ({who})", s["gap"]))
    return parts


def month_story(planning: MonthPlanning) -> list:
    s = styles()
    by_day = {p.day: p for p in planning.days}
    weeks = pycal.Calendar(firstweekday=0).monthdatescalendar(planning.year, planning.month)
    header = [Paragraph(f"<b>{d}</b>", s["cell"]) for d in WEEKDAYS]
    rows = [header] + [[_cell(by_day.get(d), d.month == planning.month) for d in week] for week in weeks]
    width = (landscape(A4)[0] - 2 * cm) / 7
    table = Table(rows, colWidths=[width] * 7, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ec")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]
    for r, week in enumerate(weeks, start=1):
        for c, d in enumerate(week):
            plan = by_day.get(d)
            if d.month != planning.month or (plan and plan.closed):
                style.append(("BACKGROUND", (c, r), (c, r), CLOSED))
    table.setStyle(TableStyle(style))
    gap_count = sum(len(p.gaps) for p in planning.days)
    subtitle = (f"{escape(planning.site_address)} — {planning.minimum} praticien(s) présent(s) au minimum — "
                f"{gap_count} créneau(x) non couvert(s)")
    title = f"Planning — {escape(planning.site_name)} — {MONTHS[planning.month - 1]} {planning.year}"
    return [Paragraph(title, s["title"]), Paragraph(subtitle, s["subtitle"]), table]


def render_month(planning: MonthPlanning) -> bytes:
    buffer = BytesIO()
    title = f"Planning {planning.site_name} {planning.month:02d}/{planning.year}"
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=1 * cm, rightMargin=1 * cm,
                            topMargin=1 * cm, bottomMargin=1.4 * cm, title=title, author="Cabinet")
    doc.build(month_story(planning), onFirstPage=footer(title), onLaterPages=footer(title))
    return buffer.getvalue()
