"""Server-rendered pages (Jinja2, autoescaped) over the same view data as the JSON API; local assets only."""
