#!/usr/bin/env bash
# Back up the PostgreSQL database and the uploaded media into one tarball.
#   DATABASE_URL  the database (required)
#   MEDIA_ROOT    the media folder (default: media)
#   BACKUP_DIR    where the tarball goes (default: backups)
# Prints the tarball's path. Restore it with deploy/restore.sh.
set -euo pipefail

: "${DATABASE_URL:?Set DATABASE_URL to the PostgreSQL database to back up}"
media_root=${MEDIA_ROOT:-media}
backup_dir=${BACKUP_DIR:-backups}
tarball="$backup_dir/kcsf-$(date -u +%Y%m%dT%H%M%SZ).tar.gz"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The custom format restores into an empty database, whatever its owner.
pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" \
    --file="$work/database.dump"
mkdir -p "$work/media" "$backup_dir"
if [[ -d $media_root ]]; then
    cp -a "$media_root/." "$work/media/"
fi
tar -czf "$tarball" -C "$work" database.dump media
echo "$tarball"
