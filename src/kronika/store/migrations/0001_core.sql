-- Articles (with their sentence spans), actors and mentions, quotes, events, and rejected input items.
-- {pk}, {real} and {without_rowid} are the only dialect-specific words (see store/db.py TYPES).
-- Sentence spans ([[start, end], ...]) and actor mentions ([{text, span}, ...]) are JSON lists: they are
-- read with their article or actor and never queried alone, and a row each made ingest several times slower.
CREATE TABLE articles (
  id {pk},
  hash TEXT NOT NULL UNIQUE,
  ext_id TEXT,
  url TEXT,
  title TEXT,
  lang TEXT,
  published TEXT,
  source TEXT,
  text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'ok',
  reason TEXT,
  schema TEXT,
  n_actors INTEGER NOT NULL DEFAULT 0,
  n_quotes INTEGER NOT NULL DEFAULT 0,
  n_events INTEGER NOT NULL DEFAULT 0,
  sentences TEXT,
  extra TEXT,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_ext_id ON articles (ext_id);

CREATE TABLE actors (
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  local_id TEXT,
  code TEXT,
  name TEXT,
  kind TEXT,
  n_mentions INTEGER NOT NULL DEFAULT 0,
  mentions TEXT,
  extra TEXT,
  PRIMARY KEY (article_id, seq)
){without_rowid};
CREATE INDEX actors_code ON actors (code);

CREATE TABLE quotes (
  id {pk},
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  span_start INTEGER,
  span_end INTEGER,
  direct INTEGER NOT NULL DEFAULT 0,
  speaker_code TEXT,
  speaker_name TEXT,
  speaker_text TEXT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  cue TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  sentence INTEGER,
  rule TEXT,
  extra TEXT
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker_code ON quotes (speaker_code);
CREATE INDEX quotes_speaker_name ON quotes (speaker_name);

CREATE TABLE events (
  id {pk},
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT,
  goldstein {real},
  quad_class INTEGER,
  source_code TEXT,
  source_name TEXT,
  source_text TEXT,
  source_start INTEGER,
  source_end INTEGER,
  target_code TEXT,
  target_name TEXT,
  target_text TEXT,
  target_start INTEGER,
  target_end INTEGER,
  date TEXT,
  date_granularity TEXT,
  day TEXT,
  att_code TEXT,
  att_name TEXT,
  att_text TEXT,
  att_start INTEGER,
  att_end INTEGER,
  negated INTEGER NOT NULL DEFAULT 0,
  future INTEGER NOT NULL DEFAULT 0,
  hypothetical INTEGER NOT NULL DEFAULT 0,
  sentence INTEGER,
  span_start INTEGER,
  span_end INTEGER,
  trigger TEXT,
  rule TEXT,
  mentions TEXT,
  extra TEXT
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_source ON events (source_code, day);
CREATE INDEX events_target ON events (target_code, day);
CREATE INDEX events_source_name ON events (source_name, day);
CREATE INDEX events_target_name ON events (target_name, day);
CREATE INDEX events_att_code ON events (att_code, day);
CREATE INDEX events_att_name ON events (att_name, day);
CREATE INDEX events_type ON events (type, day);
CREATE INDEX events_quad ON events (quad_class, day);
CREATE INDEX events_day ON events (day);

CREATE TABLE rejections (
  id {pk},
  item TEXT NOT NULL,
  reason TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  times INTEGER NOT NULL DEFAULT 1,
  UNIQUE (item, reason)
);
