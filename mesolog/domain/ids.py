"""Typed identifiers: the interchange UUID of each kind of record."""

import uuid
from typing import NewType

PatientId = NewType("PatientId", uuid.UUID)
CourseId = NewType("CourseId", uuid.UUID)
SessionId = NewType("SessionId", uuid.UUID)
PhotoId = NewType("PhotoId", uuid.UUID)
ProductId = NewType("ProductId", uuid.UUID)
LotId = NewType("LotId", uuid.UUID)
TemplateId = NewType("TemplateId", uuid.UUID)


def new_patient_id() -> PatientId:
    return PatientId(uuid.uuid4())


def new_course_id() -> CourseId:
    return CourseId(uuid.uuid4())


def new_session_id() -> SessionId:
    return SessionId(uuid.uuid4())


def new_photo_id() -> PhotoId:
    return PhotoId(uuid.uuid4())


def new_product_id() -> ProductId:
    return ProductId(uuid.uuid4())


def new_lot_id() -> LotId:
    return LotId(uuid.uuid4())


def new_template_id() -> TemplateId:
    return TemplateId(uuid.uuid4())
