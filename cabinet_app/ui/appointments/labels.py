"""Words, times and colours of the appointment book: status names, why an appointment is to be
rebooked, Paris times as people read them, the tints of the cells and the small status icons.

Source strings are English (``QT_TRANSLATE_NOOP("AppointmentLabels", ...)``); French lives in
``resources/i18n/cabinet_fr.ts``.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from ...appointments.model import AppointmentStatus
from ...appointments.services import AppointmentInfo
from ...clock import PARIS

CONTEXT = "AppointmentLabels"
S = AppointmentStatus

STATUS_LABELS: dict[AppointmentStatus, str] = {
    S.BOOKED: QT_TRANSLATE_NOOP("AppointmentLabels", "Booked"),
    S.ARRIVED: QT_TRANSLATE_NOOP("AppointmentLabels", "Arrived"),
    S.SEEN: QT_TRANSLATE_NOOP("AppointmentLabels", "Seen"),
    S.NO_SHOW: QT_TRANSLATE_NOOP("AppointmentLabels", "No-show"),
    S.CANCELLED: QT_TRANSLATE_NOOP("AppointmentLabels", "Cancelled"),
    S.TO_REBOOK: QT_TRANSLATE_NOOP("AppointmentLabels", "To rebook"),
}
REBOOK_REASONS: dict[str, str] = {
    "shift_cancelled": QT_TRANSLATE_NOOP("AppointmentLabels", "Shift cancelled"),
    "shift_moved": QT_TRANSLATE_NOOP("AppointmentLabels", "Shift changed"),
}
OVERBOOKED = QT_TRANSLATE_NOOP("AppointmentLabels", "overbooked")

FREE_COLOUR = QColor("#ffffff")
BUSY_COLOUR = QColor("#f1f3f7")  # within a shift, taken in another lane (overbooking only)
OUTSIDE_COLOUR = QColor("#d6d6d6")  # no shift: not bookable
HOUR_LINE = QColor("#9a9a9a")
QUARTER_LINE = QColor("#e2e2e2")
STATUS_TEXT: dict[AppointmentStatus, QColor] = {
    S.BOOKED: QColor("#111111"), S.ARRIVED: QColor("#111111"), S.SEEN: QColor("#4d4d4d"),
    S.NO_SHOW: QColor("#9b1c1c"), S.CANCELLED: QColor("#7a7a7a"), S.TO_REBOOK: QColor("#8a4b00"),
}
STATUS_ICON_COLOUR: dict[AppointmentStatus, QColor] = {
    S.ARRIVED: QColor("#e08a00"), S.SEEN: QColor("#2e8540"), S.NO_SHOW: QColor("#c62828"),
    S.CANCELLED: QColor("#8a8a8a"), S.TO_REBOOK: QColor("#d9730d"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def status_label(status: AppointmentStatus) -> str:
    return tr(STATUS_LABELS[status])


def rebook_label(reason: str) -> str:
    return tr(REBOOK_REASONS[reason]) if reason in REBOOK_REASONS else reason


# --- times ------------------------------------------------------------------------------------------

def local(moment: datetime) -> datetime:
    return moment.astimezone(PARIS)


def time_text(moment: datetime | None) -> str:
    """09:05, in Paris time ("" for None)."""
    return local(moment).strftime("%H:%M") if moment is not None else ""


def range_text(start: datetime, end: datetime) -> str:
    return f"{time_text(start)}–{time_text(end)}"


def date_text(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def moment_text(moment: datetime) -> str:
    """01/12/2031 09:05, in Paris time."""
    return local(moment).strftime("%d/%m/%Y %H:%M")


def long_day_text(day: date, language: str) -> str:
    """« lundi 1 décembre 2031 » (or "Monday 1 December 2031")."""
    locale = QLocale(QLocale.Language.French, QLocale.Country.France) if language == "fr" else \
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale.toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


# --- colours ----------------------------------------------------------------------------------------

def blend(colour: QColor, amount: float, base: QColor = FREE_COLOUR) -> QColor:
    """``amount`` of ``colour`` over ``base`` (0 = base, 1 = colour)."""
    return QColor(round(base.red() + (colour.red() - base.red()) * amount),
                  round(base.green() + (colour.green() - base.green()) * amount),
                  round(base.blue() + (colour.blue() - base.blue()) * amount))


def colour_icon(colour: str, size: int = 12) -> QIcon:
    """A square of an appointment type's colour, for the type chooser."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour) if QColor.isValidColorName(colour) else QColor("#888888"))
    return QIcon(pixmap)


