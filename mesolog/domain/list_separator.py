"""The separator between the items of a list in running text: a semicolon and a space in
English; in Greek, whose ";" is the question mark, the άνω τελεία ("· ")."""

from __future__ import annotations

from mesolog.domain.texts import phrase

SEPARATOR = phrase("Lists", "; ", "between the items of a list in running text")
