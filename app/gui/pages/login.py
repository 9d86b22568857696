"""Page 1, the connector login: UUID and pincode (or a one-time code), remembered and training connectors.

The Log in button, Enter in a field and the window's Next all do the same: they log in (in the background,
the page busy) and move on. A wrong pincode, a locked connector or an unreachable server each get their own
sentence and keep what was typed; the pincode is selected for retyping. An offline connector logs in: the
page says what to do about it and lets the technician continue. A connector with a ticket under way goes
straight to that ticket.

Pincodes never reach the draft or the disk: a remembered connector's pincode comes from the keyring, fills
the (masked) field and cannot be revealed with the eye button; a typed one is dropped from the field once
the login succeeded.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QDate, QLocale, QPoint, QRegularExpression, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPaintEvent, QRegularExpressionValidator, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.wizard import Step, WizardDraft, with_login, with_ticket
from app.gui.generated.ui_login_page import Ui_LoginPage
from app.gui.messages import failure_text
from app.gui.page import PageContext, SampleConnector, WizardPage
from app.gui.theme import icon, repolish
from app.gui.widgets.banner import BannerLevel
from app.services.errors import Failure, ServiceError
from app.services.session import (
    LoginResult,
    UuidProblem,
    connector_uuid_problem,
    normalise_connector_uuid,
    short_uuid,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.services.session import SessionService
    from app.store.connectors import RememberedConnector
    from app.store.secrets import KeyringStatus

__all__ = ["LoginPage"]

_log = logging.getLogger(__name__)

#: Below this width the two columns (login card, connector lists) stack.
_TWO_COLUMNS_MIN_WIDTH: Final = 900
#: PIN pad keys: a desk's touch screen, and a kiosk's.
_PIN_KEY_DESK: Final = 64
_PIN_KEY_KIOSK: Final = 80
_PINCODE_PATTERN: Final = r"\d{0,12}"
_UUID_LENGTH: Final = 36
#: Horizontal padding, border and cursor of a line edit in the style sheet, in pixels.
_FIELD_CHROME: Final = 32
#: The login column's width range when the UUID fits anyway (the .ui's values).
_LOGIN_COLUMN_MIN: Final = 420
_LOGIN_COLUMN_MAX: Final = 560


#: How long the keyring question waits for the page's first paint before it is asked anyway.
_KEYRING_ASK_ANYWAY_MS: Final = 2000


class _ConnectorRow(QFrame):
    """One connector in a list: what it is, a detail line, a big Use button and optionally Forget.

    The whole row is a touch target: a press anywhere outside the buttons counts as Use.
    """

    sig_use_clicked = Signal()
    """The technician chose this connector."""

    sig_forget_clicked = Signal()
    """The technician asked to forget this connector."""

    def __init__(self, title: str, detail: str, *, forgettable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectorRow")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("connectorTitle")
        self.title_label.setProperty("role", "value")
        self.title_label.setWordWrap(True)
        self.detail_label = QLabel(detail, self)
        self.detail_label.setObjectName("connectorDetail")
        self.detail_label.setProperty("role", "hint")
        self.detail_label.setWordWrap(True)
        texts.addWidget(self.title_label)
        texts.addWidget(self.detail_label)
        self.use_button = QPushButton(self)
        self.use_button.setObjectName("useConnectorButton")
        self.use_button.clicked.connect(self.sig_use_clicked)
        self.forget_button = QPushButton(self)
        self.forget_button.setObjectName("forgetConnectorButton")
        self.forget_button.setFlat(True)
        self.forget_button.setProperty("danger", True)  # noqa: FBT003 - Qt's property setter
        self.forget_button.setVisible(forgettable)
        self.forget_button.clicked.connect(self.sig_forget_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(8)
        layout.addLayout(texts, 1)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_button_texts(self, use: str, forget: str, accessible: str) -> None:
        """Set the buttons' texts; ``accessible`` names the connector to screen readers."""
        self.use_button.setText(use)
        self.use_button.setAccessibleName(f"{use}: {accessible}")
        self.forget_button.setText(forget)
        self.forget_button.setAccessibleName(f"{forget}: {accessible}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """A tap on the row (not on a button, which takes its own clicks) chooses the connector."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.sig_use_clicked.emit()
        super().mouseReleaseEvent(event)


class LoginPage(WizardPage):
    """Log in with a connector: UUID and pincode, a remembered connector, or a one-time code."""

    step = Step.LOGIN

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = Ui_LoginPage()
        self.form.setupUi(self.body)  # type: ignore[no-untyped-call]  # uic's code carries no annotations
        form = self.form
        for card in (form.loginCard, form.rememberedCard, form.trainingCard):
            # The style sheet draws every card by this one name (Designer needs unique names). setupUi has
            # polished the frames already, so the new name only counts once they are polished again.
            card.setObjectName("card")
            repolish(card)
        self._server_ready = True
        self._server_message = ""
        self._locked = False
        self._otp_mode = False
        self._remembered: list[RememberedConnector] = []
        self._training: list[SampleConnector] = []
        self._keyring: KeyringStatus | None = None
        self._keyring_known = False
        #: The keyring is asked only once the page is on screen (see _check_keyring).
        self._painted = False
        self._keyring_after_paint = False
        #: Set while the pincode field holds a pincode from the keyring: (connector UUID, its length).
        self._autofilled: tuple[str, int] | None = None
        self._login_waiters: list[asyncio.Future[bool]] = []
        self._unlock_timer = QTimer(self)
        self._unlock_timer.setSingleShot(True)
        self._unlock_timer.timeout.connect(self._on_unlock_timer_timeout)

        form.pinPad.set_target(form.pincodeEdit)
        form.pinPad.set_key_size(_PIN_KEY_KIOSK if context.kiosk else _PIN_KEY_DESK)
        form.pinPad.set_backspace_icon(icon("backspace"))
        form.pinPad.setVisible(context.kiosk)
        form.pinpadToggleButton.setChecked(context.kiosk)
        form.pincodeEdit.setValidator(QRegularExpressionValidator(QRegularExpression(_PINCODE_PATTERN), self))
        form.pincodeEdit.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhHiddenText
        )
        form.uuidEdit.setInputMethodHints(
            Qt.InputMethodHint.ImhPreferLowercase
            | Qt.InputMethodHint.ImhNoAutoUppercase
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        form.otpEdit.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhSensitiveData
        )
        form.showPincodeButton.setIcon(icon("eye"))
        form.rememberCheck.setVisible(self._remember_offered)
        for label in (
            form.uuidErrorLabel,
            form.pincodeErrorLabel,
            form.otpErrorLabel,
            form.keyringHintLabel,
            form.serverHintLabel,
        ):
            label.hide()
        form.rememberedCard.hide()
        form.trainingCard.hide()
        form.modeStack.setCurrentWidget(form.pincodeMode)

        form.uuidEdit.textEdited.connect(self._on_uuid_edit_text_edited)
        form.uuidEdit.returnPressed.connect(self._on_uuid_edit_return_pressed)
        form.pincodeEdit.textEdited.connect(self._on_pincode_edit_text_edited)
        form.pincodeEdit.returnPressed.connect(self._on_login_requested)
        form.otpEdit.textEdited.connect(self._on_otp_edit_text_edited)
        form.otpEdit.returnPressed.connect(self._on_login_requested)
        form.showPincodeButton.toggled.connect(self._on_show_pincode_button_toggled)
        form.pinpadToggleButton.toggled.connect(self._on_pinpad_toggle_button_toggled)
        form.loginButton.clicked.connect(self._on_login_requested)
        form.modeSwitchButton.clicked.connect(self._on_mode_switch_button_clicked)
        self.sig_state_changed.connect(self._update_actions)
        self.retranslate()
        self._update_actions()

    # --- what the window reads and calls ---------------------------------------------------------------

    @property
    def valid(self) -> bool:
        """Logged in, or ready to log in: Next then logs in first (see :meth:`before_next`)."""
        if self._logged_in_as_shown():
            return True
        return self._server_ready and not self._locked and self._form_filled()

    def title(self) -> str:
        """The step's name."""
        return self.tr("Log in")

    def enter(self, draft: WizardDraft) -> None:
        """Show the page: the connector of the draft (or the last remembered one) filled in, never a
        pincode from the draft (it holds none); a remembered pincode comes from the keyring."""
        super().enter(draft)
        form = self.form
        form.rememberCheck.setVisible(self._remember_offered)
        self._reload_remembered()
        self._clear_field_errors()
        self._unmask_off()
        uuid = draft.login.connector_uuid
        if not uuid and not form.uuidEdit.text().strip() and self._remembered:
            uuid = self._remembered[0].uuid
        if uuid and normalise_connector_uuid(form.uuidEdit.text()) != uuid:
            form.uuidEdit.setText(uuid)
            self._drop_autofill(clear=True)
        remembered = self._find_remembered(normalise_connector_uuid(form.uuidEdit.text()))
        form.rememberCheck.setChecked(remembered is not None or draft.login.remember)
        self._offer_stored_pincode()
        self._check_keyring()
        state = self._session.login_state
        if (
            self._session.logged_in
            and state is not None
            and state.connector_uuid == draft.login.connector_uuid
        ):
            self.show_notice(
                self.tr(
                    "Logged in with connector %1. Press Next to continue, or log in with another connector."
                ).replace("%1", short_uuid(state.connector_uuid))
            )
        if self._otp_mode:
            form.otpEdit.setFocus()
        elif form.uuidEdit.text() and not form.pincodeEdit.text():
            form.pincodeEdit.setFocus()
        elif not form.uuidEdit.text():
            form.uuidEdit.setFocus()

    def leave(self) -> None:
        """Hidden: stop the work and never leave a pincode shown."""
        super().leave()
        self._resolve_waiters(ok=False)
        self._unmask_off()

    async def before_next(self) -> bool:
        """Next on this page logs in first (unless already logged in as shown); True once logged in."""
        if self._logged_in_as_shown():
            return True
        waiter: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._login_waiters.append(waiter)
        if not self.tasks.running("login") and not self._start_login():
            self._login_waiters.remove(waiter)
            return False
        return await waiter

    def set_training_connectors(self, connectors: Sequence[SampleConnector]) -> None:
        """Offer the training server's sample connectors (shown only when the sandbox is the server)."""
        self._training = list(connectors)
        self._rebuild_training()

    def set_server_ready(self, ready: bool, message: str = "") -> None:
        """Whether a login can be sent; while not, ``message`` (or a default sentence) says why."""
        self._server_ready = ready
        self._server_message = message
        self._update_server_hint()
        self.sig_state_changed.emit()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        super().retranslate()
        form = self.form
        form.pinPad.retranslate()
        form.headingLabel.setText(self.tr("Log in with your connector"))
        form.introLabel.setText(
            self.tr("Type or scan the UUID printed on the connector, then enter the connector's pincode.")
        )
        form.uuidLabel.setText(self.tr("Connector &UUID"))
        form.uuidEdit.setPlaceholderText(self.tr("e.g. 03991f3a-26f3-…"))
        form.uuidEdit.setAccessibleName(self.tr("Connector UUID"))
        form.pincodeLabel.setText(self.tr("&Pincode"))
        form.pincodeEdit.setPlaceholderText(self.tr("Digits only"))
        form.pincodeEdit.setAccessibleName(self.tr("Pincode"))
        form.pinpadToggleButton.setText(self.tr("PIN pad"))
        form.pinpadToggleButton.setToolTip(self.tr("Show or hide the large number keys for touch screens"))
        form.rememberCheck.setText(self.tr("Remember this connector on this computer"))
        form.otpLabel.setText(self.tr("One-time &code"))
        form.otpEdit.setPlaceholderText(self.tr("The code you were given"))
        form.otpEdit.setAccessibleName(self.tr("One-time code"))
        form.otpHintLabel.setText(
            self.tr(
                "Your service provider gives you a one-time code. It works once; Workbay does not keep it."
            )
        )
        form.loginButton.setText(self.tr("Log in"))
        form.rememberedHeading.setText(self.tr("Remembered connectors"))
        form.rememberedHintLabel.setText(
            self.tr("Tap a connector to fill in its UUID, and its pincode when it is stored.")
        )
        form.trainingHeading.setText(self.tr("Training connectors"))
        self._retranslate_mode()
        self._retranslate_show_button()
        self._update_keyring_hint()
        self._update_server_hint()
        self._rebuild_remembered()
        self._rebuild_training()

    # --- logging in --------------------------------------------------------------------------------------

    @property
    def _session(self) -> SessionService:
        # Looked up each time: the window gives the page a new workbench once the server is known.
        return self.context.workbench.session

    @property
    def _remember_offered(self) -> bool:
        return self.context.remember_connectors and self._session.can_remember

    def _on_login_requested(self) -> None:
        self._start_login()

    def _start_login(self) -> bool:
        """Check the fields and start the login; False (with a field message) when it cannot start."""
        if not self._server_ready or self._locked:
            return False
        if self.tasks.running("login"):
            return True
        self._clear_field_errors()
        session = self._session
        form = self.form
        if self._otp_mode:
            code = form.otpEdit.text().strip()
            if not code:
                self._show_field_error(form.otpEdit, form.otpErrorLabel, self.tr("Enter the one-time code."))
                return False

            async def work() -> LoginResult:
                return await session.login_otp(code)

        else:
            typed = form.uuidEdit.text()
            problem = connector_uuid_problem(typed)
            if problem is not None:
                self._show_field_error(form.uuidEdit, form.uuidErrorLabel, self._uuid_problem_text(problem))
                return False
            uuid = normalise_connector_uuid(typed)
            if typed != uuid:
                form.uuidEdit.setText(uuid)
            pincode = form.pincodeEdit.text()
            if not pincode:
                self._show_field_error(
                    form.pincodeEdit, form.pincodeErrorLabel, self.tr("Enter the connector's pincode.")
                )
                return False
            remember = self._remember_offered and form.rememberCheck.isChecked()

            async def work() -> LoginResult:
                return await session.login_pincode(uuid, pincode, remember=remember)

        self.clear_error()
        self.tasks.start("login", work, self._on_login_done, on_failure=self._on_login_failed)
        return True

    def _on_login_done(self, result: LoginResult) -> None:
        form = self.form
        # The pincode has done its job: it does not stay in a widget while the wizard goes on.
        self._drop_autofill(clear=True)
        form.pincodeEdit.clear()
        form.otpEdit.clear()
        self._unmask_off()
        draft = with_login(self.draft, result.login_state)
        ticket = result.active_ticket
        if ticket is not None:
            draft = with_ticket(draft, draft.ticket.model_copy(update={"ticket_id": ticket.id}))
        self.change_draft(draft)
        self._reload_remembered()
        if ticket is not None:
            _log.info("the connector has an active ticket: going to it")
            self.clear_error()
            self._resolve_waiters(ok=False)
            self.sig_jump_requested.emit(Step.LIVE)
            return
        if not result.login_state.is_online:
            # Not a failure: the technician may choose the car and products; the page stays so they read why
            # ordering will wait, and Next goes on.
            self.show_notice(
                self.tr(
                    "The connector is offline: plug it into the OBD port and switch the ignition on. "
                    "You can continue choosing; ordering needs it online."
                ),
                level=BannerLevel.WARNING,
            )
            self._resolve_waiters(ok=False)
            return
        self.clear_error()
        if self._login_waiters:
            # Next asked for this login: the window moves on when before_next() returns.
            self._resolve_waiters(ok=True)
        else:
            self.sig_next_requested.emit()

    def _on_login_failed(self, error: ServiceError, retry: Callable[[], None]) -> None:
        self._resolve_waiters(ok=False)
        form = self.form
        if error.failure == Failure.WRONG_CREDENTIALS:
            field = form.otpEdit if self._otp_mode else form.pincodeEdit
            # A stored pincode that is refused is stale: what is typed next replaces it.
            self._drop_autofill(clear=False)
            self._mark_field(field, error=True)
            field.setFocus()
            field.selectAll()
            self.show_error(failure_text(error))
            # Once the banner has taken its room: the field in sight, the card's heading too if they fit.
            QTimer.singleShot(0, self, lambda: self._bring_into_view(field))
        elif error.failure == Failure.TOO_MANY_ATTEMPTS:
            self.show_error(failure_text(error))
            if error.retry_after:
                self._locked = True
                self._unlock_timer.start(max(1, round(error.retry_after * 1000)))
                self.sig_state_changed.emit()
        else:
            self.show_failure(error, retry)

    def _on_unlock_timer_timeout(self) -> None:
        self._locked = False
        if self.error:
            self.show_notice(self.tr("You can try again now."))
        self.sig_state_changed.emit()

    def _resolve_waiters(self, *, ok: bool) -> None:
        waiters, self._login_waiters = self._login_waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(ok)

    def _logged_in_as_shown(self) -> bool:
        """Logged in, with the fields showing that connector (or left empty): Next needs no new login."""
        session = self._session
        state = session.login_state
        if not session.logged_in or state is None or not self.draft.login.logged_in:
            return False
        if state.connector_uuid != self.draft.login.connector_uuid:
            return False
        form = self.form
        if self._otp_mode:
            return not form.otpEdit.text().strip()
        typed = form.uuidEdit.text().strip()
        return not typed or normalise_connector_uuid(typed) == state.connector_uuid

    def _form_filled(self) -> bool:
        form = self.form
        if self._otp_mode:
            return bool(form.otpEdit.text().strip())
        return bool(form.uuidEdit.text().strip() and form.pincodeEdit.text())

    # --- the fields --------------------------------------------------------------------------------------

    def _on_uuid_edit_text_edited(self, text: str) -> None:
        form = self.form
        self._mark_field(form.uuidEdit, error=False)
        form.uuidErrorLabel.hide()
        canonical = normalise_connector_uuid(text)
        if connector_uuid_problem(text) is None:
            if canonical != text:
                # Scanned or pasted in another spelling: shown as the connector's label prints it.
                form.uuidEdit.setText(canonical)
            if self._find_remembered(canonical) is not None:
                # Typed rather than picked from the list, it stays remembered (unticked, it is forgotten).
                form.rememberCheck.setChecked(True)
            self._offer_stored_pincode()
        if self._autofilled is not None and self._autofilled[0] != canonical:
            self._drop_autofill(clear=True)
        self.sig_state_changed.emit()

    def _on_uuid_edit_return_pressed(self) -> None:
        # A scanner ends its input with Enter: go on to the pincode unless it is already there.
        form = self.form
        problem = connector_uuid_problem(form.uuidEdit.text())
        if problem is None and not form.pincodeEdit.text():
            form.uuidEdit.setText(normalise_connector_uuid(form.uuidEdit.text()))
            self._offer_stored_pincode()
            form.pincodeEdit.setFocus()
            return
        self._start_login()

    def _on_pincode_edit_text_edited(self, text: str) -> None:
        form = self.form
        self._mark_field(form.pincodeEdit, error=False)
        form.pincodeErrorLabel.hide()
        if self._autofilled is not None:
            # Typing into a stored pincode starts a new one: the stored digits are never partly kept (and so
            # never revealed by the eye button).
            stored_length = self._autofilled[1]
            added = len(text) - stored_length
            cursor = form.pincodeEdit.cursorPosition()
            typed = text[cursor - added : cursor] if added > 0 else ""
            self._drop_autofill(clear=False)
            form.pincodeEdit.setText(typed)
        self.sig_state_changed.emit()

    def _on_otp_edit_text_edited(self, _text: str) -> None:
        self._mark_field(self.form.otpEdit, error=False)
        self.form.otpErrorLabel.hide()
        self.sig_state_changed.emit()

    def _on_show_pincode_button_toggled(self, shown: bool) -> None:
        self.form.pincodeEdit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._retranslate_show_button()

    def _on_pinpad_toggle_button_toggled(self, shown: bool) -> None:
        self.form.pinPad.setVisible(shown)
        if shown:
            self.form.pincodeEdit.setFocus()

    def _on_mode_switch_button_clicked(self) -> None:
        self._otp_mode = not self._otp_mode
        form = self.form
        form.modeStack.setCurrentWidget(form.otpMode if self._otp_mode else form.pincodeMode)
        self._clear_field_errors()
        self.clear_error()
        self._retranslate_mode()
        (form.otpEdit if self._otp_mode else form.uuidEdit).setFocus()
        self.sig_state_changed.emit()

    def _unmask_off(self) -> None:
        self.form.showPincodeButton.setChecked(False)

    def _drop_autofill(self, *, clear: bool) -> None:
        if self._autofilled is None:
            return
        self._autofilled = None
        if clear:
            self.form.pincodeEdit.clear()
        self.form.showPincodeButton.setEnabled(True)
        self._retranslate_show_button()

    def _mark_field(self, field: QWidget, *, error: bool) -> None:
        value = "error" if error else ""
        if field.property("state") != value:
            field.setProperty("state", value)
            repolish(field)

    def _bring_into_view(self, field: QWidget) -> None:
        area = self.form.scrollArea
        bottom = field.mapTo(self.form.scrollContents, QPoint(0, field.height())).y()
        if bottom <= area.viewport().height():
            area.verticalScrollBar().setValue(0)
        else:
            area.ensureWidgetVisible(field)

    def _show_field_error(self, field: QLineEdit, label: QLabel, text: str) -> None:
        self._mark_field(field, error=True)
        label.setText(text)
        label.show()
        field.setFocus()
        field.selectAll()

    def _clear_field_errors(self) -> None:
        form = self.form
        for field, label in (
            (form.uuidEdit, form.uuidErrorLabel),
            (form.pincodeEdit, form.pincodeErrorLabel),
            (form.otpEdit, form.otpErrorLabel),
        ):
            self._mark_field(field, error=False)
            label.hide()

    def _uuid_problem_text(self, problem: UuidProblem) -> str:
        if problem == UuidProblem.EMPTY:
            return self.tr("Enter the connector's UUID: it is printed on the connector.")
        return self.tr(
            "This is not a connector UUID. It has 32 digits and letters a to f, "
            "like 03991f3a-26f3-521a-913f-e5db77b27774."
        )

    def _update_actions(self) -> None:
        self.form.loginButton.setEnabled(self._server_ready and not self._locked and not self.busy)

    # --- remembered connectors and the keyring -----------------------------------------------------------

    def _find_remembered(self, uuid: str) -> RememberedConnector | None:
        return next((row for row in self._remembered if row.uuid == uuid), None)

    def _reload_remembered(self) -> None:
        self._remembered = self._session.remembered() if self._remember_offered else []
        self._rebuild_remembered()

    def _rebuild_remembered(self) -> None:
        form = self.form
        _clear_layout(form.rememberedListLayout)
        for remembered in self._remembered:
            detail = f"{short_uuid(remembered.uuid)}… · {self._used_text(remembered.last_used_at)}"
            if remembered.has_pincode:
                detail = f"{detail} · " + self.tr("pincode stored")
            row = _ConnectorRow(remembered.label, detail, forgettable=True, parent=form.rememberedList)
            row.set_button_texts(self.tr("Use"), self.tr("Forget"), remembered.label)
            row.sig_use_clicked.connect(lambda chosen=remembered: self._on_remembered_chosen(chosen))
            row.sig_forget_clicked.connect(lambda chosen=remembered: self._on_remembered_forget(chosen))
            form.rememberedListLayout.addWidget(row)
        form.rememberedCard.setVisible(bool(self._remembered))

    def _on_remembered_chosen(self, remembered: RememberedConnector) -> None:
        form = self.form
        if self._otp_mode:
            self._on_mode_switch_button_clicked()
        self._clear_field_errors()
        if normalise_connector_uuid(form.uuidEdit.text()) != remembered.uuid:
            self._drop_autofill(clear=True)
            form.pincodeEdit.clear()
            form.uuidEdit.setText(remembered.uuid)
        form.rememberCheck.setChecked(True)
        form.pincodeEdit.setFocus()
        self._offer_stored_pincode()
        self.sig_state_changed.emit()

    def _on_remembered_forget(self, remembered: RememberedConnector) -> None:
        session = self._session

        async def work() -> None:
            await session.forget(remembered.uuid)

        def done(_: None) -> None:
            if self._autofilled is not None and self._autofilled[0] == remembered.uuid:
                self._drop_autofill(clear=True)
            if normalise_connector_uuid(self.form.uuidEdit.text()) == remembered.uuid:
                # Otherwise the next login would remember it again straight away.
                self.form.rememberCheck.setChecked(False)
            self._reload_remembered()
            self.show_notice(
                self.tr("%1 is no longer remembered on this computer.").replace("%1", remembered.label)
            )

        self.run(f"forget-{remembered.uuid}", work, done, busy=False)

    def _offer_stored_pincode(self) -> None:
        """Fill the pincode from the keyring when the UUID shown is remembered with one."""
        form = self.form
        uuid = normalise_connector_uuid(form.uuidEdit.text())
        remembered = self._find_remembered(uuid)
        if remembered is None or not remembered.has_pincode or form.pincodeEdit.text():
            return
        session = self._session

        async def work() -> str | None:
            return await session.stored_pincode(uuid)

        self.run("stored-pincode", work, lambda pincode: self._on_stored_pincode(uuid, pincode), busy=False)

    def _on_stored_pincode(self, uuid: str, pincode: str | None) -> None:
        form = self.form
        if not pincode or normalise_connector_uuid(form.uuidEdit.text()) != uuid or form.pincodeEdit.text():
            return
        self._unmask_off()
        form.pincodeEdit.setText(pincode)
        self._autofilled = (uuid, len(pincode))
        # A stored pincode stays masked: the keyring protects it from whoever stands at this PC.
        form.showPincodeButton.setEnabled(False)
        self._retranslate_show_button()
        form.loginButton.setFocus()
        self.sig_state_changed.emit()

    def _check_keyring(self) -> None:
        if not self._remember_offered or self._keyring_known:
            return
        if not self._painted:
            # Asking loads keyring (tens of milliseconds in a thread that competes with the first paint for
            # the interpreter): the page is drawn first, and the hint, if any, appears a moment later. A page
            # that is never painted (hidden behind another window, minimised) asks after a while all the same.
            if not self._keyring_after_paint:
                QTimer.singleShot(_KEYRING_ASK_ANYWAY_MS, self, self._on_keyring_wait_timeout)
            self._keyring_after_paint = True
            return
        session = self._session

        async def work() -> KeyringStatus | None:
            return await session.keyring_status()

        self.run("keyring", work, self._on_keyring_status, busy=False)

    def _on_keyring_wait_timeout(self) -> None:
        if not self._painted and self._keyring_after_paint:
            self._painted = True
            self._keyring_after_paint = False
            self._check_keyring()

    def _on_keyring_status(self, status: KeyringStatus | None) -> None:
        self._keyring = status
        self._keyring_known = True
        if status is not None and not status.available:
            _log.info("pincodes cannot be remembered here: %s", status.reason)
        self._update_keyring_hint()

    def _update_keyring_hint(self) -> None:
        label = self.form.keyringHintLabel
        status = self._keyring
        unavailable = self._keyring_known and (status is None or not status.available)
        if not (self._remember_offered and unavailable):
            label.hide()
            return
        from app.store.secrets import KeyringProblem  # noqa: PLC0415 - keyring answers after the first paint

        problem = status.problem if status is not None else KeyringProblem.MISSING
        if problem == KeyringProblem.INSECURE:
            text = self.tr(
                "The only password store on this computer is not secure: "
                "Workbay will remember the connector but not its pincode."
            )
        elif problem == KeyringProblem.BROKEN:
            text = self.tr(
                "The password store on this computer cannot be used: "
                "Workbay will remember the connector but not its pincode."
            )
        else:
            text = self.tr(
                "No secure password store on this computer: "
                "Workbay will remember the connector but not its pincode."
            )
        label.setText(text)
        label.setToolTip((status.reason or "") if status is not None else "")
        label.show()

    # --- training connectors and the server ---------------------------------------------------------------

    def _rebuild_training(self) -> None:
        form = self.form
        _clear_layout(form.trainingListLayout)
        for sample in self._training:
            detail = (
                self.tr("%1… · pincode %2")
                .replace("%1", short_uuid(sample.uuid))
                .replace("%2", sample.pincode)
            )
            row = _ConnectorRow(sample.label, detail, forgettable=False, parent=form.trainingList)
            row.set_button_texts(self.tr("Use"), "", sample.label)
            row.sig_use_clicked.connect(lambda chosen=sample: self._on_training_chosen(chosen))
            form.trainingListLayout.addWidget(row)
        # With the training server the card is there from the start, saying its connectors are on the way:
        # the login card does not jump from the left to its place when they arrive.
        if self._training:
            hint = self.tr(
                "Sample connectors of the training server, to practise with. Nothing is really ordered."
            )
        else:
            hint = self.tr("The training server's sample connectors appear here as soon as it runs.")
        form.trainingHintLabel.setText(hint)
        form.trainingCard.setVisible(self.context.sandbox)

    def _on_training_chosen(self, sample: SampleConnector) -> None:
        form = self.form
        if self._otp_mode:
            self._on_mode_switch_button_clicked()
        self._clear_field_errors()
        self._drop_autofill(clear=True)
        form.uuidEdit.setText(normalise_connector_uuid(sample.uuid))
        form.pincodeEdit.setText(sample.pincode)
        form.loginButton.setFocus()
        self.sig_state_changed.emit()

    def _update_server_hint(self) -> None:
        label = self.form.serverHintLabel
        if self._server_ready:
            label.hide()
            return
        label.setText(self._server_message or self.tr("Connecting to the diagnostics service…"))
        label.show()

    # --- texts ---------------------------------------------------------------------------------------------

    def _retranslate_mode(self) -> None:
        self.form.modeSwitchButton.setText(
            self.tr("Log in with UUID and pincode instead")
            if self._otp_mode
            else self.tr("Log in with a one-time code instead")
        )

    def _retranslate_show_button(self) -> None:
        button = self.form.showPincodeButton
        shown = button.isChecked()
        button.setText(self.tr("Hide") if shown else self.tr("Show"))
        button.setIcon(icon("eye-off" if shown else "eye"))
        if not button.isEnabled():
            button.setToolTip(self.tr("A pincode from the password store is not shown"))
        else:
            button.setToolTip(self.tr("Hide the pincode") if shown else self.tr("Show the pincode"))
        button.setAccessibleName(button.toolTip())

    def _used_text(self, when: datetime) -> str:
        local = when.astimezone()
        today = datetime.now(UTC).astimezone().date()
        locale = QLocale()
        if local.date() == today:
            time_text = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
            return self.tr("last used today at %1").replace("%1", time_text)
        if local.date() == today - timedelta(days=1):
            return self.tr("last used yesterday")
        date_text = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
        return self.tr("last used %1").replace("%1", date_text)

    # --- layout --------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Size the UUID field for a whole UUID in the font the style sheet gives it (larger in a kiosk)."""
        super().showEvent(event)
        self._fit_uuid_field()

    def _fit_uuid_field(self) -> None:
        form = self.form
        form.uuidEdit.ensurePolished()
        metrics = form.uuidEdit.fontMetrics()
        # A UUID is 36 characters; the margin covers the field's padding, border and cursor.
        needed = metrics.horizontalAdvance("0" * _UUID_LENGTH) + _FIELD_CHROME
        form.uuidEdit.setMinimumWidth(needed)
        # The layouts add what lies around the field (margins, the card's border and padding): the column
        # is at least that wide, or the field's right edge is cut.
        column = form.loginColumn.minimumSizeHint().width()
        form.loginColumn.setMinimumWidth(max(_LOGIN_COLUMN_MIN, column))
        form.loginColumn.setMaximumWidth(max(_LOGIN_COLUMN_MAX, column))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """After the first paint, ask the keyring whether pincodes can be kept (held back until then)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._keyring_after_paint:
                self._keyring_after_paint = False
                # Once this paint pass is over, not inside it.
                QTimer.singleShot(0, self, self._check_keyring)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Two columns side by side when there is room, stacked on a narrow screen."""
        super().resizeEvent(event)
        wide = event.size().width() >= _TWO_COLUMNS_MIN_WIDTH
        layout = self.form.columnsLayout
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if layout.direction() != direction:
            layout.setDirection(direction)
            # Stacked, the columns keep their reading width and stand in the middle; side by side they fill
            # their share (an alignment there would cost the cards their height-for-width).
            alignment = Qt.AlignmentFlag(0) if wide else Qt.AlignmentFlag.AlignHCenter
            for widget in (self.form.loginColumn, self.form.sideColumn):
                layout.setAlignment(widget, alignment)


def _clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
