"""PDF treatment summaries, built with reportlab from plain data (never from the database).

The summaries themselves arrive with the PDF issue; this package exists so the
layering rules below hold for it from the start.
"""
