"""A banner across the top of a page: a sentence, and the action that helps (Retry, Open ticket...)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

__all__ = ["BannerLevel", "MessageBanner"]


class BannerLevel(StrEnum):
    """How the banner looks (the QSS styles ``MessageBanner[level="..."]``)."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class MessageBanner(QFrame):
    """A dismissible message with an optional action button; hidden when there is nothing to say."""

    sig_action_clicked = Signal()
    """The technician pressed the action button (e.g. Retry)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("bannerAction")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("bannerClose")
        self.close_button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._action: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._on_action_button_clicked)
        self.close_button.clicked.connect(self.clear)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Set the fixed texts in the current language."""
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))

    @property
    def text(self) -> str:
        """The sentence shown ("" when hidden)."""
        return "" if self.isHidden() else self.label.text()

    def show_message(
        self,
        text: str,
        *,
        level: BannerLevel = BannerLevel.ERROR,
        action_text: str = "",
        action: Callable[[], None] | None = None,
        closable: bool = True,
    ) -> None:
        """Show ``text``; with ``action_text`` and ``action``, a button that runs the action and hides the
        banner."""
        self.label.setText(text)
        self.setProperty("level", level.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self._action = action
        self.action_button.setText(action_text)
        self.action_button.setVisible(bool(action_text and action))
        self.close_button.setVisible(closable)
        self.setAccessibleDescription(text)
        self.show()

    def clear(self) -> None:
        """Hide the banner and forget its action."""
        self._action = None
        self.label.clear()
        self.hide()

    def _on_action_button_clicked(self) -> None:
        action = self._action
        self.clear()
        self.sig_action_clicked.emit()
        if action is not None:
            action()
