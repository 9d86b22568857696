"""One form built from the questions of the chosen products: a card per question, a field per kind.

- yes/no → two big checkable buttons, neither pressed until the technician answers;
- text → a line edit;
- number → a line edit that takes digits with a decimal point or comma (stored with a dot);
- choice → big radio buttons (up to four options) or a drop-down list;
- a kind this program does not know → a line edit (the server checks it).

Each card shows the question (bold), its description, whether it is required, and, when the answer is
missing or does not fit, a sentence saying what to do. The form emits every change at once; it never decides
whether the page is complete (the domain does).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from PySide6.QtCore import QLocale, QRegularExpression, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.wizard import PrerequisiteKind
from app.gui.theme import icon, repolish
from app.gui.widgets.price_table import fill
from app.services.catalogue import PrerequisiteQuestion

__all__ = ["MAX_RADIO_OPTIONS", "PrerequisiteField", "PrerequisiteForm", "normalize_number"]

#: More options than this become a drop-down list (radio buttons would push the form off the screen).
MAX_RADIO_OPTIONS: Final = 4
#: Digits with one decimal point or comma and an optional minus; nothing else can be typed.
_NUMBER_PATTERN: Final = r"-?[0-9]{0,15}([.,][0-9]{0,6})?"
_PLAIN_NUMBER: Final = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_TEXT_LIMIT: Final = 500
#: The width of the Yes and No buttons together.
_YES_NO_WIDTH: Final = 320


def normalize_number(text: str) -> str:
    """A typed number as the ticket sends it: a dot for the decimal separator, no dangling separator.

    Text that is no plain decimal number stays as typed (stripped), so the domain can call it invalid.
    """
    value = text.strip().replace(",", ".")
    value = value.removesuffix(".")
    if value.startswith("."):
        value = "0" + value
    elif value.startswith("-."):
        value = "-0" + value[1:]
    return value if _PLAIN_NUMBER.fullmatch(value) else text.strip()


def _blank_icon() -> QIcon:
    """An empty icon: the unpressed answer keeps its text where the pressed one has it (beside a tick)."""
    blank = QPixmap(QSize(16, 16))
    blank.fill(Qt.GlobalColor.transparent)
    return QIcon(blank)


class PrerequisiteField(QFrame):
    """The card of one question: its texts, its input and the sentence about a missing or wrong answer."""

    sig_answer_changed = Signal(int, object)
    """The answer changed: the definition id and the value as the ticket sends it (None: no answer)."""

    def __init__(
        self, question: PrerequisiteQuestion, parent: QWidget | None = None, *, kiosk: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setProperty("role", "prerequisite")
        self.question = question
        self._kiosk = kiosk
        self.question_label = QLabel(self)
        self.question_label.setObjectName("questionText")
        self.question_label.setProperty("role", "value")
        self.question_label.setWordWrap(True)
        self.marker_label = QLabel(self)
        self.marker_label.setObjectName("requiredMarker")
        self.description_label = QLabel(self)
        self.description_label.setObjectName("questionDescription")
        self.description_label.setProperty("role", "hint")
        self.description_label.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("answerProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        self.yes_button: QToolButton | None = None
        self.no_button: QToolButton | None = None
        self.line_edit: QLineEdit | None = None
        self.combo: QComboBox | None = None
        self.radio_buttons: list[QRadioButton] = []
        self._group: QButtonGroup | None = None
        self._problem = ""
        self._locale = QLocale()

        heading = QHBoxLayout()
        heading.setSpacing(12)
        heading.addWidget(self.question_label, 1)
        heading.addWidget(self.marker_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.description_label)
        layout.addWidget(self._build_input())
        layout.addWidget(self.problem_label)
        self.retranslate()

    # --- building -------------------------------------------------------------------------------------

    def _build_input(self) -> QWidget:
        kind = self.question.kind
        if kind == PrerequisiteKind.BOOLEAN:
            return self._build_yes_no()
        if kind == PrerequisiteKind.CHOICE and self.question.options:
            if len(self.question.options) <= MAX_RADIO_OPTIONS:
                return self._build_radios()
            return self._build_combo()
        edit = QLineEdit(self)
        edit.setObjectName("answerEdit")
        edit.setMaxLength(_TEXT_LIMIT)
        # A kiosk's finger misses the ~20 px clear button and may empty the answer instead.
        edit.setClearButtonEnabled(not self._kiosk)
        edit.setAccessibleName(self.question.text)
        if kind == PrerequisiteKind.NUMBER:
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(_NUMBER_PATTERN), edit))
            edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
            edit.setMaximumWidth(260)
        edit.textEdited.connect(self._on_line_edit_text_edited)
        self.line_edit = edit
        return edit

    def _build_yes_no(self) -> QWidget:
        box = QWidget(self)
        # Two wide targets side by side, not stretched across a wide screen.
        box.setMaximumWidth(_YES_NO_WIDTH)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        group = QButtonGroup(box)
        group.setExclusive(True)
        self.yes_button = self._segment(box, "yesButton", "true")
        self.no_button = self._segment(box, "noButton", "false")
        for button in (self.yes_button, self.no_button):
            group.addButton(button)
            row.addWidget(button)
        group.buttonClicked.connect(self._on_button_group_clicked)
        self._group = group
        return box

    def _segment(self, parent: QWidget, name: str, value: str) -> QToolButton:
        button = QToolButton(parent)
        button.setObjectName(name)
        button.setProperty("value", value)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def _build_radios(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        group = QButtonGroup(box)
        group.setExclusive(True)
        for option in self.question.options:
            radio = QRadioButton(option, box)
            radio.setObjectName("optionButton")
            radio.setProperty("value", option)
            group.addButton(radio)
            row.addWidget(radio)
            self.radio_buttons.append(radio)
        row.addStretch(1)
        group.buttonClicked.connect(self._on_button_group_clicked)
        self._group = group
        return box

    def _build_combo(self) -> QWidget:
        combo = QComboBox(self)
        combo.setObjectName("optionCombo")
        combo.addItems(list(self.question.options))
        combo.setCurrentIndex(-1)
        combo.setAccessibleName(self.question.text)
        combo.setMinimumWidth(260)
        combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.combo = combo
        return combo

    # --- values ---------------------------------------------------------------------------------------

    @property
    def value(self) -> str | None:
        """The answer as the ticket sends it, or None."""
        if self._group is not None:
            checked = self._group.checkedButton()
            return None if checked is None else str(checked.property("value"))
        if self.combo is not None:
            return self.combo.currentText() if self.combo.currentIndex() >= 0 else None
        assert self.line_edit is not None
        return self._edited_value(self.line_edit.text())

    def set_value(self, value: str | None) -> None:
        """Show a saved answer without reporting it as a change."""
        if self._group is not None:
            self._group.setExclusive(False)
            for button in self._group.buttons():
                button.setChecked(value is not None and button.property("value") == value)
            self._group.setExclusive(True)
            self._show_segments()
        elif self.combo is not None:
            with QSignalBlocker(self.combo):
                self.combo.setCurrentIndex(-1 if value is None else self.combo.findText(value))
        elif self.line_edit is not None:
            text = value or ""
            if self.question.kind == PrerequisiteKind.NUMBER:
                text = text.replace(".", self._locale.decimalPoint())
            # What the technician is typing ("12," on the way to "12,5") stays when it means the same.
            if self._edited_value(self.line_edit.text()) != value:
                self.line_edit.setText(text)

    def set_locale(self, locale: QLocale) -> None:
        """Show numbers with this locale's decimal separator (both are accepted when typing)."""
        self._locale = locale

    def set_question(self, question: PrerequisiteQuestion) -> None:
        """Show newer wording of the same question (same kind and options) without replacing the input."""
        if question.spec != self.question.spec:
            raise ValueError("only the wording of a question can change in place")
        self.question = question
        self.retranslate()

    def set_problem(self, text: str) -> None:
        """Show what is wrong with the answer ("" when nothing is)."""
        if text == self._problem:
            return
        self._problem = text
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        answered = self.value is not None
        self.problem_label.setProperty("role", "error" if answered else "warning")
        repolish(self.problem_label)
        for widget in (self.line_edit, self.combo):
            if widget is not None:
                widget.setProperty("state", "error" if text and answered else "")
                repolish(widget)

    @property
    def problem(self) -> str:
        """The sentence about the answer on show ("" when none)."""
        return self._problem

    def focus_input(self) -> None:
        """Put the keyboard focus on the answer (after "Show" of the missing answers)."""
        target: QWidget | None = self.line_edit or self.combo or self.yes_button
        if target is None and self.radio_buttons:
            target = self.radio_buttons[0]
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        question = self.question
        self.question_label.setText(question.text)
        description = question.description
        if question.name and question.question and question.name.casefold() not in question.text.casefold():
            # The name is what the operator's checklist calls it: show it with the explanation.
            description = f"{question.name}. {description}".strip() if description else question.name
        self.description_label.setText(description)
        self.description_label.setVisible(bool(description))
        self.marker_label.setText(self.tr("Required") if question.required else self.tr("Optional"))
        self.marker_label.setProperty("role", "badge" if question.required else "hint")
        repolish(self.marker_label)
        if self.yes_button is not None and self.no_button is not None:
            self.yes_button.setText(self.tr("Yes"))
            self.no_button.setText(self.tr("No"))
            self.yes_button.setAccessibleName(fill(self.tr("Yes: %1"), question.text))
            self.no_button.setAccessibleName(fill(self.tr("No: %1"), question.text))
            self._show_segments()
        if self.combo is not None:
            self.combo.setPlaceholderText(self.tr("Choose…"))
        if self.line_edit is not None:
            self.line_edit.setPlaceholderText(
                self.tr("A number, e.g. 12 or 12.5")
                if question.kind == PrerequisiteKind.NUMBER
                else self.tr("Your answer")
            )

    # --- internals ------------------------------------------------------------------------------------

    def _edited_value(self, text: str) -> str | None:
        if self.question.kind == PrerequisiteKind.NUMBER:
            text = normalize_number(text)
        text = text.strip()
        return text or None

    def _show_segments(self) -> None:
        for button in (self.yes_button, self.no_button):
            if button is not None:
                button.setIcon(icon("check") if button.isChecked() else _blank_icon())

    def _emit(self) -> None:
        self.sig_answer_changed.emit(self.question.id, self.value)

    def _on_line_edit_text_edited(self, _text: str) -> None:
        self._emit()

    def _on_button_group_clicked(self, _button: QAbstractButton) -> None:
        self._show_segments()
        self._emit()

    def _on_combo_current_index_changed(self, _index: int) -> None:
        self._emit()


