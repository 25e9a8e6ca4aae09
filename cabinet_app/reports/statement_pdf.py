"""The retrocession statement on paper (A4): the cabinet's header, the contract's terms, the acts
by day and code, the figures from billed to balance, the rota days with no act, and the two
signature lines."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..fees.statement import RetrocessionStatement
from .common import footer, styles

BASIS_FR = {"billed": "actes facturés", "received": "montants encaissés"}


def euros(value: Decimal) -> str:
    """1 234,50 € (French grouping, non-breaking spaces)."""
    text = f"{value:,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{text}\u00a0€"


RIGHT = ParagraphStyle("amount", parent=styles()["cell"], alignment=TA_RIGHT)


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text), styles()[style])


def _n(text: str) -> Paragraph:
    """An amount or a count, aligned on the right so that the figures line up."""
    return Paragraph(escape(text), RIGHT)


def _table(rows: list[list], widths: list[float], *, header: bool = True, bold_last: bool = False) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9aa5b1")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ec")))
    if bold_last:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f0f4f8")))
    table.setStyle(TableStyle(commands))
    return table


def _terms(st: RetrocessionStatement) -> str:
    if st.salaried:
        return "Médecin salarié : pas de rétrocession, les actes reviennent au centre."
    parts = [f"Part gardée par le remplaçant : {st.retained_percent:.2f} %".replace(".", ","),
             f"assiette : {BASIS_FR[st.basis.value]}"]
    excluded = [name for name, flag in (("indemnités kilométriques", st.ik_excluded),
                                        ("permanence des soins", st.pds_excluded)) if flag]
    if excluded:
        parts.append("exclus (100 % au remplaçant) : " + ", ".join(excluded))
    if st.cap is not None:
        parts.append(f"plafond mensuel : {euros(st.cap)}")
    return " ; ".join(parts) + "."


def _figures(st: RetrocessionStatement) -> list[list]:
    rows = [("Total facturé", st.billed), ("Total encaissé (patients et tiers payant reçu)", st.collected),
            ("Tiers payant encore attendu", st.tp_outstanding), ("Tiers payant rejeté", st.tp_rejected),
            (f"Assiette ({BASIS_FR[st.basis.value]}), hors exclusions", st.base.ordinary),
            ("Indemnités kilométriques", st.base.ik), ("Permanence des soins", st.base.pds),
            ("Part du remplaçant", st.replacement_share),
            ("Rétrocession" + (" (plafonnée)" if st.capped else ""), st.retrocession),
            ("Redevance forfaitaire", st.contribution),
            (f"Dû à {st.due_to}", st.due), ("Déjà réglé", st.settled), ("Solde restant dû", st.balance)]
    return [[_p(label), _n(euros(value))] for label, value in rows]


def statement_story(st: RetrocessionStatement, *, cabinet: str) -> list:
    s = styles()
    story = [_p(cabinet, "subtitle"),
             Paragraph(escape(f"Relevé de rétrocession — {st.practitioner_name}"), s["title"]),
             _p(f"Du {st.first:%d/%m/%Y} au {st.last:%d/%m/%Y} — contrat avec {st.due_to}", "subtitle"),
             _p(_terms(st) + (f" {st.contract_note}" if st.contract_note else "")), Spacer(1, 0.3 * cm),
             _table(_figures(st), [12 * cm, 5 * cm], header=False, bold_last=True), Spacer(1, 0.4 * cm),
             Paragraph(escape(f"Actes par jour et par code ({st.acts})"), s["day"]), Spacer(1, 0.1 * cm)]
    lines = [[_p("Jour"), _p("Code"), _p("Nombre"), _p("Facturé")]]
    lines += [[_p(f"{line.day:%d/%m/%Y}"), _p(line.code), _n(str(line.count)), _n(euros(line.billed))]
              for line in st.lines]
    lines.append([_p("Total"), _p(""), _n(str(st.acts)), _n(euros(st.billed))])
    story.append(_table(lines, [4 * cm, 4 * cm, 4 * cm, 5 * cm], bold_last=True))
    if st.empty_shifts:
        story += [Spacer(1, 0.4 * cm),
                  Paragraph(escape(f"Jours au planning sans acte saisi ({len(st.empty_shifts)})"), s["gap"]),
                  _table([[_p("Jour"), _p("Site")]] + [[_p(f"{e.day:%d/%m/%Y}"),
                                                          _p(e.site_name + (" (astreinte)" if e.on_call else ""))]
                                                         for e in st.empty_shifts], [4 * cm, 13 * cm])]
    signatures = Table([[_p("Le remplaçant"), _p(f"Pour {st.due_to}")],
                        [_p(st.practitioner_name), _p(st.due_to)],
                        [_p("Date et signature :"), _p("Date et signature :")], ["", ""]],
                       colWidths=[8.5 * cm, 8.5 * cm], rowHeights=[None, None, None, 2 * cm])
    signatures.setStyle(TableStyle([("BOX", (0, 0), (0, -1), 0.3, colors.HexColor("#9aa5b1")),
                                    ("BOX", (1, 0), (1, -1), 0.3, colors.HexColor("#9aa5b1"))]))
    story.append(KeepTogether([Spacer(1, 0.8 * cm), signatures]))
    return story


def statement_pdf(st: RetrocessionStatement, *, cabinet: str = "Cabinet médical") -> bytes:
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.6 * cm, title=f"Relevé de rétrocession — {st.practitioner_name}",
                            author="Cabinet")
    page = footer(f"Relevé de rétrocession — {st.practitioner_name}")
    doc.build(statement_story(st, cabinet=cabinet), onFirstPage=page, onLaterPages=page)
    return buffer.getvalue()
