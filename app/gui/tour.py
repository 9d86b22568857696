"""``workbay tour --out DIR``: the real window driven through a whole order, one screenshot per page.

The tour starts the program as a technician would (the same shell, window and pages) against a fresh
training sandbox in a child process, and works the pages through their widgets: it types the connector's
UUID and pincode, tries a wrong pincode once, lets the vehicle page find the car from the connector's VIN,
opens the manual cascade, ticks products, answers the questions, enters a voucher, creates the ticket and
opens it. Before each screenshot it waits until the page is idle (nothing loading) and painted.

It keeps the technician's own data out of it: the store, the log and the settings file live in a
temporary directory, and no pincode goes to the keyring. Offscreen unless a display is there; under X or
Wayland the window is shown and driven the same way.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from app.domain.ticket_state import TicketState
from app.domain.wizard import PrerequisiteKind, Step
from app.gui.theme import pixmap

if TYPE_CHECKING:
    from app.gui.app import Shell
    from app.gui.main_window import MainWindow
    from app.gui.page import WizardPage
    from app.gui.pages.live import LivePage
    from app.gui.widgets.prerequisite_form import PrerequisiteForm
    from app.gui.widgets.product_list import ProductList, ProductRow
    from app.store.paths import AppPaths
    from app.store.settings import Settings

__all__ = ["SHOTS", "Tour", "TourError", "run_tour"]

_log = logging.getLogger(__name__)

#: The screenshots, in the order they are taken.
SHOTS: Final = (
    "01-login.png",
    "01b-login-error.png",
    "02-vehicle.png",
    "02b-vehicle-cascade.png",
    "03-products.png",
    "04-prerequisites.png",
    "05-price.png",
    "06-ticket.png",
    "07-live.png",
    "08-live-chat.png",
    "09-finished.png",
    "10-history.png",
)

#: The training connector the tour logs in with: online, DoIP, the VIN of a VW Golf VIII read.
GOLF_UUID: Final = "03991f3a-26f3-521a-913f-e5db77b27774"
GOLF_PINCODE: Final = "4711"
WRONG_PINCODE: Final = "0000"
#: The services ordered: questions of every kind between them.
PRODUCT_NAMES: Final = ("Remote diagnostic support", "Guided fault finding (engine management)")
#: The answers a technician would give: the complaint in words, the odometer in km.
COMPLAINT: Final = "Engine warning light on, loss of power above 2500 rpm"
ODOMETER: Final = "84250"
VOUCHER: Final = "WELCOME10"
REFERENCE: Final = "WO-2025-0412"
SUMMARY: Final = "Engine warning light on, loss of power above 2500 rpm. The customer waits in the shop."

# Waits are generous: a loaded two-core machine starts the sandbox child in several seconds.
_WAIT: Final = 45.0
_POLL: Final = 0.05
# After the page is idle, one more moment for the last layout and paint before the picture is taken.
_SETTLE: Final = 0.25

T = TypeVar("T")


class TourError(Exception):
    """The tour could not go on; the message says where it stopped."""


class TourSandbox(Protocol):
    """The training sandbox's admin API, for the operator's side of the live ticket.

    The GUI may not import the sandbox (only the command line does): ``workbay tour`` hands one in.
    """

    async def set_ticket_state(self, ticket_id: int, state: int, *, reason: str | None = None) -> Any:
        """Move a ticket as the service center would."""

    async def advance_clock(self, seconds: float) -> Any:
        """Let sandbox time pass (the operator answers on that clock)."""

    async def aclose(self) -> None:
        """Close its connections."""


#: What the technician writes to the operator in the tour.
QUESTION: Final = "How long will it take?"
#: The satisfaction comment the tour types (not sent: the screenshot shows the prompt).
CSAT_COMMENT: Final = "Quick and clear, thank you."


class Tour:
    """Drives one window through the flow. Each step method leaves the window on the next page."""

    def __init__(
        self, shell: Shell, out_dir: Path | None, sandbox: Callable[[str], TourSandbox] | None = None
    ) -> None:
        self.shell = shell
        self.out_dir = out_dir
        self.saved: list[Path] = []
        self._sandbox = sandbox

    @property
    def window(self) -> MainWindow:
        """The window driven."""
        window = self.shell.window
        if window is None:
            raise TourError("the window is not open")
        return window

    @property
    def page(self) -> WizardPage:
        """The page on show."""
        return self.window.current_page

    # --- waiting and looking ------------------------------------------------------------------------

    async def until(self, check: Callable[[], T | None], what: str, timeout: float = _WAIT) -> T:  # noqa: ASYNC109
        """``check()`` once it is truthy; :class:`TourError` naming ``what`` after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            value = check()
            if value:
                return value
            if time.monotonic() > deadline:
                await self._save_failure(what)
                raise TourError(f"timed out waiting for {what}")
            await asyncio.sleep(_POLL)

    def idle(self) -> bool:
        """Nothing loads: not the page, not the window's navigation."""
        window = self.window
        return (
            not self.page.busy and not window.tasks.running("navigate") and not window.form.spinner.spinning
        )

    async def settle(self) -> None:
        """Wait until the window is idle, then for one last layout and paint."""
        await self.until(self.idle, f"the {self.page.step.value} page to finish loading")
        await asyncio.sleep(_SETTLE)

    async def shot(self, name: str) -> Path | None:
        """Save the window as ``name`` once it is idle and painted."""
        await self.settle()
        if self.out_dir is None:
            return None
        path = self.out_dir / name
        if not self.window.grab().save(str(path), "PNG"):
            raise TourError(f"{path} could not be written")
        self.saved.append(path)
        _log.info("tour: saved %s", path)
        return path

    async def _save_failure(self, what: str) -> None:
        if self.out_dir is None or self.shell.window is None:
            return
        name = "failed-" + "".join(c if c.isalnum() else "-" for c in what)[:60] + ".png"
        self.shell.window.grab().save(str(self.out_dir / name), "PNG")

    async def on_step(self, step: Step) -> WizardPage:
        """Wait until ``step`` is on show."""
        await self.until(lambda: self.page.step == step, f"the {step.value} page")
        return self.page

    async def next(self, step: Step) -> WizardPage:
        """Press Next and wait for ``step``."""
        button = self.window.form.nextButton
        await self.until(
            lambda: button.isVisible() and button.isEnabled(), f"Next on the {self.page.step.value} page"
        )
        self.click(button)
        return await self.on_step(step)

    # --- input ----------------------------------------------------------------------------------------

    @staticmethod
    def type_into(field: QLineEdit, text: str, *, clear: bool = True) -> None:
        """Type ``text`` key by key, as a keyboard or scanner would."""
        if clear:
            field.selectAll()
            QTest.keyClick(field, Qt.Key.Key_Backspace)
        QTest.keyClicks(field, text)

    @staticmethod
    def click(button: QAbstractButton) -> None:
        """Click ``button`` with the mouse."""
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    # --- the pages --------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Wait for the training server and the login page's connectors."""
        await self.on_step(Step.LOGIN)
        if not await self.shell.wait_until_server_ready(_WAIT):
            raise TourError("the training server did not start")

    async def login(self, *, with_error: bool = True) -> None:
        """The login page: the UUID and pincode typed (01), a wrong pincode once (01b), then logged in."""
        page = await self.on_step(Step.LOGIN)
        form = page.form  # type: ignore[attr-defined]
        self.type_into(form.uuidEdit, GOLF_UUID)
        self.type_into(form.pincodeEdit, GOLF_PINCODE)
        await self.shot("01-login.png")
        if with_error:
            self.type_into(form.pincodeEdit, WRONG_PINCODE)
            self.click(form.loginButton)
            await self.until(lambda: page.error, "the wrong pincode to be refused")
            await self.shot("01b-login-error.png")
            self.type_into(form.pincodeEdit, GOLF_PINCODE)
        self.click(form.loginButton)
        await self.on_step(Step.VEHICLE)

    async def vehicle(self, *, cascade: bool = True) -> None:
        """The vehicle page with the connector's VIN resolved (02), the manual cascade (02b), then Next."""
        page = await self.on_step(Step.VEHICLE)
        await self.until(lambda: page.draft.vehicle.vehicle is not None and page.valid, "the VIN's car")
        await self.until(
            lambda: self.window.branding is not None, "the service provider's branding", timeout=15
        )
        await self.shot("02-vehicle.png")
        if cascade:
            form = page.form  # type: ignore[attr-defined]
            self.click(form.notThisCarButton)
            cascade_view = page.cascade  # type: ignore[attr-defined]
            await self.until(lambda: cascade_view.chosen() is not None, "the cascade to show the car")
            await self.shot("02b-vehicle-cascade.png")
            self.click(cascade_view.form.cancelButton)
            await self.until(lambda: page.valid, "the VIN view again")
        await self.next(Step.PRODUCTS)

    async def products(self, names: Sequence[str] = PRODUCT_NAMES) -> None:
        """The products page: each product found by search and ticked (03), Next fetches the questions."""
        page = await self.on_step(Step.PRODUCTS)
        form = page.form  # type: ignore[attr-defined]
        await self.settle()
        for name in names:
            self.type_into(form.searchEdit, name)

            def shown(name: str = name) -> ProductRow | None:
                return self._product_row(page, name)

            def chosen(name: str = name) -> bool:
                return name in {product.name for product in page.draft.products.products}

            row = await self.until(shown, f"the product {name!r}")
            if not row.chosen:
                self.click(row.check)
            await self.until(chosen, f"{name!r} to be chosen")
        form.searchEdit.clear()
        await self.shot("03-products.png")

    @staticmethod
    def _product_row(page: WizardPage, name: str) -> ProductRow | None:
        product_list: ProductList = page.form.productList  # type: ignore[attr-defined]
        for product_id in product_list.shown_ids:
            row = product_list.row(product_id)
            if row is not None and row.product.name == name and row.isVisible():
                return row
        return None

    async def prerequisites(self) -> None:
        """The questions page, every question answered through its widget (04)."""
        page = await self.next(Step.PREREQUISITES)
        await self.settle()
        self._answer_questions(page)
        await self.until(lambda: page.valid, "every required question answered")
        await self.shot("04-prerequisites.png")

    def _answer_questions(self, page: WizardPage) -> None:
        """Answer every question through its own input: Yes, the first option, a number, a sentence."""
        prerequisite_form: PrerequisiteForm = page.form.prerequisiteForm  # type: ignore[attr-defined]
        for field in prerequisite_form.fields():
            kind = field.question.kind
            if field.yes_button is not None:
                self.click(field.yes_button)
            elif field.radio_buttons:
                self.click(field.radio_buttons[0])
            elif field.combo is not None:
                field.combo.setFocus()
                QTest.keyClick(field.combo, Qt.Key.Key_Down)
            elif field.line_edit is not None:
                self.type_into(field.line_edit, ODOMETER if kind == PrerequisiteKind.NUMBER else COMPLAINT)

    async def price(self, voucher: str = VOUCHER) -> None:
        """The price page with the voucher accepted and the unattended service confirmed if asked (05)."""
        page = await self.next(Step.PRICE)
        form = page.form  # type: ignore[attr-defined]
        await self.settle()
        self.type_into(form.voucherEdit, voucher)
        await self.until(
            lambda: page.draft.price.quoted_for == (page.draft.products.product_ids, voucher),
            "the price with the voucher",
        )
        if page.draft.price.voucher_refused:
            raise TourError(f"the voucher {voucher} was refused")
        if form.unattendedCheck.isVisible() and not form.unattendedCheck.isChecked():
            self.click(form.unattendedCheck)
        await self.until(lambda: page.valid, "the price page to allow ordering")
        await self.shot("05-price.png")

    async def ticket(self) -> None:
        """The ticket page filled in (06), the ticket created, then the live page (07)."""
        page = await self.next(Step.TICKET)
        form = page.form  # type: ignore[attr-defined]
        await self.settle()
        reference = getattr(form, "referenceEdit", None)
        if isinstance(reference, QLineEdit):
            self.type_into(reference, REFERENCE)
        summary = getattr(form, "summaryEdit", None)
        if summary is not None:
            summary.setFocus()
            QTest.keyClicks(summary, SUMMARY)
        await self.shot("06-ticket.png")
        create = getattr(form, "createButton", None)
        if not isinstance(create, QAbstractButton):
            raise TourError("the ticket page has no Create button")
        self.click(create)
        await self.until(lambda: page.draft.ticket.ticket_id is not None, "the ticket to be created")
        button = self.window.form.nextButton

        def onward() -> bool:
            # The ticket page opens the live ticket itself once it is done; else "Follow the ticket" does.
            return self.page.step == Step.LIVE or (button.isVisible() and button.isEnabled() and self.idle())

        await self.until(onward, "the live ticket to open")
        if self.page.step != Step.LIVE:
            self.click(button)
        live = await self.on_step(Step.LIVE)
        await self.until(lambda: getattr(live, "ticket_status", None) is not None, "the ticket to be read")
        await self.shot("07-live.png")

    async def live(self) -> None:
        """The operator at work (08: a chat with the technician's photo), then done (09), the history (10)."""
        from app.gui.pages.live import LivePage  # noqa: PLC0415 - the class, for the check below

        page = await self.on_step(Step.LIVE)
        endpoint = self.shell.endpoint
        ticket_id = page.draft.ticket.ticket_id
        if not isinstance(page, LivePage) or self._sandbox is None or endpoint is None or ticket_id is None:
            raise TourError("the live ticket cannot be driven without the training sandbox")
        sandbox = self._sandbox(endpoint.base_url)
        try:
            await self._operator_at_work(page, sandbox, ticket_id)
            await self.shot("08-live-chat.png")
            await sandbox.set_ticket_state(ticket_id, TicketState.CLOSED)
            await self.until(lambda: not page.csat.isHidden(), "the satisfaction prompt")
            await self.until(lambda: bool(page.notes.notes), "the operator's notes")
            await self.until(lambda: self._said(page, "The session has ended"), "the end of the session")
            self.click(page.csat.score_buttons[1])
            page.csat.comment_edit.setFocus()
            QTest.keyClicks(page.csat.comment_edit, CSAT_COMMENT)
            page.form.sideScroll.ensureWidgetVisible(page.csat)
            await self.shot("09-finished.png")
            await self._history(page)
        finally:
            await sandbox.aclose()

    async def _operator_at_work(self, page: LivePage, sandbox: TourSandbox, ticket_id: int) -> None:
        await sandbox.set_ticket_state(ticket_id, TicketState.IN_PROGRESS)
        await sandbox.advance_clock(3)
        await self.until(lambda: self._said(page, "Hello"), "the operator's greeting")
        await sandbox.advance_clock(16)
        await self.until(lambda: self._said(page, "Could you please send a photo"), "the photo request")
        with tempfile.TemporaryDirectory(prefix="workbay-tour-photo-") as folder:
            photo = Path(folder) / "dashboard.jpg"
            if not dashboard_photo().save(str(photo), quality=90):  # JPEG, from the suffix
                raise TourError("the dashboard photo could not be written")
            page.composer.sig_files_chosen.emit([photo])
            await self.until(lambda: self._photo_shown(page), "the photo in the chat")
        await sandbox.advance_clock(4)
        await self.until(lambda: self._said(page, "Thanks, I can see"), "the operator's answer to the photo")
        page.composer.set_text(QUESTION)
        QTest.keyClick(page.composer.edit, Qt.Key.Key_Return)
        await self.until(lambda: self._said(page, QUESTION), "the question in the chat")
        await sandbox.advance_clock(5)
        await self.until(lambda: self._said(page, "It will take about"), "the operator's estimate")

    async def _history(self, page: LivePage) -> None:
        self.click(page.form.historyButton)
        dialog = page.history_dialog
        if dialog is None:
            raise TourError("History opened nothing")
        await self.until(lambda: bool(dialog.rows), "the earlier tickets")
        await asyncio.sleep(_SETTLE)
        if self.out_dir is not None:
            path = self.out_dir / "10-history.png"
            if not dialog.grab().save(str(path), "PNG"):
                raise TourError(f"{path} could not be written")
            self.saved.append(path)
        dialog.close()

    @staticmethod
    def _said(page: LivePage, start: str) -> bool:
        chat = page.chat
        return any((message.content or "").startswith(start) for message in chat.messages())

    @staticmethod
    def _photo_shown(page: LivePage) -> bool:
        chat = page.chat
        return any(
            message.attachment is not None and chat.has_thumbnail(message.id) for message in chat.messages()
        )

    async def run(self) -> list[Path]:
        """The whole flow; returns the screenshots written."""
        await self.start()
        await self.login()
        await self.vehicle()
        await self.products()
        await self.prerequisites()
        await self.price()
        await self.ticket()
        await self.live()
        return self.saved