class PrerequisiteForm(QScrollArea):
    """Every question of the chosen products, one card each, in a scroll area."""

    sig_answer_changed = Signal(int, object)
    """An answer changed: the definition id and the value to send (None: no answer)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prerequisiteForm")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._content = QWidget(self)
        self._content.setObjectName("prerequisiteFormContent")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(0, 0, 4, 0)
        self._layout.setSpacing(10)
        self.setWidget(self._content)
        self._fields: dict[int, PrerequisiteField] = {}
        self._questions: tuple[PrerequisiteQuestion, ...] = ()
        self._locale = QLocale()
        self._kiosk = False

    def set_kiosk(self, kiosk: bool) -> None:
        """Build touch-kiosk cards from now on: answer fields without a clear button."""
        self._kiosk = kiosk
        for field in self._fields.values():
            if field.line_edit is not None:
                field.line_edit.setClearButtonEnabled(not kiosk)

    @property
    def questions(self) -> tuple[PrerequisiteQuestion, ...]:
        """The questions on show, in order."""
        return self._questions

    def field(self, definition_id: int) -> PrerequisiteField | None:
        """The card of one question, or None."""
        return self._fields.get(definition_id)

    def fields(self) -> tuple[PrerequisiteField, ...]:
        """Every card, in order."""
        return tuple(self._fields[question.id] for question in self._questions)

    def set_questions(self, questions: Sequence[PrerequisiteQuestion], answers: Mapping[int, str]) -> None:
        """Build the form for ``questions`` with the saved ``answers``; kept cards keep their widgets."""
        questions = tuple(questions)
        if questions == self._questions:
            self.set_answers(answers)
            return
        while self._layout.count():
            self._layout.takeAt(0)
        kept: dict[int, PrerequisiteField] = {}
        for question in questions:
            field = self._fields.pop(question.id, None)
            if field is not None and field.question.spec == question.spec:
                # Same question, maybe better worded: the card (and what is being typed in it) stays.
                field.set_question(question)
            else:
                if field is not None:
                    field.deleteLater()
                field = PrerequisiteField(question, self._content, kiosk=self._kiosk)
                field.set_locale(self._locale)
                field.sig_answer_changed.connect(self.sig_answer_changed)
            kept[question.id] = field
            self._layout.addWidget(field)
            field.show()
        for orphan in self._fields.values():
            orphan.deleteLater()
        self._fields = kept
        self._questions = questions
        self._layout.addStretch(1)
        self.set_answers(answers)

    def set_locale(self, locale: QLocale) -> None:
        """Show numbers with this locale's decimal separator."""
        self._locale = locale
        for field in self._fields.values():
            field.set_locale(locale)

    def set_answers(self, answers: Mapping[int, str]) -> None:
        """Show the saved answers (without reporting them as changes)."""
        for definition_id, field in self._fields.items():
            field.set_value(answers.get(definition_id))

    def set_problems(self, problems: Mapping[int, str]) -> None:
        """Show a sentence on each card whose answer is missing or wrong; clear the others."""
        for definition_id, field in self._fields.items():
            field.set_problem(problems.get(definition_id, ""))

    def show_field(self, definition_id: int) -> None:
        """Scroll to a card and put the focus on its answer."""
        field = self._fields.get(definition_id)
        if field is not None:
            self.ensureWidgetVisible(field, 0, 24)
            field.focus_input()

    def retranslate(self) -> None:
        """Set the cards' texts again."""
        for field in self._fields.values():
            field.retranslate()
