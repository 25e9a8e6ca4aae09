"""``cabinet-app handover``: the rotation's pack as PDF, the open items of a site. Both read
clinical data, so they act as a doctor or an intern who gives their password."""

from __future__ import annotations

import argparse
from typing import Any

from ..clock import today_paris
from .common import (
    command, database, find_site, group, id_text, login_options, output_path, parse_day, print_json, table,
    user_uow,
)

KINDS = {"action": "action", "lab_result": "résultat de labo", "imaging_result": "résultat d'imagerie",
         "letter": "courrier attendu"}


def register(commands: Any) -> None:
    handover = group(commands, "handover", "transmissions : dossier de relève, actions ouvertes")
    pack = command(handover, "pack", "imprimer le dossier de relève d'un site pour un jour (PDF)", cmd_pack)
    pack.add_argument("--site", required=True, metavar="SITE")
    pack.add_argument("--date", type=parse_day, metavar="DATE", help="JJ/MM/AAAA (aujourd'hui par défaut)")
    pack.add_argument("-o", "--output", required=True, metavar="FICHIER.pdf")
    login_options(pack)
    items = command(handover, "open-items", "les actions et résultats en attente d'un site", cmd_open_items)
    items.add_argument("--site", required=True, metavar="SITE")
    items.add_argument("--json", action="store_true", help="sortie JSON")
    login_options(items)


def cmd_pack(args: argparse.Namespace) -> int:
    from ..records.handover_pack import build_pack
    from ..reports.handover_pdf import render_pack

    path = output_path(args.output)
    day = args.date or today_paris()
    with database(args) as engine, user_uow(engine, args) as uow:
        site = find_site(uow, args.site)
        pack = build_pack(uow, site_id=site.id, day=day)
        uow.commit()  # the reading is audited
    path.write_bytes(render_pack(pack))
    print(f"Dossier de relève de « {site.name} » du {day:%d/%m/%Y} ({pack.incoming_name or 'personne au planning'})"
          f" : {len(pack.items)} élément(s), {pack.unacknowledged} sans accusé de réception, dans « {path} ».")
    return 0


def cmd_open_items(args: argparse.Namespace) -> int:
    from ..records.handover_pack import build_pack

    with database(args) as engine, user_uow(engine, args) as uow:
        site = find_site(uow, args.site)
        pack = build_pack(uow, site_id=site.id, day=today_paris())
        uow.commit()
    items = [*pack.actions, *pack.pending_results]
    items.sort(key=lambda a: a.due_on)
    if args.json:
        print_json([{"id": id_text(a.id), "patient_id": id_text(a.patient_id),
                     "patient": pack.patient_names.get(a.patient_id, "?"), "kind": a.kind.value, "what": a.what,
                     "owner_id": id_text(a.owner_id), "due_on": a.due_on.isoformat()} for a in items])
        return 0
    if not items:
        print(f"Aucune action ouverte à « {site.name} ».")
        return 0
    today = today_paris()
    print(table(("Échéance", "Patient", "Type", "Quoi"),
                [(a.due_on.strftime("%d/%m/%Y") + (" (en retard)" if a.due_on < today else ""),
                  pack.patient_names.get(a.patient_id, "?"), KINDS[a.kind.value], a.what) for a in items]))
    print(f"\n{len(items)} élément(s) ouvert(s) à « {site.name} ».")
    return 0
