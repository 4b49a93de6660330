#!/usr/bin/env bash
# Backs up Tidtam's database, evidence files included (they are stored in it), into one compressed SQL file:
#
#   deploy/backup.sh                      # → ./backups/tidtam-YYYY-MM-DD-HHMMSS.sql.gz
#   deploy/backup.sh /srv/backups/x.sql.gz
#
# One consistent snapshot taken while the portal runs (--single-transaction: InnoDB, no table locks), with routines,
# triggers and events, binary columns as hex. Which server: see db-connection.sh (the embedded database of the
# application run from the current folder by default; TIDTAM_DB_HOST or TIDTAM_DB_DEFAULTS_FILE for an external one).
# The file appears only when the dump completed; restore it with deploy/restore.sh.
set -euo pipefail
. "$(dirname "$0")/db-connection.sh"

target="${1:-backups/tidtam-$(date +%F-%H%M%S).sql.gz}"
mkdir -p "$(dirname "$target")"
partial="$target.partial"
umask 077 # the dump holds every account's password hash

"$DB_DUMP" --defaults-extra-file="$DB_OPTIONS" \
    --single-transaction --quick \
    --routines --triggers --events \
    --hex-blob --default-character-set=utf8mb4 --max-allowed-packet=1G \
    "$DB_NAME" | gzip > "$partial" || {
    rm -f "$partial"
    db_fail "the dump of $DB_NAME failed ($DB_MODE database); no backup written"
}
# mariadb-dump ends a complete dump with this line; anything else is a cut-off file
if ! gzip -dc "$partial" | tail -n 1 | grep -q '^-- Dump completed'; then
    rm -f "$partial"
    db_fail "the dump of $DB_NAME ended early; no backup written"
fi
mv "$partial" "$target"
echo "Backed up $DB_NAME ($DB_MODE database) to $target ($(du -h "$target" | cut -f1))"
