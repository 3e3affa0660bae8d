"""The languages mesolog speaks and writes documents in, by ISO 639-1 code."""

from __future__ import annotations

LANGUAGE_CODES = ("el", "en")
"""Greek and English: the window's, the command line's and a document's language."""
