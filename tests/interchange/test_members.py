"""An enum's members by value, as the decode looks them up."""

from __future__ import annotations

import pytest

from mesolog.domain.enums import Area, SessionStatus
from mesolog.interchange.members import Members


def test_a_value_or_a_member_gives_the_member_the_enum_gives() -> None:
    areas = Members(Area)
    assert all(areas[area.value] is Area(area.value) for area in Area)
    assert Members(SessionStatus)[SessionStatus.DRAFT] is SessionStatus.DRAFT


def test_a_value_that_is_no_member_is_refused_as_the_enum_refuses_it() -> None:
    with pytest.raises(ValueError, match="'elbow' is not a valid Area"):
        Members(Area)["elbow"]
    assert "elbow" not in Members(Area)
