"""Counts inside the command line's messages: "40 patients", "1 photo".

Where the command line always wrote the plural ("1 patients, 3 sessions"), the count is a
plural phrase (`phrase_n`): Greek takes the form for the number from the catalogue, and
English stays as it was until mesolog_en.ts gives "1 patient". Where it chose the form
itself ("1 photo", "2 photos"), it still does, from a phrase for exactly one and one for
any other number: Greek's rule, as Qt and CLDR have it, is English's, and the English
stays as it was whether a catalogue is built or not.
"""

from __future__ import annotations

from mesolog.domain.texts import Text, phrase_n

PATIENTS = phrase_n("cli.counts", "%n patients", None, 1)
COURSES = phrase_n("cli.counts", "%n courses", None, 1)
SESSIONS = phrase_n("cli.counts", "%n sessions", None, 1)
PRODUCTS = phrase_n("cli.counts", "%n products", None, 1)
LOTS = phrase_n("cli.counts", "%n lots", None, 1)


def counted(count: int, one: Text, other: Text) -> Text:
    """`one` for exactly 1, else `other` with its `{count}`."""
    return one if count == 1 else other.having(count=count)
