-- Feed re-runs skip entries whose URL is already stored before fetching the page: look-ups by URL.
CREATE INDEX articles_url ON articles (url);
