"""Files handed to the user (exports, summaries): written whole or not at all, private.

The content goes to a temporary file beside the target, created readable by its owner
only (0600), is synced to disk, then renamed over the target and the folder synced: the
target holds either the whole new content or what it held before.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mesolog.domain.errors import KnownError
from mesolog.persistence.private_files import put_in_place


def write_atomically(path: Path, content: bytes, *, what: str) -> None:
    """`what` names the file in a refusal: "The export", "The summary"."""
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent
        )
    except OSError as error:
        raise _unwritable(what, path, error) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        put_in_place(Path(temporary), path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _unwritable(what, path, error) from error
        raise


def _unwritable(what: str, path: Path, error: OSError) -> KnownError:
    reason = error.strerror or str(error)
    return KnownError(
        f"{what} cannot be written to {path}: {reason}. Nothing was written; "
        "choose another folder or drive."
    )
