"""``cabinet-app fees``: a practitioner's retrocession statement (PDF or JSON), the accountant's
CSV, and the tiers payant still expected. Acts as the local administrator (statements are not
clinical data)."""

from __future__ import annotations

import argparse
from typing import Any

from .common import (
    CliError, admin_uow, command, database, find_practitioner, group, id_text, output_path, parse_day, print_json,
    table,
)

PAYERS = {"amo": "AMO", "amc": "AMC"}
STATUS_FR = {"expected": "attendu", "partial": "reçu en partie", "received": "reçu", "rejected": "rejeté"}


def register(commands: Any) -> None:
    fees = group(commands, "fees", "honoraires : relevé de rétrocession, export comptable, tiers payant")
    statement = command(fees, "statement", "relevé de rétrocession d'un praticien (PDF)", cmd_statement)
    statement.add_argument("--practitioner", required=True, metavar="PRATICIEN",
                           help="RPPS, identifiant du compte ou nom")
    _period(statement)
    statement.add_argument("-o", "--output", metavar="FICHIER.pdf", help="fichier PDF à écrire")
    statement.add_argument("--json", action="store_true", help="sortie JSON")
    export = command(fees, "export", "recettes et rétrocessions de la période pour le comptable (CSV)", cmd_export)
    _period(export)
    export.add_argument("-o", "--output", required=True, metavar="FICHIER.csv")
    receivables = command(fees, "receivables", "tiers payant attendu (AMO, AMC)", cmd_receivables)
    receivables.add_argument("--overdue", action="store_true", help="seulement ce qui est en retard")
    receivables.add_argument("--days", type=int, default=30, metavar="N",
                             help="en retard au-delà de N jours (30 par défaut)")
    receivables.add_argument("--json", action="store_true", help="sortie JSON")


def _period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", required=True, type=parse_day, metavar="DATE", help="premier jour")
    parser.add_argument("--to", dest="last", required=True, type=parse_day, metavar="DATE", help="dernier jour")


def _check_period(args: argparse.Namespace) -> None:
    if args.last < args.first:
        raise CliError("La fin de la période est avant son début : rien n'a été fait.")


def _euros(value: Any) -> str:
    return f"{value:.2f} €".replace(".", ",")


def _cabinet_header(uow: Any) -> str:
    from ..settings import LOCAL_SITE_ID

    raw = uow.settings.get(LOCAL_SITE_ID)
    site = next((s for s in uow.sites.list() if str(s.id) == raw), None)
    if site is None:
        return "Cabinet médical"
    return " — ".join(filter(None, (site.name, site.address_line, f"{site.postal_code} {site.city}".strip())))


def _statement_json(st: Any) -> dict[str, Any]:
    money = lambda v: None if v is None else str(v)  # noqa: E731 - exact decimals as strings
    return {
        "practitioner_id": id_text(st.practitioner_id), "practitioner": st.practitioner_name, "due_to": st.due_to,
        "contract_id": id_text(st.contract_id), "from": st.first.isoformat(), "to": st.last.isoformat(),
        "basis": st.basis.value, "retained_percent": money(st.retained_percent), "salaried": st.salaried,
        "ik_excluded": st.ik_excluded, "pds_excluded": st.pds_excluded, "cap": money(st.cap), "acts": st.acts,
        "billed": money(st.billed), "collected": money(st.collected), "tp_outstanding": money(st.tp_outstanding),
        "tp_rejected": money(st.tp_rejected), "base": money(st.base.ordinary), "ik": money(st.base.ik),
        "pds": money(st.base.pds), "replacement_share": money(st.replacement_share),
        "retrocession": money(st.retrocession), "contribution": money(st.contribution), "due": money(st.due),
        "settled": money(st.settled), "balance": money(st.balance),
        "lines": [{"day": line.day.isoformat(), "code": line.code, "count": line.count, "billed": money(line.billed)}
                  for line in st.lines],
        "empty_shifts": [{"day": e.day.isoformat(), "site": e.site_name} for e in st.empty_shifts],
    }


def cmd_statement(args: argparse.Namespace) -> int:
    from ..fees.statement import build_statement
    from ..reports.statement_pdf import statement_pdf

    _check_period(args)
    if not args.output and not args.json:
        raise CliError("Indiquez le fichier PDF à écrire (-o FICHIER.pdf) ou --json.")
    path = output_path(args.output) if args.output else None
    with database(args) as engine, admin_uow(engine) as uow:
        person = find_practitioner(uow, args.practitioner)
        st = build_statement(uow, practitioner_id=person.id, first=args.first, last=args.last)
        header = _cabinet_header(uow)
    if path is not None:
        path.write_bytes(statement_pdf(st, cabinet=header))
    if args.json:
        print_json([_statement_json(st)])
        return 0
    print(f"Relevé de {st.practitioner_name} du {st.first:%d/%m/%Y} au {st.last:%d/%m/%Y} : {st.acts} acte(s), "
          f"facturé {_euros(st.billed)}, dû à {st.due_to} {_euros(st.due)}, solde {_euros(st.balance)}.")
    print(f"Imprimé dans « {path} ».")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..fees.exports import accountant_csv

    _check_period(args)
    path = output_path(args.output)
    with database(args) as engine, admin_uow(engine) as uow:
        data = accountant_csv(uow, first=args.first, last=args.last)
    path.write_bytes(data)
    lines = data.count(b"\r\n") - 1
    print(f"{lines} ligne(s) de recettes et rétrocessions du {args.first:%d/%m/%Y} au {args.last:%d/%m/%Y} "
          f"exportée(s) dans « {path} ».")
    return 0


def cmd_receivables(args: argparse.Namespace) -> int:
    from ..fees.services import list_receivables

    if args.days < 0:
        raise CliError("Le nombre de jours doit être positif : rien n'a été fait.")
    with database(args) as engine, admin_uow(engine) as uow:
        rows = list_receivables(uow, overdue_days=args.days if args.overdue else None)
        names = {p.id: p.display_name for p in uow.practitioners.list()}
    if args.json:
        print_json([{"id": id_text(r.entry_id), "day": r.day.isoformat(), "payer": r.payer.value,
                     "practitioner_id": id_text(r.practitioner_id), "practitioner": names.get(r.practitioner_id, "?"),
                     "expected": str(r.expected), "received": str(r.received), "rejected": str(r.rejected),
                     "outstanding": str(r.outstanding), "status": r.status} for r in rows])
        return 0
    if not rows:
        print("Aucun tiers payant en retard." if args.overdue else "Aucun tiers payant attendu.")
        return 0
    print(table(("Jour", "Payeur", "Praticien", "Attendu", "Reçu", "Reste", "État"),
                [(f"{r.day:%d/%m/%Y}", PAYERS[r.payer.value], names.get(r.practitioner_id, "?"), _euros(r.expected),
                  _euros(r.received), _euros(r.outstanding), STATUS_FR[r.status]) for r in rows]))
    total = sum((r.outstanding for r in rows), 0)
    print(f"\n{len(rows)} tiers payant, {_euros(total)} restant dû.")
    return 0
