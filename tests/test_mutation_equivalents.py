"""tools/mutate.py's known-equivalent mutants name lines the code still has: one whose line
changed or went would only show when the mutation tests run (minutes), as a stale entry."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_known_equivalent_names_a_line_of_its_module() -> None:
    spec = importlib.util.spec_from_file_location("mutate_tool", ROOT / "tools" / "mutate.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules["mutate_tool"] = tool
    spec.loader.exec_module(tool)
    missing = [
        (known.module, known.original)
        for known in tool.EQUIVALENT
        if known.original
        not in {line.strip() for line in (ROOT / known.module).read_text().splitlines()}
    ]
    assert missing == []
