-- Full-text search over article titles and text, and quote text (tsvector, 'simple' config: no stemming,
-- so Czech and English behave alike).
ALTER TABLE articles ADD COLUMN tsv tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
ALTER TABLE quotes ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED;
CREATE INDEX quotes_tsv ON quotes USING GIN (tsv);
