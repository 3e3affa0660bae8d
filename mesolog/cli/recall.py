"""`mesolog recall`: the patients who received a lot (or a product, between two days), as a
CSV list or as letters in one PDF; each search audited with the reason given."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TextIO

from mesolog.cli.counts import counted
from mesolog.cli.options import EXIT_OK, Commands, user_options
from mesolog.cli.speech import grouped, say, spoken
from mesolog.domain.errors import KnownError
from mesolog.domain.texts import phrase
from mesolog.reports.recall_data import RecallQuery
from mesolog.services.clinic import Clinic

LETTER_MAX_BYTES = 100_000


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        refusal = phrase("cli.recall", "{text} is not a day (YYYY-MM-DD)").having(text=repr(text))
        raise argparse.ArgumentTypeError(say(refusal)) from error


def add_recall_commands(commands: Commands, after: argparse.ArgumentParser) -> None:
    recall = commands.add_parser(
        "recall",
        parents=[after, user_options(after=True)],
        help=say(
            phrase(
                "cli.recall",
                "the patients who received a lot or a product, as CSV or letters (audited)",
            )
        ),
        description=say(
            phrase(
                "cli.recall",
                "Searches the signed, current sessions for a lot (its case and surrounding "
                "spaces ignored) or a product (its name's case and accents ignored), and writes "
                "the patients with their contact details and treatments as CSV, or a letter to "
                "each as one PDF. Clinicians and administrators only.",
            )
        ),
    )
    recall.add_argument(
        "--lot", metavar="LOT", default="", help=say(phrase("cli.recall", "the lot number"))
    )
    recall.add_argument(
        "--product",
        metavar="NAME",
        default="",
        help=say(phrase("cli.recall", "the product's name")),
    )
    recall.add_argument(
        "--from",
        dest="from_date",
        metavar="DAY",
        type=_day,
        help=say(phrase("cli.recall", "first day (YYYY-MM-DD)")),
    )
    recall.add_argument(
        "--to", dest="to_date", metavar="DAY", type=_day, help=say(phrase("cli.recall", "last day"))
    )
    recall.add_argument(
        "--reason",
        metavar="TEXT",
        required=True,
        help=say(
            phrase(
                "cli.recall",
                "why the records are searched (at most 100 characters), kept in the audit log; "
                "others on the computer may see a command's arguments while it runs, so name "
                "no patient in it",
            )
        ),
    )
    recall.add_argument(
        "--format",
        choices=("csv", "pdf"),
        required=True,
        help=say(phrase("cli.recall", "what to write")),
    )
    recall.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    recall.add_argument(
        "--letter",
        metavar="FILE",
        type=Path,
        help=say(
            phrase(
                "cli.recall",
                "--format pdf: the text (UTF-8) of the letters in the command line's language, "
                "with placeholders such as {patient}, {product}, {lot}, {dates}, {clinic}, "
                "{clinic_phone} and {treatments}; default: the clinic's letter in that language "
                "(Records > Recall, Letter text), else mesolog's own. A patient who prefers "
                "another language gets a letter in it, from the clinic's letter in it, else "
                "mesolog's own",
            )
        ),
    )
    recall.add_argument(
        "--locale",
        help=say(
            phrase(
                "cli.recall",
                "--format pdf: dates as in this locale (el_GR, en_US); default: the command "
                "line's language's, with the environment's country where that language has it",
            )
        ),
    )
    recall.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default="a4",
        help=say(phrase("cli.recall", "paper size")),
    )


def _letter_text(path: Path) -> str:
    try:
        data = path.read_bytes()[: LETTER_MAX_BYTES + 1]
    except OSError as error:
        unread = phrase("cli.recall", "Cannot read the letter's text {path}: {reason}")
        raise KnownError(unread.having(path=path, reason=error.strerror)) from error
    if len(data) > LETTER_MAX_BYTES:
        too_long = phrase("cli.recall", "The letter's text {path} is over {size} bytes.")
        raise KnownError(too_long.having(path=path, size=grouped(LETTER_MAX_BYTES)))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        not_utf8 = phrase(
            "cli.recall", "The letter's text {path} is not UTF-8 (byte {byte}); save it as UTF-8."
        )
        raise KnownError(not_utf8.having(path=path, byte=error.start + 1)) from error


def run_recall(clinic: Clinic, args: argparse.Namespace, out: TextIO) -> int:
    from mesolog.domain.validation import raise_if_any
    from mesolog.reports.recall_letter_text import letter_text_violations
    from mesolog.reports.summary_data import PaperSize
    from mesolog.services.recall_files import RecallFiles

    if not args.lot.strip() and not args.product.strip():
        raise KnownError(phrase("cli.recall", "Give --lot LOT, --product NAME or both."))
    if args.letter is not None and args.format != "pdf":
        raise KnownError(
            phrase("cli.recall", "--letter is for --format pdf: a CSV list has no letter.")
        )
    spoken_language = spoken()
    text = None if args.letter is None else _letter_text(args.letter)
    if text is not None:
        raise_if_any(letter_text_violations(text))  # before the search, which is audited
    query = RecallQuery(args.lot, args.product, args.from_date, args.to_date)
    # the file's patients, read whole; the counts printed are the file's
    result = clinic.recall.whole(clinic.recall.search(query, reason=args.reason))
    files = RecallFiles(clinic.context)
    if args.format == "csv":
        files.write_csv(result, args.output)
        written = phrase(
            "cli.recall", "recall of {query}: {patients}, {sessions}; CSV written to {file}"
        )
    else:
        data = files.letter_data(
            result,
            text=text,
            locale=args.locale or spoken_language.format_locale,
            language=spoken_language.code,
            paper=PaperSize(args.paper),
        )
        files.write_letters(data, args.output)
        written = phrase(
            "cli.recall", "recall of {query}: {patients}, {sessions}; letters written to {file}"
        )
    patients = counted(
        result.patient_count,
        phrase("cli.recall", "1 patient"),
        phrase("cli.recall", "{count} patients"),
    )
    sessions = counted(
        result.session_count,
        phrase("cli.recall", "1 session"),
        phrase("cli.recall", "{count} sessions"),
    )
    said = written.having(
        query=result.query.words(), patients=patients, sessions=sessions, file=args.output
    )
    print(say(said), file=out)
    return EXIT_OK
