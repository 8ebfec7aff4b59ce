#!/usr/bin/env bash
# Restore a tarball made by deploy/backup.sh into DATABASE_URL and MEDIA_ROOT.
#   deploy/restore.sh backups/kcsf-20260101T000000Z.tar.gz
# Objects in the database are replaced; media files are added or overwritten.
set -euo pipefail

tarball=${1:?Usage: deploy/restore.sh BACKUP.tar.gz}
: "${DATABASE_URL:?Set DATABASE_URL to the PostgreSQL database to restore into}"
media_root=${MEDIA_ROOT:-media}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tar -xzf "$tarball" -C "$work"
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error \
    --single-transaction --dbname="$DATABASE_URL" "$work/database.dump"
mkdir -p "$media_root"
cp -a "$work/media/." "$media_root/"
echo "Restored $tarball"
