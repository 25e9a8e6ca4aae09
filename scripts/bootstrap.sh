#!/usr/bin/env bash
# Prepares a Debian machine for Cabinet, installing only what is missing:
#   - the Debian libraries Qt needs (offscreen, and on a real X11 screen), Xvfb for servers,
#     poppler-utils (tests read PDFs back), a font;
#   - with --with-postgres: a PostgreSQL server for the sync tests. Nothing is started here: the
#     tests start their own throwaway cluster (as root, through the `postgres` system user,
#     which this script makes sure exists);
#   - a virtualenv in .venv with Cabinet (editable) and its Python packages;
#   - the compiled translations.
# Without root, it prints the Debian packages to install and exits non-zero.
# Safe to run again: each step is skipped when already done.
#
# Usage: scripts/bootstrap.sh [--with-postgres]
# Environment: PYTHON (interpreter for the virtualenv, default python3).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '» %s\n' "$*"; }
die() { printf 'Erreur : %s\n' "$*" >&2; exit 1; }

want_pg=0
for arg in "$@"; do
  case "$arg" in
    --with-postgres) want_pg=1 ;;
    -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) die "option inconnue : $arg (seule --with-postgres est acceptée)" ;;
  esac
done

is_root() { [ "$(id -u)" = 0 ]; }

# --- Python ------------------------------------------------------------------------------------
py=${PYTHON:-python3}
command -v "$py" >/dev/null 2>&1 \
  || die "$py introuvable : installez Python 3.11 ou plus récent (apt-get install python3)."
"$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "Cabinet demande Python 3.11 ou plus récent ; $("$py" --version 2>&1) trouvé."

# --- Debian packages ---------------------------------------------------------------------------
# Qt's xcb platform plugin and its offscreen plugin link these (checked with ldd on the wheels);
# libdbus is loaded at run time.
debs=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0
      libdbus-1-3 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
      libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
      xvfb xauth poppler-utils fonts-dejavu-core)

# Debian's python3 has venv and ensurepip in a separate package.
if ! "$py" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  debs+=(python3-venv)
fi

# PostgreSQL's binaries live in /usr/lib/postgresql/<version>/bin on Debian (not on PATH).
pg_bin_dir() {
  local initdb
  initdb=$(command -v initdb 2>/dev/null || true)
  if [ -z "$initdb" ]; then
    initdb=$(ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  [ -n "$initdb" ] && dirname "$initdb"
}
if [ "$want_pg" = 1 ] && [ -z "$(pg_bin_dir || true)" ]; then
  debs+=(postgresql)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${debs[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$p")
  done
else
  say "Système sans dpkg : installez vous-même l'équivalent de : ${debs[*]}"
fi

apt_get() {  # apt-get with retries; output kept in a log shown only on failure
  local try log
  log=$(mktemp)
  for try in 1 2 3; do
    if DEBIAN_FRONTEND=noninteractive apt-get -q -o Dpkg::Use-Pty=0 "$@" >"$log" 2>&1; then
      rm -f "$log"
      return 0
    fi
    say "apt-get $1 a échoué (essai $try/3)."
    sleep $((try * 5))
  done
  tail -n 30 "$log" >&2
  rm -f "$log"
  return 1
}

if [ ${#missing[@]} -gt 0 ]; then
  if ! is_root; then
    printf 'Paquets Debian manquants : %s\n' "${missing[*]}" >&2
    printf 'Installez-les en root, puis relancez :\n  sudo apt-get install %s\n' "${missing[*]}" >&2
    exit 1
  fi
  say "Installation des paquets Debian manquants : ${missing[*]}"
  apt_get update || die "apt-get update a échoué (réseau ?)."
  apt_get install -y --no-install-recommends "${missing[@]}" \
    || die "l'installation des paquets Debian a échoué."
else
  say "Paquets Debian : rien à installer."
fi

if [ "$want_pg" = 1 ]; then
  pg_dir=$(pg_bin_dir || true)
  [ -n "$pg_dir" ] || die "PostgreSQL est installé mais initdb reste introuvable."
  say "PostgreSQL : binaires dans $pg_dir (les tests démarrent leur propre serveur jetable)."
  # initdb refuses to run as root; the tests then run the server as the `postgres` user.
  if is_root && ! id -u postgres >/dev/null 2>&1; then
    say "Création de l'utilisateur système postgres."
    useradd --system --user-group --no-create-home --home-dir /var/lib/postgresql \
      --shell /bin/bash postgres
  fi
fi

# --- Virtualenv and Python packages ------------------------------------------------------------
if [ -e .venv ] && ! { .venv/bin/python -c 'import sys' && .venv/bin/python -m pip --version; } >/dev/null 2>&1; then
  say "Environnement .venv inutilisable : il est recréé."
  rm -rf .venv
fi
if [ ! -e .venv ]; then
  say "Création de l'environnement Python .venv ($("$py" --version 2>&1))."
  "$py" -m venv .venv || { rm -rf .venv; die "impossible de créer .venv (paquet python3-venv ?)."; }
fi

pip_install() {  # pip with its own retries, whole-command retries on top; log shown on failure
  local try log
  log=$(mktemp)
  for try in 1 2 3; do
    if .venv/bin/python -m pip install --disable-pip-version-check --retries 10 --timeout 60 \
        "$@" >"$log" 2>&1; then
      rm -f "$log"
      return 0
    fi
    say "pip install $* a échoué (essai $try/3)."
    sleep $((try * 5))
  done
  tail -n 40 "$log" >&2
  rm -f "$log"
  return 1
}

# Reinstall when pyproject.toml changed, or when the install does not import from this tree.
stamp=.venv/.cabinet-installed
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1) $(pwd -P)"
installed_ok() {
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] || return 1
  .venv/bin/python -I -c '
import os, sys
import cabinet_app, PySide6, pytest
sys.exit(not os.path.realpath(cabinet_app.__file__).startswith(os.path.realpath(sys.argv[1]) + os.sep))
' "$(pwd -P)" >/dev/null 2>&1
}
if installed_ok; then
  say "Paquets Python : déjà à jour."
else
  say "Installation de Cabinet et de ses paquets Python dans .venv (quelques minutes la première fois)."
  pip_install --upgrade pip || say "Mise à jour de pip impossible ; on continue avec la version présente."
  pip_install -e '.[dev]' || die "l'installation des paquets Python a échoué."
  printf '%s\n' "$wanted" >"$stamp"
fi

# --- Translations ------------------------------------------------------------------------------
say "Compilation des traductions."
.venv/bin/python scripts/build_translations.py
say "Prêt."
