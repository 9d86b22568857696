"""The operator's notes on the ticket: newest first, each with its time, its text and its files.

A file is a chip; a click on it emits :attr:`NotesPanel.sig_attachment_clicked` with the file's reference
and name, and the page downloads or opens it. The panel also says when the notes are being read, when they
could not be, and when there are none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Final

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from app.api.models import Note, NoteAttachment
from app.domain.attachments import is_image
from app.gui.theme import icon, pixmap
from app.gui.widgets.flow import FlowLayout
from app.gui.widgets.spinner import Spinner
from app.gui.widgets.ticket_status import moment_text

__all__ = ["NotesPanel"]

#: A chip shows at most this much of a file's name (the whole name is in its tooltip).
_CHIP_TEXT_PX: Final = 260
_OLDEST: Final = datetime.min.replace(tzinfo=UTC)
#: The notes ask for at most this height; more notes scroll.
_MAX_HINT_PX: Final = 440


def _now() -> datetime:
    return datetime.now().astimezone()


class _NotesScroll(QScrollArea):
    """Asks for the height of the notes at its width, up to :data:`_MAX_HINT_PX`; more notes scroll."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        """Wrapped notes grow taller as the panel grows narrower."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """The notes' height at ``width``, within reason."""
        content = self.widget()
        if content is None:
            return super().heightForWidth(width)
        inner = width - 2 * self.frameWidth()
        layout = content.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(inner)
        else:
            needed = content.sizeHint().height()
        return min(needed + 2 * self.frameWidth(), _MAX_HINT_PX)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as Qt suggests, as tall as the notes need at that width."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))


