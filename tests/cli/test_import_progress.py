"""The import's progress line on a terminal: patients done of the file's, the rate and the
time left, rewritten in place, never more often than the eye follows, ended with the last."""

from __future__ import annotations

import io

from mesolog.cli.import_progress import ProgressLine, progress_line
from mesolog.cli.speech import say
from mesolog.services.transfer_progress import PaceWatch


class Clock:
    """Seconds as the test sets them."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_line_gives_rate_and_time_left_once_patients_are_done() -> None:
    clock, out = Clock(), io.StringIO()
    line = ProgressLine(out, clock)
    line(0, 1000)
    clock.now += 10
    line(200, 1000)
    assert out.getvalue().split("\r")[1:] == [
        "Patients: 0 of 1000\x1b[K",
        "Patients: 200 of 1000, 20 a second, about 0:40 left\x1b[K",
    ]


def test_reports_closer_than_a_fifth_of_a_second_are_not_written_but_the_last_is() -> None:
    clock, out = Clock(), io.StringIO()
    line = ProgressLine(out, clock)
    line(0, 3)
    clock.now += 0.05
    line(1, 3)
    clock.now += 0.05
    line(3, 3)
    written = out.getvalue()
    assert written.count("\r") == 2
    assert written.endswith("Patients: 3 of 3, 30 a second, about 0:00 left\x1b[K\n")


def test_the_time_left_counts_minutes() -> None:
    clock = Clock()
    watch = PaceWatch(clock)
    watch.pace(0, 10_000)
    clock.now += 60
    pace = watch.pace(1_000, 10_000)
    assert (pace.per_second, pace.seconds_left) == (1_000 / 60, 540)
    assert say(pace.text()).endswith("about 9:00 left")


def test_no_line_is_written_to_what_is_not_a_terminal() -> None:
    assert progress_line(io.StringIO()) is None


def test_while_the_file_is_checked_the_line_counts_patients_read_then_times_the_writing() -> None:
    """A total of 0: the file is being checked, its patients not yet counted; the line is
    not ended, and the rate is timed again from the first patient written."""
    clock, out = Clock(), io.StringIO()
    line = ProgressLine(out, clock)
    line(0, 0)
    clock.now += 30
    line(5_000, 0)
    clock.now += 1
    line(0, 1_000)
    clock.now += 10
    line(100, 1_000)
    assert out.getvalue().split("\r")[1:] == [
        "Checking the file. Patients read: 0\x1b[K",
        "Checking the file. Patients read: 5000\x1b[K",
        "Patients: 0 of 1000\x1b[K",
        "Patients: 100 of 1000, 10 a second, about 1:30 left\x1b[K",
    ]