def appointment_background(status: AppointmentStatus, type_colour: str) -> QColor:
    """A light tint of the type's colour; stronger when the patient is waiting, washed out once
    seen, pale red or grey when nobody came or it was cancelled."""
    colour = QColor(type_colour) if QColor.isValidColorName(type_colour) else QColor("#888888")
    if status is S.ARRIVED:
        return blend(QColor("#f5b700"), 0.45)
    if status is S.SEEN:
        return blend(colour, 0.12, QColor("#eef2ee"))
    if status is S.NO_SHOW:
        return QColor("#fbe1e1")
    if status is S.CANCELLED:
        return QColor("#efefef")
    if status is S.TO_REBOOK:
        return QColor("#fde9cf")
    return blend(colour, 0.28)


@lru_cache(maxsize=16)
def _status_pixmap(status: AppointmentStatus, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = STATUS_ICON_COLOUR[status]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    box = QRectF(0.5, 0.5, size - 1, size - 1)
    painter.drawEllipse(box)
    pen = QPen(QColor("#ffffff"), max(1.5, size / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = float(size)
    if status is S.SEEN:  # a tick
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.73, s * 0.34))
        painter.drawPath(path)
    elif status in (S.NO_SHOW, S.CANCELLED):  # a cross
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    elif status is S.ARRIVED:  # a clock: waiting
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.24))
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.7, s * 0.6))
    else:  # to rebook: an arrow going round
        painter.drawArc(QRectF(s * 0.27, s * 0.27, s * 0.46, s * 0.46), 30 * 16, 280 * 16)
    painter.end()
    return pixmap


def status_icon(status: AppointmentStatus, size: int = 14) -> QIcon | None:
    """The small round icon of a status (none for a plain booking)."""
    if status not in STATUS_ICON_COLOUR:
        return None
    return QIcon(_status_pixmap(status, size))


def status_pixmap(status: AppointmentStatus, size: int = 14) -> QPixmap | None:
    return _status_pixmap(status, size) if status in STATUS_ICON_COLOUR else None


# --- appointments -----------------------------------------------------------------------------------

def appointment_font(status: AppointmentStatus, base: QFont | None = None) -> QFont:
    """Struck out when cancelled, in italics when nobody came or it is to rebook."""
    font = QFont(base) if base is not None else QFont()
    font.setStrikeOut(status is S.CANCELLED)
    font.setItalic(status in (S.NO_SHOW, S.TO_REBOOK))
    return font


def details_text(info: AppointmentInfo) -> str:
    """The tooltip of an appointment: when, who, what, and what happened to it."""
    lines = [f"{range_text(info.starts_at, info.ends_at)}  {info.patient_name}"]
    if info.patient_birth_date is not None:
        lines[0] += f" ({info.patient_birth_date.strftime('%d/%m/%Y')})"
    lines.append(f"{info.type_name} — {info.practitioner_name}")
    state = status_label(info.status)
    if info.status is S.ARRIVED and info.arrived_at is not None:
        state += f" {time_text(info.arrived_at)}"
    if info.overbooked:
        state += f" ({tr(OVERBOOKED)})"
    lines.append(state)
    for extra in (info.cancel_reason, rebook_label(info.rebook_reason) if info.rebook_reason else "", info.note):
        if extra:
            lines.append(extra)
    return "\n".join(lines)
