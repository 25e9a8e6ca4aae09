"""Words and colours of the planning views: day and month names, half-days, why a site is
closed, why auto-fill could not cover a slot, and a stable colour per practitioner.

Source strings are English (``QT_TRANSLATE_NOOP("PlanningLabels", ...)``); French lives in
``resources/i18n/cabinet_fr.ts``.
"""

from __future__ import annotations

import textwrap
import uuid
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from ...clock import PARIS
from ...planning.rota_services import ShiftInfo
from .data import HalfDay, local_day

CONTEXT = "PlanningLabels"

DAY_NAMES = (
    QT_TRANSLATE_NOOP("PlanningLabels", "Mon"), QT_TRANSLATE_NOOP("PlanningLabels", "Tue"),
    QT_TRANSLATE_NOOP("PlanningLabels", "Wed"), QT_TRANSLATE_NOOP("PlanningLabels", "Thu"),
    QT_TRANSLATE_NOOP("PlanningLabels", "Fri"), QT_TRANSLATE_NOOP("PlanningLabels", "Sat"),
    QT_TRANSLATE_NOOP("PlanningLabels", "Sun"),
)
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("PlanningLabels", "Monday"), QT_TRANSLATE_NOOP("PlanningLabels", "Tuesday"),
    QT_TRANSLATE_NOOP("PlanningLabels", "Wednesday"), QT_TRANSLATE_NOOP("PlanningLabels", "Thursday"),
    QT_TRANSLATE_NOOP("PlanningLabels", "Friday"), QT_TRANSLATE_NOOP("PlanningLabels", "Saturday"),
    QT_TRANSLATE_NOOP("PlanningLabels", "Sunday"),
)
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("PlanningLabels", "January"), QT_TRANSLATE_NOOP("PlanningLabels", "February"),
    QT_TRANSLATE_NOOP("PlanningLabels", "March"), QT_TRANSLATE_NOOP("PlanningLabels", "April"),
    QT_TRANSLATE_NOOP("PlanningLabels", "May"), QT_TRANSLATE_NOOP("PlanningLabels", "June"),
    QT_TRANSLATE_NOOP("PlanningLabels", "July"), QT_TRANSLATE_NOOP("PlanningLabels", "August"),
    QT_TRANSLATE_NOOP("PlanningLabels", "September"), QT_TRANSLATE_NOOP("PlanningLabels", "October"),
    QT_TRANSLATE_NOOP("PlanningLabels", "November"), QT_TRANSLATE_NOOP("PlanningLabels", "December"),
)
HALF_DAY_NAMES = {
    HalfDay.MORNING: QT_TRANSLATE_NOOP("PlanningLabels", "Morning"),
    HalfDay.AFTERNOON: QT_TRANSLATE_NOOP("PlanningLabels", "Afternoon"),
}
CLOSED_TEXTS = {
    "holiday": QT_TRANSLATE_NOOP("PlanningLabels", "Public holiday: %1"),
    "closure": QT_TRANSLATE_NOOP("PlanningLabels", "Closed: %1"),
    "weekday_closed": QT_TRANSLATE_NOOP("PlanningLabels", "Closed"),
}
UNCOVERED_REASONS = {
    "no_availability": QT_TRANSLATE_NOOP("PlanningLabels", "nobody said they were available"),
    "assigned_elsewhere": QT_TRANSLATE_NOOP("PlanningLabels", "the volunteers are placed elsewhere at that time"),
    "busy_elsewhere": QT_TRANSLATE_NOOP("PlanningLabels", "the volunteers already work elsewhere at that time"),
    "no_contract": QT_TRANSLATE_NOOP("PlanningLabels", "no active replacement contract"),
    "no_supervisor": QT_TRANSLATE_NOOP("PlanningLabels", "no supervisor reachable for the intern"),
    "closed_day": QT_TRANSLATE_NOOP("PlanningLabels", "the site is closed"),
}
ON_CALL = QT_TRANSLATE_NOOP("PlanningLabels", "on call")

