"""A vial's code as a scanner types it, read into a VialScan: GTIN, lot, expiry and serial.

Accepted, with or without the AIM symbology prefix a scanner may put first (]d2 GS1
DataMatrix, ]C1 GS1-128, ]Q3 GS1 QR, ]E0 EAN-13/UPC-A, ]E4 EAN-8, ]I1 ITF-14):

- the GS1 element string, its variable-length fields ended by GS (ASCII 29), or by the one
  substitute character a scanner was set to send instead (`separator`, such as | ^ ~);
- the printed form with parentheses, "(01)09506000134352(17)270131(10)ABC123", its
  spaces dropped (below);
- a plain GTIN: EAN-8, UPC-A, EAN-13 or GTIN-14 digits (only a GTIN then).

The GTIN is kept as GTIN-14, the form AI 01 carries: an EAN-13 4006381333931 becomes
04006381333931, so a product is found by one form whether its code was a GS1 DataMatrix
or a plain EAN-13 (biip recommends the same for storing and comparing; the catalogue
keeps a product's GTIN so too, `domain.products.normal_gtin`). A GTIN-14 with a
packaging indicator (1-8 first) stays a different item from the GTIN-13 inside it.

What biip does, and what is done here on top of it:

- biip checks a GTIN's check digit and reports a wrong one as `gtin_error` on the AI 01
  element without raising; that is refused here.
- biip reads an AI 17 date with day 00 as the month's last day (GS1 General
  Specifications), leap years included, and a two-digit year within 49 years before and
  50 after today. A month outside 01-12 fails its pattern; a day the month does not have
  (30 February) fails its date check. The date check is turned off here so that the
  expiry is refused by name, the same way for both.
- biip reads up to a variable-length field's 20 characters or up to a separator. A
  scanner that leaves out GS makes a lot swallow the serial after it: nothing can tell,
  which is why the separator must be set right.
- biip reads each element on its own and says nothing of an AI given twice. GS1 forbids
  one AI with two different values in a code: such a code names no one vial, and
  keeping either value could record a lot or an expiry the vial does not have, so it is
  refused here naming the field (two expiries written differently, 270100 and 270131,
  are two values too). An exact repeat is read once.
- Spaces in the printed form are dropped here before it is read, anywhere in it, as
  biip's own GS1Message.parse_hri does (biip's element parser refuses them: GS1 data is
  character set 82, which has no space). A space in the printed line is its layout,
  between fields, after an AI or inside a value: "(10) AB C" is lot ABC, the only reading
  GS1 allows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mesolog.scanning import scan_refusals as refusals
from mesolog.scanning.scan_refusals import ScanError

# biip (its GS1 tables are a large read) is imported when a scan arrives, not at start.
if TYPE_CHECKING:
    from biip import ParseConfig
    from biip.gs1_element_strings import GS1ElementString
    from biip.symbology import SymbologyIdentifier

GS = "\x1d"
"""The group separator a scanner sends for GS1's FNC1 between fields."""

_AIM_PREFIX = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_PRINTED_AI = re.compile(r"\((\d{2,4})\)")
_GS1_CHARACTER = re.compile(r"[!%-?A-Z_a-z\"]")
_GTIN_LENGTHS = (8, 12, 13, 14)
_DATES = ("17",)


@dataclass(frozen=True, slots=True)
class VialScan:
    """What a vial's code says. `raw` is what the scanner sent: kept for the caller, left
    out of the repr (a scan's text is never shown or logged) and of comparisons (the
    printed form and the code of one vial are the same scan)."""

    gtin: str
    lot: str | None
    expiry: dt.date | None
    serial: str | None
    raw: str = field(default="", repr=False, compare=False)

    @property
    def sgtin(self) -> tuple[str, str] | None:
        """The one vial the code names, GS1's serialised GTIN: its GTIN-14 and serial (AI
        21, compared as written: serials are case-sensitive). None for a code without a
        serial, which names a product and maybe a lot, not one vial."""
        return None if self.serial is None else (self.gtin, self.serial)


