"""Entry point of ``cabinet-app``: with no sub-command it opens the GUI, else it runs the CLI.

The GUI is imported only here and only when needed, so the CLI starts without Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from . import cli

    args = cli.parse_args(sys.argv[1:] if argv is None else argv)
    if getattr(args, "command", None) is None:
        from cabinet_app.ui.app import run_gui

        return run_gui(db=args.db, language=args.lang)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
