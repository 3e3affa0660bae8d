"""The backup rules: file names parsed back, and which daily copies pruning keeps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mesolog.services.backup_records import (
    BackupKind,
    backup_file_name,
    daily_copies_to_keep,
    parse_backup_file_name,
)

ATHENS = dt.timezone(dt.timedelta(hours=2))


def test_names_are_parsed_back_and_others_are_not(tmp_path: Path) -> None:
    taken = dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS)
    name = backup_file_name("my.clinic", BackupKind.DAILY, taken, encrypted=True, number=3)
    assert name == "my.clinic.daily-20260310T160000Z-3.sqlite.enc"
    assert parse_backup_file_name("my.clinic", name) == (
        BackupKind.DAILY,
        dt.datetime(2026, 3, 10, 16, 0, tzinfo=dt.UTC),
        True,
    )
    for other in (
        "myXclinic.daily-20260310T160000Z.sqlite",
        "my.clinic.daily-20261310T160000Z.sqlite",
        "my.clinic.weekly-20260310T160000Z.sqlite",
        "my.clinic.daily-20260310T160000Z-0.sqlite",
    ):
        assert parse_backup_file_name("my.clinic", other) is None


def test_sixty_days_of_copies_keep_seven_daily_and_four_weekly() -> None:
    first = dt.datetime(2026, 1, 1, 9, 0, tzinfo=ATHENS)  # a Thursday, ISO week 1
    taken = [first + dt.timedelta(days=n) for n in range(60)]  # to Sunday 1 March

    kept = daily_copies_to_keep(taken)

    days = sorted(moment.date() for moment in kept)
    weekly = [dt.date(2026, 2, 1), dt.date(2026, 2, 8), dt.date(2026, 2, 15), dt.date(2026, 2, 22)]
    daily = [dt.date(2026, 2, 23) + dt.timedelta(days=n) for n in range(7)]
    assert days == weekly + daily


def test_pruning_keeps_the_newest_copy_of_each_day_and_week() -> None:
    def at(month: int, day: int, hour: int) -> dt.datetime:
        return dt.datetime(2026, month, day, hour, tzinfo=ATHENS)

    taken = [at(3, 10, 9), at(3, 10, 17), at(3, 2, 9), at(2, 20, 9), at(2, 19, 9)]
    assert daily_copies_to_keep(taken, days=2, weeks=1) == {
        at(3, 10, 17),
        at(3, 2, 9),
        at(2, 20, 9),
    }
    assert daily_copies_to_keep(taken[:2]) == {at(3, 10, 17)}
    assert daily_copies_to_keep([]) == frozenset()


def test_iso_weeks_span_new_year() -> None:
    # Monday 29 December 2025 to Sunday 4 January 2026 is week 1 of 2026.
    taken = [dt.datetime(2025, 12, d, 9, tzinfo=ATHENS) for d in (22, 28, 29, 30)]
    kept = daily_copies_to_keep(taken, days=1, weeks=2)
    assert sorted(moment.day for moment in kept) == [28, 29, 30]
