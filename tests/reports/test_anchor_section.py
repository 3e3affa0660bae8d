"""The audit chain's anchor on both kinds of summary (issue 11, defect 4): its entry and the
first 16 hex digits of its hash in every page's footer, the whole hash in groups of four at
the end; read back with pdftotext page by page."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from mesolog.domain.chain_anchor import ChainAnchor, grouped
from mesolog.reports.summary_data import SummaryData, SummaryKind
from mesolog.reports.treatment_summary import render_summary
from tests.reports.test_summary_kinds import _data

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")

ANCHOR = ChainAnchor(
    123456,
    "06b37725f945bc07efe51fe7a7d0c80ee85a7cd031f284e4107c0baa710589a9",
    dt.datetime(2026, 3, 10, 16, 0, tzinfo=dt.UTC),
)


def _pages(data: SummaryData, folder: Path) -> list[str]:
    path = folder / "summary.pdf"
    path.write_bytes(render_summary(data))
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text.split("\f")[:-1]


@pytest.mark.parametrize("kind", list(SummaryKind))
def test_every_page_prints_the_anchor_and_the_last_the_whole_hash(
    kind: SummaryKind, tmp_path: Path
) -> None:
    pages = _pages(replace(_data(kind), chain_anchor=ANCHOR), tmp_path)
    assert len(pages) >= 2
    footer = "Audit log entry 123456 · 06b3 7725 f945 bc07"
    assert all(footer in page for page in pages)
    whole = grouped(ANCHOR.hash)
    assert (
        whole == "06b3 7725 f945 bc07 efe5 1fe7 a7d0 c80e e85a 7cd0 31f2 84e4 107c 0baa 7105 89a9"
    )
    assert whole in pages[-1]
    assert all(whole not in page for page in pages[:-1])
    assert "the clinic's audit log ended at entry 123456" in pages[-1]
    command = 'mesolog audit verify --against "06b3 7725 f945 bc07" --entry 123456'
    assert (command in pages[-1]) is (kind is SummaryKind.CLINICAL)


def test_a_summary_without_an_anchor_prints_none(tmp_path: Path) -> None:
    pages = _pages(_data(SummaryKind.CLINICAL), tmp_path)
    assert not any("Audit log entry" in page or "fingerprint" in page for page in pages)
