"""Every window test gets its own settings store (tests/qt_fixtures.py has the Qt fixtures)."""

import pytest


@pytest.fixture(autouse=True)
def isolated_settings(qt_settings: None) -> None:
    """QSettings of every test under tests/ui live in that test's own folder."""
