"""The day's list of appointments (for the secretary, A4 portrait) and a patient's reminder slip
(A6): pure functions from DTOs to PDF bytes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..clock import PARIS
from .common import footer, styles
from .planning_pdf import MONTHS, WEEKDAYS

STATUS_FR = {"booked": "prévu", "arrived": "en salle d'attente", "seen": "vu", "no_show": "absent",
             "cancelled": "annulé", "to_rebook": "à replacer"}


@dataclass(frozen=True)
class ListedAppointment:
    start: datetime
    end: datetime
    practitioner: str
    patient: str
    birth_date: date | None
    type_name: str
    status: str
    phone: str = ""


@dataclass(frozen=True)
class DayList:
    site_name: str
    day: date
    rows: tuple[ListedAppointment, ...]


@dataclass(frozen=True)
class ReminderSlip:
    site_name: str
    site_address: str
    site_phone: str
    patient: str
    start: datetime
    practitioner: str
    type_name: str


def long_date(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()].lower()} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _hhmm(moment: datetime) -> str:
    return moment.astimezone(PARIS).strftime("%H:%M")


def render_day_list(data: DayList) -> bytes:
    s = styles()
    buffer = BytesIO()
    title = f"Rendez-vous du {long_date(data.day)} — {data.site_name}"
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.5 * cm, title=title, author="Cabinet")
    header = ["Heure", "Praticien", "Patient", "Né(e) le", "Motif", "Téléphone", "État"]
    rows = [[Paragraph(f"<b>{h}</b>", s["cell"]) for h in header]]
    for r in data.rows:
        born = r.birth_date.strftime("%d/%m/%Y") if r.birth_date else ""
        rows.append([Paragraph(x, s["cell"]) for x in (
            f"{_hhmm(r.start)}–{_hhmm(r.end)}", escape(r.practitioner), escape(r.patient), born,
            escape(r.type_name), escape(r.phone), STATUS_FR.get(r.status, r.status))])
    widths = [2.2 * cm, 3.4 * cm, 4.2 * cm, 2 * cm, 2.8 * cm, 2.6 * cm, 2.0 * cm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9aa5b1")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ec")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f7fa")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    active = sum(1 for r in data.rows if r.status not in ("cancelled", "to_rebook"))
    story = [Paragraph(escape(title), s["title"]),
             Paragraph(f"{active} rendez-vous prévus, {len(data.rows) - active} annulés ou à replacer",
                       s["subtitle"]), table]
    doc.build(story, onFirstPage=footer(title), onLaterPages=footer(title))
    return buffer.getvalue()


def render_reminder(slip: ReminderSlip) -> bytes:
    s = styles()
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A6, leftMargin=0.8 * cm, rightMargin=0.8 * cm, topMargin=0.8 * cm,
                            bottomMargin=0.8 * cm, title="Rappel de rendez-vous", author="Cabinet")
    local = slip.start.astimezone(PARIS)
    contact = " — ".join(x for x in (slip.site_address, slip.site_phone) if x)
    story = [
        Paragraph(f"<b>{escape(slip.site_name)}</b>", s["day"]),
        Paragraph(escape(contact), s["subtitle"]),
        Spacer(1, 0.3 * cm),
        Paragraph("Rappel de rendez-vous", s["day"]),
        Spacer(1, 0.2 * cm),
        Paragraph(escape(slip.patient), s["cell"]),
        Paragraph(f"<b>le {long_date(local.date())} à {local.strftime('%H:%M')}</b>", s["cell"]),
        Paragraph(escape(f"avec {slip.practitioner} — {slip.type_name}"), s["cell"]),
        Spacer(1, 0.3 * cm),
        Paragraph("En cas d'empêchement, merci de prévenir le cabinet au plus tôt : "
                  "le créneau sera proposé à un autre patient.", s["muted"]),
    ]
    doc.build(story)
    return buffer.getvalue()
