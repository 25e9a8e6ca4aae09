"""Every kind of row the app writes makes the round trip (issue 7): the demo cabinet (sites,
people, accounts, patients, a year of rota, appointments, notes, handovers, actions, contracts,
acts and payments) is built at Nieul, sent to the central database, and a PC of the parent
practice, which receives its secondary cabinets, ends with the very same rows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from cabinet_app.db import make_engine, sqlite_url
from cabinet_app.demo.generator import build_demo
from cabinet_app.migrations import upgrade
from cabinet_app.sync.capture import CAPTURED_TABLES
from cabinet_app.sync.central import central_init
from cabinet_app.sync.codec import data_columns, table
from cabinet_app.sync.join import central_sites, find_central_site, join
from cabinet_app.sync.service import synchronise


def rows(engine, name):
    t = table(name)
    columns = ["id", *data_columns(name)] + (["row_version"] if "row_version" in t.c else [])
    with engine.connect() as conn:
        return {r["id"]: {c: r[c] for c in columns} for r in conn.execute(select(t)).mappings()}


def test_the_demo_cabinet_arrives_whole_at_the_parent_practice(pg_engine, tmp_path):
    central_init(pg_engine)
    nieul = make_engine(sqlite_url(tmp_path / "nieul.sqlite3"))
    parent = make_engine(sqlite_url(tmp_path / "parent.sqlite3"))
    try:
        upgrade(nieul)
        upgrade(parent)
        build_demo(nieul, patients=12, today=date(2026, 11, 23))
        synchronise(nieul, pg_engine)
        site = find_central_site(central_sites(pg_engine), "Maison de santé du Bocage")
        join(parent, pg_engine, site.id)
        synchronise(nieul, pg_engine)  # Nieul gets the echo of nothing new
        for name in CAPTURED_TABLES:
            if name == "audit_log":  # every site's audit goes to the centre, never to other sites
                assert len(rows(pg_engine, name)) >= len(rows(nieul, name)) > 0
                continue
            at_nieul, at_centre, at_parent = rows(nieul, name), rows(pg_engine, name), rows(parent, name)
            assert at_centre == at_nieul, name
            assert at_parent == at_nieul, name
        assert len(rows(parent, "appointments")) > 1000 and len(rows(parent, "fee_ledger")) > 100
    finally:
        nieul.dispose()
        parent.dispose()
