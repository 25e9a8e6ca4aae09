"""Synchronisation with the parent practice's central PostgreSQL (issue 7), no Qt.

So far: the central side's change log and its pull cursor (:mod:`.central`).
"""
