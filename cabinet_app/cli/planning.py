"""``cabinet-app planning``: gaps, a practitioner's ICS, auto-fill, the printable month."""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import Any

from ..clock import PARIS, today_paris
from .common import (
    CliError, admin_uow, command, database, find_practitioner, find_site, group, id_text, output_path,
    parse_day, print_json, table,
)

REASONS = {"no_availability": "personne de disponible", "assigned_elsewhere": "les disponibles sont pris ailleurs",
           "busy_elsewhere": "déjà en vacation ailleurs", "no_contract": "pas de contrat de remplacement",
           "no_supervisor": "maître de stage non joignable"}


def register(commands: Any) -> None:
    planning = group(commands, "planning", "planning partagé : trous, ICS, remplissage automatique, impression")
    gaps = command(planning, "gaps", "lister les créneaux d'ouverture sans assez de praticiens", cmd_gaps)
    _period(gaps, site_required=False)
    gaps.add_argument("--json", action="store_true", help="sortie JSON")
    ics = command(planning, "ics", "exporter les dates d'un praticien (fichier ICS)", cmd_ics)
    ics.add_argument("--practitioner", required=True, metavar="PRATICIEN",
                     help="RPPS, identifiant du compte ou nom")
    ics.add_argument("-o", "--output", required=True, metavar="FICHIER.ics")
    autofill = command(planning, "autofill", "proposer (et appliquer) un planning à partir des disponibilités",
                       cmd_autofill)
    _period(autofill, site_required=True)
    autofill.add_argument("--apply", action="store_true", help="enregistrer la proposition")
    autofill.add_argument("--json", action="store_true", help="sortie JSON")
    printing = command(planning, "print", "imprimer le planning du mois d'un site (PDF, A4 paysage)", cmd_print)
    printing.add_argument("--site", required=True, metavar="SITE")
    printing.add_argument("--month", required=True, metavar="AAAA-MM")
    printing.add_argument("-o", "--output", required=True, metavar="FICHIER.pdf")


def _period(parser: argparse.ArgumentParser, *, site_required: bool) -> None:
    parser.add_argument("--site", required=site_required, metavar="SITE", action="append",
                        help="site (nom ou partie du nom) ; répétable" + ("" if site_required else " ; tous par défaut"))
    parser.add_argument("--from", dest="first", type=parse_day, metavar="DATE",
                        help="premier jour (JJ/MM/AAAA ; aujourd'hui par défaut)")
    parser.add_argument("--to", dest="last", type=parse_day, metavar="DATE",
                        help="dernier jour (30 jours plus loin par défaut)")


def _days(args: argparse.Namespace) -> tuple[Any, Any]:
    first = args.first or today_paris()
    last = args.last or first + timedelta(days=29)
    if last < first:
        raise CliError("La fin de la période est avant son début : rien n'a été fait.")
    return first, last


def _hm(moment: Any) -> str:
    return moment.astimezone(PARIS).strftime("%d/%m/%Y %H:%M")


def cmd_gaps(args: argparse.Namespace) -> int:
    from ..planning.rota_services import list_gaps

    first, last = _days(args)
    with database(args) as engine, admin_uow(engine) as uow:
        site_ids = [find_site(uow, s).id for s in args.site] if args.site else None
        gaps = list_gaps(uow, first=first, last=last, site_ids=site_ids)
    if args.json:
        print_json([{"site_id": id_text(g.site_id), "site": g.site_name, "start": g.start.isoformat(),
                     "end": g.end.isoformat(), "present": g.present, "required": g.required} for g in gaps])
        return 0
    if not gaps:
        print(f"Aucun créneau non couvert du {first:%d/%m/%Y} au {last:%d/%m/%Y}.")
        return 0
    print(table(("Site", "Début", "Fin", "Présents", "Requis"),
                [(g.site_name, _hm(g.start), g.end.astimezone(PARIS).strftime("%H:%M"), str(g.present),
                  str(g.required)) for g in gaps]))
    print(f"\n{len(gaps)} créneau(x) non couvert(s) du {first:%d/%m/%Y} au {last:%d/%m/%Y}.")
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    from ..planning.exports import export_ics

    path = output_path(args.output)
    with database(args) as engine, admin_uow(engine) as uow:
        person = find_practitioner(uow, args.practitioner)
        data = export_ics(uow, person.id)
    path.write_bytes(data)
    events = data.count(b"BEGIN:VEVENT")
    print(f"{events} vacation(s) de {person.display_name} exportée(s) dans « {path} ».")
    return 0


def cmd_autofill(args: argparse.Namespace) -> int:
    from ..planning.proposals import apply_proposal, propose_rota

    first, last = _days(args)
    with database(args) as engine, admin_uow(engine) as uow:
        site_ids = [find_site(uow, s).id for s in args.site]
        proposal = propose_rota(uow, site_ids=site_ids, first=first, last=last)
        if args.apply and proposal.shifts:
            apply_proposal(uow, proposal.shifts)
            uow.commit()
    if args.json:
        print_json([{
            "status": proposal.status, "applied": bool(args.apply and proposal.shifts),
            "gap_percent": round(proposal.gap_percent, 3),
            "shifts": [{"site_id": id_text(s.site_id), "site": s.site_name, "practitioner_id": id_text(s.practitioner_id),
                        "practitioner": s.practitioner_name, "start": s.starts_at.isoformat(),
                        "end": s.ends_at.isoformat()} for s in proposal.shifts],
            "uncovered": [{"site": u.site_name, "start": u.start.isoformat(), "end": u.end.isoformat(),
                           "missing": u.missing, "reasons": list(u.reasons)} for u in proposal.uncovered],
        }])
        return 0
    quality = "optimale" if proposal.status == "OPTIMAL" else f"réalisable, à {proposal.gap_percent:.1f} % de la borne"
    print(f"Proposition ({quality}, {proposal.wall_seconds:.1f} s) : {len(proposal.shifts)} vacation(s).")
    if proposal.shifts:
        print(table(("Site", "Praticien", "Début", "Fin"),
                    [(s.site_name, s.practitioner_name, _hm(s.starts_at), s.ends_at.astimezone(PARIS).strftime("%H:%M"))
                     for s in proposal.shifts]))
    if proposal.uncovered:
        print(f"\nNon couverts ({len(proposal.uncovered)}) :")
        print(table(("Site", "Début", "Manque", "Pourquoi"),
                    [(u.site_name, _hm(u.start), str(u.missing), ", ".join(REASONS.get(r, r) for r in u.reasons))
                     for u in proposal.uncovered]))
    if args.apply:
        print(f"\n{len(proposal.shifts)} vacation(s) enregistrée(s).")
    elif proposal.shifts:
        print("\nRien n'est enregistré : relancez avec --apply pour accepter cette proposition.")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from ..planning.exports import month_pdf, parse_month

    path = output_path(args.output)
    with database(args) as engine, admin_uow(engine) as uow:
        site = find_site(uow, args.site)
        year, month = parse_month(args.month)
        data = month_pdf(uow, site.id, year, month)
    path.write_bytes(data)
    print(f"Planning de {month:02d}/{year} de « {site.name} » imprimé dans « {path} ».")
    return 0
