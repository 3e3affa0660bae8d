"""The file's rules that its schema cannot express: ids, record numbers, courses, versions,
photos, the catalogue and the templates.

Call `file_rule_violations` only on a document without schema violations. Values are
shown as in schema refusals: ids, record numbers and codes (a product's name and lot
number, and a template's name too, which are not health data), never free text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from mesolog.domain.errors import Violation
from mesolog.domain.products import lot_key, name_key
from mesolog.domain.text_rules import length
from mesolog.domain.texts import Text, phrase, verbatim
from mesolog.interchange.schema_messages import REQUIRED

SAME_PATIENT_COURSE = phrase("Interchange", "a course of the same patient, or null")
AMENDS_EARLIER = phrase(
    "Interchange", "a session of the same patient listed before this one, or null"
)
AMENDS_SIGNED = phrase("Interchange", "a signed session (a draft is edited, not amended)")
AMENDMENT_SIGNED = phrase("Interchange", "signed: an amendment is a signed version")
REASON_NEEDED = phrase("Interchange", "the reason for the amendment (1 to 10000 characters)")
REASON_WITHOUT_AMENDS = phrase(
    "Interchange", "null or no value: only an amendment (with amends) has a reason"
)
ONE_CURRENT = phrase("Interchange", "a session that no other amendment, not voided, corrects")
SAME_PATIENT_SESSION = phrase("Interchange", "a session of the same patient, or null")
ONE_LIVE_IMAGE = phrase("Interchange", "an image the patient has no other photo of (not voided)")
ONE_NAME = phrase(
    "Interchange", "a product name (compared without case, accents or repeated spaces)"
)
ONE_GTIN = phrase("Interchange", "a GTIN")
ONE_LOT = phrase("Interchange", "a lot number of the product (compared without case)")
ONE_TEMPLATE_NAME = phrase(
    "Interchange", "a template name (compared without case, accents or repeated spaces)"
)
AN_ID = phrase("Interchange", "an id")
NOT_ELSEWHERE = phrase("Interchange", "{what} not used elsewhere (see {path})")
A_RECORD_NUMBER = phrase("Interchange", "a record number")

_Once = Callable[[str, str, dict[str, str], Text, str], None]
"""Reports `value` at `path` when its key (the value when "") is in `seen`, saying what
is allowed: `what` not used elsewhere."""
_Id = Callable[[str, str], None]
"""Reports the id `value` at `path` when it was seen before."""

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_LISTS = ("", ".courses", ".sessions", ".photos")
"""A patient's own id (0), then the lists of records with ids of their own."""


def file_rule_violations(document: Mapping[str, Any]) -> list[Violation]:
    """The file's rules the schema cannot express, in document order.

    Every id (patient, course or session) is used once in the whole file; a record number
    that is not blank belongs to one patient (compared without surrounding spaces, as the
    database stores it); a session's course_id names a course of the same patient. A
    repeat is reported where it occurs second. In version 2 also: a session's `amends`
    names a signed session of the same patient listed before it, and then the session is
    signed and has a reason; at most one amendment not voided corrects a session. A
    photo's session_id names a session of the same patient, and a patient's photos that
    are not voided are of different images (SHA-256). The catalogue's products and lots
    have ids of their own too, each product its own name (compared as
    domain.products.name_key does) and GTIN, each lot of a product its own number
    (domain.products.lot_key); each template an id and a name (folded) of its own. A
    course's template_id is not checked here: it may name a template of the database.
    """
    rules = FileRules()
    found = rules.head(document)
    for p_index, patient in enumerate(document["patients"]):
        found += rules.patient(p_index, patient)
    return found


class FileRules:
    """`file_rule_violations` a patient at a time: what the patients after need to know
    of those before (their ids and record numbers) is kept here."""

    def __init__(self) -> None:
        self._first_id: dict[str | bytes, str | int] = {}
        """Where each id was first seen, kept small: a file of 500,000 sessions has as many
        ids. A canonical id is kept as its 16 bytes, a place in a patient as an int
        (`_place`), which a path string would take three to five times the memory of."""
        self._first_number: dict[str, str] = {}
        self._found: list[Violation] = []

    def _once(self, value: str, path: str, seen: dict[str, str], what: Text, key: str = "") -> None:
        key = key or value
        if key in seen:
            unused = NOT_ELSEWHERE.having(what=what, path=seen[key])
            self._found.append(Violation(path, value, unused))
        else:
            seen[key] = path

    def _id(self, value: str, place: str | int) -> None:
        """Reports the id `value` at `place` (a path, or a place in a patient) when it was
        seen before."""
        key = bytes.fromhex(value.replace("-", "")) if _UUID.fullmatch(value) else value
        first = self._first_id.get(key)
        if first is None:
            self._first_id[key] = place
        else:
            allowed = NOT_ELSEWHERE.having(what=AN_ID, path=_path(first))
            self._found.append(Violation(_path(place), value, allowed))

    def _taken(self) -> list[Violation]:
        found, self._found = self._found, []
        return found

    def head(self, document: Mapping[str, Any]) -> list[Violation]:
        """The catalogue's and the templates' rules (call first)."""
        once = self._once
        catalogue = document.get("catalogue")
        if catalogue is not None:
            _catalogue_rules(catalogue["products"], once, self._id)
        template_names: dict[str, str] = {}
        for t_index, template in enumerate(document.get("templates", ())):
            base = f"templates[{t_index}]"
            self._id(template["id"], f"{base}.id")
            name = template["name"]
            once(name, f"{base}.name", template_names, ONE_TEMPLATE_NAME, name_key(name))
        return self._taken()

    def patient(self, p_index: int, patient: Mapping[str, Any]) -> list[Violation]:
        """The rules of the file's patient at `p_index`, after those before it."""
        once, found = self._once, self._found
        base = f"patients[{p_index}]"
        self._id(patient["id"], _place(p_index, 0, 0))
        number = patient.get("record_number", "")
        if number.strip():  # stored without surrounding spaces, blank as none
            path = f"{base}.record_number"
            once(number, path, self._first_number, A_RECORD_NUMBER, number.strip())
        own_courses: set[str] = set()
        for c_index, course in enumerate(patient.get("courses", ())):
            self._id(course["id"], _place(p_index, 1, c_index))
            own_courses.add(course["id"])
        for s_index, session in enumerate(patient.get("sessions", ())):
            session_path = f"{base}.sessions[{s_index}]"
            self._id(session["id"], _place(p_index, 2, s_index))
            course_id = session.get("course_id")
            if course_id is not None and course_id not in own_courses:
                found.append(Violation(f"{session_path}.course_id", course_id, SAME_PATIENT_COURSE))
        found += _amendment_violations(patient.get("sessions", ()), f"{base}.sessions")
        own_sessions = {session["id"] for session in patient.get("sessions", ())}
        live_images: dict[str, str] = {}
        for f_index, photo in enumerate(patient.get("photos", ())):
            photo_path = f"{base}.photos[{f_index}]"
            self._id(photo["id"], _place(p_index, 3, f_index))
            session_id = photo.get("session_id")
            if session_id is not None and session_id not in own_sessions:
                where = f"{photo_path}.session_id"
                found.append(Violation(where, session_id, SAME_PATIENT_SESSION))
            image = photo["sha256"]
            if "voided" in photo:
                continue
            if image in live_images:
                shown_as = _seen(ONE_LIVE_IMAGE, live_images[image])
                found.append(Violation(f"{photo_path}.sha256", image, shown_as))
            live_images.setdefault(image, f"{photo_path}.sha256")
        return self._taken()


