"""Alembic environment: runs on the engine handed in by :func:`cabinet_app.migrations.upgrade`."""

from __future__ import annotations

from alembic import context

from cabinet_app.migrations import include_name
from cabinet_app.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - alembic's own CLI is not how Cabinet is migrated
    raise RuntimeError("run migrations through cabinet_app.migrations.upgrade(engine)")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
