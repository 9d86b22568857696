"""The main window: the header, the step indicator, the pages in a stack, and Back / Next.

The window owns the navigation and nothing else. A :class:`~app.gui.controller.WizardController` holds the
draft and the rules; each page (one per :class:`~app.domain.wizard.Step`, made when first shown) exposes
``valid``, ``busy`` and ``error``; :meth:`MainWindow.update_chrome` derives the buttons, the spinner, the
hint next to Next and the step indicator from them in one place. Next first awaits the page's
``before_next()`` (a login, a choice saved on the server) on the window's task runner, so the window
never blocks and a second press cannot start a second navigation.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Final, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from app.domain.wizard import Blocker, Step, WizardDraft, blockers
from app.gui.controller import ResumeOffer, WizardController
from app.gui.generated.ui_main_window import Ui_MainWindow
from app.gui.page import PageContext, SampleConnector, WizardPage
from app.gui.tasks import TaskRunner
from app.gui.theme import DEFAULT_ACCENT, apply_theme, icon, on_accent, pixmap
from app.gui.widgets.header import short_uuid
from app.gui.widgets.steps import INDICATED_STEPS, step_title
from app.services.errors import ServiceError

if TYPE_CHECKING:
    from app.services.branding import Branding
    from app.services.workbench import Workbench
    from app.store.drafts import DraftStore

__all__ = [
    "PAGE_CLASSES",
    "MainWindow",
    "PageFactory",
    "ServerAwarePage",
    "blocker_text",
    "default_page_factory",
]

_log = logging.getLogger(__name__)

#: Makes the page of a step; the default imports the page's module when the step is first shown.
PageFactory = Callable[[Step, PageContext], WizardPage]

#: Where each step's page lives (module, class): imported when first needed, which keeps start-up short.
PAGE_CLASSES: Final[dict[Step, tuple[str, str]]] = {
    Step.LOGIN: ("app.gui.pages.login", "LoginPage"),
    Step.VEHICLE: ("app.gui.pages.vehicle", "VehiclePage"),
    Step.PRODUCTS: ("app.gui.pages.products", "ProductsPage"),
    Step.PREREQUISITES: ("app.gui.pages.prerequisites", "PrerequisitesPage"),
    Step.PRICE: ("app.gui.pages.price", "PricePage"),
    Step.TICKET: ("app.gui.pages.ticket", "TicketPage"),
    Step.LIVE: ("app.gui.pages.live", "LivePage"),
}


def default_page_factory(step: Step, context: PageContext) -> WizardPage:
    """The real page of ``step``."""
    module_name, class_name = PAGE_CLASSES[step]
    page_class: type[WizardPage] = getattr(importlib.import_module(module_name), class_name)
    return page_class(context)


@runtime_checkable
class ServerAwarePage(Protocol):
    """The login page's part in starting the embedded sandbox."""

    def set_server_ready(self, ready: bool, message: str = "") -> None:
        """Whether a login can be sent; while not, ``message`` says why."""

    def set_training_connectors(self, connectors: list[SampleConnector]) -> None:
        """Offer the sandbox's sample connectors."""


