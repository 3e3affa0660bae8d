"""Export through the services: the document the schema accepts."""

from __future__ import annotations

from jsonschema import Draft202012Validator

from mesolog.interchange.schema import load_schema
from tests.services.transfer_support import Document


def test_export_validates_against_the_schema(demo_document: Document) -> None:
    errors = list(Draft202012Validator(load_schema()).iter_errors(demo_document))
    assert errors == []
    assert len(demo_document["patients"]) == 40
    assert demo_document["clinic"]["name"]
