"""Records in and out: `import` (all or nothing), `export json` (with `--with-photos`, a
bundle: docs/interchange-bundle.md) and `export pdf`."""

from __future__ import annotations

import argparse
import io
import os
import sys
import uuid
from pathlib import Path
from typing import IO, TextIO

from mesolog.cli.counts import counted
from mesolog.cli.credentials import Secrets, log_in_if_needed
from mesolog.cli.encryption import database_passphrase
from mesolog.cli.import_progress import progress_line
from mesolog.cli.options import EXIT_OK, Commands, user_options
from mesolog.cli.speech import say, spoken
from mesolog.domain.errors import KnownError
from mesolog.domain.languages import LANGUAGE_CODES
from mesolog.domain.texts import Text, phrase, phrase_n
from mesolog.services.clinic import Clinic


def add_transfer_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    as_user = user_options(after=True)
    importing = commands.add_parser(
        "import",
        parents=[after, as_user],
        help=say(
            phrase(
                "cli.transfer",
                "import a mesolog export file, format version 1 or 2, or a bundle with photos "
                "(all or nothing)",
            )
        ),
    )
    importing.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=say(
            phrase(
                "cli.transfer",
                "the JSON file, or the bundle (.mesolog.zip) of an export with photos; - for stdin",
            )
        ),
    )
    exporting = commands.add_parser("export", help=say(phrase("cli.transfer", "export records")))
    formats = exporting.add_subparsers(dest="format", metavar="FORMAT", required=True)
    as_json = formats.add_parser(
        "json",
        parents=[after, as_user],
        help=say(
            phrase(
                "cli.transfer",
                "the interchange format (mesolog-export-v2, with every version and voided record)",
            )
        ),
    )
    as_json.add_argument(
        "--patient",
        metavar="ID",
        help=say(phrase("cli.transfer", "one patient, by UUID or record number")),
    )
    as_json.add_argument(
        "--with-photos",
        action="store_true",
        help=say(
            phrase(
                "cli.transfer",
                "write a bundle: a zip file of the document and the patients' photos, each "
                "named by its SHA-256 (name it FILE.mesolog.zip); without it the photos are "
                "left out, and the document says how many",
            )
        ),
    )
    as_json.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help=say(phrase("cli.transfer", "file to write, - for stdout")),
    )
    as_pdf = formats.add_parser(
        "pdf",
        parents=[after, as_user],
        help=say(phrase("cli.transfer", "a patient's treatment summary as a PDF document")),
    )
    as_pdf.add_argument(
        "--patient",
        metavar="ID",
        required=True,
        help=say(phrase("cli.transfer", "the patient, by UUID or record number")),
    )
    as_pdf.add_argument(
        "--course", metavar="ID", help=say(phrase("cli.transfer", "only this course (its UUID)"))
    )
    as_pdf.add_argument(
        "--kind",
        choices=("patient", "clinical"),
        default="patient",
        help=say(
            phrase(
                "cli.transfer",
                "patient: the copy handed to the patient (no internal notes, with aftercare "
                "advice; the default); clinical: everything on record, for a colleague",
            )
        ),
    )
    as_pdf.add_argument(
        "--include-drafts",
        action="store_true",
        help=say(
            phrase(
                "cli.transfer", "include unsigned sessions, marked as drafts (clinical copy only)"
            )
        ),
    )
    as_pdf.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default="a4",
        help=say(phrase("cli.transfer", "paper size")),
    )
    as_pdf.add_argument(
        "--photos",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=say(
            phrase(
                "cli.transfer",
                "a photo page (each view's first and last photo side by side) needs the "
                "patient's photo consent; by default it is in the clinical copy only: --photos "
                "puts it in the patient copy, --no-photos leaves it out",
            )
        ),
    )
    as_pdf.add_argument(
        "--estimate",
        action="store_true",
        help=say(
            phrase(
                "cli.transfer",
                "print with each active course planned from a protocol template what it is "
                "expected to cost: its planned sessions at the template's session fee and its "
                "products at the catalogue's prices (patient copy only; not an invoice)",
            )
        ),
    )
    as_pdf.add_argument(
        "--document-language",
        choices=LANGUAGE_CODES,
        help=say(
            phrase(
                "cli.transfer",
                "the summary's language: el (Greek) or en (English); default: the patient's "
                "language of documents, else the language of mesolog's messages",
            )
        ),
    )
    as_pdf.add_argument(
        "--locale",
        help=say(
            phrase(
                "cli.transfer",
                "numbers and dates as in this locale (el_GR, en_US); default: the "
                "environment's (LC_ALL, LC_TIME, LANG), ISO 8601 dates for C or POSIX",
            )
        ),
    )
    as_pdf.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help=say(phrase("cli.transfer", "the PDF to write")),
    )


