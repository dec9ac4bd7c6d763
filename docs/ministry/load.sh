#!/usr/bin/env bash
# Loads provinces' `antq export year --format jsonl` files into PostgreSQL:
#   docs/ministry/load.sh FILE.jsonl...
# The connection comes from the standard PG* environment variables (PGHOST, PGPORT,
# PGDATABASE, PGUSER, PGPASSWORD). Creates the tables if needed (schema.sql); each file is
# loaded in one transaction and replaces what was loaded before for its province and year.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -gt 0 ] || { echo "usage: $0 FILE.jsonl..." >&2; exit 2; }
psql -X -q -v ON_ERROR_STOP=1 -f "$here/schema.sql"
for file in "$@"; do
  [ -r "$file" ] || { echo "$0: cannot read $file" >&2; exit 2; }
  # Each line is read whole as text (CSV mode with quote and delimiter bytes that JSON never
  # holds unescaped), then cast to jsonb.
  psql -X -q -v ON_ERROR_STOP=1 <<SQL
BEGIN;
CREATE TEMP TABLE antq_raw (line text) ON COMMIT DROP;
\copy antq_raw (line) FROM '$file' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
CREATE TEMP TABLE antq_new ON COMMIT DROP AS
  SELECT line::jsonb AS body FROM antq_raw WHERE line <> '';
DELETE FROM antq_line l USING (SELECT DISTINCT body ->> 'province' AS province,
    (body ->> 'year')::integer AS year FROM antq_new) n
  WHERE l.province = n.province AND l.year = n.year;
INSERT INTO antq_line (province, year, kind, id, body)
  SELECT body ->> 'province', (body ->> 'year')::integer, body ->> 'kind',
    coalesce(body ->> 'id', body ->> 'kind'), body
  FROM antq_new;
COMMIT;
SQL
done
