"""The file's rules that its schema cannot express: ids, record numbers, courses, versions,
photos, the catalogue and the templates.

Call `file_rule_violations` only on a document without schema violations. Values are
shown as in schema refusals: ids, record numbers and codes (a product's name and lot
number, and a template's name too, which are not health data), never free text.
"""

from __future__ import annotations

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
A_RECORD_NUMBER = phrase("Interchange", "a record number")

_Once = Callable[[str, str, dict[str, str], Text, str], None]
"""Reports `value` at `path` when its key (the value when "") is in `seen`, saying what
is allowed: `what` not used elsewhere."""


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
        self._first_id: dict[str, str] = {}
        self._first_number: dict[str, str] = {}
        self._found: list[Violation] = []

    def _once(self, value: str, path: str, seen: dict[str, str], what: Text, key: str = "") -> None:
        key = key or value
        if key in seen:
            unused = phrase("Interchange", "{what} not used elsewhere (see {path})")
            self._found.append(Violation(path, value, unused.having(what=what, path=seen[key])))
        else:
            seen[key] = path

    def _taken(self) -> list[Violation]:
        found, self._found = self._found, []
        return found

    def head(self, document: Mapping[str, Any]) -> list[Violation]:
        """The catalogue's and the templates' rules (call first)."""
        once, first_id = self._once, self._first_id
        catalogue = document.get("catalogue")
        if catalogue is not None:
            _catalogue_rules(catalogue["products"], once, first_id)
        template_names: dict[str, str] = {}
        for t_index, template in enumerate(document.get("templates", ())):
            base = f"templates[{t_index}]"
            once(template["id"], f"{base}.id", first_id, AN_ID)
            name = template["name"]
            once(name, f"{base}.name", template_names, ONE_TEMPLATE_NAME, name_key(name))
        return self._taken()

    def patient(self, p_index: int, patient: Mapping[str, Any]) -> list[Violation]:
        """The rules of the file's patient at `p_index`, after those before it."""
        once, first_id, found = self._once, self._first_id, self._found
        base = f"patients[{p_index}]"
        once(patient["id"], f"{base}.id", first_id, AN_ID)
        number = patient.get("record_number", "")
        if number.strip():  # stored without surrounding spaces, blank as none
            path = f"{base}.record_number"
            once(number, path, self._first_number, A_RECORD_NUMBER, number.strip())
        own_courses: set[str] = set()
        for c_index, course in enumerate(patient.get("courses", ())):
            once(course["id"], f"{base}.courses[{c_index}].id", first_id, AN_ID)
            own_courses.add(course["id"])
        for s_index, session in enumerate(patient.get("sessions", ())):
            session_path = f"{base}.sessions[{s_index}]"
            once(session["id"], f"{session_path}.id", first_id, AN_ID)
            course_id = session.get("course_id")
            if course_id is not None and course_id not in own_courses:
                found.append(Violation(f"{session_path}.course_id", course_id, SAME_PATIENT_COURSE))
        found += _amendment_violations(patient.get("sessions", ()), f"{base}.sessions")
        own_sessions = {session["id"] for session in patient.get("sessions", ())}
        live_images: dict[str, str] = {}
        for f_index, photo in enumerate(patient.get("photos", ())):
            photo_path = f"{base}.photos[{f_index}]"
            once(photo["id"], f"{photo_path}.id", first_id, AN_ID)
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


def _catalogue_rules(
    products: list[Mapping[str, Any]], once: _Once, first_id: dict[str, str]
) -> None:
    """The products' ids, names and GTINs, and the lots' ids and numbers within their
    product, each once: `once` reports a repeat."""
    names: dict[str, str] = {}
    gtins: dict[str, str] = {}
    for p_index, product in enumerate(products):
        base = f"catalogue.products[{p_index}]"
        once(product["id"], f"{base}.id", first_id, AN_ID, "")
        once(product["name"], f"{base}.name", names, ONE_NAME, name_key(product["name"]))
        if "gtin" in product:
            once(product["gtin"], f"{base}.gtin", gtins, ONE_GTIN, "")
        numbers: dict[str, str] = {}
        for l_index, lot in enumerate(product.get("lots", ())):
            path = f"{base}.lots[{l_index}]"
            once(lot["id"], f"{path}.id", first_id, AN_ID, "")
            number = lot["lot_number"]
            once(number, f"{path}.lot_number", numbers, ONE_LOT, lot_key(number))