def dashboard_photo(width: int = 1280, height: int = 720) -> QImage:
    """A picture of an instrument cluster with the engine and battery warnings lit (the tour's photo)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = QLinearGradient(0, 0, 0, height)
        shade.setColorAt(0.0, QColor("#1b232b"))
        shade.setColorAt(1.0, QColor("#06090c"))
        painter.fillRect(image.rect(), shade)
        radius = height * 0.34
        for centre_x, label in ((width * 0.27, "km/h"), (width * 0.73, "x1000/min")):
            centre = QPointF(centre_x, height * 0.48)
            painter.setPen(QPen(QColor("#3a4652"), 10))
            painter.setBrush(QColor("#0d1318"))
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(QPen(QColor("#d7dee5"), 4))
            for tick in range(11):
                angle = math.radians(225 - tick * 27)
                outer = QPointF(
                    centre.x() + math.cos(angle) * radius * 0.9, centre.y() - math.sin(angle) * radius * 0.9
                )
                inner = QPointF(
                    centre.x() + math.cos(angle) * radius * 0.78, centre.y() - math.sin(angle) * radius * 0.78
                )
                painter.drawLine(inner, outer)
            painter.setPen(QPen(QColor("#ff5a36"), 6))
            needle = math.radians(200)
            painter.drawLine(
                centre,
                QPointF(
                    centre.x() + math.cos(needle) * radius * 0.7, centre.y() - math.sin(needle) * radius * 0.7
                ),
            )
            painter.setPen(QColor("#8b98a5"))
            painter.setFont(QFont("Sans", int(height * 0.03)))
            painter.drawText(
                QRectF(centre.x() - radius, centre.y() + radius * 0.35, 2 * radius, radius * 0.3),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        for index, (name, colour_name) in enumerate(
            (("warning", "#f5a623"), ("battery", "#e5312b"), ("wrench", "#f5a623"))
        ):
            lamp = pixmap(name, int(height * 0.09), colour_name).toImage()
            painter.drawImage(QPointF(width * 0.5 - lamp.width() / 2, height * (0.22 + 0.2 * index)), lamp)
    finally:
        painter.end()
    return image


def _use_offscreen_without_display() -> None:
    """Offscreen when there is no display to show the window on (a terminal over SSH, CI)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


