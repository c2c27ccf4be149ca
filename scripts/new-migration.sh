#!/usr/bin/env bash
# Writes the SQL for the difference between the committed migrations and prisma/schema.prisma.
# Usage: npm run db:diff -- <name>   (creates prisma/migrations/<NNNN>_<name>/migration.sql)
set -euo pipefail
name="${1:?usage: npm run db:diff -- <name>}"
cd "$(dirname "$0")/.."
last=$(ls prisma/migrations | sort | tail -n 1)
next=$(printf '%04d' $((10#${last%%_*} + 1)))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Rebuild the previous schema state from git's last committed schema.prisma.
git show HEAD:prisma/schema.prisma > "$tmp/previous.prisma"
dir="prisma/migrations/${next}_${name}"
mkdir -p "$dir"
npx prisma migrate diff --from-schema-datamodel "$tmp/previous.prisma" --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
echo "wrote $dir/migration.sql — review it, add hand-written SQL (triggers, indexes) if needed, and commit."
