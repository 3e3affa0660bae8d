"""What the transfer tests share: the demo clinic's document as bytes, and its first session."""

from __future__ import annotations

import json
from typing import Any

Document = dict[str, Any]


def document_bytes(document: Document) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()


def first_session(document: Document) -> tuple[int, Document]:
    for index, patient in enumerate(document["patients"]):
        if patient["sessions"]:
            return index, patient["sessions"][0]
    raise AssertionError("the demo clinic has sessions")
