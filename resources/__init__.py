"""Data files shipped with the app (catalog, illustrations, icons), read via importlib.resources."""
