"""Extraction steps: actors, dates, quotes, events (one module each)."""
