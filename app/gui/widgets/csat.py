"""The satisfaction prompt shown when the ticket is finished: "How did it go?".

Three large toggles (Not good / Okay / Good: the API's -1 / 0 / 1), an optional comment of at most
:data:`COMMENT_LIMIT` characters with a counter, and Send once a score is chosen. After sending, a thank-you
with the score given and Change, which opens the form again with what was sent. The prompt never talks to
the network: it emits :attr:`CsatPrompt.sig_submitted` and the page answers with
:meth:`~CsatPrompt.set_sending`, :meth:`~CsatPrompt.set_sent` or :meth:`~CsatPrompt.set_failed`.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.theme import colour, icon, on_accent, pixmap, repolish

__all__ = ["COMMENT_LIMIT", "SCORES", "CsatPrompt"]

#: The longest comment the prompt takes.
COMMENT_LIMIT: Final = 1000
#: From this many characters on the counter turns to the warning colour.
_COUNTER_NEAR: Final = 900
#: The scores in the order shown, with their icon and the QSS name of their colour family.
SCORES: Final = ((-1, "thumb-down", "bad"), (0, "face-neutral", "okay"), (1, "thumb-up", "good"))
_SCORE_ICON_PX: Final = 40
_GIVEN_ICON_PX: Final = 32


class CsatPrompt(QFrame):
    """Asks how the ticket went, sends nothing itself, and shows what was sent."""

    sig_submitted = Signal(int, str)
    """The technician pressed Send: the score (-1, 0 or 1) and the comment (stripped, maybe "")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csatPrompt")
        self._sent: tuple[int, str] | None = None
        self._sending = False
        self._error = ""
        # Two pages shown one at a time; a QStackedWidget would keep the thank-you as tall as the form.
        form = self._build_form()
        thanks = self._build_thanks()
        thanks.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(form)
        layout.addWidget(thanks)
        self.retranslate()
        self._update()

    # --- the page's calls --------------------------------------------------------------------------------

    @property
    def score(self) -> int | None:
        """The score chosen in the form (None: none yet)."""
        for score, button in self.score_buttons.items():
            if button.isChecked():
                return score
        return None

    @property
    def comment(self) -> str:
        """The comment typed in the form, stripped."""
        return self.comment_edit.toPlainText().strip()

    @property
    def sent(self) -> tuple[int, str] | None:
        """The score and comment last confirmed as sent (None: nothing sent yet)."""
        return self._sent

    @property
    def showing_thanks(self) -> bool:
        """Whether the thank-you is shown (rather than the form)."""
        return not self.thanks_page.isHidden()

    def set_sending(self, busy: bool) -> None:
        """Lock the form while the score is on its way (``busy``), or unlock it."""
        self._sending = busy
        if busy:
            self._error = ""
        self._update()

    def set_sent(self, score: int, comment: str) -> None:
        """The score arrived (or was sent earlier): thank the technician and show what they said."""
        self._sent = (score, comment.strip())
        self._sending = False
        self._error = ""
        self._fill_form(score, comment)
        self._show_thanks()
        self._show_page(self.thanks_page)
        self._update()

    def set_failed(self, text: str) -> None:
        """Sending failed: say ``text`` and keep the choice and the comment for another try."""
        self._sending = False
        self._error = text
        self._show_page(self.form_page)
        self._update()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.question_label.setText(self.tr("How did it go?"))
        self.hint_label.setText(
            self.tr("Tell the service center how the remote diagnosis went. It takes a few seconds.")
        )
        words = {-1: self.tr("Not good"), 0: self.tr("Okay"), 1: self.tr("Good")}
        for score, button in self.score_buttons.items():
            button.setText(words[score])
            button.setAccessibleName(words[score])
        self.comment_edit.setPlaceholderText(self.tr("Anything to add? (optional)"))
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.keep_button.setText(self.tr("Keep my rating"))
        self.thanks_label.setText(self.tr("Thank you for your feedback"))
        self.change_button.setText(self.tr("Change"))
        self.change_button.setToolTip(self.tr("Change your rating or comment"))
        if self._sent is not None:
            self._show_thanks()
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-set the texts when the language changes, the Send icon when the theme does."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            # A brand colour may put dark text (and so a dark icon) on the primary button.
            self.send_button.setIcon(icon("send", on_accent()))
        super().changeEvent(event)

    # --- building ---------------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        page = QWidget(self)
        self.form_page = page
        self.question_label = QLabel(page)
        self.question_label.setProperty("role", "subheading")
        self.hint_label = QLabel(page)
        self.hint_label.setProperty("role", "hint")
        self.hint_label.setWordWrap(True)
        row = self._build_scores(page)
        self.comment_edit = QPlainTextEdit(page)
        self.comment_edit.setObjectName("csatCommentEdit")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(self.comment_edit.fontMetrics().lineSpacing() * 4 + 20)
        self.comment_edit.textChanged.connect(self._on_comment_edit_text_changed)
        self.counter_label = QLabel(page)
        self.counter_label.setObjectName("csatCounter")
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.error_label = QLabel(page)
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.keep_button = QPushButton(page)
        self.keep_button.setFlat(True)
        self.keep_button.clicked.connect(self._on_keep_button_clicked)
        self.send_button = QPushButton(page)
        self.send_button.setProperty("primary", True)  # noqa: FBT003 - a Qt property value
        self.send_button.setIcon(icon("send", on_accent()))
        self.send_button.clicked.connect(self._on_send_button_clicked)
        actions = QHBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.counter_label, 1)
        actions.addWidget(self.keep_button)
        actions.addWidget(self.send_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.question_label)
        layout.addWidget(self.hint_label)
        layout.addSpacing(4)
        layout.addLayout(row)
        layout.addSpacing(4)
        layout.addWidget(self.comment_edit)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        return page

    def _build_scores(self, page: QWidget) -> QHBoxLayout:
        """The three big score toggles, one at most chosen."""
        self.score_buttons: dict[int, QToolButton] = {}
        self._group = QButtonGroup(page)
        self._group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(12)
        for score, icon_name, tone in SCORES:
            button = QToolButton(page)
            button.setProperty("role", "csatScore")
            button.setProperty("score", tone)
            button.setCheckable(True)
            # A tap moves the focus ring to the chosen score, so the ring never marks another one.
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(_SCORE_ICON_PX, _SCORE_ICON_PX))
            button.setIcon(_score_icon(icon_name, tone))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.toggled.connect(self._on_score_button_toggled)
            self._group.addButton(button)
            self.score_buttons[score] = button
            row.addWidget(button)
        return row

    def _build_thanks(self) -> QWidget:
        page = QWidget(self)
        self.thanks_page = page
        self.given_icon = QLabel(page)
        self.given_icon.setObjectName("csatGivenIcon")
        self.given_icon.setFixedSize(QSize(56, 56))
        self.given_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_label = QLabel(page)
        self.thanks_label.setProperty("role", "subheading")
        self.thanks_label.setWordWrap(True)
        self.given_label = QLabel(page)
        self.given_label.setObjectName("csatGiven")
        self.given_label.setWordWrap(True)
        self.given_comment = QLabel(page)
        self.given_comment.setObjectName("csatComment")
        self.given_comment.setWordWrap(True)
        self.given_comment.setTextFormat(Qt.TextFormat.PlainText)
        self.change_button = QPushButton(page)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.thanks_label)
        texts.addWidget(self.given_label)
        texts.addWidget(self.given_comment)
        texts.addStretch(1)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.given_icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        return page

    # --- internals --------------------------------------------------------------------------------------

    def _fill_form(self, score: int | None, comment: str) -> None:
        if score is None:
            # An exclusive group keeps one button checked: let go of it to clear the choice.
            self._group.setExclusive(False)
            for button in self.score_buttons.values():
                button.setChecked(False)
            self._group.setExclusive(True)
        elif score in self.score_buttons:
            self.score_buttons[score].setChecked(True)
        if comment != self.comment_edit.toPlainText():
            self.comment_edit.setPlainText(comment[:COMMENT_LIMIT])

    def _show_thanks(self) -> None:
        if self._sent is None:
            return
        score, comment = self._sent
        words = {-1: self.tr("Not good"), 0: self.tr("Okay"), 1: self.tr("Good")}
        tones = {value: (name, tone) for value, name, tone in SCORES}
        word = words.get(score, str(score))
        self.given_label.setText(self.tr("You rated this ticket: %1").replace("%1", word))
        name, tone = tones.get(score, ("face-neutral", "okay"))
        self.given_icon.setPixmap(pixmap(name, _GIVEN_ICON_PX, colour=_tone_ink(tone)))
        self.given_icon.setProperty("score", tone)
        repolish(self.given_icon)
        self.given_comment.setText(comment)
        self.given_comment.setVisible(bool(comment))

    def _show_page(self, page: QWidget) -> None:
        self.form_page.setVisible(page is self.form_page)
        self.thanks_page.setVisible(page is self.thanks_page)

    def _update(self) -> None:
        """Derive the buttons' state, the counter and the error line from what the prompt holds."""
        sending = self._sending
        for button in self.score_buttons.values():
            button.setEnabled(not sending)
        self.comment_edit.setReadOnly(sending)
        self.comment_edit.setEnabled(not sending)
        self.send_button.setEnabled(not sending and self.score is not None)
        self.send_button.setText(self.tr("Sending…") if sending else self.tr("Send"))
        self.keep_button.setVisible(self._sent is not None)
        self.keep_button.setEnabled(not sending)
        length = len(self.comment_edit.toPlainText())
        self.counter_label.setText(
            self.tr("%1 / %2").replace("%1", str(length)).replace("%2", str(COMMENT_LIMIT))
        )
        self.counter_label.setProperty("near", length >= _COUNTER_NEAR)
        self.counter_label.setAccessibleName(
            self.tr("%1 of %2 characters used").replace("%1", str(length)).replace("%2", str(COMMENT_LIMIT))
        )
        repolish(self.counter_label)
        self.error_label.setText(self._error)
        self.error_label.setVisible(bool(self._error))

    def _on_score_button_toggled(self, _checked: bool) -> None:
        self._update()

    def _on_comment_edit_text_changed(self) -> None:
        edit = self.comment_edit
        text = edit.toPlainText()
        if len(text) > COMMENT_LIMIT:
            # Typed or pasted past the limit: keep the first COMMENT_LIMIT characters and the cursor.
            position = min(edit.textCursor().position(), COMMENT_LIMIT)
            with QSignalBlocker(edit):
                edit.setPlainText(text[:COMMENT_LIMIT])
            cursor = edit.textCursor()
            cursor.setPosition(position, QTextCursor.MoveMode.MoveAnchor)
            edit.setTextCursor(cursor)
        self._update()

    def _on_send_button_clicked(self) -> None:
        score = self.score
        if score is None or self._sending:
            return
        self.sig_submitted.emit(score, self.comment)

    def _on_change_button_clicked(self) -> None:
        if self._sent is not None:
            self._fill_form(*self._sent)
        self._error = ""
        self._show_page(self.form_page)
        self._update()
        button = self.score_buttons.get(self.score) if self.score is not None else None
        (button or self.score_buttons[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_keep_button_clicked(self) -> None:
        if self._sent is None:
            return
        self._fill_form(*self._sent)
        self._error = ""
        self._show_page(self.thanks_page)
        self._update()


def _tone_ink(tone: str) -> str:
    return {"bad": colour("danger"), "okay": colour("warning_ink"), "good": colour("success")}[tone].name()


def _score_icon(name: str, tone: str) -> QIcon:
    """The score's icon in ink, and in its colour while chosen."""
    result = QIcon()
    size = _SCORE_ICON_PX
    ink, toned, faded = colour("ink").name(), _tone_ink(tone), colour("disabled_ink").name()
    result.addPixmap(pixmap(name, size, colour=ink), QIcon.Mode.Normal, QIcon.State.Off)
    result.addPixmap(pixmap(name, size, colour=toned), QIcon.Mode.Normal, QIcon.State.On)
    result.addPixmap(pixmap(name, size, colour=faded), QIcon.Mode.Disabled, QIcon.State.Off)
    # While sending, the chosen score keeps its colour: the technician sees what is on its way.
    result.addPixmap(pixmap(name, size, colour=toned), QIcon.Mode.Disabled, QIcon.State.On)
    return result
