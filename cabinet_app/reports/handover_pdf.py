"""The rotation's handover pack on paper (A4): who leaves, who arrives, the cabinet guide, the
patients to watch, open actions (due and overdue marked), pending results, what was handed
over, with a box to tick for each item."""

from __future__ import annotations

from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..clock import PARIS
from ..records.handover_pack import HandoverPack
from .appointments_pdf import long_date
from .common import footer, styles

SEVERITY_FR = {"stable": "stable", "watcher": "à surveiller", "unstable": "instable"}
KIND_FR = {"action": "action", "lab_result": "résultat de laboratoire", "imaging_result": "résultat d'imagerie",
           "letter": "courrier attendu"}
GUIDE_FR = (("access", "Accès, codes, clés"), ("equipment", "Matériel"), ("contacts", "Pharmacie, laboratoire, "
            "infirmiers, radiologie"), ("referrals", "Spécialistes"), ("protocols", "Protocoles locaux"))


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


def _table(rows: list[list], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9aa5b1")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ec")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _section(title: str, body: list) -> list:
    heading = Paragraph(escape(title), styles()["day"])
    heading.keepWithNext = True  # a title never ends a page alone; long tables may split
    return [Spacer(1, 0.35 * cm), heading, Spacer(1, 0.1 * cm), *body]


def pack_story(pack: HandoverPack) -> list:
    s = styles()
    name = pack.patient_names.get
    since = pack.incoming_since.astimezone(PARIS).strftime("%d/%m/%Y %H:%M") if pack.incoming_since else "—"
    story = [Paragraph(escape(f"Transmissions — {pack.site_name}"), s["title"]),
             _p(f"{long_date(pack.day).capitalize()} — arrivée : {pack.incoming_name or 'personne au planning'} "
                f"(depuis le {since}) — départ : {pack.outgoing_name or '—'}", "subtitle")]
    guide = [[_p("Rubrique"), _p("Informations")]] + [[_p(label), _p(pack.guide.get(key) or "—")]
                                                      for key, label in GUIDE_FR]
    story += _section("Guide du cabinet", [_table(guide, [5 * cm, 13 * cm])])
    watch = [[_p("Patient"), _p("Gravité"), _p("Résumé"), _p("Si… alors…")]] + [
        [_p(name(h.patient_id, "?")), _p(SEVERITY_FR[h.severity.value]), _p(h.summary), _p(h.situation)]
        for h in pack.watch]
    story += _section(f"Patients à surveiller ({len(pack.watch)})",
                      [_table(watch, [3.5 * cm, 2.3 * cm, 6.1 * cm, 6.1 * cm])] if pack.watch else [_p("Aucun.")])
    for title, rows in (("Actions ouvertes", pack.actions), ("Résultats en attente", pack.pending_results)):
        table = [[_p("☐"), _p("Patient"), _p("Quoi"), _p("Échéance"), _p("Type")]]
        for a in rows:
            due = a.due_on.strftime("%d/%m/%Y") + (" — en retard" if a.due_on < pack.day else "")
            style = "gap" if a.due_on < pack.day else "cell"
            table.append([_p("☐"), _p(name(a.patient_id, "?")), _p(a.what), _p(due, style), _p(KIND_FR[a.kind.value])])
        story += _section(f"{title} ({len(rows)})",
                          [_table(table, [0.8 * cm, 3.5 * cm, 7.7 * cm, 3.2 * cm, 2.8 * cm])] if rows else [_p("Aucune.")])
    handed = [[_p("☐"), _p("Patient"), _p("Transmission"), _p("Synthèse du médecin qui arrive")]] + [
        [_p("☐"), _p(name(h.patient_id, "?")),
         _p(f"{SEVERITY_FR[h.severity.value]} — {h.summary}\nSi… alors… : {h.situation}"),
         _p("\n".join(text for _, text, _ in h.syntheses) or " ")]
        for h in pack.handed_over]
    story += _section(f"Transmissions reçues ({len(pack.handed_over)})",
                      [_table(handed, [0.8 * cm, 3.5 * cm, 8 * cm, 5.7 * cm])] if pack.handed_over else [_p("Aucune.")])
    if pack.unacknowledged:
        story += [Spacer(1, 0.3 * cm), Paragraph(f"{pack.unacknowledged} élément(s) à prendre en compte : sans "
                                                 "accusé de réception sous un jour ouvré, ils sont signalés au "
                                                 "médecin titulaire.", s["gap"])]
    story += [Spacer(1, 0.8 * cm), _p("Pris connaissance le ____/____/______   Signature :", "cell")]
    return story


def render_pack(pack: HandoverPack) -> bytes:
    buffer = BytesIO()
    title = f"Transmissions {pack.site_name} {pack.day:%d/%m/%Y}"
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.5 * cm, title=title, author="Cabinet")
    doc.build(pack_story(pack), onFirstPage=footer(title + " — confidentiel"),
              onLaterPages=footer(title + " — confidentiel"))
    return buffer.getvalue()



