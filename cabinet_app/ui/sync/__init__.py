"""The sync with the parent practice, seen from the GUI: its settings dialog
(:mod:`.settings_dialog`), the status-bar indicator (:mod:`.indicator`) and its controller, which
decides when to sync (:mod:`.controller`), the conflicts page (:mod:`.conflicts_page`), and the
first-run wizard's pages that make a new PC join the parent practice (:mod:`.join_pages`).

:mod:`.values`, :mod:`.data` and :mod:`.joining` hold no Qt (nor does this file), so they import
and test headless.
"""
