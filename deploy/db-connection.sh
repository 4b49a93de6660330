# Sourced by backup.sh and restore.sh: which MariaDB to talk to and with which client programs.
#
# External server, either
#   TIDTAM_DB_DEFAULTS_FILE=/etc/tidtam/backup.cnf   an option file with [client] host=, port=, user=, password=
# or
#   TIDTAM_DB_HOST=db.example  TIDTAM_DB_PORT=3306  TIDTAM_DB_USER=tidtam  TIDTAM_DB_PASSWORD=...
#   (the password goes to the clients through a temporary owner-only option file, never on a command line).
# Otherwise the embedded database of the application run from the current folder:
#   TIDTAM_EMBEDDED_DB_DIR (default ./data/mariadb) with its account in tidtam-client.cnf and the server's own
#   programs in <dir>-server/bin (the application must be running: it runs that server).
# TIDTAM_DB_NAME (default tidtam) names the database; TIDTAM_DB_BIN a folder holding mariadb and mariadb-dump.

set -euo pipefail

DB_NAME="${TIDTAM_DB_NAME:-tidtam}"
DB_TEMP_OPTIONS=""

db_cleanup() {
    if [ -n "$DB_TEMP_OPTIONS" ]; then
        rm -f "$DB_TEMP_OPTIONS"
    fi
}
trap db_cleanup EXIT

db_fail() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

# The option file naming account and server; it must be the clients' first argument.
if [ -n "${TIDTAM_DB_DEFAULTS_FILE:-}" ]; then
    [ -r "$TIDTAM_DB_DEFAULTS_FILE" ] || db_fail "cannot read TIDTAM_DB_DEFAULTS_FILE=$TIDTAM_DB_DEFAULTS_FILE"
    DB_OPTIONS="$TIDTAM_DB_DEFAULTS_FILE"
    DB_MODE=external
elif [ -n "${TIDTAM_DB_HOST:-}" ]; then
    DB_TEMP_OPTIONS="$(mktemp)"
    chmod 600 "$DB_TEMP_OPTIONS"
    {
        echo "[client]"
        echo "host=$TIDTAM_DB_HOST"
        echo "port=${TIDTAM_DB_PORT:-3306}"
        echo "user=${TIDTAM_DB_USER:-tidtam}"
        echo "password=${TIDTAM_DB_PASSWORD:-}"
    } > "$DB_TEMP_OPTIONS"
    DB_OPTIONS="$DB_TEMP_OPTIONS"
    DB_MODE=external
else
    embedded_dir="${TIDTAM_EMBEDDED_DB_DIR:-data/mariadb}"
    embedded_dir="${embedded_dir%/}"
    DB_OPTIONS="$embedded_dir/tidtam-client.cnf"
    [ -r "$DB_OPTIONS" ] || db_fail "no embedded database account in $DB_OPTIONS: run this from the application's \
folder, set TIDTAM_EMBEDDED_DB_DIR, or name an external server (TIDTAM_DB_HOST or TIDTAM_DB_DEFAULTS_FILE)"
    DB_MODE=embedded
    if [ -z "${TIDTAM_DB_BIN:-}" ]; then
        TIDTAM_DB_BIN="$embedded_dir-server/bin"
    fi
fi

# Finds a client program: in TIDTAM_DB_BIN when set, else on the PATH (mysql* names on older installations).
db_program() {
    local name="$1" old="$2"
    if [ -n "${TIDTAM_DB_BIN:-}" ]; then
        [ -x "$TIDTAM_DB_BIN/$name" ] || db_fail "$TIDTAM_DB_BIN/$name not found"
        echo "$TIDTAM_DB_BIN/$name"
    elif command -v "$name" > /dev/null; then
        command -v "$name"
    elif command -v "$old" > /dev/null; then
        command -v "$old"
    else
        db_fail "neither $name nor $old found: install the MariaDB client or set TIDTAM_DB_BIN"
    fi
}

DB_CLIENT="$(db_program mariadb mysql)"
DB_DUMP="$(db_program mariadb-dump mysqldump)"

# Runs one statement in the database and prints its rows, tab-separated, without headings.
db_query() {
    "$DB_CLIENT" --defaults-extra-file="$DB_OPTIONS" --batch --skip-column-names "$DB_NAME" --execute="$1"
}
