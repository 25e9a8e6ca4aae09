"""``cabinet-app appointments``: the day's list of a site, the next free slot."""

from __future__ import annotations

import argparse
from typing import Any

from ..clock import PARIS, today_paris
from .common import (
    CliError, admin_uow, command, database, find_practitioner, find_site, group, id_text, parse_day,
    print_json, table,
)

STATUS = {"booked": "prévu", "arrived": "arrivé", "seen": "vu", "no_show": "absent", "cancelled": "annulé",
          "to_rebook": "à replacer"}


def register(commands: Any) -> None:
    appointments = group(commands, "appointments", "carnet de rendez-vous")
    listing = command(appointments, "list", "les rendez-vous d'un site pour une journée", cmd_list)
    listing.add_argument("--site", required=True, metavar="SITE")
    listing.add_argument("--date", type=parse_day, metavar="DATE", help="JJ/MM/AAAA (aujourd'hui par défaut)")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    free = command(appointments, "next-free", "le prochain créneau libre pour un type de rendez-vous", cmd_next_free)
    free.add_argument("--site", required=True, metavar="SITE")
    free.add_argument("--type", required=True, metavar="TYPE", help="nom du type, ex. « Consultation »")
    free.add_argument("--practitioner", metavar="PRATICIEN", help="un praticien précis (sinon : le premier libre)")
    free.add_argument("--json", action="store_true", help="sortie JSON")


def cmd_list(args: argparse.Namespace) -> int:
    from ..appointments.services import day_book

    day = args.date or today_paris()
    with database(args) as engine, admin_uow(engine) as uow:
        site = find_site(uow, args.site)
        book = day_book(uow, site.id, day)
    rows = sorted((a for c in book.columns for a in c.appointments), key=lambda a: (a.starts_at, a.practitioner_name))
    if args.json:
        print_json([{"id": id_text(a.id), "start": a.starts_at.isoformat(), "end": a.ends_at.isoformat(),
                     "practitioner_id": id_text(a.practitioner_id), "practitioner": a.practitioner_name,
                     "patient_id": id_text(a.patient_id), "patient": a.patient_name, "type": a.type_name,
                     "status": a.status.value} for a in rows])
        return 0
    if not rows:
        print(f"Aucun rendez-vous à « {site.name} » le {day:%d/%m/%Y}.")
        return 0
    print(table(("Heure", "Praticien", "Patient", "Type", "État"),
                [(a.starts_at.astimezone(PARIS).strftime("%H:%M"), a.practitioner_name, a.patient_name, a.type_name,
                  STATUS[a.status.value]) for a in rows]))
    print(f"\n{len(rows)} rendez-vous à « {site.name} » le {day:%d/%m/%Y}.")
    return 0


def cmd_next_free(args: argparse.Namespace) -> int:
    from ..appointments.services import list_types, next_free_slot
    from ..identifiers import fold
    from ..planning.services import list_practitioners

    with database(args) as engine, admin_uow(engine) as uow:
        site = find_site(uow, args.site)
        types = list_types(uow, site.id)
        kind = [t for t in types if fold(t.name) == fold(args.type)] or \
            [t for t in types if fold(args.type) in fold(t.name)]
        if not kind:
            raise CliError(f"Type de rendez-vous inconnu « {args.type} » ; types : "
                           + ", ".join(f"« {t.name} »" for t in types) + ".")
        person = find_practitioner(uow, args.practitioner) if args.practitioner else None
        found = next_free_slot(uow, site_id=site.id, type_id=kind[0].id,
                               practitioner_id=person.id if person else None)
        names = {p.id: p.display_name for p in list_practitioners(uow)}
        uow.commit()  # the site's usual types are created on first use
    if found is None:
        if args.json:
            print_json([])
        else:
            print(f"Aucun créneau libre pour « {kind[0].name} » dans les 60 prochains jours à « {site.name} ».")
        return 0
    who, slot = found
    if args.json:
        print_json([{"practitioner_id": id_text(who), "practitioner": names.get(who, "?"), "type": kind[0].name,
                     "start": slot.start.isoformat(), "end": slot.end.isoformat()}])
        return 0
    print(f"Prochain créneau « {kind[0].name} » à « {site.name} » : "
          f"{slot.start.astimezone(PARIS):%d/%m/%Y à %H:%M} avec {names.get(who, '?')}.")
    return 0
