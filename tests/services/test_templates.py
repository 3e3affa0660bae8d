"""Protocol templates: the guide's shipped with every new database, edited and added by
clinicians and admins, a course planned from one, and its expected cost."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal

import pytest

from mesolog.domain.accounts import AccessDeniedError, Role
from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.errors import StateError, ValidationError
from mesolog.domain.ids import new_template_id
from mesolog.domain.products import ProductInput, ProductUnit
from mesolog.domain.records import ProductUse
from mesolog.domain.templates import TemplateInput
from mesolog.services.clinic import Clinic
from mesolog.services.shipped_templates import SHIPPED_BY, shipped_templates
from tests.services.conftest import Maker

PASSWORD = "correct horse battery"


def own_template(**changes: object) -> TemplateInput:
    line = Maker.needle_line(
        Area.CHEEKS,
        depth_mm=2.0,
        products=(ProductUse(Solution.HYALURONIC_ACID, 2.0, "HydraBoost 1.5%", "1.5%"),),
    )
    base = TemplateInput("Cheeks, our way", Indication.HYDRATION_TIGHTENING, 6, lines=(line,))
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_guides_protocols_are_added_to_a_database_without_templates(clinic: Clinic) -> None:
    assert clinic.templates.all() == []
    assert clinic.templates.add_shipped() == len(shipped_templates())
    shipped = clinic.templates.all()
    by_name = sorted(shipped_templates(), key=lambda t: t.name.casefold())
    assert [t.details for t in shipped] == by_name
    assert {t.details.indication for t in shipped} == set(Indication) - {Indication.OTHER}
    for template in shipped:
        assert 5 <= template.details.planned_sessions <= 10, "the guide: 5 to 10 sessions"
        assert 10 <= template.details.initial_interval_days <= 14
        assert 21 <= template.details.maintenance_interval_days <= 28
    entries = [e for e in clinic.audit.entries() if e.entity == "template"]
    assert {(e.action, e.actor) for e in entries} == {("create", SHIPPED_BY)}
    assert len(entries) == len(shipped)
    assert clinic.audit.verify().intact


def test_a_greek_workstation_adds_them_in_greek_the_same_protocols(clinic: Clinic) -> None:
    assert clinic.templates.add_shipped("el") == len(shipped_templates())
    greek = sorted(shipped_templates("el"), key=lambda t: t.name.casefold())
    assert [t.details for t in clinic.templates.all()] == greek
    english = {t.indication: t for t in shipped_templates()}
    for template in shipped_templates("el"):
        assert re.search("[α-ω]", template.name + template.protocol), template.name
        same = english[template.indication]
        assert (template.lines, template.planned_sessions) == (same.lines, same.planned_sessions)
        assert template.initial_interval_days == same.initial_interval_days
        assert template.maintenance_interval_days == same.maintenance_interval_days
    assert "Ραγάδες" in {t.name for t in shipped_templates("el")}
    with pytest.raises(ValueError, match="'de'"):
        shipped_templates("de")


def test_the_shipped_templates_are_added_once(clinic: Clinic) -> None:
    clinic.templates.add_shipped()
    for template in clinic.templates.all():
        clinic.templates.retire(template.id)
    assert clinic.templates.add_shipped() == 0
    assert clinic.templates.all() == []
    assert len(clinic.templates.all(retired=True)) == len(shipped_templates())


def test_a_clinics_own_template_keeps_the_shipped_ones_out(clinic: Clinic) -> None:
    clinic.templates.add(own_template())
    assert clinic.templates.add_shipped() == 0


def test_a_template_is_added_edited_retired_and_reinstated(clinic: Clinic) -> None:
    added = clinic.templates.add(own_template(name=" Cheeks,  our way ", notes=" warm "))
    assert added.details == own_template(notes="warm")
    saved = clinic.templates.update(
        added.id, replace(added.details, planned_sessions=8), read=added
    )
    assert clinic.templates.get(added.id).details.planned_sessions == 8
    retired = clinic.templates.retire(added.id)
    assert added.id not in {t.id for t in clinic.templates.all()}
    with pytest.raises(StateError, match="retired already"):
        clinic.templates.retire(added.id)
    assert clinic.templates.reinstate(added.id).active
    assert retired.version > saved.record.version
    assert clinic.audit.verify().intact


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"name": " "}, "name"),
        ({"planned_sessions": 21}, "planned_sessions"),
        ({"initial_interval_days": 3}, "initial_interval_days"),
        ({"lines": ()}, "lines"),
        ({"session_fee": Decimal("10.005")}, "session_fee"),
        (
            {"lines": (Maker.needle_line(products=(Maker.product(),)),)},
            "lines[0].products[0].lot_number",
        ),
        ({"lines": (Maker.needle_line(depth_mm=5.0),)}, "lines[0].technique.depth_mm"),
    ],
)
def test_a_template_breaking_a_rule_is_refused_and_nothing_stored(
    clinic: Clinic, changes: dict[str, object], path: str
) -> None:
    before = clinic.templates.all()
    with pytest.raises(ValidationError) as refused:
        clinic.templates.add(own_template(**changes))
    assert path in [v.path for v in refused.value.violations]
    assert clinic.templates.all() == before


def test_a_second_template_of_the_same_name_is_refused(clinic: Clinic) -> None:
    clinic.templates.add(own_template())
    with pytest.raises(ValidationError) as refused:
        clinic.templates.add(own_template(name="CHEEKS, OUR WAY"))
    assert [v.path for v in refused.value.violations] == ["name"]


def test_assistants_read_templates_but_do_not_change_them(clinic: Clinic) -> None:
    clinic.accounts.create_first_admin("admin", "Dr Anna Petrou", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("nurse", "Maria Kosta", Role.ASSISTANT, PASSWORD)
    clinic.templates.add_shipped()
    clinic.act_as("nurse")
    assert clinic.templates.all()
    with pytest.raises(AccessDeniedError):
        clinic.templates.add(own_template())
    with pytest.raises(AccessDeniedError):
        clinic.templates.retire(clinic.templates.all()[0].id)


def test_a_course_is_planned_from_a_template_and_names_it(clinic: Clinic, make: Maker) -> None:
    template = clinic.templates.add(own_template())
    patient = make.patient()
    course = clinic.courses.plan(patient.id, template.course(dt.date(2026, 3, 10)))
    assert course.plan.template_id == template.id
    assert course.plan.areas == (Area.CHEEKS,)
    assert (course.plan.indication, course.plan.planned_sessions) == (
        Indication.HYDRATION_TIGHTENING,
        6,
    )
    assert clinic.courses.get(course.id) == course
    by_hand = clinic.courses.update(
        course.id, replace(course.plan, template_id=None), read=course
    ).record
    assert by_hand.plan.template_id is None
    clinic.templates.retire(template.id)
    again = clinic.courses.update(
        course.id, replace(course.plan, planned_sessions=7), read=by_hand
    ).record
    assert again.plan.template_id == template.id, "a retired template still names its courses"
    assert clinic.audit.verify().intact


def test_a_course_naming_no_template_of_the_clinic_is_refused(clinic: Clinic, make: Maker) -> None:
    patient = make.patient()
    stranger = replace(own_template().course(dt.date(2026, 3, 10)), template_id=new_template_id())
    with pytest.raises(ValidationError) as refused:
        clinic.courses.plan(patient.id, stranger)
    assert [v.path for v in refused.value.violations] == ["template_id"]
    assert clinic.history.patient_history(patient.id).courses == ()


def test_a_courses_cost_is_its_fees_and_its_products_at_catalogue_prices(clinic: Clinic) -> None:
    clinic.products.add(
        ProductInput("HydraBoost 1.5%", Solution.HYALURONIC_ACID, price_per_unit=Decimal("18.40"))
    )
    clinic.products.add(
        ProductInput(
            "Vita Ampoule", Solution.VITAMINS, unit=ProductUnit.UNITS, price_per_unit=Decimal(4)
        )
    )
    vitamins = ProductUse(Solution.VITAMINS, 1.0)
    ampoules = ProductUse(Solution.VITAMINS, 5.0, "vita ampoule", units=2.0)
    line = replace(
        own_template().lines[0],
        products=(*own_template().lines[0].products, vitamins, ampoules),
    )
    template = own_template(session_fee=Decimal(120), lines=(line,))
    estimate = clinic.templates.estimate(template, 6)
    assert estimate.fees == Decimal(720)
    assert estimate.products == Decimal("268.80"), "6 × (2 ml × 18.40 + 2 units × 4)"
    assert estimate.total == Decimal("988.80")
    assert estimate.unpriced == ("vitamins",)
    stored = clinic.templates.add(template)
    assert clinic.templates.get(stored.id).details.lines == template.lines
    no_units = own_template(lines=(replace(line, products=(replace(ampoules, units=None),)),))
    without = clinic.templates.estimate(no_units, 6)
    assert (without.unpriced, without.without_units) == ((), ("vita ampoule",)), (
        "a product counted in units is priced by the units a line gives, never by its volume"
    )
    unfeed = clinic.templates.estimate(own_template(), 5)
    assert (unfeed.fees, unfeed.total) == (None, Decimal("184.00"))
