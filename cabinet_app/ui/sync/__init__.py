"""The sync with the parent practice, seen from the GUI: its settings dialog
(:mod:`.settings_dialog`), the status-bar indicator (:mod:`.indicator`) and its controller, which
decides when to sync (:mod:`.controller`), and the conflicts page (:mod:`.conflicts_page`).

:mod:`.values` and :mod:`.data` hold no Qt (nor does this file), so they import and test headless.
"""
