"""The data of ``bench_sync.py``: a site's SQLite and the central PostgreSQL holding the same
rows, loaded in bulk and already in sync, and the edits made on either side.

Rows are built in the site's storage format (hex UUIDs, ``YYYY-MM-DD HH:MM:SS.ffffff`` in UTC,
booleans 0/1), inserted by executemany into SQLite and by COPY into PostgreSQL: patients,
appointments and consultation notes (20 / 50 / 30 % of the rows) of one site with 15
practitioners, every foreign key valid, no double booking (each practitioner's 15-minute slots,
8:00 to 16:00, day after day).
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine, insert, text, update

from cabinet_app.clock import utcnow
from cabinet_app.db import make_engine, sqlite_url
from cabinet_app.migrations import upgrade
from cabinet_app.sync.capture import set_state
from cabinet_app.sync.central import central_init, read_generation
from cabinet_app.sync.codec import table

PRACTITIONERS = 15
_SYNCED = ("id", "row_version", "origin_site_id", "created_at", "created_by", "updated_at", "updated_by",
           "deleted_at", "deleted_by")
COLUMNS = {  # in load order (parents first); checked against the mapped tables at start
    "sites": _SYNCED + ("name", "kind", "parent_site_id", "address_line", "postal_code", "city", "phone",
                        "min_practitioners", "alsace_moselle", "works_by_week"),
    "practitioners": _SYNCED + ("first_name", "last_name", "rpps", "status", "supervisor_id", "home_site_id",
                                "email", "phone"),
    "appointment_types": _SYNCED + ("site_id", "name", "kind", "duration_minutes", "colour", "active"),
    "patients": _SYNCED + ("birth_name", "used_name", "first_names", "used_first_name", "birth_date", "sex",
                           "birth_place_insee", "nir", "ins_status", "address_line", "postal_code", "city", "phone",
                           "email", "gp_practitioner_id", "gp_name", "site_id", "search_text"),
    "appointments": _SYNCED + ("site_id", "practitioner_id", "patient_id", "type_id", "starts_at", "ends_at",
                               "status", "overbooked", "note", "arrived_at", "seen_at", "cancelled_at",
                               "cancelled_by", "cancel_reason", "rebook_reason"),
    "consultation_notes": ("id", "origin_site_id", "created_at", "created_by", "patient_id", "author_id", "site_id",
                           "appointment_id", "amends_id", "reason", "findings", "conclusion", "prescriptions",
                           "free_text", "needs_cosign"),
}
NAMES = ("MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU",
         "GIRAUD", "BOUCHER", "PAVAGEAU", "FERREIRA", "GUILBAUD", "RETAILLEAU", "BILLAUD", "CHAIGNEAU")
FIRST = (("Helene", "F"), ("Marie", "F"), ("Louise", "F"), ("Virginie", "F"), ("Anne", "F"), ("Jeanne", "F"),
         ("Jean", "M"), ("Pierre", "M"), ("Louis", "M"), ("Paul", "M"), ("Hugo", "M"), ("Gabriel", "M"))
WORDS = ("toux", "fievre", "angine", "lombalgie", "hypertension", "diabete", "otite", "vertiges", "asthme")


@dataclass
class Dataset:
    """Rows in the site's storage format (hex UUIDs, ``YYYY-MM-DD HH:MM:SS.ffffff`` UTC, 0/1)."""

    site_id: str
    tables: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(len(self.tables[t]) for t in ("patients", "appointments", "consultation_notes"))

    def ids(self, name: str) -> list[str]:
        return [row[0] for row in self.tables[name]]


def _stamp(d: date, minutes: int) -> str:
    return f"{d.isoformat()} {minutes // 60:02d}:{minutes % 60:02d}:00.000000"


