"""The patient list: search, create and edit patients' identity and contacts."""

from .page import PatientsPage

__all__ = ["PatientsPage"]
