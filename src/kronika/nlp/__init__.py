"""NLP backends: every one yields Universal Dependencies tokens and sentences on the Doc."""
