"""Cabinet: practice management for a *cabinet médical secondaire*.

The core (everything outside :mod:`cabinet_app.ui`) never imports Qt, so the rules, the CLI and
scheduled jobs run headless.
"""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("cabinet-app")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "Cabinet"
