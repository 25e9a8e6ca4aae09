"""Several cabinets' PCs and one central PostgreSQL, for the sync tests.

* ``nieul``: the PC of the secondary cabinet of Nieul (the small test cabinet, built there);
* ``parent``: the parent practice's PC, joining the central database as the parent site (it
  receives its secondary cabinets' data too);
* ``flaive``: another secondary cabinet with no link to Nieul (to check the scope).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from sqlalchemy import Engine, text, update

from cabinet_app.appointments.services import BookingInput, book, list_types
from cabinet_app.planning.calendar import at
from cabinet_app.db import UnitOfWork, make_engine, sqlite_url
from cabinet_app.migrations import upgrade
from cabinet_app.planning.rota_services import ShiftInput, create_shift
from cabinet_app.planning.services import SiteInput, create_site
from cabinet_app.sync.capture import set_state
from cabinet_app.sync.central import central_init
from cabinet_app.sync.service import SyncReport, synchronise
from tests.conftest import SmallCabinet, build_small_cabinet

DAY = date(2031, 12, 1)  # a Monday in the future


@dataclass
class Fleet:
    central: Engine
    folder: Path
    cabinet: SmallCabinet  # built on the Nieul PC
    pcs: dict[str, Engine] = field(default_factory=dict)
    flaive_id: uuid.UUID | None = None

    @property
    def nieul(self) -> Engine:
        return self.pcs["nieul"]

    def pc(self, name: str, site_id: uuid.UUID) -> Engine:
        """A new, empty PC joining the central database as ``site_id``."""
        engine = make_engine(sqlite_url(self.folder / f"{name}.sqlite3"))
        upgrade(engine)
        with engine.begin() as conn:
            set_state(conn, "site_id", str(site_id))
        self.pcs[name] = engine
        return engine

    def sync(self, name: str, **kwargs: object) -> SyncReport:
        return synchronise(self.pcs[name], self.central, **kwargs)  # type: ignore[arg-type]

    def uow(self, name: str, login: str = "secretaire") -> UnitOfWork:
        with UnitOfWork(self.pcs[name]) as probe:
            from cabinet_app.security.services import authenticate
            from tests.conftest import PASSWORD

            user = authenticate(probe, login=login, password=PASSWORD)
            probe.commit()
        return UnitOfWork(self.pcs[name], actor=user.actor)

    def scalar(self, name: str, sql: str, **params: object) -> object:
        engine = self.central if name == "central" else self.pcs[name]
        with engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()

    def dispose(self) -> None:
        for engine in self.pcs.values():
            engine.dispose()


def make_fleet(pg_engine: Engine, folder: Path, *, parent: bool = True, flaive: bool = False) -> Fleet:
    central_init(pg_engine)
    nieul = make_engine(sqlite_url(folder / "nieul.sqlite3"))
    upgrade(nieul)
    cabinet = build_small_cabinet(nieul)
    fleet = Fleet(central=pg_engine, folder=folder, cabinet=cabinet, pcs={"nieul": nieul})
    with cabinet.uow("admin") as uow:  # Nieul is a secondary cabinet of the parent practice
        from cabinet_app.planning.model import Site

        uow.session.execute(update(Site).where(Site.id == cabinet.site_id).values(
            parent_site_id=cabinet.parent_id, row_version=Site.row_version + 1))
        if flaive:
            fleet.flaive_id = create_site(uow, SiteInput(name="Cabinet de Sainte-Flaive", postal_code="85150")).value.id
        uow.commit()
    fleet.sync("nieul")
    if parent:
        fleet.pc("parent", cabinet.parent_id)
        fleet.sync("parent")
    if flaive:
        assert fleet.flaive_id is not None
        fleet.pc("flaive", fleet.flaive_id)
        fleet.sync("flaive")
    return fleet


def book_one(fleet: Fleet, hour: int = 8, patient: int = 0) -> uuid.UUID:
    """A shift of the titular at Nieul on DAY and one appointment in it, written at Nieul."""
    cabinet = fleet.cabinet
    with fleet.uow("nieul") as uow:
        existing = uow.session.execute(text("SELECT count(*) FROM shifts")).scalar()
        if not existing:
            create_shift(uow, ShiftInput(cabinet.site_id, cabinet.titular_id, at(DAY, time(8)), at(DAY, time(12))))
        types = {t.name: t for t in list_types(uow, cabinet.site_id)}
        appointment = book(uow, BookingInput(cabinet.site_id, cabinet.titular_id, cabinet.patient_ids[patient],
                                             types["Consultation"].id, at(DAY, time(hour)))).value
        uow.commit()
    return appointment.id
