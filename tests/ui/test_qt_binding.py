"""The Qt binding must not leak references to None: PySide6 6.12.0 loses one on every call that
returns None, and Python 3.11 aborts the app ("none_dealloc") once the count reaches zero."""

import sys

from PySide6.QtCore import QObject


def test_calls_returning_none_keep_none_alive():
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        probe.setObjectName("x")
    assert before - sys.getrefcount(None) < 100
