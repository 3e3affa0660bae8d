"""The flow layout: widgets in rows like words, a wrapping label wider than a row wraps its
own words within the row; and windows bounded by their screen, a dialog's body scrolling."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mesolog.ui.common.flow_layout import FlowLayout
from mesolog.ui.common.screen_fit import (
    FRAME,
    ScrollingBody,
    resize_to_content,
    resize_within_screen,
    screen_room,
)

BADGE = "border: 1px solid #b35c00; padding: 4px 8px; font-weight: bold;"


def _host(qtbot: QtBot, texts: list[str], width: int) -> tuple[QWidget, list[QLabel]]:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=8)
    labels = []
    for text in texts:
        label = QLabel(text, host)
        label.setStyleSheet(BADGE)
        label.setWordWrap(True)
        flow.addWidget(label)
        labels.append(label)
    host.resize(width, flow.heightForWidth(width))
    host.show()
    qtbot.waitExposed(host)
    return host, labels


def _rows(labels: list[QLabel]) -> list[int]:
    return sorted({label.y() for label in labels if label.isVisible()})


def test_badges_share_a_row_when_there_is_room_and_take_the_next_when_not(
    qtbot: QtBot,
) -> None:
    texts = ["⚠ No signed consent on file", "⚠ Takes an NSAID (Aspirin): bruising risk"]
    _wide, labels = _host(qtbot, texts, 900)
    assert len(_rows(labels)) == 1
    for label in labels:
        one_line = label.heightForWidth(10_000)
        assert label.height() == label.heightForWidth(label.width()) == one_line, "unwrapped"
    narrow, labels = _host(qtbot, texts, 330)
    assert len(_rows(labels)) == 2, "the second badge moves to a row of its own"
    assert all(QRect(0, 0, 330, narrow.height()).contains(label.geometry()) for label in labels)


def test_a_badge_wider_than_the_row_wraps_its_words_and_nothing_is_cut(qtbot: QtBot) -> None:
    allergy = "⚠ Allergy: lidocaine, latex, penicillin, chlorhexidine, benzalkonium chloride"
    host, [label] = _host(qtbot, [allergy], 260)
    assert label.width() <= 260
    assert label.height() >= label.heightForWidth(label.width()) > label.heightForWidth(10_000)
    assert host.layout().heightForWidth(260) > host.layout().heightForWidth(900)
    assert host.layout().minimumSize().width() <= 260


def test_a_hidden_widget_takes_no_room(qtbot: QtBot) -> None:
    host, labels = _host(qtbot, ["one", "two", "three"], 600)
    first_row = [label.x() for label in labels]
    labels[1].hide()
    host.layout().activate()
    host.layout().setGeometry(host.rect())
    assert labels[2].x() == first_row[1], "three moves up to where two was"


def test_a_window_is_no_larger_than_its_screen_has_room_for(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    room = screen_room(window)
    available = window.screen().availableGeometry().size()
    assert room == QSize(available.width() - FRAME.width(), available.height() - FRAME.height())
    resize_within_screen(window, room.width() + 500, room.height() + 500)
    assert window.size() == room
    resize_within_screen(window, 300, 200)
    assert window.size() == QSize(300, 200)


def test_a_dialog_body_asks_for_its_whole_size_and_scrolls_when_shorter(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    body = QWidget()
    rows = QVBoxLayout(body)
    for number in range(30):
        rows.addWidget(QLabel(f"Row {number}: a line of a long form"))
    scrolling = ScrollingBody(body, dialog)
    save = QPushButton("Save", dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scrolling, 1)
    layout.addWidget(save)
    assert scrolling.sizeHint().height() == body.sizeHint().height()
    assert scrolling.minimumSizeHint().height() < body.sizeHint().height() // 3
    resize_to_content(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not scrolling.verticalScrollBar().isVisible())
    dialog.resize(dialog.width(), 200)
    qtbot.waitUntil(lambda: scrolling.verticalScrollBar().isVisible())
    assert QRect(0, 0, dialog.width(), 200).contains(save.geometry()), "Save stays in sight"
    assert not scrolling.horizontalScrollBar().isVisible()
