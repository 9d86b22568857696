"""The operator's notes: newest first, their files as chips that open on a click, and every state said."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.api.models import Note, NoteAttachment
from app.gui.widgets.notes import NotesPanel
from app.gui.widgets.ticket_status import FlowLayout

NOW = datetime(2026, 3, 12, 15, 0).astimezone()


def note(note_id: str, value: str, minutes_ago: float | None, *files: tuple[str, str | None]) -> Note:
    return Note(
        id=note_id,
        value=value,
        created_at=None if minutes_ago is None else NOW - timedelta(minutes=minutes_ago),
        attachments=tuple(NoteAttachment(file_reference=ref, file_name=name) for ref, name in files),
    )


@pytest.fixture
def panel(qtbot: QtBot) -> NotesPanel:
    widget = NotesPanel(clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(520, 640)
    widget.show()
    return widget


def shown_texts(panel: NotesPanel, name: str) -> list[str]:
    """The texts of the labels called ``name`` in display order (top to bottom)."""
    labels = [label for label in panel.findChildren(QLabel, name) if label.isVisible()]
    return [
        label.text()
        for label in sorted(labels, key=lambda label: label.mapTo(panel, label.rect().topLeft()).y())
    ]


def test_first_the_panel_says_it_is_reading(panel: NotesPanel) -> None:
    assert panel.title_label.text() == "Notes from the operator"
    assert panel.status_label.text() == "Reading the notes…"
    assert panel.spinner.spinning
    assert panel.scroll_area.isHidden()


def test_no_notes_says_so(panel: NotesPanel) -> None:
    panel.set_notes([])
    assert panel.status_label.isVisible()
    assert panel.status_label.text() == "No notes from the operator yet."
    assert not panel.spinner.spinning
    assert panel.scroll_area.isHidden()


def test_notes_show_newest_first_with_time_and_text(panel: NotesPanel) -> None:
    panel.set_notes(
        [
            note("old", "Read the fault memory.", 60 * 26),
            note("undated", "Kept for the record.", None),
            note("new", "Coded the tow bar module.", 20),
            note("mid", "Gateway answers again.", 90),
        ]
    )
    assert [item.id for item in panel.notes] == ["new", "mid", "old", "undated"]
    assert panel.status_label.isHidden()
    assert panel.scroll_area.isVisible()
    assert shown_texts(panel, "noteText") == [
        "Coded the tow bar module.",
        "Gateway answers again.",
        "Read the fault memory.",
        "Kept for the record.",
    ]
    times = shown_texts(panel, "noteTime")
    assert times[0].startswith("Today, ")
    assert times[2].startswith("Yesterday, ")
    assert times[3] == "Time not known"


def test_a_click_on_a_file_chip_asks_to_open_that_file(qtbot: QtBot, panel: NotesPanel) -> None:
    panel.set_notes(
        [
            note(
                "n1", "Report attached.", 5, ("ref-report", "fault-report.pdf"), ("ref-photo", "socket.png")
            ),
            note("n2", "", 10, ("ref-unnamed", None)),
        ]
    )
    clicked: list[tuple[str, str]] = []
    panel.sig_attachment_clicked.connect(lambda ref, name: clicked.append((ref, name)))
    assert set(panel.chips) == {"ref-report", "ref-photo", "ref-unnamed"}
    assert panel.chips["ref-report"].text() == "fault-report.pdf"
    assert panel.chips["ref-unnamed"].text() == "Attachment"
    QTest.mouseClick(panel.chips["ref-photo"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.chips["ref-unnamed"], Qt.MouseButton.LeftButton)
    assert clicked == [("ref-photo", "socket.png"), ("ref-unnamed", "")]
    # A note with files only shows no empty text line.
    assert shown_texts(panel, "noteText") == ["Report attached."]


def test_a_file_being_downloaded_cannot_be_clicked_twice(panel: NotesPanel) -> None:
    panel.set_notes([note("n1", "Report.", 5, ("ref-report", "report.pdf"))])
    clicked: list[str] = []
    panel.sig_attachment_clicked.connect(lambda ref, _name: clicked.append(ref))
    panel.set_attachment_busy("ref-report", True)
    chip = panel.chips["ref-report"]
    assert not chip.isEnabled()
    assert chip.text().startswith("Downloading report.pdf")
    QTest.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert clicked == []
    # Shown again (a refresh), the chip is still busy.
    panel.set_notes([note("n1", "Report.", 5, ("ref-report", "report.pdf"))])
    assert not panel.chips["ref-report"].isEnabled()
    panel.set_attachment_busy("ref-report", False)
    assert panel.chips["ref-report"].isEnabled()
    QTest.mouseClick(panel.chips["ref-report"], Qt.MouseButton.LeftButton)
    assert clicked == ["ref-report"]


def test_a_failed_read_says_so_and_keeps_the_notes_already_shown(panel: NotesPanel) -> None:
    panel.set_notes([note("n1", "Coded the module.", 5)])
    panel.set_loading()
    assert panel.spinner.isVisible()
    assert panel.scroll_area.isVisible()
    panel.set_failed("Workbay cannot reach the diagnostics service.")
    assert panel.status_label.text() == "Workbay cannot reach the diagnostics service."
    assert panel.status_label.property("role") == "error"
    assert panel.spinner.isHidden()
    assert shown_texts(panel, "noteText") == ["Coded the module."]


def test_chips_wrap_onto_new_rows_when_the_width_runs_out(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=8)
    chips = [QPushButton(f"chip number {index}", host) for index in range(6)]
    for chip in chips:
        chip.setFixedWidth(120)
        flow.addWidget(chip)
    host.resize(400, flow.heightForWidth(400))
    host.show()
    qtbot.waitUntil(lambda: chips[-1].geometry().width() == 120)
    rows = sorted({chip.geometry().y() for chip in chips})
    assert len(rows) == 2  # three chips of 120 px (and gaps) fit in 400 px
    assert [chip.geometry().x() for chip in chips[:3]] == [0, 128, 256]
    assert flow.heightForWidth(130) > flow.heightForWidth(400)