def blocker_text(blocker: Blocker) -> str:
    """Why Next is not possible yet, as a short sentence next to the button."""
    texts = {
        Blocker.NOT_LOGGED_IN: QCoreApplication.translate("Blocker", "Log in with a connector to continue."),
        Blocker.NO_VEHICLE: QCoreApplication.translate(
            "Blocker", "Find the car by its VIN, or choose it by hand."
        ),
        Blocker.VIN_INVALID: QCoreApplication.translate(
            "Blocker", "Correct the VIN, or choose the car by hand."
        ),
        Blocker.DOIP_REQUIRED: QCoreApplication.translate("Blocker", "This car needs a DoIP connector."),
        Blocker.NO_PRODUCTS: QCoreApplication.translate("Blocker", "Choose at least one product."),
        Blocker.PREREQUISITES_UNKNOWN: QCoreApplication.translate("Blocker", "Loading the questions…"),
        Blocker.ANSWERS_MISSING: QCoreApplication.translate("Blocker", "Answer the required questions."),
        Blocker.ANSWER_INVALID: QCoreApplication.translate("Blocker", "Correct the marked answers."),
        Blocker.PRICE_UNKNOWN: QCoreApplication.translate("Blocker", "Calculating the price…"),
        Blocker.PRICE_STALE: QCoreApplication.translate("Blocker", "Updating the price…"),
        Blocker.UNATTENDED_NOT_CONFIRMED: QCoreApplication.translate(
            "Blocker", "Confirm the unattended service."
        ),
        Blocker.SERVICE_CENTER_CLOSED: QCoreApplication.translate("Blocker", "The service center is closed."),
        Blocker.WALLET_TOO_LOW: QCoreApplication.translate("Blocker", "The wallet does not cover the total."),
        Blocker.VOUCHER_REFUSED: QCoreApplication.translate("Blocker", "Remove or correct the voucher."),
        Blocker.TICKET_NOT_CREATED: QCoreApplication.translate("Blocker", "Create the ticket."),
    }
    return texts.get(blocker, "")


