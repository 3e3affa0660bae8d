"""One course as a card in the patient's list: what it treats, how far it is, what is due."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from mesolog.domain.enums import CourseStatus, SessionStatus
from mesolog.domain.records import Course
from mesolog.services.history import CourseHistory
from mesolog.ui.common.dates import day_span, month_date
from mesolog.ui.common.labels import area_label, course_phase_label, indication_label

OVERDUE_STYLE = "color: #b00020; font-weight: bold;"
MUTED_STYLE = "color: palette(placeholder-text);"
DONE_STYLE = "color: #1b5e20;"


def stop_reason(course: Course) -> str:
    """The reason the service wrote into the notes when the course was stopped."""
    for line in reversed(course.plan.notes.splitlines()):
        if line.startswith("Stopped: "):
            return line.removeprefix("Stopped: ")
    return ""


class CourseCard(QWidget):
    """One course: what it treats, how far it is, when the next session is due."""

    def __init__(self, entry: CourseHistory, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("course_card")
        self.course_id = entry.course.id
        course, schedule, plan = entry.course, entry.schedule, entry.course.plan
        voided = course.voiding is not None

        self.title = QLabel(indication_label(plan.indication), self)
        self.title.setObjectName("course_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # beside the course's map the card may be narrow

        self.state = QLabel(self._state_text(entry), self)
        self.state.setObjectName("course_state")
        self.state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        details = [", ".join(area_label(a) for a in plan.areas)] if plan.areas else []
        if plan.protocol:
            details.append(plan.protocol)
        details.append(
            self.tr("every %1 days, then %2 in maintenance")
            .replace("%1", str(plan.initial_interval_days))
            .replace("%2", str(plan.maintenance_interval_days))
        )
        self.details = QLabel(" · ".join(details), self)
        self.details.setObjectName("course_details")
        self.details.setWordWrap(True)

        shown_done = min(schedule.done, schedule.planned)
        progress = self.tr("%1 of %2").replace("%1", str(shown_done))
        progress = progress.replace("%2", str(schedule.planned))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("course_progress")
        self.progress.setAccessibleName(self.tr("Sessions done"))
        self.progress.setRange(0, max(schedule.planned, 1))
        self.progress.setValue(shown_done)
        self.progress.setFormat(progress)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(self.fontMetrics().height() // 2 + 4)
        self.progress_text = QLabel(self._progress_text(progress, entry), self)
        self.progress_text.setObjectName("progress_text")
        widest = self.tr("%1 sessions").replace("%1", self.tr("%1 of %2")).replace("%", "20")
        self.progress_text.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest) + 4)
        self.progress_text.setWordWrap(True)

        self.due = QLabel(self._due_text(entry, today), self)
        self.due.setObjectName("next_due")
        self.due.setWordWrap(True)
        if schedule.overdue_since is not None and not voided:
            self.due.setStyleSheet(OVERDUE_STYLE)
        elif schedule.completed:
            self.due.setStyleSheet(DONE_STYLE)

        self._lay_out(muted=voided or course.status is not CourseStatus.ACTIVE)

    def _lay_out(self, *, muted: bool) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.state, 0, 1)
        grid.addWidget(self.details, 1, 0, 1, 2)
        grid.addWidget(self.progress, 2, 0)
        grid.addWidget(self.progress_text, 2, 1)
        grid.addWidget(self.due, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        if muted:
            for label in (self.details, self.progress_text, self.state):
                label.setStyleSheet(MUTED_STYLE)

    def _progress_text(self, progress: str, entry: CourseHistory) -> str:
        """6 of 6 sessions; the sessions beyond the plan are maintenance sessions; drafts are
        named, since they do not count until signed."""
        beyond = entry.schedule.done - entry.schedule.planned
        text = (
            self.tr("%1 sessions + %2 maintenance").replace("%2", str(beyond))
            if beyond > 0
            else self.tr("%1 sessions")
        ).replace("%1", progress)
        drafts = sum(s.voiding is None and s.status is SessionStatus.DRAFT for s in entry.sessions)
        if drafts == 0:
            return text
        # One spelled out: without a translation loaded, %n keeps the English plural.
        unsigned = (
            self.tr("1 unsigned draft")
            if drafts == 1
            else self.tr("%n unsigned drafts", "", drafts)
        )
        return self.tr("%1, not counting %2").replace("%1", text).replace("%2", unsigned)

    def _state_text(self, entry: CourseHistory) -> str:
        course = entry.course
        if course.voiding is not None:
            return self.tr("Voided")
        if entry.schedule.stopped:
            return self.tr("Stopped")
        if course.status is CourseStatus.COMPLETED:
            return self.tr("Completed")
        phase = course_phase_label(entry.schedule.phase)
        return self.tr("%1 phase").replace("%1", phase)

    def _due_text(self, entry: CourseHistory, today: dt.date) -> str:
        course, schedule = entry.course, entry.schedule
        if course.voiding is not None:
            return self.tr("Voided: %1").replace("%1", course.voiding.reason)
        if schedule.stopped:
            reason = stop_reason(course)
            return self.tr("Stopped: %1").replace("%1", reason) if reason else self.tr("Stopped")
        if schedule.completed:
            if course.status is CourseStatus.COMPLETED:
                return self.tr("✓ Completed")
            return self.tr("✓ All planned sessions done; mark the course complete")
        more = schedule.maintenance_goes_on
        if schedule.overdue_since is not None:
            days = schedule.overdue_days(today)
            count = self.tr("1 day") if days == 1 else self.tr("%n days", "", days)
            overdue = (
                self.tr("All planned sessions done · ⚠ maintenance overdue since %1 (%2)")
                if more
                else self.tr("⚠ Overdue since %1 (%2)")
            )
            return overdue.replace("%1", month_date(schedule.overdue_since)).replace("%2", count)
        if schedule.next_due is None or schedule.window_start is None:
            return ""
        assert schedule.window_end is not None
        due = (
            self.tr("All planned sessions done · next maintenance session due %1 (%2)")
            if more
            else self.tr("Next session due %1 (%2)")
        )
        return due.replace("%1", month_date(schedule.next_due)).replace(
            "%2", day_span(schedule.window_start, schedule.window_end)
        )