def is_allowed_separator(character: str) -> bool:
    """Whether `character` may stand for GS: one printable character that GS1 data cannot
    hold (not a letter, digit or one of !"%&'()*+,-./:;<=>?_, not a space), and not ]
    that starts a symbology prefix."""
    if character == GS:
        return True
    return (
        len(character) == 1
        and character.isprintable()
        and not character.isspace()
        and character != "]"
        and _GS1_CHARACTER.fullmatch(character) is None
    )


def parse_scan(text: str, *, separator: str | None = None) -> VialScan:
    """The vial `text` names; ScanError naming what is wrong when it names none.

    `separator` is the character the scanner sends in place of GS, when it was set to
    send one (GS itself is always read); ValueError when it is not allowed.
    """
    from biip import ParseConfig
    from biip.symbology import GS1Symbology

    separators = _separators(separator)
    config = ParseConfig(separator_chars=separators, gs1_element_strings_verify_date=False)
    lead = len(text) - len(text.lstrip())
    trimmed = text.strip()
    symbology = _symbology(trimmed)
    body = trimmed[len(symbology) if symbology else 0 :].lstrip("".join(separators))
    gs1_symbology = symbology.gs1_symbology if symbology else None
    if not body:
        raise refusals.not_a_code(len(trimmed))
    if body.startswith("("):
        return _vial(_printed_elements(body, config, scan_length=len(trimmed)), text)
    if gs1_symbology in GS1Symbology.with_gtin() or (
        gs1_symbology not in GS1Symbology.with_gs1_messages() and _is_gtin_shaped(body)
    ):
        if not _is_gtin_shaped(body):
            raise refusals.not_a_code(len(trimmed))
        return VialScan(gtin=_gtin_14(body), lot=None, expiry=None, serial=None, raw=text)
    if not (body[:2].isascii() and body[:2].isdigit()):
        raise refusals.not_a_code(len(trimmed))
    elements = _elements(
        body,
        config,
        first_position=lead + len(trimmed) - len(body) + 1,
        scan_length=len(trimmed),
        said_gs1=gs1_symbology in GS1Symbology.with_gs1_messages(),
    )
    return _vial(elements, text)


def is_scan_like(text: str) -> bool:
    """Whether `text` has the shape of what a scanner sends for a GS1 code or a GTIN: a
    symbology prefix, the printed form's first (AI), or at least 8 characters that start
    with two digits and hold no space. Shape only: a code with a wrong check digit is
    scan-like, so that it is refused with its reason rather than typed into a field."""
    trimmed = text.strip()
    if _AIM_PREFIX.match(trimmed) or _PRINTED_AI.match(trimmed):
        return True
    return (
        len(trimmed) >= 8
        and trimmed[:2].isascii()
        and trimmed[:2].isdigit()
        and all(c == GS or (c.isprintable() and not c.isspace()) for c in trimmed)
    )


def _separators(separator: str | None) -> tuple[str, ...]:
    if separator is None or separator == GS:
        return (GS,)
    if not is_allowed_separator(separator):
        raise ValueError(
            f"The separator {separator!r} cannot stand for GS: it must be one character "
            "that GS1 data cannot hold, such as | ^ ~ # @."
        )
    return (GS, separator)


def _symbology(trimmed: str) -> SymbologyIdentifier | None:
    from biip import ParseError
    from biip.symbology import SymbologyIdentifier

    if not trimmed.startswith("]"):
        return None
    if not _AIM_PREFIX.match(trimmed):
        raise refusals.not_a_code(len(trimmed))
    try:
        return SymbologyIdentifier.extract(trimmed)
    except (ParseError, ValueError):
        raise refusals.not_a_code(len(trimmed)) from None


def _is_gtin_shaped(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) in _GTIN_LENGTHS


def _gtin_14(digits: str) -> str:
    """Given 8, 12, 13 or 14 digits, biip refuses a GTIN only for its check digit."""
    from biip import ParseError
    from biip.gtin import Gtin

    try:
        return Gtin.parse(digits).as_gtin_14()
    except ParseError:
        raise refusals.wrong_check_digit(digits) from None


