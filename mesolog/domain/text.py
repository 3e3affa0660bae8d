"""Text folding for search: case- and accent-insensitive in any script."""

import re
import unicodedata

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d")
MIN_PHONE_SUFFIX = 3


_UNDECOMPOSABLE = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ŧ": "t", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)
"""Latin letters with a stroke or ligature that Unicode does not split into base + accent."""


def fold(text: str) -> str:
    """Lower-case, accent-free form: `Καρμίρης` → `καρμιρησ`, `Müller` → `muller`, `Ø` → `o`.

    Case folding also turns the Greek final sigma into σ, so a word typed with
    either sigma matches. Databases store folded search terms and sort keys: a
    change here needs a migration that rebuilds them.
    """
    # Decomposing first turns compatibility letters (ℌ, 𝐀) into ones case folding knows.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.translate(_UNDECOMPOSABLE))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def phone_digits(phone: str) -> str:
    return "".join(_DIGITS.findall(phone))


def patient_search_terms(
    family_name: str, given_name: str, record_number: str, phone: str
) -> set[str]:
    """The index terms of one patient; a query word matches a term it begins.

    Names and record numbers give their words; a phone gives every digit suffix
    of three or more, so any trailing part of the number finds the patient.
    """
    terms = set(words(family_name)) | set(words(given_name)) | set(words(record_number))
    folded_record = fold(record_number).strip()
    if folded_record:
        terms.add(folded_record)
    digits = phone_digits(phone)
    terms.update(digits[i:] for i in range(len(digits) - MIN_PHONE_SUFFIX + 1))
    return {term[:100] for term in terms if term}


def query_words(query: str) -> list[str]:
    """The words of a search query, folded like the index terms."""
    found = words(query)
    return [w[:100] for w in found]


def sort_key(family_name: str, given_name: str) -> str:
    return f"{fold(family_name).strip()}\x1f{fold(given_name).strip()}"[:210]
