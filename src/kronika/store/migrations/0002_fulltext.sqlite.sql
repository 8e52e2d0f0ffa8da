-- Full-text search over article titles and text, and quote text (FTS5, external content).
-- Rows are indexed in batches by Store.flush_fulltext (fts_state.upto = highest indexed id): one FTS segment
-- per batch instead of one per article transaction, which is most of the cost of indexing. detail=column:
-- no token positions (searches are AND of words, never phrases), a quarter less indexing work.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', detail=column);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', detail=column);
CREATE TABLE fts_state (name TEXT PRIMARY KEY, upto INTEGER NOT NULL);
INSERT INTO fts_state (name, upto) VALUES ('articles', 0), ('quotes', 0);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
  WHEN old.id <= (SELECT upto FROM fts_state WHERE name = 'articles') BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes
  WHEN old.id <= (SELECT upto FROM fts_state WHERE name = 'quotes') BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
