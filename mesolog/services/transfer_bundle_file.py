"""A bundle written to the file the user chose: whole or not at all, private.

As services.file_output writes an export: into a temporary file beside the target,
created readable by its owner only (0600), synced, renamed over the target and the
folder synced. A bundle is written as it is made (its images one at a time), not held
whole in memory, so it goes through the stream rather than file_output's bytes.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from mesolog.domain.errors import KnownError
from mesolog.domain.texts import phrase
from mesolog.interchange.bundle import BundleWriter
from mesolog.persistence.private_files import put_in_place


def write_bundle(path: Path, fill: Callable[[BundleWriter], None], *, at: dt.datetime) -> None:
    """Writes to `path` the bundle that `fill` puts into the writer it is given; `at` is
    the time its entries carry. An error in `fill` (a cancel) leaves no file behind."""
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent
        )
    except OSError as error:
        raise _unwritable(path, error) from error
    try:
        with os.fdopen(handle, "w+b") as stream:
            writer = BundleWriter(stream, at=at)
            try:
                fill(writer)
            finally:
                writer.close()  # the archive ends whole even when abandoned: it is removed
        put_in_place(Path(temporary), path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _unwritable(path, error) from error
        raise


def _unwritable(path: Path, error: OSError) -> KnownError:
    reason = error.strerror or str(error)
    return KnownError(
        phrase(
            "Transfer",
            "The export cannot be written to {path}: {reason}. Nothing was written; choose another "
            "folder or drive.",
        ).having(path=path, reason=reason)
    )