class MainWindow(QMainWindow):
    """Header, step indicator, resume offer, the page stack and the Back / Next bar.

    Args:
        context: what the pages get; its workbench may be replaced once the server is known
            (:meth:`set_workbench`).
        store: where the draft is saved (None: in memory only).
        page_factory: makes the pages (tests may give simple ones); default: the real pages.
        embedded: the training sandbox is the server (the SANDBOX strip shows; logins wait for it).
    """

    sig_close_requested = Signal()
    """The technician closed the window: the program shuts down."""

    sig_step_shown = Signal(object)
    """A page was shown (argument: its :class:`Step`)."""

    sig_branding_applied = Signal()
    """The service provider's branding was applied to the header and the theme."""

    def __init__(
        self,
        context: PageContext,
        *,
        store: DraftStore | None = None,
        page_factory: PageFactory | None = None,
        embedded: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_MainWindow()
        self.form.setupUi(self)  # type: ignore[no-untyped-call]  # uic's code carries no annotations
        self.context = context
        self.controller = WizardController(store)
        self.tasks = TaskRunner(self, on_failure=self._on_window_task_failed)
        self.tasks.sig_busy_changed.connect(self._on_tasks_busy_changed)
        self.branding: Branding | None = None
        self._factory = page_factory or default_page_factory
        self._pages: dict[Step, WizardPage] = {}
        self._current: WizardPage | None = None
        self._embedded = embedded
        self._server_ready = not embedded
        self._server_message = ""
        self._server_retry: Callable[[], None] | None = None
        #: Whether the login page's banner shows the server's failure (so a later start may clear it).
        self._server_banner = False
        self._branded_for = ""
        self._resume_continued = False
        self._logout_box: QMessageBox | None = None

        form = self.form
        form.sandboxBadge.setVisible(embedded)
        form.resumeOffer.hide()
        form.resumeIcon.setPixmap(pixmap("clock", 32))
        form.backButton.setIcon(icon("back"))
        form.nextButton.setIcon(icon("next", on_accent()))
        form.nextButton.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for button in (form.backButton, form.nextButton):
            button.setIconSize(QSize(20, 20))
        form.backButton.clicked.connect(self._on_back_button_clicked)
        form.nextButton.clicked.connect(self._on_next_button_clicked)
        form.continueButton.clicked.connect(self._on_continue_button_clicked)
        form.startOverButton.clicked.connect(self._on_start_over_button_clicked)
        form.header.sig_logout_clicked.connect(self._on_header_logout_clicked)
        form.stepIndicator.sig_step_clicked.connect(self._on_step_indicator_step_clicked)
        self._shortcuts = [
            self._shortcut("Alt+Left", self._on_back_button_clicked),
            self._shortcut("Alt+Right", self._on_next_button_clicked),
            self._shortcut("Ctrl+Return", self._on_next_button_clicked),
            self._shortcut("Ctrl+Enter", self._on_next_button_clicked),
        ]
        self.retranslate()
        self._show_step(Step.LOGIN)

    # --- what the program calls -----------------------------------------------------------------------

    @property
    def current_page(self) -> WizardPage:
        """The page on show."""
        assert self._current is not None
        return self._current

    @property
    def embedded(self) -> bool:
        """Whether the training sandbox is the server."""
        return self._embedded

    def page(self, step: Step) -> WizardPage:
        """The page of ``step`` (made now if it was not yet)."""
        existing = self._pages.get(step)
        if existing is not None:
            return existing
        page = self._factory(step, self.context)
        self._pages[step] = page
        self.form.pageStack.addWidget(page)
        page.sig_state_changed.connect(lambda page=page: self._on_page_state_changed(page))
        page.sig_draft_changed.connect(lambda draft, page=page: self._on_page_draft_changed(page, draft))
        page.sig_next_requested.connect(lambda page=page: self._on_page_next_requested(page))
        page.sig_jump_requested.connect(lambda step, page=page: self._on_page_jump_requested(page, step))
        if step == Step.LOGIN:
            self._tell_login_page()
        return page

    def set_workbench(self, workbench: Workbench) -> None:
        """Use ``workbench`` from now on (the server's address became known): every page gets it."""
        self.context = replace(self.context, workbench=workbench)
        for page in self._pages.values():
            page.context = self.context

    def server_starting(self, message: str = "") -> None:
        """The training sandbox is starting: logins wait."""
        self._server_ready = False
        self._server_message = message or self.tr("Starting the training server…")
        self._server_retry = None
        self._tell_login_page()

    def server_failed(self, message: str, retry: Callable[[], None] | None = None) -> None:
        """The training sandbox could not start: say so on the login page, with Retry."""
        self._server_ready = False
        self._server_message = message
        self._server_retry = retry
        self._tell_login_page()

    def server_ready(
        self, workbench: Workbench | None = None, connectors: list[SampleConnector] | None = None
    ) -> None:
        """The server answers: logins may go; the sandbox's sample connectors are offered."""
        if workbench is not None:
            self.set_workbench(workbench)
        self._server_ready = True
        self._server_message = ""
        self._server_retry = None
        aware = _server_aware(self._pages.get(Step.LOGIN))
        if aware is not None and connectors is not None:
            aware.set_training_connectors(list(connectors))
        self._tell_login_page()

    def offer_resume(self) -> ResumeOffer | None:
        """Look for a draft an earlier run left, and offer to continue it."""
        offer = self.controller.resume_offer()
        self._resume_continued = False
        self._update_resume_offer()
        return offer

    def show_step(self, step: Step) -> None:
        """Show ``step`` with the current draft (for the program's own use: resume, tour)."""
        self._show_step(step)

    def retranslate(self) -> None:
        """Set the window's own texts in the current language."""
        self.form.retranslateUi(self)  # type: ignore[no-untyped-call]  # uic's code carries no annotations
        self.form.sandboxBadge.setText(self.tr("SANDBOX — training server, no real orders"))
        self.form.sandboxBadge.setToolTip(
            self.tr("Workbay runs its built-in training server: tickets created here are not real orders.")
        )
        self._update_resume_offer()
        if self._current is not None:
            self.update_chrome()

    # --- the one place the chrome is derived -------------------------------------------------------------

    def update_chrome(self) -> None:
        """Buttons, spinner, hint, step indicator and title from the current page's valid / busy / error."""
        page = self._current
        if page is None:
            return
        form = self.form
        draft = self.controller.draft
        step = page.step
        navigating = self.tasks.running("navigate")
        busy = page.busy or navigating

        back_target = self.controller.back_target()
        form.backButton.setVisible(back_target is not None)
        form.backButton.setEnabled(back_target is not None and not busy)

        if step == Step.LIVE or (step == Step.TICKET and draft.ticket.ticket_id is None):
            # The ticket page creates the ticket with its own button; after that Next follows it.
            form.nextButton.hide()
        else:
            form.nextButton.show()
            text = self.tr("Follow the ticket") if step == Step.TICKET else self.tr("Next")
            form.nextButton.setText(text)
            form.nextButton.setEnabled(page.valid and not busy)

        form.spinner.set_spinning(busy)
        hint = self._hint(page, busy)
        form.nextHint.setText(hint)
        # Without Back, Next or a sentence the bar would be an empty strip (the live page): it goes, and such
        # a page shows its own work in progress.
        form.navBar.setVisible(
            not form.backButton.isHidden() or not form.nextButton.isHidden() or (bool(hint) and not busy)
        )
        if step == Step.LIVE:
            # The order is placed: every step of it is done, whatever this session's draft knows.
            form.stepIndicator.set_position(step, done=INDICATED_STEPS, reachable=())
        else:
            form.stepIndicator.set_position(
                step,
                done=self.controller.done_steps(),
                reachable=() if busy else self.controller.back_targets(),
            )
        title = page.title()
        suffix = " — " + self.tr("SANDBOX") if self._embedded else ""
        badge = page.title_badge()
        # The count first: a taskbar entry cut short still shows that something is waiting.
        prefix = f"({badge}) " if badge > 0 else ""
        self.setWindowTitle(f"{prefix}Workbay — {title}{suffix}")

    def _hint(self, page: WizardPage, busy: bool) -> str:
        if busy:
            return self.tr("Working…")
        if page.valid or page.error or page.step in {Step.TICKET, Step.LIVE}:
            # The ticket page's own Create button is the way on: no hint beside a hidden Next.
            return ""
        if page.step == Step.LOGIN and not self._server_ready:
            return ""
        if page.step == Step.LOGIN:
            return self.tr("Enter the connector's UUID and pincode.")
        found = blockers(self.controller.draft.at(page.step), page.step)
        return blocker_text(found[0]) if found else ""

    # --- moving between steps -------------------------------------------------------------------------

    def _show_step(self, step: Step) -> None:
        previous = self._current
        if previous is not None and previous.step != step:
            previous.leave()
        draft = self.controller.move_to(step)
        page = self.page(step)
        self._current = page
        self.form.pageStack.setCurrentWidget(page)
        page.enter(draft)
        focused = QApplication.focusWidget()
        if focused is None or not page.isAncestorOf(focused):
            # The page did not place the focus: keep it on the page, not on whatever chrome comes next
            # in the focus chain (a focus ring on Log out would invite the wrong press).
            page.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_resume_offer()
        self._update_header()
        self.update_chrome()
        _log.info("showing %s", step.value)
        self.sig_step_shown.emit(step)

    def _on_next_button_clicked(self) -> None:
        self._request_next()

    def _request_next(self) -> None:
        page = self._current
        if page is None or self.tasks.running("navigate") or page.busy or not page.valid:
            return
        if page.step == Step.LIVE or not self.form.nextButton.isVisible():
            return

        async def advance() -> Step | None:
            if not await page.before_next():
                return None
            if page is not self._current:
                return None
            if page.step == Step.LOGIN:
                resumed = self.controller.after_login(self.controller.draft)
                if resumed is not None:
                    return resumed.step
            return self.controller.next_target()

        self.tasks.start("navigate", advance, self._on_navigation_decided)
        self.update_chrome()

    def _on_navigation_decided(self, target: Step | None) -> None:
        if target is not None:
            self._show_step(target)
        else:
            self.update_chrome()

    def _on_back_button_clicked(self) -> None:
        page = self._current
        if page is None or page.busy or self.tasks.running("navigate"):
            return
        target = self.controller.back_target()
        if target is not None:
            self._show_step(target)

    def _on_step_indicator_step_clicked(self, step: Step) -> None:
        page = self._current
        if page is None or page.busy or self.tasks.running("navigate"):
            return
        if step in self.controller.back_targets():
            self._show_step(step)

    # --- what the pages say ----------------------------------------------------------------------------

    def _on_page_state_changed(self, page: WizardPage) -> None:
        if page is self._current:
            self.update_chrome()

    def _on_page_draft_changed(self, page: WizardPage, draft: WizardDraft) -> None:
        if page is not self._current:
            _log.debug("ignored a draft from %s, which is not on show", page.step.value)
            return
        kept = self.controller.change(draft)
        page.update_draft(kept)
        self._update_header()
        self.update_chrome()

    def _on_page_next_requested(self, page: WizardPage) -> None:
        if page is self._current:
            self._request_next()

    def _on_page_jump_requested(self, page: WizardPage, step: object) -> None:
        if page is not self._current or not isinstance(step, Step):
            return
        draft = self.controller.draft
        if draft.step == Step.LOGIN:
            # The connector's open ticket: a saved draft of that same ticket is continued (it names the car
            # and the products); any other saved order is superseded by the open ticket.
            self.controller.after_login(draft)
        self._show_step(step)

    # --- resume -----------------------------------------------------------------------------------------

    def _update_resume_offer(self) -> None:
        form = self.form
        offer = self.controller.pending_resume
        on_login = self._current is not None and self._current.step == Step.LOGIN
        if offer is None or not on_login:
            form.resumeOffer.hide()
            return
        step = step_title(offer.step)
        car = offer.vehicle_text
        saved = _when(offer.saved_at)
        if self._resume_continued:
            form.resumeTitle.setText(self.tr("Log in to continue"))
            form.resumeDetail.setText(
                self.tr("Log in with connector %1 to continue at %2.")
                .replace("%1", short_uuid(offer.connector_uuid))
                .replace("%2", step)
            )
            form.continueButton.hide()
        else:
            form.resumeTitle.setText(self.tr("Continue where you left off?"))
            detail = (
                self.tr("%1 for %2, saved %3.").replace("%1", step).replace("%2", car).replace("%3", saved)
                if car
                else self.tr("%1, saved %2.").replace("%1", step).replace("%2", saved)
            )
            form.resumeDetail.setText(detail)
            form.continueButton.show()
        form.resumeOffer.show()

    def _on_continue_button_clicked(self) -> None:
        if self.controller.pending_resume is None:
            return
        login_draft = self.controller.accept_resume()
        self._resume_continued = True
        page = self.page(Step.LOGIN)
        page.enter(login_draft)
        self._update_resume_offer()
        self.update_chrome()

    def _on_start_over_button_clicked(self) -> None:
        self.controller.decline_resume()
        self._resume_continued = False
        self._update_resume_offer()
        self.update_chrome()

    # --- logout -----------------------------------------------------------------------------------------

    def _on_header_logout_clicked(self) -> None:
        if self._logout_box is not None and self._logout_box.isVisible():
            return
        box = QMessageBox(self)
        box.setObjectName("logoutConfirmation")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Log out"))
        box.setText(self.tr("Log out of this connector?"))
        box.setInformativeText(
            self.tr("The order you are putting together is discarded. A ticket already created goes on.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Log out"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Stay logged in"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._on_logout_box_finished)
        self._logout_box = box
        box.open()

    def _on_logout_box_finished(self, result: int) -> None:
        box = self._logout_box
        self._logout_box = None
        if box is not None:
            box.deleteLater()
        if result == QMessageBox.StandardButton.Yes:
            self.logout()

    def logout(self) -> None:
        """End the session: the session and the draft are cleared and the login page shown."""
        self.tasks.cancel()
        current = self._current
        if current is not None:
            current.leave()
        try:
            self.context.workbench.logout()
        except Exception:  # noqa: BLE001 - logging out must always get the technician back to the login
            _log.exception("the session could not be ended cleanly")
        self.controller.clear()
        # The pages of the old order go with it: a new order starts from fresh pages.
        for step, page in list(self._pages.items()):
            if step != Step.LOGIN:
                self.form.pageStack.removeWidget(page)
                page.deleteLater()
                del self._pages[step]
        self._current = None
        self._reset_branding()
        self._show_step(Step.LOGIN)
        self.page(Step.LOGIN).show_notice(self.tr("You are logged out. The order in progress was discarded."))

    # --- header and branding ----------------------------------------------------------------------------

    def _update_header(self) -> None:
        login = self.controller.draft.login
        header = self.form.header
        if login.logged_in and login.connector_uuid:
            header.set_connector(login.connector_uuid, online=login.is_online)
            if self._branded_for != login.connector_uuid:
                self._branded_for = login.connector_uuid
                self._load_branding()
        else:
            header.clear_connector()

    def _load_branding(self) -> None:
        workbench = self.context.workbench

        async def work() -> Branding:
            from app.services.branding import BrandingService  # noqa: PLC0415 - after login only

            return await BrandingService(workbench.api).branding()

        self.tasks.start(
            "branding", work, self._on_branding_loaded, on_failure=self._on_branding_failed, busy=False
        )

    def _on_branding_loaded(self, branding: Branding) -> None:
        self.branding = branding
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(
                app, accent=branding.theme_color or DEFAULT_ACCENT, header=branding.header_color or ""
            )
        header = self.form.header
        header.set_company(branding.company_name)
        header.set_logo(branding.logo)
        header.retranslate()
        self.form.nextButton.setIcon(icon("next", on_accent()))
        _log.info("branding applied: %s", branding.company_name or "(no name)")
        self.sig_branding_applied.emit()

    def _on_branding_failed(self, error: ServiceError, _retry: Callable[[], None]) -> None:
        # Decoration only: the header keeps Workbay's look, the next login tries again.
        self._branded_for = ""
        _log.info("the branding could not be read: %s", error)

    def _reset_branding(self) -> None:
        self.tasks.cancel("branding")
        self.branding = None
        self._branded_for = ""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, accent=DEFAULT_ACCENT, header="")
        header = self.form.header
        header.set_company("")
        header.set_logo(None)
        header.clear_connector()
        self.form.nextButton.setIcon(icon("next", on_accent()))

    # --- internals --------------------------------------------------------------------------------------

    def _tell_login_page(self) -> None:
        login = self._pages.get(Step.LOGIN)
        aware = _server_aware(login)
        if login is None or aware is None:
            return
        # While the server starts, the login page's hint beside the disabled Log in says so; the banner is
        # kept for a start that failed, where its Retry is the way on. Then the hint does not repeat the
        # banner's sentence: it says what Log in waits for.
        failed = self._server_retry is not None and bool(self._server_message)
        hint = self.tr("You can log in as soon as the training server runs.") if failed else ""
        aware.set_server_ready(self._server_ready, hint or self._server_message)
        if failed:
            login.show_error(self._server_message, retry=self._server_retry)
            self._server_banner = True
        elif self._server_banner:
            # Only the banner this method raised goes: a notice of the program's own (storage) stays.
            login.clear_error()
            self._server_banner = False
        self.update_chrome()

    def _on_window_task_failed(self, error: ServiceError, retry: Callable[[], None]) -> None:
        if self._current is not None:
            self._current.show_failure(error, retry)
        self.update_chrome()

    def _on_tasks_busy_changed(self, _busy: bool) -> None:
        self.update_chrome()

    def _shortcut(self, keys: str, slot: Callable[[], None]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-set the texts when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closing the window ends the program (the draft is saved already)."""
        event.accept()
        self.sig_close_requested.emit()


def _server_aware(page: object) -> ServerAwarePage | None:
    """``page`` when it takes part in the sandbox's start (the login page), else None."""
    return page if isinstance(page, ServerAwarePage) else None


def _when(moment: datetime) -> str:
    """A save time as the offer says it: "today at 14:02", or the date and time."""
    local = moment.astimezone()
    today = datetime.now(local.tzinfo).date()
    if local.date() == today:
        return QCoreApplication.translate("Resume", "today at %1").replace("%1", local.strftime("%H:%M"))
    return QCoreApplication.translate("Resume", "on %1").replace("%1", local.strftime("%d.%m.%Y %H:%M"))
