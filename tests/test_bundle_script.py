"""tools/bundle.sh removes only a bundle it built: a folder named mesolog in --dist that
holds no BUILD-INFO (a checkout, a clinic's data folder) is left whole, and nothing is
built."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_a_folder_it_did_not_build_is_never_removed(tmp_path: Path) -> None:
    kept = tmp_path / "mesolog"
    kept.mkdir()
    (kept / "clinic.sqlite").write_bytes(b"records")
    result = subprocess.run(
        ["bash", str(ROOT / "tools" / "bundle.sh"), "--dist", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "not a bundle this script built" in result.stdout + result.stderr
    assert (kept / "clinic.sqlite").read_bytes() == b"records"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mesolog"]
