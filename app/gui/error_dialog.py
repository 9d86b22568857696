"""The dialog of the one exception hook (:mod:`app.gui.excepthook`): a plain sentence, copyable details.

Kept apart from the hook so that start-up installs the hook without loading this dialog's widget classes:
the hook imports this module when the first unexpected error is shown, which most runs never see.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["ErrorDialog"]

# More than this many errors in one dialog are counted, not added: the first ones explain the rest.
_MAX_REPORTS: Final = 20


class ErrorDialog(QDialog):
    """A non-modal dialog: a plain sentence, the details in a copyable box, Copy and Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumWidth(520)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("errorSentence")
        self.sentence.setProperty("role", "subheading")
        self.sentence.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "hint")
        self.details_button = QPushButton(self)
        self.details_button.setObjectName("detailsButton")
        self.details_button.setCheckable(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setMinimumHeight(220)
        self.details.hide()
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyDetailsButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setProperty("primary", True)  # noqa: FBT003 - a Qt property value
        self.close_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.sentence)
        layout.addWidget(self.hint)
        layout.addWidget(self.count_label)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)

        self.details_button.toggled.connect(self._on_details_button_toggled)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button.clicked.connect(self.close)
        self._reports: list[str] = []
        self._count = 0
        self.retranslate()

    @property
    def count(self) -> int:
        """How many errors this dialog reports."""
        return self._count

    @property
    def text(self) -> str:
        """The details, as Copy puts them on the clipboard."""
        return self.details.toPlainText()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Workbay: unexpected error"))
        self.sentence.setText(self.tr("Something unexpected went wrong. Your work is saved."))
        self.hint.setText(
            self.tr(
                "You can carry on. If it happens again, copy the details and send them to support "
                "with what you were doing."
            )
        )
        self.details_button.setText(
            self.tr("Hide details") if self.details_button.isChecked() else self.tr("Details")
        )
        self.copy_button.setText(self.tr("Copy details"))
        self.close_button.setText(self.tr("Close"))
        self._update_count()

    def start_over(self) -> None:
        """Forget the errors reported before (the dialog was closed: a new burst begins)."""
        self._reports.clear()
        self._count = 0
        self.details.clear()
        self._update_count()

    def add_report(self, text: str) -> None:
        """Add one error's details."""
        self._count += 1
        if len(self._reports) < _MAX_REPORTS:
            self._reports.append(text)
            separator = "\n" + "-" * 72 + "\n"
            self.details.setPlainText(separator.join(self._reports))
        self._update_count()

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.text)
        self.copy_button.setText(self.tr("Copied"))

    def _update_count(self) -> None:
        if self._count > 1:
            self.count_label.setText(self.tr("%n errors happened.", "", self._count))
            self.count_label.show()
        else:
            self.count_label.hide()

    def _on_details_button_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.retranslate()
        self.adjustSize()
