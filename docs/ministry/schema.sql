-- Tables for provinces' `antq export year --format jsonl` files (docs/ministry/export.schema.json).
-- Every line is kept as it came, keyed by province, year, kind and record id: a province
-- numbers its own records, so ids are unique only within a province. Loading a province-year
-- again replaces it.
CREATE TABLE IF NOT EXISTS antq_line (
  province text NOT NULL,
  year integer NOT NULL,
  kind text NOT NULL,
  id text NOT NULL,
  body jsonb NOT NULL,
  PRIMARY KEY (province, year, kind, id)
);
CREATE INDEX IF NOT EXISTS antq_line_kind ON antq_line (kind, year);