def run_import(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    """Checks the whole file first, so that a bad one leaves no new database behind."""
    from mesolog.interchange.bundle import looks_like_bundle
    from mesolog.services.context import utc_now
    from mesolog.services.transfer_bundle_reading import read_bundle
    from mesolog.services.transfer_import import ImportService
    from mesolog.services.transfer_stream_import import check_document

    file: Path = args.file
    if str(file) == "-" and args.password_stdin:
        raise KnownError(
            phrase(
                "cli.transfer", "The file and the password cannot both come from standard input."
            )
        )
    if str(file) == "-" and args.db_passphrase_stdin:
        raise KnownError(
            phrase(
                "cli.transfer",
                "The file and the database passphrase cannot both come from standard input.",
            )
        )
    # Asked before the file is read, so a refused passphrase reads nothing.
    passphrase = database_passphrase(args, creates=True)
    with _opened(file) as stream:
        if looks_like_bundle(stream.read(4)) or file.name.lower().endswith(".zip"):
            bundle = read_bundle(stream, now=utc_now())
            try:
                with Clinic.open(args.db, passphrase=passphrase) as clinic:
                    log_in_if_needed(clinic, args, secrets)
                    report = ImportService(clinic.context).import_bundle(
                        bundle, progress=progress_line(sys.stderr)
                    )
            finally:
                bundle.close()
            print(say(report.summary()), file=out)
            return EXIT_OK
        stream.seek(0)
        data = stream.read() if str(file) == "-" else b""
    opener = (lambda: io.BytesIO(data)) if str(file) == "-" else (lambda: file.open("rb"))
    line = progress_line(sys.stderr)
    checked = check_document(opener, now=utc_now(), progress=line)  # as a stream when it can be
    with Clinic.open(args.db, passphrase=passphrase) as clinic:
        log_in_if_needed(clinic, args, secrets)
        report = ImportService(clinic.context).import_checked(checked, progress=line)
    print(say(report.summary()), file=out)
    return EXIT_OK


def _opened(file: Path) -> IO[bytes]:
    """The file to import, open for reading (standard input read whole: it cannot seek)."""
    if str(file) == "-":
        return io.BytesIO(sys.stdin.buffer.read())
    try:
        return file.open("rb")
    except OSError as error:
        unread = phrase("cli.transfer", "Cannot read {file}: {reason}")
        raise KnownError(unread.having(file=file, reason=error.strerror)) from error


def run_export(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    if args.format == "pdf":
        return _export_pdf(clinic, args, out)
    if args.with_photos:
        return _export_bundle(clinic, args.patient, args.output)
    return _export_json(clinic, args.patient, args.output, out)


def _export_json(clinic: Clinic, patient: str | None, output: str, out: TextIO) -> int:
    from mesolog.services.transfer_export import ExportService, export_text, write_export

    document = ExportService(clinic.context).export_document(patient=patient)
    left_out = document.get("photos_left_out", 0)
    note = phrase_n(
        "cli.transfer",
        "%n photo(s) left out: export with --with-photos for a bundle that carries them "
        "(FILE.mesolog.zip)",
        None,
        1,
    ).counting(left_out)
    if output == "-":
        out.write(export_text(document))
        if left_out:
            print(say(note), file=sys.stderr)
        return EXIT_OK
    write_export(Path(output), document)
    said = phrase_n("cli.transfer", "%n patient(s) written to {file}", None, 1).counting(
        len(document["patients"]), file=output
    )
    if left_out:
        said = phrase("cli.transfer", "{written}; {left_out}").having(written=said, left_out=note)
    print(say(said), file=sys.stderr)
    return EXIT_OK


def _export_bundle(clinic: Clinic, patient: str | None, output: str) -> int:
    from mesolog.services.transfer_export import ExportService

    if output == "-":
        raise KnownError(
            phrase(
                "cli.transfer",
                "--with-photos writes a zip file, which is not for standard output: name it "
                "with -o FILE.mesolog.zip.",
            )
        )
    written = ExportService(clinic.context).export_bundle(Path(output), patient=patient)
    photos = phrase_n("cli.transfer", "%n photo(s)", None, 1).counting(written.photos)
    said = phrase_n(
        "cli.transfer", "%n patient(s) and {photos} written to {file}", None, 1
    ).counting(written.patients, photos=photos, file=output)
    print(say(said), file=sys.stderr)
    return EXIT_OK


def _export_pdf(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    from mesolog.domain.ids import CourseId
    from mesolog.reports.formatting import locale_from_environment
    from mesolog.reports.summary_data import PaperSize, SummaryKind
    from mesolog.services.summary import SummaryService, size_words

    course_id = None
    if args.course is not None:
        try:
            course_id = CourseId(uuid.UUID(args.course))
        except ValueError as error:
            not_an_id = phrase("cli.transfer", "--course {course} is not a course id (a UUID).")
            raise KnownError(not_an_id.having(course=repr(args.course))) from error
    kind = SummaryKind(args.kind)
    if kind is SummaryKind.PATIENT and args.include_drafts:
        raise KnownError(
            phrase(
                "cli.transfer",
                "--include-drafts is for the clinical copy (--kind clinical): "
                "a patient copy holds signed sessions only.",
            )
        )
    if kind is SummaryKind.CLINICAL and args.estimate:
        raise KnownError(
            phrase("cli.transfer", "--estimate is for the patient copy (--kind patient).")
        )
    summaries = SummaryService(clinic.context)
    data = summaries.summary_data(
        args.patient,
        course_id=course_id,
        kind=kind,
        include_drafts=args.include_drafts,
        paper=PaperSize(args.paper),
        locale=args.locale or locale_from_environment(os.environ),
        language=args.document_language,
        usual_language=spoken().code,
        photos=args.photos,
        estimates=args.estimate,
    )
    size = summaries.write_pdf(data, Path(args.output))
    what: list[Text | str] = [
        phrase("cli.transfer", "patient copy")
        if kind is SummaryKind.PATIENT
        else phrase("cli.transfer", "clinical copy")
    ]
    if data.photo_count:
        what.append(
            counted(
                data.photo_count,
                phrase("cli.transfer", "1 photo"),
                phrase("cli.transfer", "{count} photos"),
            )
        )
    if args.estimate:
        estimated = sum(c.estimate is not None for c in data.courses)
        what.append(
            counted(
                estimated,
                phrase("cli.transfer", "1 course estimate"),
                phrase("cli.transfer", "{count} course estimates"),
            )
            if estimated
            else phrase(
                "cli.transfer", "no course estimate: no active course planned from a template"
            )
        )
    what.append(size_words(size))
    written = phrase("cli.transfer", "treatment summary ({parts}) written to {file}").having(
        parts=", ".join(say(part) for part in what), file=args.output
    )
    print(say(written), file=out)
    return EXIT_OK
