"""Files on disk: where the user's data lives (and, later, the history database)."""
