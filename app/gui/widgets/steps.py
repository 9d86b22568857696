"""The step indicator: the six steps of an order, the current one highlighted, the finished ones ticked.

A finished step the technician may go back to is a button; the others (later steps, and every step once
the ticket exists) cannot be clicked, so the indicator never offers a jump the wizard would refuse.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.domain.wizard import STEP_ORDER, Step
from app.gui.theme import repolish

__all__ = ["INDICATED_STEPS", "StepIndicator", "step_title"]

#: The steps shown: the live ticket is what follows the order, not a step of it.
INDICATED_STEPS: Final[tuple[Step, ...]] = tuple(step for step in STEP_ORDER if step != Step.LIVE)


def step_title(step: Step) -> str:
    """The step's short name in the interface language."""
    titles = {
        Step.LOGIN: QCoreApplication.translate("Step", "Login"),
        Step.VEHICLE: QCoreApplication.translate("Step", "Vehicle"),
        Step.PRODUCTS: QCoreApplication.translate("Step", "Products"),
        Step.PREREQUISITES: QCoreApplication.translate("Step", "Questions"),
        Step.PRICE: QCoreApplication.translate("Step", "Price"),
        Step.TICKET: QCoreApplication.translate("Step", "Ticket"),
        Step.LIVE: QCoreApplication.translate("Step", "Live ticket"),
    }
    return titles[step]


class StepIndicator(QWidget):
    """Login → Vehicle → Products → Questions → Price → Ticket, as a row of labelled steps."""

    sig_step_clicked = Signal(object)
    """The technician clicked a finished step to go back to it (argument: the :class:`Step`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepIndicator")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, on=True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 6, 20, 6)
        layout.setSpacing(4)
        self.buttons: dict[Step, QPushButton] = {}
        self._separators: list[QLabel] = []
        for index, step in enumerate(INDICATED_STEPS):
            if index:
                separator = QLabel("\u203a", self)  # a single right-pointing angle quotation mark
                separator.setProperty("role", "stepSeparator")
                separator.setAccessibleName("")
                layout.addWidget(separator)
                self._separators.append(separator)
            button = QPushButton(self)
            button.setObjectName(f"step_{step.value}")
            button.setProperty("role", "step")
            button.setFlat(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _checked=False, chosen=step: self._on_step_button_clicked(chosen))
            layout.addWidget(button)
            self.buttons[step] = button
        layout.addStretch(1)
        self._current = Step.LOGIN
        self._done: frozenset[Step] = frozenset()
        self._reachable: frozenset[Step] = frozenset()
        self.retranslate()

    @property
    def current(self) -> Step:
        """The highlighted step."""
        return self._current

    def state_of(self, step: Step) -> str:
        """``current``, ``done`` or ``todo``."""
        if step == self._current:
            return "current"
        return "done" if step in self._done else "todo"

    def is_clickable(self, step: Step) -> bool:
        """Whether clicking ``step`` goes back to it."""
        return self.buttons[step].isEnabled() and step in self._reachable

    def set_position(self, current: Step, *, done: Iterable[Step], reachable: Iterable[Step]) -> None:
        """Show ``current`` highlighted, ``done`` ticked, and let the ``reachable`` ones be clicked.

        On the live ticket every step is done and none can be clicked.
        """
        self._current = current
        self._done = frozenset(done)
        self._reachable = frozenset(reachable) - {current}
        self._refresh()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setAccessibleName(self.tr("Order steps"))
        self._refresh()

    def _refresh(self) -> None:
        for number, (step, button) in enumerate(self.buttons.items(), start=1):
            state = self.state_of(step)
            mark = "✓" if state == "done" else str(number)
            button.setText(f"{mark}  {step_title(step)}")
            clickable = step in self._reachable
            button.setEnabled(clickable or state == "current")
            button.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
            button.setToolTip(self.tr("Go back to this step") if clickable else "")
            status = {
                "current": self.tr("current step"),
                "done": self.tr("done"),
                "todo": self.tr("not yet"),
            }[state]
            button.setAccessibleName(f"{step_title(step)}, {status}")
            if button.property("state") != state:
                button.setProperty("state", state)
                repolish(button)

    def _on_step_button_clicked(self, step: Step) -> None:
        if step in self._reachable:
            self.sig_step_clicked.emit(step)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-set the texts when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