def _place(p_index: int, kind: int, index: int) -> int:
    """The place of an id in the file's patient at `p_index`: its own (`kind` 0), or that of
    the record at `index` of the list `_LISTS[kind]` (under 2**32 items: a list longer
    than that could not be read)."""
    return (p_index << 34) | (index << 2) | kind


def _path(place: str | int) -> str:
    if isinstance(place, str):
        return place
    base = f"patients[{place >> 34}]"
    kind, index = place & 3, (place >> 2) & (2**32 - 1)
    return f"{base}.id" if kind == 0 else f"{base}{_LISTS[kind]}[{index}].id"


def _seen(what: Text, where: str) -> Text:
    """What is allowed, then where the value was first seen."""
    return phrase("Interchange", "{what} (see {path})").having(what=what, path=where)


def _amendment_violations(sessions: list[Mapping[str, Any]], base: str) -> list[Violation]:
    found: list[Violation] = []
    earlier: dict[str, Mapping[str, Any]] = {}
    corrected_by: dict[str, str] = {}
    for index, session in enumerate(sessions):
        path = f"{base}[{index}]"
        amends, reason = session.get("amends"), session.get("amendment_reason")
        signed = session.get("status") == "signed"
        if amends is None:
            if reason is not None:
                where = f"{path}.amendment_reason"
                found.append(Violation(where, length(reason), REASON_WITHOUT_AMENDS))
        else:
            original = earlier.get(amends)
            if original is None:
                found.append(Violation(f"{path}.amends", amends, AMENDS_EARLIER))
            elif original.get("status") != "signed":
                found.append(Violation(f"{path}.amends", amends, AMENDS_SIGNED))
            elif "voided" not in session:
                if amends in corrected_by:
                    shown_as = _seen(ONE_CURRENT, corrected_by[amends])
                    found.append(Violation(f"{path}.amends", amends, shown_as))
                corrected_by.setdefault(amends, f"{path}.amends")
            # A field the file lacks is one required here: said so, as the schema says it.
            if "status" not in session:
                allowed = verbatim("{required}, {rule}").having(
                    required=REQUIRED, rule=AMENDMENT_SIGNED
                )
                found.append(Violation(f"{path}.status", None, allowed))
            elif not signed:
                found.append(Violation(f"{path}.status", session["status"], AMENDMENT_SIGNED))
            if reason is None:
                allowed = verbatim("{required}: {rule}").having(
                    required=REQUIRED, rule=REASON_NEEDED
                )
                found.append(Violation(f"{path}.amendment_reason", None, allowed))
            elif not reason.strip():
                found.append(Violation(f"{path}.amendment_reason", length(reason), REASON_NEEDED))
        earlier[session["id"]] = session
    return found


def _catalogue_rules(products: list[Mapping[str, Any]], once: _Once, an_id: _Id) -> None:
    """The products' ids, names and GTINs, and the lots' ids and numbers within their
    product, each once: `once` reports a repeat."""
    names: dict[str, str] = {}
    gtins: dict[str, str] = {}
    for p_index, product in enumerate(products):
        base = f"catalogue.products[{p_index}]"
        an_id(product["id"], f"{base}.id")
        once(product["name"], f"{base}.name", names, ONE_NAME, name_key(product["name"]))
        if "gtin" in product:
            once(product["gtin"], f"{base}.gtin", gtins, ONE_GTIN, "")
        numbers: dict[str, str] = {}
        for l_index, lot in enumerate(product.get("lots", ())):
            path = f"{base}.lots[{l_index}]"
            an_id(lot["id"], f"{path}.id")
            number = lot["lot_number"]
            once(number, f"{path}.lot_number", numbers, ONE_LOT, lot_key(number))
