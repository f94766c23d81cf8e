"""Printed pages: the report for a therapist and the handout for the chair.

Both are QTextDocuments laid out for a page, with charts and drawings painted by the same
code as the screens, so they can go to a PDF file (QPdfWriter) or a printer (QPrinter).
"""