class NotesPanel(QFrame):
    """The ticket's notes from the operator, newest first, with their files as chips."""

    sig_attachment_clicked = Signal(str, str)
    """A note's file was clicked: its file reference and its name ("" when the note gave none)."""

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = _now) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self._clock = clock
        self._notes: tuple[Note, ...] = ()
        self._state = "loading"
        self._failure = ""
        self.chips: dict[str, QPushButton] = {}
        #: Files being downloaded: their chips stay marked when the notes are shown again.
        self._busy: set[str] = set()

        self.title_label = QLabel(self)
        self.title_label.setProperty("role", "subheading")
        title_icon = QLabel(self)
        title_icon.setPixmap(pixmap("note", 22))
        title = QHBoxLayout()
        title.setSpacing(8)
        title.addWidget(title_icon)
        title.addWidget(self.title_label, 1)

        self.spinner = Spinner(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("notesStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setProperty("role", "hint")
        status = QHBoxLayout()
        status.setSpacing(10)
        status.addWidget(self.spinner)
        status.addWidget(self.status_label, 1)

        self._list = QWidget(self)
        self._list.setObjectName("notesList")
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 4, 0)
        self._list_layout.setSpacing(0)
        self.scroll_area = _NotesScroll(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._list)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(title)
        layout.addLayout(status)
        layout.addWidget(self.scroll_area, 1)
        self.retranslate()
        self.set_loading()

    # --- the page's calls --------------------------------------------------------------------------------

    def set_notes(self, notes: Sequence[Note]) -> None:
        """Show ``notes`` (in any order) newest first; notes without a time go last."""
        ordered = sorted(
            enumerate(notes), key=lambda pair: (pair[1].created_at or _OLDEST, pair[0]), reverse=True
        )
        self._notes = tuple(note for _index, note in ordered)
        self._state = "notes" if self._notes else "empty"
        self._failure = ""
        self._rebuild()
        self._show_state()
        self.scroll_area.updateGeometry()

    def set_loading(self) -> None:
        """Say that the notes are being read (what was shown stays until they arrive)."""
        self._state = "loading"
        self._show_state()

    def set_failed(self, text: str) -> None:
        """Say that the notes could not be read (``text``: the sentence and the way forward)."""
        self._state = "failed"
        self._failure = text
        self._show_state()

    def set_attachment_busy(self, file_reference: str, busy: bool) -> None:
        """Show a file's chip as busy (being downloaded) or ready again."""
        if busy:
            self._busy.add(file_reference)
        else:
            self._busy.discard(file_reference)
        chip = self.chips.get(file_reference)
        if chip is not None:
            self._label_chip(chip)

    @property
    def notes(self) -> tuple[Note, ...]:
        """The notes shown, newest first."""
        return self._notes

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.title_label.setText(self.tr("Notes from the operator"))
        self._rebuild()
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-set the texts when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- internals --------------------------------------------------------------------------------------

    def _show_state(self) -> None:
        state = self._state
        self.spinner.set_spinning(state == "loading")
        if state == "loading":
            self.status_label.setText(self.tr("Reading the notes…"))
            self.status_label.setProperty("role", "hint")
        elif state == "failed":
            self.status_label.setText(self._failure or self.tr("The notes could not be read."))
            self.status_label.setProperty("role", "error")
        elif state == "empty":
            self.status_label.setText(self.tr("No notes from the operator yet."))
            self.status_label.setProperty("role", "hint")
        self.status_label.setVisible(state != "notes")
        # A failed or repeated read keeps the notes already shown: they are still true.
        self.scroll_area.setVisible(bool(self._notes))
        style = self.status_label.style()
        style.unpolish(self.status_label)
        style.polish(self.status_label)

    def _rebuild(self) -> None:
        layout = self._list_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.chips.clear()
        now = self._clock()
        for note in self._notes:
            layout.addWidget(self._note_widget(note, now))
        layout.addStretch(1)

    def _note_widget(self, note: Note, now: datetime) -> QWidget:
        item = QFrame(self._list)
        item.setObjectName("noteItem")
        box = QVBoxLayout(item)
        box.setContentsMargins(0, 10, 0, 12)
        box.setSpacing(6)
        when = QLabel(item)
        when.setObjectName("noteTime")
        moment = note.created_at or note.updated_at
        when.setText(moment_text(moment, now) if moment is not None else self.tr("Time not known"))
        if moment is not None:
            when.setToolTip(moment.astimezone().isoformat(sep=" ", timespec="minutes"))
        box.addWidget(when)
        text = note.value.strip()
        if text:
            body = QLabel(item)
            body.setObjectName("noteText")
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.PlainText)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            body.setText(text)
            box.addWidget(body)
        if note.attachments:
            chips = QWidget(item)
            flow = FlowLayout(chips, spacing=8)
            for attachment in note.attachments:
                flow.addItem(QWidgetItem(self._chip(attachment, chips)))
            box.addWidget(chips)
        return item

    def _chip(self, attachment: NoteAttachment, parent: QWidget) -> QPushButton:
        chip = QPushButton(parent)
        chip.setObjectName("attachmentChip")
        chip.setProperty("fileName", attachment.file_name or "")
        chip.setProperty("fileReference", attachment.file_reference)
        name = attachment.file_name or ""
        chip.setIcon(icon("image" if name and is_image(name) else "file"))
        chip.setIconSize(QSize(20, 20))
        chip.setCursor(Qt.CursorShape.PointingHandCursor)
        self._label_chip(chip)
        reference = attachment.file_reference
        chip.clicked.connect(lambda _checked=False: self._on_chip_clicked(reference, name))
        self.chips[reference] = chip
        return chip

    def _label_chip(self, chip: QPushButton) -> None:
        name = str(chip.property("fileName") or "") or self.tr("Attachment")
        busy = str(chip.property("fileReference")) in self._busy
        chip.setEnabled(not busy)
        shown = self.tr("Downloading %1…").replace("%1", name) if busy else name
        chip.setText(chip.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideMiddle, _CHIP_TEXT_PX))
        chip.setToolTip(self.tr("Open %1").replace("%1", name))
        chip.setAccessibleName(self.tr("File %1").replace("%1", name))

    def _on_chip_clicked(self, reference: str, name: str) -> None:
        self.sig_attachment_clicked.emit(reference, name)
