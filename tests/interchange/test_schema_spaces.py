"""The fast schema check's `\\S` is Python's: the spaces written out in
interchange.schema_fast are exactly those `str.isspace` takes."""

from __future__ import annotations

import sys

from mesolog.interchange.schema_fast import PYTHON_SPACES


def test_the_spaces_written_out_are_pythons() -> None:
    written = {code for low, high in PYTHON_SPACES for code in range(low, high + 1)}
    assert written == {code for code in range(sys.maxunicode + 1) if chr(code).isspace()}
