"""Where the technician writes to the operator: the text box, files to attach, and the uploads under way.

:class:`Composer` holds a :class:`ComposerEdit` (Enter sends, Shift+Enter starts a new line), an Attach
button (a non-modal file picker for several files), a Send button, one :class:`UploadRow` per file being
sent (picture or file icon, name, size, progress, Cancel; a failure's sentence with Dismiss), a note when
the chat is closed, and the offer to signal a quiet operator. Files arrive by the picker, by dropping them
onto the composer, or by pasting: a pasted picture (a screenshot) is saved as a PNG in a folder of the
composer's own, removed with it.

The composer never talks to the server: it emits what the technician asked for, and the page answers
through :meth:`Composer.add_upload`, :meth:`Composer.set_upload_progress` and the other setters. The
text stays in the box until the page calls :meth:`Composer.clear_text` after a successful send, so a
failed send loses nothing.
"""

from __future__ import annotations

import math
import shutil
import tempfile
import weakref
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Final

from PySide6.QtCore import QEvent, QLocale, QMimeData, QObject, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.attachments import IMAGE_SUFFIXES, is_image
from app.gui.theme import colour, current_theme, icon, on_accent, pixmap, repolish

__all__ = ["Composer", "ComposerEdit", "UploadRow", "local_files"]

#: The text box grows with its text up to this many lines, then scrolls.
_MAX_LINES: Final = 6
#: Upload rows shown before the list scrolls.
_VISIBLE_UPLOADS: Final = 3
#: A progress bar counts in thousandths: a QProgressBar holds an int, and files may exceed 2 GiB.
_PROGRESS_STEPS: Final = 1000


def local_files(mime: QMimeData) -> list[Path]:
    """The local files (and folders) named by dragged or copied data, in their order; [] for none.

    Folders are kept: the chat service refuses them with a sentence the technician can read, which beats
    a drop that silently does nothing.
    """
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def _data_size(locale: QLocale, size: int) -> str:
    """A file size the way file managers write it ("3.2 MB"): the chat's limits are in those units too."""
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class ComposerEdit(QPlainTextEdit):
    """The message box: Enter sends, Shift+Enter starts a new line; files and pictures never become text."""

    sig_submitted = Signal()
    """Enter (or Ctrl+Enter) was pressed: the technician wants the text sent."""

    sig_files_inserted = Signal(list)
    """Files were dropped or pasted onto the box (argument: ``list[Path]``)."""

    sig_image_pasted = Signal(QImage)
    """A picture without text was pasted (a screenshot); argument: the picture."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter sends; Shift+Enter inserts a line break."""
        if event.key() in {Qt.Key.Key_Return, Qt.Key.Key_Enter}:
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                # A real paragraph break, so toPlainText() gives "\n" (not a Unicode line separator).
                self.textCursor().insertText("\n")
                self.ensureCursorVisible()
                event.accept()
                return
            if modifiers in {Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier}:
                self.sig_submitted.emit()
                event.accept()
                return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt's name
        """Files and pictures are welcome too, not only text."""
        return bool(local_files(source)) or source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        """Files become attachments, a picture without text a pasted picture, anything else text."""
        files = local_files(source)
        if files:
            self.sig_files_inserted.emit(files)
            return
        # A copied spreadsheet cell carries its text and a picture of it: the text is what was meant.
        if source.hasImage() and not source.hasText():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.sig_image_pasted.emit(image)
                return
            if isinstance(image, QPixmap) and not image.isNull():
                self.sig_image_pasted.emit(image.toImage())
                return
        super().insertFromMimeData(source)