async def _tour(
    settings: Settings,
    paths: AppPaths,
    out_dir: Path,
    *,
    size: tuple[int, int],
    sandbox: Callable[[str], TourSandbox] | None,
) -> int:
    width, height = size
    from app.gui.app import Shell  # noqa: PLC0415

    shell = Shell(settings, paths, sandbox_db=":memory:", use_keyring=False)
    window = await shell.open()
    window.resize(width, height)
    window.show()
    shell.start_server()
    tour = Tour(shell, out_dir, sandbox)
    try:
        saved = await tour.run()
    except TourError as error:
        print(f"workbay tour: {error}.", file=sys.stderr)  # noqa: T201
        return 1
    finally:
        await shell.close()
    for path in saved:
        print(path)  # noqa: T201 - the command's output
    return 0


def run_tour(
    settings: Settings,
    paths: AppPaths,
    *,
    out_dir: Path,
    width: int = 1280,
    height: int = 800,
    sandbox: Callable[[str], TourSandbox] | None = None,
) -> int:
    """Run the tour; returns the exit status. ``paths`` is only where the settings came from: the tour
    keeps its store and log in a temporary directory."""
    import qasync  # noqa: PLC0415

    from app.gui.app import prepare_application  # noqa: PLC0415
    from app.store.logs import configure_logging  # noqa: PLC0415
    from app.store.paths import AppPaths  # noqa: PLC0415

    del paths
    out_dir = out_dir.expanduser().resolve()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"workbay tour: {out_dir} cannot be created ({exc.strerror or exc}).", file=sys.stderr)  # noqa: T201
        return 2
    _use_offscreen_without_display()
    with tempfile.TemporaryDirectory(prefix="workbay-tour-") as temp:
        tour_paths = AppPaths.under(Path(temp))
        configure_logging(tour_paths.log_file, level=settings.log_level)
        # The tour always shows the training sandbox: it orders, and nothing it orders may be real.
        tour_settings = settings.model_copy(update={"api_url": None, "ws_url": None})
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            app = QApplication([sys.argv[0] if sys.argv else "workbay"])
        prepare_application(app, language=settings.language, kiosk=settings.kiosk)
        result: int = qasync.run(
            _tour(tour_settings, tour_paths, out_dir, size=(width, height), sandbox=sandbox)
        )
        if result:
            kept = out_dir / "tour.log"
            kept.write_bytes(tour_paths.log_file.read_bytes() if tour_paths.log_file.is_file() else b"")
            print(f"workbay tour: the log is kept as {kept}.", file=sys.stderr)  # noqa: T201
        return result
