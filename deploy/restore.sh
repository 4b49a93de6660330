#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh (.sql.gz, or plain .sql) into Tidtam's database:
#
#   deploy/restore.sh backups/tidtam-2026-12-03-020000.sql.gz
#   deploy/restore.sh --replace backups/tidtam-2026-12-03-020000.sql.gz   # over a database that has tables
#
# Which server: see db-connection.sh (the embedded database of the application run from the current folder by
# default; TIDTAM_DB_HOST or TIDTAM_DB_DEFAULTS_FILE for an external one; TIDTAM_DB_NAME for another database).
# The database must exist (an external one: CREATE DATABASE tidtam CHARACTER SET utf8mb4 COLLATE
# utf8mb4_uca1400_ai_ci). A database that already has tables is refused unless --replace is given: its tables are
# then dropped and the backup's loaded. Restart the application afterwards (it keeps reference data in
# memory); it upgrades an older backup's schema itself at start (Liquibase).
set -euo pipefail
. "$(dirname "$0")/db-connection.sh"

replace=false
if [ "${1:-}" = "--replace" ]; then
    replace=true
    shift
fi
[ $# -eq 1 ] || db_fail "usage: restore.sh [--replace] BACKUP.sql.gz"
backup="$1"
[ -r "$backup" ] || db_fail "cannot read $backup"

read_backup() {
    case "$backup" in
        *.gz) gzip -dc "$backup" ;;
        *) cat "$backup" ;;
    esac
}

read_backup | tail -n 1 | grep -q '^-- Dump completed' || db_fail "$backup is not a complete dump (no 'Dump completed' line)"

tables="$(db_query "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()")" \
    || db_fail "cannot reach database $DB_NAME ($DB_MODE): is the server (for the embedded one, the application) running?"
if [ "$tables" != "0" ] && [ "$replace" != true ]; then
    db_fail "database $DB_NAME already has $tables tables; restore into an empty database, or give --replace"
fi

# --replace: the database becomes the backup's, whole. Tables the backup does not have go too (an older backup lacks
# the newer tables, and Liquibase, reading the backup's changelog, would create them again at start).
if [ "$tables" != "0" ]; then
    drop="$(db_query "SELECT concat('DROP TABLE ', group_concat(concat('\`', table_name, '\`'))) \
FROM information_schema.tables WHERE table_schema = DATABASE()")"
    "$DB_CLIENT" --defaults-extra-file="$DB_OPTIONS" "$DB_NAME" --execute="SET FOREIGN_KEY_CHECKS = 0; $drop" \
        || db_fail "could not empty $DB_NAME before the restore"
fi

read_backup | "$DB_CLIENT" --defaults-extra-file="$DB_OPTIONS" --default-character-set=utf8mb4 \
    --max-allowed-packet=1G "$DB_NAME" || db_fail "the restore into $DB_NAME failed part-way; restore again with --replace"
echo "Restored $backup into $DB_NAME ($DB_MODE database): $(db_query "SELECT count(*) FROM information_schema.tables \
WHERE table_schema = DATABASE()") tables. Restart the application."