def generate(rows: int, seed: int = 7) -> Dataset:
    """``rows`` patients + appointments + notes (20 / 50 / 30 %), one site, 15 practitioners."""
    rng = random.Random(seed)
    uid = lambda: f"{rng.getrandbits(128):032x}"  # noqa: E731
    site = uid()
    data = Dataset(site_id=site)
    then = "2020-01-06 08:00:00.000000"
    head = lambda created: (uid(), 1, site, created, None, created, None, None, None)  # noqa: E731
    data.tables["sites"] = [(site,) + head(then)[1:] + ("Cabinet principal", "parent", None, "1 place Napoléon",
                                                        "85000", "La Roche-sur-Yon", "02 51 00 00 00", 2, 0, 0)]
    data.tables["practitioners"] = [head(then) + ("Camille", f"MEDECIN{i}", f"1{i:010d}", "titulaire", None, site,
                                                  "", "") for i in range(PRACTITIONERS)]
    data.tables["appointment_types"] = [head(then) + (site, "Consultation", "consultation", 15, "#3366cc", 1)]
    patients = []
    for _ in range(rows // 5):
        name, (first, sex) = rng.choice(NAMES), rng.choice(FIRST)
        born = date(1930, 1, 1) + timedelta(days=rng.randrange(90 * 365))
        patients.append(head(then) + (name, "", first, "", born.isoformat(), sex, "", None, "none",
                                      f"{rng.randrange(1, 200)} rue des Lilas", "85000", "La Roche-sur-Yon",
                                      f"06 {rng.randrange(10**8):08d}", "", None, "", site,
                                      f"{name.lower()} {first.lower()}"))
    data.tables["patients"] = patients
    _appointments_and_notes(data, rng, uid, rows)
    return data


def _appointments_and_notes(data: Dataset, rng: random.Random, uid: Any, rows: int) -> None:
    """Each practitioner's 15-minute slots, 8:00 to 16:00, day after day (no double booking);
    the oldest 95 % seen; a note for each of the first 30 % of the rows."""
    practitioners, type_id = data.ids("practitioners"), data.tables["appointment_types"][0][0]
    patients, site, count = data.ids("patients"), data.site_id, rows // 2
    appointments, notes = [], []
    for i in range(count):
        slot = i // PRACTITIONERS
        day = date(2021, 1, 4) + timedelta(days=slot // 32)
        start, end = _stamp(day, 480 + slot % 32 * 15), _stamp(day, 495 + slot % 32 * 15)
        seen = i < count * 0.95
        appointments.append((uid(), 1, site, start, None, start, None, None, None, site,
                             practitioners[i % PRACTITIONERS], rng.choice(patients), type_id, start, end,
                             "seen" if seen else "booked", 0, "", start if seen else None, end if seen else None,
                             None, None, "", ""))
    for a in appointments[: rows - rows // 5 - count]:
        reason = rng.choice(WORDS)
        notes.append((uid(), site, a[14], None, a[11], a[10], site, a[0], None, reason.capitalize(),
                      f"Examen : {rng.choice(WORDS)} probable.", f"{reason} ; revoir si besoin.", "Paracétamol",
                      "", 0))
    data.tables["appointments"], data.tables["consultation_notes"] = appointments, notes


def check_columns() -> None:
    for name, columns in COLUMNS.items():
        missing = set(table(name).columns.keys()) ^ set(columns)
        assert not missing, f"bench_sync.COLUMNS[{name!r}] is out of date: {sorted(missing)}"


# --- loading ---------------------------------------------------------------------------------------

def load_site(path: Path, data: Dataset) -> Engine:
    """A site's SQLite: migrations, then every row by executemany, capture off (no outbox)."""
    engine = make_engine(sqlite_url(path))
    upgrade(engine)
    engine.dispose()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous=OFF")
    db.execute("BEGIN")
    for name, rows in data.tables.items():
        columns = COLUMNS[name]
        db.executemany(f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
    db.execute("COMMIT")
    db.close()
    return make_engine(sqlite_url(path))


def conninfo(engine: Engine) -> str:
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def _copy_line(row: tuple[Any, ...]) -> str:
    return "\t".join("\\N" if v is None else str(v) for v in row) + "\n"


def load_central(url: str, data: Dataset) -> Engine:
    """The central database: ``central_init``, every row by COPY (triggers off, as a restore
    would), one change-log entry per row (committed long ago for every site), VACUUM ANALYZE."""
    engine = make_engine(url)
    central_init(engine)
    with psycopg.connect(conninfo(engine)) as db:
        db.execute("SET session_replication_role = replica")
        db.execute("SET TimeZone = 'UTC'")
        for name, rows in data.tables.items():
            with db.cursor().copy(f"COPY {name} ({', '.join(COLUMNS[name])}) FROM STDIN") as copy:
                for start in range(0, len(rows), 20_000):
                    copy.write("".join(_copy_line(r) for r in rows[start:start + 20_000]))
        for name in data.tables:
            version = "row_version" if "row_version" in COLUMNS[name] else "NULL"
            db.execute(f"INSERT INTO sync_change_log (table_name, row_id, op, row_version) "
                       f"SELECT '{name}', id, 'I', {version} FROM {name} ORDER BY created_at, id")
        db.commit()
    with psycopg.connect(conninfo(engine), autocommit=True) as db:
        db.execute("VACUUM ANALYZE")
    return engine


def mark_synced(local: Engine, central: Engine, site_id: str) -> None:
    """What a finished first sync leaves at the site: capture on, generation, cursor at the end."""
    with central.connect() as conn:
        generation = str(read_generation(conn))
        xid, seq = conn.execute(text("SELECT xid, seq FROM sync_change_log ORDER BY xid DESC, seq DESC LIMIT 1")).one()
    with local.begin() as conn:
        set_state(conn, "site_id", str(uuid.UUID(site_id)))
        set_state(conn, "capture", "on")
        set_state(conn, "generation", generation)
        set_state(conn, "cursor", f"{xid}:{seq}")


@dataclass
class Pair:
    data: Dataset
    local: Engine
    central: Engine
    seconds: dict[str, float]


def build_pair(rows: int, folder: Path, server: Any) -> Pair:
    seconds = {}
    started = time.perf_counter()
    data = generate(rows)
    seconds["generate"] = time.perf_counter() - started
    started = time.perf_counter()
    local = load_site(folder / f"site-{rows}.sqlite3", data)
    seconds["site (SQLite)"] = time.perf_counter() - started
    started = time.perf_counter()
    central = load_central(server.create_database(), data)
    seconds["central (PostgreSQL)"] = time.perf_counter() - started
    mark_synced(local, central, data.site_id)
    return Pair(data, local, central, seconds)


# --- edits -----------------------------------------------------------------------------------------

def pick(rng: random.Random, ids: list[str], count: int, parity: int) -> list[uuid.UUID]:
    """Distinct rows, even positions for the site and odd ones for the centre (no conflicts)."""
    return [uuid.UUID(ids[2 * i + parity]) for i in rng.sample(range(len(ids) // 2), count)]


def local_edits(pair: Pair, rng: random.Random, count: int) -> None:
    """``count`` saves at the site, captured by the triggers (each bumps ``row_version`` as the
    ORM's version counter does): 40 % patients' phones, 40 % appointments' notes, 20 % new notes."""
    patients, appointments = table("patients"), table("appointments")
    notes, now = table("consultation_notes"), utcnow()
    practitioners, site = pair.data.ids("practitioners"), uuid.UUID(pair.data.site_id)
    with pair.local.begin() as conn:
        for pid in pick(rng, pair.data.ids("patients"), count * 2 // 5, 0):
            conn.execute(update(patients).where(patients.c.id == pid).values(
                phone=f"06 {rng.randrange(10**8):08d}", row_version=patients.c.row_version + 1, updated_at=now))
        for aid in pick(rng, pair.data.ids("appointments"), count * 2 // 5, 0):
            conn.execute(update(appointments).where(appointments.c.id == aid).values(
                note=f"Rappeler la veille ({rng.randrange(10**6)})", row_version=appointments.c.row_version + 1,
                updated_at=now))
        for pid in pick(rng, pair.data.ids("patients"), count - 2 * (count * 2 // 5), 0):
            conn.execute(insert(notes).values(
                id=uuid.uuid4(), origin_site_id=site, created_at=now, patient_id=pid, site_id=site,
                author_id=uuid.UUID(rng.choice(practitioners)), reason="Contrôle", findings="RAS",
                conclusion="Revoir dans un an", prescriptions="", free_text="", needs_cosign=False))


def central_edits(pair: Pair, rng: random.Random, count: int, per_transaction: int = 10) -> None:
    """``count`` edits made at the centre (as another site's push would), 10 per transaction."""
    patients = pick(rng, pair.data.ids("patients"), count // 2, 1)
    appointments = pick(rng, pair.data.ids("appointments"), count - count // 2, 1)
    edits = [("UPDATE patients SET address_line = :v", p, "rue des Mimosas") for p in patients]
    edits += [("UPDATE appointments SET note = :v", a, "Apporter les résultats") for a in appointments]
    rng.shuffle(edits)
    for start in range(0, len(edits), per_transaction):
        with pair.central.begin() as conn:
            for sql, row_id, value in edits[start:start + per_transaction]:
                conn.execute(text(f"{sql}, row_version = row_version + 1, updated_at = now() WHERE id = :id"),
                             {"v": f"{value} ({rng.randrange(10**6)})", "id": row_id})