CLOSED_COLOUR = QColor("#d9d9d9")
GAP_COLOUR = QColor("#f7c6c6")
GAP_TEXT_COLOUR = QColor("#a40e0e")
OUTSIDE_MONTH_COLOUR = QColor("#f2f2f2")
GOLDEN_ANGLE = 137.508


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def day_name(day: date) -> str:
    return tr(DAY_NAMES[day.weekday()])


def weekday_name(weekday: int) -> str:
    """0 → « lundi » (the full name, for the opening hours and the recurring shifts)."""
    return tr(WEEKDAY_NAMES[weekday])


def capitalised(text: str) -> str:
    """« lundi » → « Lundi » (a name starting a line or a sentence)."""
    return f"{text[:1].upper()}{text[1:]}"


def day_header(day: date) -> str:
    """« lun. 30/11 »."""
    return f"{day_name(day)} {day:%d/%m}"


def day_text(day: date) -> str:
    """« lun. 30/11/2026 »."""
    return f"{day_name(day)} {day:%d/%m/%Y}"


def month_title(year: int, month: int) -> str:
    """« Novembre 2026 »."""
    name = tr(MONTH_NAMES[month - 1])
    return f"{name[:1].upper()}{name[1:]} {year}"


def half_day_name(half: HalfDay) -> str:
    return tr(HALF_DAY_NAMES[half])


def closed_text(reason: str) -> str:
    """``holiday:Noël`` → « Jour férié : Noël »."""
    kind, _, detail = reason.partition(":")
    template = CLOSED_TEXTS.get(kind)
    return tr(template).replace("%1", detail) if template else reason


def uncovered_reason_text(code: str) -> str:
    source = UNCOVERED_REASONS.get(code)
    return tr(source) if source else code


def clock_text(moment: datetime) -> str:
    return moment.astimezone(PARIS).strftime("%H:%M")


def times_text(start: datetime, end: datetime) -> str:
    """« 08:00–12:00 », or with the days when it spans several: « lun. 30/11 08:00 – sam. 05/12 12:00 »."""
    if local_day(start) == local_day(end):
        return f"{clock_text(start)}–{clock_text(end)}"
    return f"{day_header(local_day(start))} {clock_text(start)} – {day_header(local_day(end))} {clock_text(end)}"


def shift_label(shift: ShiftInfo) -> str:
    """The practitioner's name, with « (astreinte) » for an on-call shift."""
    return f"{shift.practitioner_name} ({tr(ON_CALL)})" if shift.on_call else shift.practitioner_name


def short_name(name: str) -> str:
    """« Dr Claire Bernard » → « Claire Bernard » (the chips are narrow; tooltips say it all)."""
    return name[3:] if name.startswith("Dr ") else name


def name_forms(name: str) -> list[str]:
    """Shorter and shorter forms of a name for a narrow cell: « Claire Bernard », « C. Bernard »,
    « Bernard »."""
    words = short_name(name).split()
    forms = [" ".join(words)]
    if len(words) > 1:
        forms += [" ".join([f"{words[0][:1]}.", *words[1:]]), words[-1]]
    return forms


def chip_labels(shift: ShiftInfo) -> list[str]:
    """The chip's text from the longest to the shortest; the view shows the first that fits."""
    suffix = f" ({tr(ON_CALL)})" if shift.on_call else ""
    return [f"{form}{suffix}" for form in name_forms(shift.practitioner_name)]


def chip_label(shift: ShiftInfo) -> str:
    return chip_labels(shift)[0]


def wrapped(text: str, width: int = 26) -> str:
    """A long site name on several lines (headers do not wrap by themselves)."""
    return textwrap.fill(text, width=width, break_long_words=False, break_on_hyphens=False)


def practitioner_colour(practitioner_id: uuid.UUID) -> QColor:
    """A light colour of its own for each practitioner, the same on every run and every PC."""
    bits = practitioner_id.int
    hue = int((bits % 1000) * GOLDEN_ANGLE) % 360
    saturation = (110, 160, 210)[(bits >> 16) % 3]
    lightness = (190, 208, 226)[(bits >> 24) % 3]
    return QColor.fromHsl(hue, saturation, lightness)
