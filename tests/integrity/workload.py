"""Random, valid clinical records whose notes carry what the rest of the record must be.

Shared by the writer processes (crash and concurrency runs), the checks that read
their work back, and the disk-full tests. A session's notes start with a tag:

    [rev 3 lines 2.0.1 reactions 2 digest 5f0c…] free text…

`rev` counts the writes of the draft (1 when created), `lines` is the number of live
products of each live treatment line in order, `reactions` the number of live
reactions, and `digest` a hash of everything else in the entry (the free text
included). A session that is in the database only in part, or with a mix of two
versions, contradicts its own tag. Imports stay light: the writers start often.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from dataclasses import dataclass, replace

from mesolog.domain.enums import (
    Area,
    Fitzpatrick,
    NeedleMethod,
    Onset,
    ReactionKind,
    Severity,
    Sex,
    Solution,
)
from mesolog.domain.records import (
    NeedleTechnique,
    PatientInput,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    SessionInput,
    TreatmentLine,
)

LETTERS = "abcdefghijklmnopqrstuvwxyzαβγδεζηθικλμνξοπρστυφχψωάέήίόύώÀÉÎõüçñ"
CLINICIANS = ("Dr Eleni Vasileiou", "Dr Nikos Papas", "Dr Anna Müller", "Dr Σοφία Κ.")
OFFSETS = (dt.timezone(dt.timedelta(hours=2)), dt.timezone(dt.timedelta(hours=3)))
FIRST_SESSION_DAY = dt.date(2024, 1, 2)
"""Sessions fall in 2024 and 2025: in the past on any machine that runs these tests."""

_TAG = re.compile(
    r"^\[rev (?P<rev>\d+) lines (?P<lines>[\d.]+) reactions (?P<reactions>\d+)"
    r" digest (?P<digest>[0-9a-f]{20})\] "
)


def words(rng: random.Random, low: int, high: int) -> str:
    """Between `low` and `high` characters of words, no space at either end."""
    size = rng.randint(low, high)
    text = ""
    while len(text) < size:
        text += "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 12))) + " "
    return text[:size].strip()


def patient_input(rng: random.Random) -> PatientInput:
    return PatientInput(
        family_name=words(rng, 2, 40).capitalize() or "X",
        given_name=words(rng, 2, 30).capitalize() or "Y",
        date_of_birth=dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 20_000)),
        record_number=f"CR-{rng.getrandbits(48):012x}" if rng.random() < 0.5 else "",
        sex=rng.choice([None, *Sex]),
        phone=f"+30 69{rng.randint(0, 99_999_999):08d}" if rng.random() < 0.7 else "",
        fitzpatrick_type=rng.choice([None, *Fitzpatrick]),
        allergies=words(rng, 0, 200),
        medications=words(rng, 0, 200),
        medical_history=words(rng, 0, 800),
        notes=words(rng, 0, 400),
    )


def _product(rng: random.Random, day: dt.date) -> ProductUse:
    return ProductUse(
        solution=rng.choice(list(Solution)),
        volume_ml=rng.randint(1, 200) / 20,
        product_name=words(rng, 0, 60),
        concentration=rng.choice(["", "1%", "0.5 mg/ml", "2,5 %"]),
        lot_number=f"L{rng.randint(1000, 9999)}-{rng.randint(1, 99)}" if rng.random() < 0.8 else "",
        expiry_date=day + dt.timedelta(days=rng.randint(0, 900)) if rng.random() < 0.8 else None,
    )


def _line(rng: random.Random, day: dt.date) -> TreatmentLine:
    products = tuple(_product(rng, day) for _ in range(rng.randint(0, 3)))
    if rng.random() < 0.5:
        length = rng.choice([4.0, 6.0, 13.0])
        needle = NeedleTechnique(
            depth_mm=rng.choice([1.0, 1.5, 2.0, 2.5, 3.0, 4.0]),
            gauge=rng.randint(27, 34),
            length_mm=length,
            method=rng.choice([None, *NeedleMethod]),
        )
        return TreatmentLine(rng.choice(list(Area)), needle, products, words(rng, 0, 60))
    pen = PenTechnique(
        depth_mm=rng.randint(1, 10) / 4,
        penetrations_per_second=rng.randint(1, 100),
        needle_count=rng.randint(1, 42),
        passes=rng.choice([None, rng.randint(1, 20)]),
    )
    return TreatmentLine(rng.choice(list(Area)), pen, products, words(rng, 0, 60))


def _reaction(rng: random.Random, day: dt.date) -> Reaction:
    return Reaction(
        kind=rng.choice(list(ReactionKind)),
        severity=rng.choice(list(Severity)),
        area=rng.choice([None, *Area]),
        onset=rng.choice([None, *Onset]),
        resolved_on=day + dt.timedelta(days=rng.randint(0, 20)) if rng.random() < 0.5 else None,
        notes=words(rng, 0, 120),
    )


def session_input(
    rng: random.Random, *, rev: int = 1, notes_size: int = 600, clinician: str | None = None
) -> SessionInput:
    """A valid session of revision `rev`, for any patient born before 2024."""
    day = FIRST_SESSION_DAY + dt.timedelta(days=rng.randint(0, 700))
    performed_at = dt.datetime.combine(
        day, dt.time(rng.randint(8, 20), rng.choice([0, 15, 30, 45])), rng.choice(OFFSETS)
    )
    entry = SessionInput(
        performed_at=performed_at,
        clinician=clinician or rng.choice(CLINICIANS),
        treatments=tuple(_line(rng, day) for _ in range(rng.randint(1, 4))),
        pre_treatment=PreTreatment(
            nsaids_paused_days=rng.choice([None, rng.randint(0, 365)]),
            topical_anaesthetic=rng.choice([None, "", "EMLA 5%", words(rng, 1, 40)]),
            consent_confirmed=rng.random() < 0.9,
        ),
        reactions=tuple(_reaction(rng, day) for _ in range(rng.randint(0, 3))),
        improvement_score=rng.choice([None, rng.randint(0, 10)]),
        notes=words(rng, 0, notes_size),
    )
    return tagged(entry, rev)


def digest(entry: SessionInput) -> str:
    """A hash of the whole entry as the domain reads it back (frozen dataclasses' repr)."""
    return hashlib.sha256(repr(entry).encode("utf-8")).hexdigest()[:20]


def shape(entry: SessionInput) -> str:
    """The number of products of each treatment line, e.g. `2.0.1`."""
    return ".".join(str(len(line.products)) for line in entry.treatments)


def tagged(entry: SessionInput, rev: int) -> SessionInput:
    """The entry with the tag in front of its notes (`entry` has none yet)."""
    tag = (
        f"[rev {rev} lines {shape(entry)} reactions {len(entry.reactions)} digest {digest(entry)}] "
    )
    return replace(entry, notes=tag + entry.notes)


@dataclass(frozen=True, slots=True)
class Tag:
    rev: int
    lines: str
    reactions: int
    digest: str


def read_tag(notes: str) -> Tag | None:
    found = _TAG.match(notes)
    if found is None:
        return None
    return Tag(int(found["rev"]), found["lines"], int(found["reactions"]), found["digest"])


def untagged(entry: SessionInput) -> SessionInput:
    found = _TAG.match(entry.notes)
    return replace(entry, notes=entry.notes[found.end() :]) if found else entry


def content_problem(entry: SessionInput) -> str | None:
    """What is wrong with a session read back through the services, or None if it is whole."""
    tag = read_tag(entry.notes)
    if tag is None:
        return f"its notes carry no tag: {entry.notes[:60]!r}"
    body = untagged(entry)
    if shape(body) != tag.lines or len(body.reactions) != tag.reactions:
        return (
            f"rev {tag.rev} was written with lines {tag.lines} and {tag.reactions} reactions;"
            f" it holds lines {shape(body)} and {len(body.reactions)} reactions"
        )
    if digest(body) != tag.digest:
        return f"rev {tag.rev}: its content does not match the digest written with it"
    return None


def editor_payload(rng: random.Random, rev: int) -> str:
    """An editor draft's payload: JSON that names its own revision and holds some text."""
    text = words(rng, 0, 2000)
    return json.dumps({"rev": rev, "text": text, "length": len(text)}, ensure_ascii=False)


def editor_payload_rev(payload: str) -> int | None:
    """The revision of a whole payload, None if it is cut or mixed."""
    try:
        found = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(found, dict) or len(str(found.get("text", ""))) != found.get("length"):
        return None
    rev = found.get("rev")
    return rev if isinstance(rev, int) else None
