"""The base of every wizard page: ``valid``, ``busy`` and ``error``, a banner, and background work.

A page shows one :class:`~app.domain.wizard.Step`. The main window calls :meth:`WizardPage.enter` with the
current draft when the page is shown and reads the page's three properties to derive its buttons, spinner
and banner in one place. When the technician changes something, the page builds the new draft with the
``with_*`` functions of :mod:`app.domain.wizard` and emits :attr:`WizardPage.sig_draft_changed`; the main
window saves it and passes it back through :meth:`WizardPage.update_draft`.

Layout: the base puts a :class:`MessageBanner` on top and the page's Designer form into ``self.body``
(``self.form.setupUi(self.body)`` in the subclass).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.wizard import Step, WizardDraft, is_complete
from app.gui.messages import failure_text
from app.gui.tasks import TaskRunner
from app.gui.widgets.banner import BannerLevel, MessageBanner
from app.services.errors import Failure, ServiceError
from app.services.workbench import Workbench

__all__ = ["PageContext", "SampleConnector", "WizardPage"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SampleConnector:
    """A training connector of the embedded sandbox, offered on the login page to fill in."""

    uuid: str
    pincode: str
    #: What it is for, e.g. "VW Golf VIII, DoIP" or "offline".
    label: str


@dataclass(frozen=True, slots=True)
class PageContext:
    """What every page may use: the services, and how the program is set up."""

    workbench: Workbench
    #: Interface language (en, de, nl, fr, da).
    language: str = "en"
    #: Touch kiosk: larger targets, the PIN pad shown at once.
    kiosk: bool = False
    #: Whether the embedded training sandbox is the server.
    sandbox: bool = False
    #: Offer "remember this connector" (a setting).
    remember_connectors: bool = True
    #: Play the desktop's message sound with a notification of a new operator message (a setting).
    notification_sound: bool = False


class WizardPage(QWidget):
    """One page of the wizard. Subclasses set ``step`` and implement :meth:`enter` and :meth:`retranslate`."""

    step: ClassVar[Step]

    sig_state_changed = Signal()
    """``valid``, ``busy`` or ``error`` changed: the window derives its buttons again."""

    sig_draft_changed = Signal(object)
    """The technician changed this page's part of the draft (argument: the new :class:`WizardDraft`)."""

    sig_next_requested = Signal()
    """The page finished its own work and asks to move on (e.g. a login that succeeded)."""

    sig_jump_requested = Signal(object)
    """The page asks to go straight to another step (argument: the :class:`Step`), e.g. an active ticket."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.draft = WizardDraft()
        self.banner = MessageBanner(self)
        self.body = QWidget(self)
        self.body.setObjectName("pageBody")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(self.body, 1)
        self.tasks = TaskRunner(self, on_failure=self.show_failure)
        self.tasks.sig_busy_changed.connect(self._on_tasks_busy_changed)
        self._error = ""

    # --- the three properties the window reads --------------------------------------------------------

    @property
    def valid(self) -> bool:
        """Whether Next may leave this page (default: the domain's rules for this step)."""
        return is_complete(self.draft, self.step)

    @property
    def busy(self) -> bool:
        """Whether the page waits for the server."""
        return self.tasks.busy

    @property
    def error(self) -> str:
        """The sentence of the failure on show, or ""."""
        return self._error

    # --- called by the window ---------------------------------------------------------------------------

    def enter(self, draft: WizardDraft) -> None:
        """The page is shown with ``draft``: restore the widgets from it and start what it needs."""
        self.update_draft(draft)

    def update_draft(self, draft: WizardDraft) -> None:
        """Take a newer draft without restarting the page's work (the window calls this after a save)."""
        self.draft = draft
        self.sig_state_changed.emit()

    def leave(self) -> None:
        """The page is hidden: stop its work (results for a page not shown are not wanted)."""
        self.tasks.cancel()

    async def before_next(self) -> bool:
        """Work that Next must finish first (e.g. saving a choice on the server); False keeps the page."""
        return True

    def retranslate(self) -> None:
        """Set every text in the current language (called at start and on a language change)."""
        self.banner.retranslate()

    def title(self) -> str:
        """The page's name for the step indicator and the window title."""
        return self.step.value.title()

    def title_badge(self) -> int:
        """A count the window title shows in front, e.g. unread messages (0: none)."""
        return 0

    # --- for subclasses ---------------------------------------------------------------------------------

    def change_draft(self, draft: WizardDraft) -> None:
        """Record a change the technician made: keep it and tell the window (which saves it)."""
        self.draft = draft
        self.sig_draft_changed.emit(draft)
        self.sig_state_changed.emit()

    def run(
        self,
        key: str,
        work: Callable[[], Awaitable[T]],
        on_done: Callable[[T], None],
        *,
        busy: bool = True,
        debounce_ms: int = 0,
    ) -> None:
        """Start background work whose failures go to this page's banner with Retry."""
        if debounce_ms:
            self.tasks.debounce(key, debounce_ms, work, on_done, busy=busy)
        else:
            self.tasks.start(key, work, on_done, busy=busy)

    def show_failure(self, error: ServiceError, retry: Callable[[], None] | None = None) -> None:
        """Show an expected failure as a sentence; Retry when it can help."""
        text = failure_text(error)
        can_retry = retry is not None and (error.retryable or error.failure == Failure.REJECTED)
        self.show_error(text, retry=retry if can_retry else None)

    def show_error(self, text: str, *, retry: Callable[[], None] | None = None) -> None:
        """Show a sentence in the error banner, with a Retry button when ``retry`` is given."""
        self._error = text

        def retry_now() -> None:
            self.clear_error()
            if retry is not None:
                retry()

        self.banner.show_message(
            text,
            level=BannerLevel.ERROR,
            action_text=self.tr("Retry") if retry else "",
            action=retry_now if retry else None,
        )
        self.sig_state_changed.emit()

    def show_notice(self, text: str, *, level: BannerLevel = BannerLevel.INFO) -> None:
        """Show a sentence that is not an error (it does not count as ``error``)."""
        self._error = ""
        self.banner.show_message(text, level=level)
        self.sig_state_changed.emit()

    def clear_error(self) -> None:
        """Hide the banner."""
        if self._error or not self.banner.isHidden():
            self._error = ""
            self.banner.clear()
            self.sig_state_changed.emit()

    # --- internals --------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-set the texts when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_tasks_busy_changed(self, _busy: bool) -> None:
        self.sig_state_changed.emit()
