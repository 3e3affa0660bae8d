"""Small catalogues for the language tests, written as `.ts` and compiled by lrelease."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

GREEK_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context><name>Area</name>
  <message><source>Back</source><comment>the body area</comment>
    <translation>Πλάτη</translation></message>
  <message><source>Forehead</source><translation>Μέτωπο</translation></message>
  <message><source>Cheeks</source><translation type="unfinished"></translation></message>
</context>
<context><name>Navigation</name>
  <message><source>Back</source><comment>go back</comment><translation>Πίσω</translation></message>
  <message><source>Back</source><translation>Επιστροφή</translation></message>
</context>
<context><name>Limits</name>
  <message><source>more than {low} and at most {high} ml</source>
    <translation>πάνω από {low} και έως {high} ml</translation></message>
</context>
<context><name>Warnings</name>
  <message numerus="yes"><source>{drug} taken %n day(s) before the session</source>
    <translation><numerusform>{drug}: λήψη %n ημέρα πριν από τη συνεδρία</numerusform>
    <numerusform>{drug}: λήψη %n ημέρες πριν από τη συνεδρία</numerusform></translation></message>
  <message numerus="yes"><source>%Ln record(s)</source>
    <translation><numerusform>%Ln φάκελος</numerusform><numerusform>%Ln φάκελοι</numerusform>
    </translation></message>
</context>
<context><name>Patients</name>
  <message><source>Born on {day}, seen {visits} times</source>
    <translation>Γεννήθηκε {day}, {visits} επισκέψεις</translation></message>
  <message><source>{kind} ({severity})</source>
    <translation>{kind} ({severity})</translation></message>
</context>
<context><name>Severity</name>
  <message><source>moderate</source><translation>μέτριας βαρύτητας</translation></message>
</context>
<context><name>Reaction</name>
  <message><source>Pain</source><translation>Πόνος</translation></message>
</context>
</TS>
"""


def compiled(ts: Path, folder: Path) -> Path:
    """`ts` compiled by pyside6-lrelease into `folder`."""
    qm = folder / ts.with_suffix(".qm").name
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def greek_qm(folder: Path) -> Path:
    ts = folder / "sample_el.ts"
    ts.write_text(GREEK_TS, encoding="utf-8")
    return compiled(ts, folder)
