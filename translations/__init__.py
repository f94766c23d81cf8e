"""Translations: Qt .ts files (compiled to .qm at build time) and the catalog text per language."""