class _ElidedLabel(QLabel):
    """A one-line label that shortens its text in the middle when it has too little room (a file name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        """The whole text (shown whole when it fits); also the tool tip."""
        self._full = text
        self.setText(text)
        self.setToolTip(text)

    def full_text(self) -> str:
        """The whole text, however it is shown."""
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for a few letters and the ellipsis."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M…M") * 2), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """The text, elided in the middle when it does not fit."""
        metrics = QFontMetrics(self.font())
        rect = self.contentsRect()
        if metrics.horizontalAdvance(self._full) <= rect.width():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        try:
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, rect.width()),
            )
        finally:
            painter.end()


class UploadRow(QFrame):
    """One file being sent: its picture or icon, name, size and progress, and Cancel (Dismiss once failed)."""

    sig_cancel_clicked = Signal(str)
    """The technician pressed Cancel (argument: upload id)."""

    sig_dismiss_clicked = Signal(str)
    """The technician dismissed a failed upload (argument: upload id)."""

    def __init__(
        self,
        upload_id: str,
        file_name: str,
        size: int,
        thumbnail: QImage | None,
        parent: QWidget | None = None,
        *,
        kiosk: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("uploadRow")
        self.upload_id = upload_id
        self.file_name = file_name
        self.file_size = size
        self._thumbnail = thumbnail
        self._failed = False
        self._cancelling = False
        self._sent = 0
        self._total = size

        self._build_widgets(file_name)
        self._build_layout()
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.set_kiosk(kiosk)
        self.retranslate()

    def _build_widgets(self, file_name: str) -> None:
        self.picture = QLabel(self)
        self.picture.setObjectName("uploadPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label = _ElidedLabel(self)
        self.name_label.setObjectName("uploadName")
        self.name_label.setProperty("role", "value")
        self.name_label.set_full_text(file_name)
        self.progress_line = QWidget(self)
        self.progress_line.setObjectName("uploadProgressLine")
        self.progress = QProgressBar(self.progress_line)
        self.progress.setObjectName("uploadProgress")
        self.progress.setRange(0, _PROGRESS_STEPS)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.size_label = QLabel(self)
        self.size_label.setObjectName("uploadSize")
        self.size_label.setProperty("role", "hint")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("uploadError")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("uploadCancelButton")
        self.cancel_button.setIcon(icon("close"))
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("uploadDismissButton")
        self.dismiss_button.hide()

    def _build_layout(self) -> None:
        # In a widget of its own: an empty nested layout (its children hidden) caps the column's width.
        progress_line = QHBoxLayout(self.progress_line)
        progress_line.setContentsMargins(0, 0, 0, 0)
        progress_line.setSpacing(10)
        progress_line.addWidget(self.progress, 1)
        middle = QVBoxLayout()
        middle.setSpacing(4)
        middle.addWidget(self.name_label)
        middle.addWidget(self.progress_line)
        # Under the bar, not beside it: "1.4 MB of 4.0 MB" beside it left no room for Cancel in a narrow
        # (kiosk, German) chat column.
        middle.addWidget(self.size_label)
        middle.addWidget(self.error_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(12)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(middle, 1)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)

    # --- state -----------------------------------------------------------------------------------------

    @property
    def failed(self) -> bool:
        """Whether the row shows a failure (and Dismiss)."""
        return self._failed

    @property
    def cancelling(self) -> bool:
        """Whether Cancel was pressed and the page has not ended the upload yet."""
        return self._cancelling

    def set_kiosk(self, kiosk: bool) -> None:
        """A larger picture and icons for a touch kiosk."""
        side = 56 if kiosk else 44
        self.picture.setFixedSize(side, side)
        self.cancel_button.setIconSize(QSize(20, 20) if kiosk else QSize(16, 16))
        self._show_picture(side)

    def set_progress(self, sent: int, total: int) -> None:
        """``sent`` of ``total`` bytes are out (total 0 or less: size unknown, the bar just moves)."""
        self._sent, self._total = max(0, sent), total
        if total <= 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, _PROGRESS_STEPS)
            self.progress.setValue(min(_PROGRESS_STEPS, self._sent * _PROGRESS_STEPS // total))
        self._show_size()

    def fail(self, text: str) -> None:
        """Show why the file was not sent, and Dismiss instead of Cancel."""
        self._failed = True
        self._cancelling = False
        self.setProperty("state", "failed")
        repolish(self)
        self.error_label.setText(text)
        self.error_label.show()
        # A file refused before it was sent may come without a name: the sentence says it all.
        self.name_label.setVisible(bool(self.file_name))
        if self._thumbnail is None:
            side = self.picture.width()
            self.picture.setPixmap(pixmap("warning", side // 2 + 4, colour("danger").name()))
        self.progress_line.hide()
        self.size_label.hide()
        self.cancel_button.hide()
        self.dismiss_button.show()
        self.setAccessibleDescription(text)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.cancel_button.setText(self.tr("Cancelling…") if self._cancelling else self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop sending %1").replace("%1", self.file_name))
        self.cancel_button.setAccessibleName(self.tr("Cancel sending %1").replace("%1", self.file_name))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(
            self.tr("Dismiss the message about %1").replace("%1", self.file_name)
        )
        self.progress.setAccessibleName(self.tr("Sending %1").replace("%1", self.file_name))
        self._show_size()

    # --- internals -------------------------------------------------------------------------------------

    def _show_size(self) -> None:
        locale = QLocale()
        if self._failed or (self._sent <= 0 and self._total > 0):
            text = _data_size(locale, self.file_size) if self.file_size > 0 else ""
        elif self._total <= 0:
            text = _data_size(locale, self._sent)
        else:
            text = (
                self.tr("%1 of %2")
                .replace("%1", _data_size(locale, self._sent))
                .replace("%2", _data_size(locale, self._total))
            )
        self.size_label.setText(text)

    def _show_picture(self, side: int) -> None:
        thumbnail = self._thumbnail
        ratio = self.devicePixelRatioF()
        if thumbnail is not None and not thumbnail.isNull():
            # Filled and cropped to the square, as a gallery shows it.
            scaled = QPixmap.fromImage(thumbnail).scaled(
                QSize(round(side * ratio), round(side * ratio)),
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = (scaled.width() - round(side * ratio)) // 2
            y = (scaled.height() - round(side * ratio)) // 2
            cropped = scaled.copy(x, y, round(side * ratio), round(side * ratio))
            cropped.setDevicePixelRatio(ratio)
            self.picture.setPixmap(cropped)
            self.picture.setProperty("kind", "thumbnail")
        else:
            name = "image" if is_image(self.file_name) else "file"
            self.picture.setPixmap(pixmap(name, side // 2 + 4))
            self.picture.setProperty("kind", "icon")
        repolish(self.picture)

    def _on_cancel_button_clicked(self) -> None:
        self._cancelling = True
        self.cancel_button.setEnabled(False)
        self.retranslate()
        self.sig_cancel_clicked.emit(self.upload_id)

    def _on_dismiss_button_clicked(self) -> None:
        self.sig_dismiss_clicked.emit(self.upload_id)


class Composer(QFrame):
    """The text box, Attach and Send, the uploads under way, the closed-chat note and the ping offer.

    Attributes:
        edit: the message box.
        attach_button, send_button: the two actions beside it.
        ping_button: "Ask the operator" in the ping offer.
        file_dialog: the file picker while it is open (non-modal), else None.
    """

    sig_send_requested = Signal(str)
    """The technician asked to send the text (argument: the text, stripped, never empty)."""

    sig_files_chosen = Signal(list)
    """Files to send (argument: ``list[Path]``): from the picker, a drop, or a pasted picture saved as PNG."""

    sig_upload_cancel_requested = Signal(str)
    """The technician pressed Cancel on an upload (argument: upload id)."""

    sig_ping_requested = Signal()
    """The technician asked to signal the operator ("Ask the operator")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setAcceptDrops(True)
        self._kiosk = current_theme().kiosk
        self._chat_enabled = True
        self._reason = ""
        self._rows: dict[str, UploadRow] = {}
        self._last_directory: Path | None = None
        self._paste_directory: Path | None = None
        self._paste_cleanup: Callable[[], object] | None = None
        self.file_dialog: QFileDialog | None = None

        self._build_ping_offer()
        self._build_uploads()
        self._build_closed_note()
        self._build_input()
        # Over everything while files are dragged here: no layout moves under the pointer.
        self.drop_overlay = QLabel(self)
        self.drop_overlay.setObjectName("composerDropOverlay")
        self.drop_overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_overlay.setWordWrap(True)
        self.drop_overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.drop_overlay.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.ping_offer)
        layout.addWidget(self.uploads_area)
        layout.addWidget(self.closed_note)
        layout.addLayout(self._input_row)

        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.sig_submitted.connect(self._on_edit_submitted)
        self.edit.sig_files_inserted.connect(self._on_edit_files_inserted)
        self.edit.sig_image_pasted.connect(self._on_edit_image_pasted)
        self.edit.document().documentLayout().documentSizeChanged.connect(self._fit_edit_height)
        self.edit.viewport().installEventFilter(self)
        self.edit.installEventFilter(self)
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.ping_button.clicked.connect(self._on_ping_button_clicked)
        self.set_kiosk(self._kiosk)
        self.retranslate()
        self._show_state()

    def _build_ping_offer(self) -> None:
        self.ping_offer = QFrame(self)
        self.ping_offer.setObjectName("pingOffer")
        self.ping_icon = QLabel(self.ping_offer)
        self.ping_icon.setObjectName("pingIcon")
        self.ping_title = QLabel(self.ping_offer)
        self.ping_title.setObjectName("pingTitle")
        self.ping_title.setProperty("role", "value")
        self.ping_title.setWordWrap(True)
        self.ping_sentence = QLabel(self.ping_offer)
        self.ping_sentence.setObjectName("pingSentence")
        self.ping_sentence.setProperty("role", "hint")
        self.ping_sentence.setWordWrap(True)
        self.ping_button = QPushButton(self.ping_offer)
        self.ping_button.setObjectName("pingButton")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.ping_title)
        texts.addWidget(self.ping_sentence)
        row = QHBoxLayout(self.ping_offer)
        row.setContentsMargins(12, 8, 10, 8)
        row.setSpacing(12)
        row.addWidget(self.ping_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        row.addWidget(self.ping_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.ping_offer.hide()

    def _build_uploads(self) -> None:
        self.uploads_area = QScrollArea(self)
        self.uploads_area.setObjectName("uploadsArea")
        self.uploads_area.setWidgetResizable(True)
        self.uploads_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.uploads_area.setFrameShape(QFrame.Shape.NoFrame)
        self.uploads_box = QWidget(self.uploads_area)
        self.uploads_box.setObjectName("uploadsBox")
        self._uploads_layout = QVBoxLayout(self.uploads_box)
        self._uploads_layout.setContentsMargins(0, 0, 0, 0)
        self._uploads_layout.setSpacing(6)
        self.uploads_area.setWidget(self.uploads_box)
        self.uploads_area.hide()

    def _build_closed_note(self) -> None:
        self.closed_note = QFrame(self)
        self.closed_note.setObjectName("chatClosedNote")
        self.closed_icon = QLabel(self.closed_note)
        self.closed_label = QLabel(self.closed_note)
        self.closed_label.setObjectName("chatClosedText")
        self.closed_label.setWordWrap(True)
        row = QHBoxLayout(self.closed_note)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(10)
        row.addWidget(self.closed_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.closed_label, 1)
        self.closed_note.hide()

    def _build_input(self) -> None:
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("attachButton")
        self.edit = ComposerEdit(self)
        self.edit.setObjectName("composerEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setProperty("primary", True)  # noqa: FBT003 - a Qt property value
        self._input_row = QHBoxLayout()
        self._input_row.setSpacing(8)
        self._input_row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        self._input_row.addWidget(self.edit, 1)
        self._input_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)

    # --- the page's calls: text ------------------------------------------------------------------------

    def text(self) -> str:
        """The text in the box, as typed."""
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Put ``text`` in the box (a draft kept from before), the cursor at its end."""
        self.edit.setPlainText(text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def clear_text(self) -> None:
        """Empty the box (the page does so once the text was sent)."""
        self.edit.clear()

    # --- the page's calls: uploads ---------------------------------------------------------------------

    def add_upload(self, upload_id: str, file_name: str, size: int, thumbnail: QImage | None) -> None:
        """Show a file being sent, with a progress bar at nought and Cancel."""
        old = self._rows.pop(upload_id, None)
        if old is not None:
            self._drop_row(old)
        row = UploadRow(upload_id, file_name, size, thumbnail, self.uploads_box, kiosk=self._kiosk)
        row.sig_cancel_clicked.connect(self._on_upload_row_cancel_clicked)
        row.sig_dismiss_clicked.connect(self._on_upload_row_dismiss_clicked)
        self._rows[upload_id] = row
        self._uploads_layout.addWidget(row)
        self._fit_uploads()

    def set_upload_progress(self, upload_id: str, sent: int, total: int) -> None:
        """``sent`` of ``total`` bytes of an upload are out."""
        row = self._rows.get(upload_id)
        if row is not None and not row.failed:
            row.set_progress(sent, total)

    def finish_upload(self, upload_id: str) -> None:
        """An upload ended (sent or cancelled): its row goes."""
        row = self._rows.pop(upload_id, None)
        if row is not None:
            self._drop_row(row)
            self._fit_uploads()

    def fail_upload(self, upload_id: str, text: str) -> None:
        """An upload failed or a file was refused: its row says why, with Dismiss.

        An id without a row (a file refused before it was ever sent) gets a row holding just the sentence.
        """
        row = self._rows.get(upload_id)
        if row is None:
            self.add_upload(upload_id, "", 0, None)
            row = self._rows[upload_id]
        row.fail(text)
        self._fit_uploads()

    def upload_ids(self) -> tuple[str, ...]:
        """The uploads shown, oldest first."""
        return tuple(self._rows)

    def upload_row(self, upload_id: str) -> UploadRow | None:
        """The row of an upload."""
        return self._rows.get(upload_id)

    # --- the page's calls: the chat's state ------------------------------------------------------------

    def set_enabled_for_chat(self, enabled: bool, reason: str = "") -> None:
        """Allow writing and attaching, or (a closed chat) not, saying ``reason``."""
        self._chat_enabled = enabled
        self._reason = reason
        if not enabled:
            self.ping_offer.hide()
        self._show_state()

    @property
    def chat_enabled(self) -> bool:
        """Whether writing and attaching are allowed."""
        return self._chat_enabled

    def set_ping_offered(self, offered: bool) -> None:
        """Show (or hide) the offer to signal the operator, with the sentence saying what it does."""
        self.ping_offer.setVisible(offered and self._chat_enabled)
        self.ping_button.setEnabled(True)

    def set_kiosk(self, kiosk: bool) -> None:
        """Use a touch kiosk's larger targets and icons."""
        self._kiosk = kiosk
        icon_side = 24 if kiosk else 20
        for button in (self.attach_button, self.send_button, self.ping_button):
            button.setIconSize(QSize(icon_side, icon_side))
        self.ping_icon.setPixmap(pixmap("bell", 28 if kiosk else 22))
        self.closed_icon.setPixmap(pixmap("info", 24 if kiosk else 20))
        for row in self._rows.values():
            row.set_kiosk(kiosk)
        self._fit_edit_height()
        self._fit_uploads()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.attach_button.setText(self.tr("Attach"))
        self.attach_button.setToolTip(
            self.tr("Send photos or files. You can also drop files here or paste a picture.")
        )
        self.attach_button.setAccessibleName(self.tr("Attach photos or files"))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send the message (Enter)"))
        self.edit.setPlaceholderText(self.tr("Write to the operator…"))
        self.edit.setToolTip(self.tr("Enter sends the message, Shift+Enter starts a new line."))
        self.drop_overlay.setText(self.tr("Drop the files here to send them to the operator"))
        self.edit.setAccessibleName(self.tr("Message to the operator"))
        self.edit.setAccessibleDescription(self.tr("Enter sends the message, Shift+Enter starts a new line."))
        self.ping_title.setText(self.tr("The operator has been quiet for a while."))
        sentence = self.tr("Sends a signal to the operator's screen; it does not write a message.")
        self.ping_sentence.setText(sentence)
        self.ping_button.setText(self.tr("Ask the operator"))
        self.ping_button.setToolTip(sentence)
        self.ping_button.setAccessibleDescription(sentence)
        for row in self._rows.values():
            row.retranslate()
        self._show_state()

    # --- files ------------------------------------------------------------------------------------------

    def accept_drop(self, mime: QMimeData) -> list[Path]:
        """Take the files of a drop (also one the page forwards): emits :attr:`sig_files_chosen`.

        Returns the files taken; [] when there are none or the chat is closed (the drop is not accepted).
        """
        if not self._chat_enabled:
            return []
        files = local_files(mime)
        if files:
            self._remember_directory(files)
            self.sig_files_chosen.emit(files)
        return files

    def save_pasted_image(self, image: QImage) -> Path | None:
        """Save a pasted picture as ``pasted-YYYYMMDD-HHMMSS.png`` in the composer's own folder."""
        if image.isNull():
            return None
        directory = self._paste_folder()
        stamp = datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")
        path = directory / f"pasted-{stamp}.png"
        counter = 2
        while path.exists():
            # Two pictures pasted in the same second keep both.
            path = directory / f"pasted-{stamp}-{counter}.png"
            counter += 1
        # The format follows the suffix (PNG: lossless, what a screenshot needs).
        if not image.save(str(path)):
            return None
        return path

    @property
    def paste_directory(self) -> Path | None:
        """The folder pasted pictures are saved in (None until the first one); removed with the composer."""
        return self._paste_directory

    def _paste_folder(self) -> Path:
        if self._paste_directory is None or not self._paste_directory.is_dir():
            directory = Path(tempfile.mkdtemp(prefix="workbay-pasted-"))
            self._paste_directory = directory
            # Neither the cleanup nor the signal may hold the composer itself: it runs as it goes away.
            cleanup = weakref.finalize(self, shutil.rmtree, directory, ignore_errors=True)
            self._paste_cleanup = cleanup
            self.destroyed.connect(lambda *_args: cleanup())
        return self._paste_directory

    def _remember_directory(self, files: list[Path]) -> None:
        self._last_directory = files[0].parent

    # --- Qt's widget interface -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Welcome dragged files while the chat is open, and show where they go."""
        if self._chat_enabled and local_files(event.mimeData()):
            event.acceptProposedAction()
            self._set_dropping(dropping=True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        """Keep accepting files over the whole composer."""
        if self._chat_enabled and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt's name
        """The files were dragged away again."""
        self._set_dropping(dropping=False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Dropped files are to be sent."""
        self._set_dropping(dropping=False)
        if self.accept_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Show the drop highlight while files are dragged over the text box too."""
        if watched is self.edit and event.type() in {
            QEvent.Type.Polish,
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.Show,
        }:
            # The style sheet's padding and font arrive with polishing: measure the box again then.
            self._fit_edit_height()
        elif watched is self.edit.viewport():
            kind = event.type()
            if kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
                if self._chat_enabled and local_files(event.mimeData()):
                    self._set_dropping(dropping=True)
            elif kind in {QEvent.Type.DragLeave, QEvent.Type.Drop}:
                self._set_dropping(dropping=False)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Texts in a new language; the Send icon in the colour of text on a new accent."""
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        elif kind == QEvent.Type.StyleChange:
            self._show_icons()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Icons in the current theme's colours when shown."""
        self._show_icons()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Wrapped sentences in the upload rows take another height at another width."""
        super().resizeEvent(event)
        self.drop_overlay.setGeometry(self.rect())
        if self._rows:
            self._fit_uploads()

    # --- internals -------------------------------------------------------------------------------------

    def _show_icons(self) -> None:
        self.attach_button.setIcon(icon("attach"))
        self.send_button.setIcon(icon("send", on_accent()) if self.send_button.isEnabled() else icon("send"))
        self.ping_button.setIcon(icon("signal"))

    def _show_state(self) -> None:
        enabled = self._chat_enabled
        self.edit.setEnabled(enabled)
        self.attach_button.setEnabled(enabled)
        self.send_button.setEnabled(enabled and bool(self.text().strip()))
        self.setAcceptDrops(enabled)
        reason = self._reason.strip() or self.tr("This chat is closed.")
        self.closed_label.setText(reason)
        self.closed_note.setVisible(not enabled)
        self._show_icons()

    def _set_dropping(self, *, dropping: bool) -> None:
        if bool(self.property("dropping")) != dropping:
            self.setProperty("dropping", dropping)
            repolish(self)
        if dropping:
            self.drop_overlay.setGeometry(self.rect())
            self.drop_overlay.raise_()
            self.drop_overlay.show()
        else:
            self.drop_overlay.hide()

    @property
    def dropping(self) -> bool:
        """Whether files are being dragged over the composer (the drop hint shows)."""
        return self.drop_overlay.isVisibleTo(self)

    def _fit_edit_height(self, *_args: object) -> None:
        """As tall as its text, from one line to :data:`_MAX_LINES`; then it scrolls."""
        edit = self.edit
        metrics = edit.fontMetrics()
        document = edit.document()
        lines = 0
        block = document.firstBlock()
        while block.isValid():
            lines += max(1, block.layout().lineCount() if block.layout() is not None else 1)
            block = block.next()
        lines = min(max(lines, 1), _MAX_LINES)
        # Frame, the style sheet's padding and the document's own margin, as the edit has them now.
        margins = edit.contentsMargins()
        viewport_margins = edit.viewportMargins()
        chrome = (
            margins.top()
            + margins.bottom()
            + viewport_margins.top()
            + viewport_margins.bottom()
            + math.ceil(2 * document.documentMargin())
            + 2
        )
        least = current_theme().target_px if not self._kiosk else max(current_theme().target_px, 56)
        height = max(least, lines * metrics.lineSpacing() + chrome)
        if edit.height() != height or edit.minimumHeight() != height:
            edit.setFixedHeight(height)

    def _fit_uploads(self) -> None:
        rows = list(self._rows.values())
        self.uploads_area.setVisible(bool(rows))
        if not rows:
            return
        spacing = self._uploads_layout.spacing()
        # A failure's sentence wraps: a row is as tall as it is at the width it will have.
        width = max(self.uploads_area.viewport().width(), self.contentsRect().width() - 24, 240)

        def height_of(row: UploadRow) -> int:
            if row.hasHeightForWidth():
                return max(row.heightForWidth(width), row.minimumSizeHint().height())
            return row.sizeHint().height()

        shown = rows[:_VISIBLE_UPLOADS]
        height = sum(height_of(row) for row in shown) + spacing * (len(shown) - 1)
        if len(rows) > _VISIBLE_UPLOADS:
            # Half of the next row peeks out, so the list reads as scrollable.
            height += height_of(rows[_VISIBLE_UPLOADS]) // 2 + spacing
        if self.uploads_area.height() != height or self.uploads_area.minimumHeight() != height:
            self.uploads_area.setFixedHeight(height)

    def _drop_row(self, row: UploadRow) -> None:
        self._uploads_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _on_edit_text_changed(self) -> None:
        self.send_button.setEnabled(self._chat_enabled and bool(self.text().strip()))
        self._show_icons()

    def _on_edit_submitted(self) -> None:
        self._on_send_button_clicked()

    def _on_send_button_clicked(self) -> None:
        text = self.text().strip()
        if text and self._chat_enabled:
            self.sig_send_requested.emit(text)

    def _on_edit_files_inserted(self, files: list[Path]) -> None:
        if self._chat_enabled and files:
            self._remember_directory(files)
            self.sig_files_chosen.emit(files)

    def _on_edit_image_pasted(self, image: QImage) -> None:
        if not self._chat_enabled:
            return
        path = self.save_pasted_image(image)
        if path is not None:
            self.sig_files_chosen.emit([path])

    def _on_attach_button_clicked(self) -> None:
        if self.file_dialog is not None:
            self.file_dialog.raise_()
            self.file_dialog.activateWindow()
            return
        dialog = QFileDialog(self, self.tr("Choose photos or files to send"))
        dialog.setObjectName("attachDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES))
        dialog.setNameFilters([self.tr("All files (*)"), self.tr("Pictures (%1)").replace("%1", patterns)])
        dialog.setDirectory(str(self._start_directory()))
        dialog.filesSelected.connect(self._on_file_dialog_files_selected)
        dialog.finished.connect(self._on_file_dialog_finished)
        self.file_dialog = dialog
        # open(), never exec(): a nested event loop would stall the live ticket's updates.
        dialog.open()

    def _start_directory(self) -> Path:
        if self._last_directory is not None and self._last_directory.is_dir():
            return self._last_directory
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        if pictures and Path(pictures).is_dir():
            return Path(pictures)
        return Path.home()

    def _on_file_dialog_files_selected(self, names: list[str]) -> None:
        files = [Path(name) for name in names if name]
        if files and self._chat_enabled:
            self._remember_directory(files)
            self.sig_files_chosen.emit(files)

    def _on_file_dialog_finished(self, _result: int) -> None:
        dialog, self.file_dialog = self.file_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _on_upload_row_cancel_clicked(self, upload_id: str) -> None:
        self.sig_upload_cancel_requested.emit(upload_id)

    def _on_upload_row_dismiss_clicked(self, upload_id: str) -> None:
        self.finish_upload(upload_id)

    def _on_ping_button_clicked(self) -> None:
        # Once is enough: the page offers it again after the next silence.
        self.ping_offer.hide()
        self.sig_ping_requested.emit()