def _elements(
    body: str, config: ParseConfig, *, first_position: int, scan_length: int, said_gs1: bool
) -> list[GS1ElementString]:
    """The element strings one after the other. A text that was not said to be GS1 (no
    GS1 symbology prefix) is no code at all when not even its first element reads."""
    from biip import ParseError
    from biip.gs1_element_strings import GS1ElementString

    separators = "".join(config.separator_chars)
    elements: list[GS1ElementString] = []
    rest = body
    while rest:
        try:
            element = GS1ElementString.extract(rest, config=config)
        except ParseError:
            if not elements and not said_gs1:
                raise refusals.not_a_code(scan_length) from None
            position = first_position + len(body) - len(rest)
            raise _element_refusal(rest, position, config) from None
        elements.append(element)
        rest = rest[len(element) :].lstrip(separators)
    return elements


def _element_refusal(rest: str, position: int, config: ParseConfig) -> ScanError:
    from biip import ParseError
    from biip.gs1_application_identifiers import GS1ApplicationIdentifier

    try:
        ai = GS1ApplicationIdentifier.extract(rest)
    except ParseError:
        character = rest[0]
        return refusals.unknown_ai(
            position, character, could_be_separator=is_allowed_separator(character)
        )
    data = rest[len(ai) :]
    for separator in config.separator_chars:
        data = data.split(separator, 1)[0]
    if ai.ai in _DATES:
        return refusals.expiry_not_a_date(data[:6])
    return refusals.field_format(ai.ai, ai.data_title, ai.format, len(data))


def _printed_elements(
    body: str, config: ParseConfig, *, scan_length: int
) -> list[GS1ElementString]:
    """The printed form's fields, each read whole: the parentheses say where a field
    ends, so a lot may hold a parenthesis (not one around two to four digits)."""
    from biip import ParseError
    from biip.gs1_application_identifiers import GS1ApplicationIdentifier
    from biip.gs1_element_strings import GS1ElementString

    parts = _PRINTED_AI.split("".join(body.split()))
    if parts[0]:
        raise refusals.not_a_code(scan_length)
    elements: list[GS1ElementString] = []
    for number, data in zip(parts[1::2], parts[2::2], strict=True):
        try:
            ai = GS1ApplicationIdentifier.extract(number)
        except ParseError:
            raise refusals.unknown_printed_ai(number) from None
        if ai.ai != number:
            raise refusals.unknown_printed_ai(number)
        try:
            elements.append(GS1ElementString.parse(number + data, config=config))
        except ParseError:
            if number in _DATES:
                raise refusals.expiry_not_a_date(data) from None
            raise refusals.field_format(number, ai.data_title, ai.format, len(data)) from None
    return elements


def _vial(elements: Sequence[GS1ElementString], raw: str) -> VialScan:
    found = _each_once(elements)
    gtin = found.get("01")
    if gtin is None:
        raise refusals.no_gtin()
    if gtin.gtin is None:  # AI 01's pattern is 14 digits: only the check digit fails
        raise refusals.wrong_check_digit(gtin.value)
    expiry = found.get("17")
    if expiry is not None and expiry.date is None:
        raise refusals.expiry_not_a_date(expiry.value)
    lot = found.get("10")
    serial = found.get("21")
    return VialScan(
        gtin=gtin.gtin.as_gtin_14(),
        lot=lot.value if lot else None,
        expiry=expiry.date if expiry else None,
        serial=serial.value if serial else None,
        raw=raw,
    )


def _each_once(elements: Sequence[GS1ElementString]) -> dict[str, GS1ElementString]:
    """Each AI's element, by AI; ScanError when an AI is given different values."""
    found: dict[str, GS1ElementString] = {}
    for element in elements:
        first = found.setdefault(element.ai.ai, element)
        if element.value != first.value:
            values = [e.value for e in elements if e.ai.ai == element.ai.ai]
            raise refusals.repeated_field(
                element.ai.ai, element.ai.data_title, list(dict.fromkeys(values))
            )
    return found
