"""Over generated vials: a code built the way GS1 writes it reads back to the same vial in
every form a scanner sends it, and anything else is a ScanError that does not repeat it.

The check digit and the code are built here from GS1's rules, apart from biip: a GTIN's
check digit makes the weighted sum (3, 1, 3, … from the right of the payload) a multiple
of ten; a variable-length field (lot, serial) is ended by the separator unless it is last.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from hypothesis import assume, given
from hypothesis import strategies as st

from mesolog.domain.products import normal_gtin
from mesolog.scanning.scan_refusals import ScanError
from mesolog.scanning.vial_scans import GS, VialScan, parse_scan

GS1_SET_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
SEPARATORS = [GS, "|", "^", "~", "#", "@"]
PREFIXES = ["", "]d2", "]C1", "]Q3"]
VARIABLE = {"10", "21"}


def check_digit(payload: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(payload)))
    return str(-total % 10)


gtins = st.text("0123456789", min_size=13, max_size=13).map(lambda p: p + check_digit(p))
texts = st.text(GS1_SET_82, min_size=1, max_size=20)
expiries = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2069, 12, 31))


def yymmdd(day: dt.date, *, day_00: bool) -> str:
    last = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return day.strftime("%y%m") + ("00" if day_00 and day == last else day.strftime("%d"))


@st.composite
def vials(draw: st.DrawFn) -> tuple[VialScan, dict[str, str]]:
    vial = VialScan(
        gtin=draw(gtins),
        lot=draw(st.none() | texts),
        expiry=draw(st.none() | expiries),
        serial=draw(st.none() | texts),
    )
    fields = {"01": vial.gtin}
    if vial.lot is not None:
        fields["10"] = vial.lot
    if vial.expiry is not None:
        fields["17"] = yymmdd(vial.expiry, day_00=draw(st.booleans()))
    if vial.serial is not None:
        fields["21"] = vial.serial
    order = draw(st.permutations(list(fields)))
    return vial, {ai: fields[ai] for ai in order}


@given(vials(), st.sampled_from(SEPARATORS), st.sampled_from(PREFIXES), st.booleans())
def test_a_gs1_code_reads_back_to_its_vial(
    vial_and_fields: tuple[VialScan, dict[str, str]],
    separator: str,
    prefix: str,
    separator_after_every_field: bool,
) -> None:
    vial, fields = vial_and_fields
    last = list(fields)[-1]
    ended = {ai for ai in fields if ai != last and (ai in VARIABLE or separator_after_every_field)}
    code = prefix + "".join(
        ai + value + (separator if ai in ended else "") for ai, value in fields.items()
    )
    assert parse_scan(code, separator=separator) == vial
    assert parse_scan(code + "\r", separator=separator).raw == code + "\r"


@given(vials(), st.booleans())
def test_the_printed_form_reads_back_to_its_vial(
    vial_and_fields: tuple[VialScan, dict[str, str]], spaced: bool
) -> None:
    vial, fields = vial_and_fields
    assume(not any(re.search(r"\(\d{2,4}\)", value) for value in fields.values()))
    printed = (" " if spaced else "").join(f"({ai}){value}" for ai, value in fields.items())
    assert parse_scan(printed) == vial


@given(gtins, st.sampled_from(["", "]E0", "]I1"]))
def test_a_plain_gtin_reads_back_as_14_digits(gtin: str, prefix: str) -> None:
    for shown in {gtin, gtin.lstrip("0").zfill(13) if gtin.startswith("0") else gtin}:
        assert parse_scan(prefix + shown) == VialScan(gtin, None, None, None)


@given(gtins, st.sampled_from([8, 12, 13, 14]))
def test_a_scanned_gtin_is_the_catalogues_form_of_it(gtin: str, length: int) -> None:
    """The catalogue keeps a typed GTIN as domain.products.normal_gtin makes it: a scan of
    the same code must give the same 14 digits, or the product would not be found."""
    shown = gtin[-length:-1] + check_digit(gtin[-length:-1])
    assert parse_scan(shown).gtin == normal_gtin(shown)
    assert parse_scan("]d2" + "01" + shown.zfill(14)).gtin == normal_gtin(shown)


@given(vials(), st.data())
def test_a_damaged_code_is_a_vial_or_a_scan_error_and_nothing_else(
    vial_and_fields: tuple[VialScan, dict[str, str]], data: st.DataObject
) -> None:
    _, fields = vial_and_fields
    code = "]d2" + GS.join(ai + value for ai, value in fields.items())
    place = data.draw(st.integers(0, len(code) - 1))
    damaged = code[:place] + data.draw(st.characters()) + code[place + 1 :]
    with contextlib.suppress(ScanError):
        parse_scan(damaged)


@given(st.text(min_size=6).filter(lambda t: not t.strip().isdigit()))
def test_free_text_is_refused_without_being_repeated(text: str) -> None:
    try:
        parse_scan(text)
    except ScanError as refused:
        assert text.strip() not in str(refused)
