"""The demo cabinet: a parent practice, two secondary cabinets, their practitioners and
accounts, and about a thousand patients, built through the services (``cabinet-app demo``).

:data:`DEMO_LOGINS` lists the demo accounts (password :data:`DEMO_PASSWORD`) for the README.
"""

from .database import create_demo_database
from .generator import DEFAULT_PATIENTS, DEFAULT_SEED, DemoSummary, PatientGenerator, build_demo
from .staff import DEMO_LOGINS, DEMO_PASSWORD, DemoLogin

__all__ = [
    "DEFAULT_PATIENTS", "DEFAULT_SEED", "DEMO_LOGINS", "DEMO_PASSWORD", "DemoLogin", "DemoSummary",
    "PatientGenerator", "build_demo", "create_demo_database",
]
