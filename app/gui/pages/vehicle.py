"""Page 2, the vehicle: the VIN (read by the connector, typed or scanned), the car it belongs to, and the
tickets known for it.

The VIN is checked as it is typed: mistakes that make it unusable (a wrong length, the letters I, O and Q)
block and say where they are; a check digit that does not match only warns, because many European VINs
never had a valid one. Once the VIN is well formed the car is looked up after a short pause in typing
(the newest VIN wins; an answer for an older one is dropped). Tickets prepared for the VIN and its earlier
tickets load next to the search and never hold up the car.

"Not this car?" (or "Choose the car by hand" when the catalogue does not know the VIN) swaps the page to
the manual cascade make → model group → model → variant. A car that needs DoIP cannot be ordered through
a connector without it: the page says so and Next stays off.

The page keeps one fact the draft does not hold: which VIN the car shown was found for. While the VIN is
being edited the draft keeps the previous car (so a typo fixed at once does not throw away the products
chosen for it), but the page is not valid until the car belongs to the VIN in the field.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Hashable
from enum import StrEnum
from typing import Final, TypeVar, cast

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidgetItem,
    QWidget,
)

from app.api.models import Make, Model, ModelGroup, ModelVariant
from app.domain.ticket_state import TicketState
from app.domain.vin import VIN_LENGTH, VinCheck, VinIssue, VinIssueCode, normalize_vin, validate_vin
from app.domain.wizard import Step, VehicleChoice, VinSource, WizardDraft, with_vehicle
from app.gui.generated.ui_vehicle_cascade import Ui_VehicleCascade
from app.gui.generated.ui_vehicle_page import Ui_VehiclePage
from app.gui.history import HistoryDialog
from app.gui.page import PageContext, WizardPage
from app.gui.theme import icon, repolish
from app.gui.widgets.banner import BannerLevel
from app.gui.widgets.filter_list import FilterList
from app.services.errors import ServiceError
from app.services.vehicles import (
    EarlierTicketRow,
    EarlierTickets,
    PreparedTicketRow,
    VehicleMatch,
    VehicleService,
    doip_blocked,
)

__all__ = ["LOOKUP_DELAY_MS", "VehicleCascade", "VehiclePage"]

_log = logging.getLogger(__name__)

#: The pause in typing after which a well-formed VIN is looked up.
LOOKUP_DELAY_MS: Final = 400

_SEARCH: Final = "vehicle-search"
_PREPARED: Final = "vehicle-prepared"
_EARLIER: Final = "vehicle-earlier"
_CASCADE_KEYS: Final = ("cascade-makes", "cascade-groups", "cascade-models", "cascade-variants")
#: What I, O and Q most likely stand for.
_IOQ_DIGIT: Final = {"I": "1", "O": "0", "Q": "0"}
_CHARACTER_ISSUES: Final = frozenset(
    {VinIssueCode.INVALID_CHARACTER, VinIssueCode.LETTER_IOQ, VinIssueCode.LOWER_CASE}
)
#: At most this many character mistakes are spelled out at once; more would bury the first.
_SHOWN_CHARACTER_ISSUES: Final = 2
#: Between make, model group, model and variant in the cascade's summary.
_PATH_SEPARATOR: Final = " \u203a "

T = TypeVar("T")
FailureHandler = Callable[[ServiceError, Callable[[], None]], None]


def _arg(text: str, *values: object) -> str:
    """Qt's ``%1``, ``%2`` ... placeholders filled in (translations may reorder them)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def _set_role(label: QLabel, role: str) -> None:
    if label.property("role") != role:
        label.setProperty("role", role)
        repolish(label)


class _ListState(StrEnum):
    """Where a side list (prepared or earlier tickets) stands."""

    IDLE = "idle"
    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"


class _ResultView(StrEnum):
    """What the result card shows."""

    CAR = "car"
    LOOKING = "looking"
    UNKNOWN = "unknown"
    FAILED = "failed"
    WAITING = "waiting"


# --- the manual cascade -------------------------------------------------------------------------------


class VehicleCascade(QWidget):
    """Make → model group → model → variant, four filterable lists side by side (a view of the page)."""

    sig_car_chosen = Signal(object)
    """The technician pressed "Use this car" (argument: the :class:`VehicleChoice`)."""

    sig_cancelled = Signal()
    """The technician went back to the VIN without choosing."""

    def __init__(self, page: WizardPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page = page
        self.form = Ui_VehicleCascade()
        self.form.setupUi(self)  # type: ignore[no-untyped-call]  # uic's code carries no annotations
        self._makes: dict[int, Make] = {}
        self._groups: dict[int, ModelGroup] = {}
        self._models: dict[int, Model] = {}
        self._variants: dict[int, ModelVariant] = {}
        #: The ids still to choose on opening (the current car), make first.
        self._path: list[int] = []
        self._following = False
        form = self.form
        for filter_list in self.lists:
            filter_list.set_kiosk(page.context.kiosk)
        form.makeList.sig_item_chosen.connect(self._on_make_list_sig_item_chosen)
        form.groupList.sig_item_chosen.connect(self._on_group_list_sig_item_chosen)
        form.modelList.sig_item_chosen.connect(self._on_model_list_sig_item_chosen)
        form.variantList.sig_item_chosen.connect(self._on_variant_list_sig_item_chosen)
        form.cancelButton.clicked.connect(self._on_cancel_button_clicked)
        form.useButton.clicked.connect(self._on_use_button_clicked)
        self.retranslate()

    @property
    def _service(self) -> VehicleService:
        return self._page.context.workbench.vehicles

    @property
    def lists(self) -> tuple[FilterList, FilterList, FilterList, FilterList]:
        """The four lists, make first."""
        form = self.form
        return form.makeList, form.groupList, form.modelList, form.variantList

    def retranslate(self) -> None:
        """Set every text in the current language."""
        form = self.form
        form.cascadeHeading.setText(self.tr("Choose the car by hand"))
        form.cascadeHint.setText(
            self.tr(
                "Choose the make, then the model group, the model and the variant. Type a few letters above"
                " a list to shorten it."
            )
        )
        form.makeList.set_texts(
            title=self.tr("Make"),
            placeholder=self.tr("Filter makes"),
            empty=self.tr("No makes to show."),
            no_match=self.tr("No make contains “%1”."),
        )
        form.groupList.set_texts(
            title=self.tr("Model group"),
            placeholder=self.tr("Filter model groups"),
            empty=self.tr("Choose a make first."),
            no_match=self.tr("No model group contains “%1”."),
        )
        form.modelList.set_texts(
            title=self.tr("Model"),
            placeholder=self.tr("Filter models"),
            empty=self.tr("Choose a model group first."),
            no_match=self.tr("No model contains “%1”."),
        )
        form.variantList.set_texts(
            title=self.tr("Variant"),
            placeholder=self.tr("Filter variants"),
            empty=self.tr("Choose a model first."),
            no_match=self.tr("No variant contains “%1”."),
        )
        form.cancelButton.setText(self.tr("Cancel"))
        form.cancelButton.setToolTip(self.tr("Back to the VIN, keeping the car found before"))
        form.useButton.setText(self.tr("Use this car"))
        self._show_summary()

    def open(self, current: VehicleChoice | None) -> None:
        """Start afresh, with the current car (if any) chosen again so that only the wrong part changes."""
        self._path = (
            [current.make_id, current.model_group_id, current.model_id, current.variant_id] if current else []
        )
        for key in _CASCADE_KEYS:
            self._page.tasks.cancel(key)
        self._clear_from(0)
        self.form.makeList.show_waiting(self.tr("Loading the makes…"))
        self._page.run(_CASCADE_KEYS[0], self._service.makes, self._on_makes_loaded)
        self.form.makeList.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> VehicleChoice | None:
        """The car the four lists make up, or None while one is not chosen."""
        make = self._makes.get(cast("int", self.form.makeList.chosen_key))
        group = self._groups.get(cast("int", self.form.groupList.chosen_key))
        model = self._models.get(cast("int", self.form.modelList.chosen_key))
        variant = self._variants.get(cast("int", self.form.variantList.chosen_key))
        if make is None or group is None or model is None or variant is None:
            return None
        return self._service.choice(make, group, model, variant)

    # --- the lists, one after the other -------------------------------------------------------------------

    def _on_makes_loaded(self, makes: tuple[Make, ...]) -> None:
        self._makes = {make.id: make for make in makes}
        self.form.makeList.set_items([(make.id, make.name) for make in makes])
        self._follow_path(0)

    def _on_groups_loaded(self, groups: tuple[ModelGroup, ...]) -> None:
        self._groups = {group.id: group for group in groups}
        self._fill(1, [(group.id, group.name) for group in groups], self.tr("This make has no model groups."))

    def _on_models_loaded(self, models: tuple[Model, ...]) -> None:
        self._models = {model.id: model for model in models}
        self._fill(
            2, [(model.id, model.name) for model in models], self.tr("This model group has no models.")
        )

    def _on_variants_loaded(self, variants: tuple[ModelVariant, ...]) -> None:
        self._variants = {variant.id: variant for variant in variants}
        self._fill(
            3, [(variant.id, variant.name) for variant in variants], self.tr("This model has no variants.")
        )

    def _fill(self, level: int, items: list[tuple[Hashable, str]], empty: str) -> None:
        target = self.lists[level]
        if not items:
            target.show_waiting(empty)
            return
        target.set_items(items)
        # Someone working the keyboard goes on in the next list; a finger simply taps there.
        focused = QApplication.focusWidget()
        if focused is not None and self.lists[level - 1].isAncestorOf(focused):
            target.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._follow_path(level)

    def _follow_path(self, level: int) -> None:
        if not self._path:
            return
        key = self._path.pop(0)
        self._following = True
        try:
            found = self.lists[level].choose(key)
        finally:
            self._following = False
        if not found:
            self._path.clear()

    def _chosen_by_hand(self) -> None:
        if not self._following:
            # The technician took over: the rest of the old car's path no longer applies.
            self._path.clear()

    def _on_make_list_sig_item_chosen(self, key: object) -> None:
        self._chosen_by_hand()
        make_id = cast("int", key)
        self._clear_from(1)
        self.form.groupList.show_waiting(self.tr("Loading the model groups…"))
        self._page.run(_CASCADE_KEYS[1], lambda: self._service.model_groups(make_id), self._on_groups_loaded)
        self._show_summary()

    def _on_group_list_sig_item_chosen(self, key: object) -> None:
        self._chosen_by_hand()
        group_id = cast("int", key)
        self._clear_from(2)
        self.form.modelList.show_waiting(self.tr("Loading the models…"))
        self._page.run(_CASCADE_KEYS[2], lambda: self._service.models(group_id), self._on_models_loaded)
        self._show_summary()

    def _on_model_list_sig_item_chosen(self, key: object) -> None:
        self._chosen_by_hand()
        model_id = cast("int", key)
        self._clear_from(3)
        self.form.variantList.show_waiting(self.tr("Loading the variants…"))
        self._page.run(_CASCADE_KEYS[3], lambda: self._service.variants(model_id), self._on_variants_loaded)
        self._show_summary()

    def _on_variant_list_sig_item_chosen(self, _key: object) -> None:
        self._chosen_by_hand()
        self._show_summary()

    def _clear_from(self, level: int) -> None:
        """Empty the lists from ``level`` on and stop their loading (their parent changed)."""
        for index in range(level, 4):
            self._page.tasks.cancel(_CASCADE_KEYS[index])
            self.lists[index].set_items(())
        if level <= 0:
            self._makes = {}
        if level <= 1:
            self._groups = {}
        if level <= 2:
            self._models = {}
        self._variants = {}
        self._show_summary()

    def _show_summary(self) -> None:
        form = self.form
        parts = [
            entry.name
            for entry in (
                self._makes.get(cast("int", form.makeList.chosen_key)),
                self._groups.get(cast("int", form.groupList.chosen_key)),
                self._models.get(cast("int", form.modelList.chosen_key)),
                self._variants.get(cast("int", form.variantList.chosen_key)),
            )
            if entry is not None
        ]
        complete = self.chosen() is not None
        if not parts:
            form.summaryLabel.setText(self.tr("No car chosen yet."))
        elif complete:
            form.summaryLabel.setText(_arg(self.tr("Chosen: %1"), _PATH_SEPARATOR.join(parts)))
        else:
            form.summaryLabel.setText(_arg(self.tr("So far: %1"), _PATH_SEPARATOR.join(parts)))
        form.useButton.setEnabled(complete)

    def _on_cancel_button_clicked(self) -> None:
        for key in _CASCADE_KEYS:
            self._page.tasks.cancel(key)
        self.sig_cancelled.emit()

    def _on_use_button_clicked(self) -> None:
        choice = self.chosen()
        if choice is not None:
            self.sig_car_chosen.emit(choice)


# --- the page -----------------------------------------------------------------------------------------


class VehiclePage(WizardPage):
    """The VIN, the car it belongs to (found or chosen by hand), and the tickets known for the VIN."""

    step = Step.VEHICLE

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = Ui_VehiclePage()
        self.form.setupUi(self.body)  # type: ignore[no-untyped-call]  # uic's code carries no annotations
        form = self.form
        for card in (form.vinCard, form.resultCard, form.doipCard, form.preparedCard, form.earlierCard):
            # The style sheet draws every card by this one name (Designer needs unique ones); setupUi has
            # polished the frames already, so the new name only counts once they are polished again.
            card.setObjectName("card")
            repolish(card)
        self.cascade = VehicleCascade(self, form.cascadeView)
        form.cascadeViewLayout.addWidget(self.cascade)
        header = form.earlierList.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        form.earlierList.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for badge in (form.sourceChip, form.doipBadge, form.manualBadge):
            # A badge keeps its own height in a row of taller buttons.
            badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.preparedRetryButton.hide()
        form.earlierRetryButton.hide()
        form.earlierShowAllButton.hide()
        form.earlierShowAllButton.setIcon(icon("history"))
        # A row opens that ticket's receipt: the hand says so before the first click.
        form.earlierList.viewport().setCursor(Qt.CursorShape.PointingHandCursor)

        #: The VIN the car in the draft was found (or chosen by hand) for.
        self._vehicle_vin = ""
        #: The VIN being looked up ("" when none is waiting or running).
        self._lookup_vin = ""
        self._not_found_vin = ""
        self._failed_vin = ""
        self._lists_vin = ""
        self._prepared: tuple[PreparedTicketRow, ...] = ()
        self._prepared_state = _ListState.IDLE
        self._earlier: EarlierTickets | None = None
        self._earlier_state = _ListState.IDLE
        #: The "Use it" button of each prepared ticket, by its id.
        self.prepared_buttons: dict[str, QPushButton] = {}
        # What the two lists show now; None forces the next render to build them.
        self._prepared_shown_for: tuple[object, ...] | None = None
        self._earlier_shown_for: tuple[object, ...] | None = None
        #: The earlier tickets in full ("Show all", or a row clicked), while open.
        self.history_dialog: HistoryDialog | None = None

        form.vinEdit.set_kiosk(context.kiosk)
        form.vinEdit.sig_vin_edited.connect(self._on_vin_edit_sig_vin_edited)
        form.vinEdit.sig_vin_entered.connect(self._on_vin_edit_sig_vin_entered)
        form.connectorVinButton.clicked.connect(self._on_connector_vin_button_clicked)
        form.notThisCarButton.clicked.connect(self._on_not_this_car_button_clicked)
        form.chooseByHandButton.clicked.connect(self._on_choose_by_hand_button_clicked)
        form.preparedRetryButton.clicked.connect(self._on_prepared_retry_button_clicked)
        form.earlierRetryButton.clicked.connect(self._on_earlier_retry_button_clicked)
        form.earlierShowAllButton.clicked.connect(self._on_earlier_show_all_button_clicked)
        form.earlierList.itemClicked.connect(self._on_earlier_list_item_clicked)
        form.earlierList.itemActivated.connect(self._on_earlier_list_item_activated)
        self.cascade.sig_car_chosen.connect(self._on_cascade_sig_car_chosen)
        self.cascade.sig_cancelled.connect(self._on_cascade_sig_cancelled)
        self.retranslate()

    # --- what the window reads ------------------------------------------------------------------------

    @property
    def _service(self) -> VehicleService:
        return self.context.workbench.vehicles

    @property
    def valid(self) -> bool:
        """Complete by the wizard's rules, with a well-formed VIN, and the car shown belongs to it."""
        vehicle = self.draft.vehicle
        return (
            super().valid
            # Every ticket carries the VIN, also one for a car chosen by hand.
            and vehicle.vin_valid
            and not self._lookup_vin
            and self.form.views.currentWidget() is self.form.vinView
            and (vehicle.manual or self._vehicle_vin == vehicle.vin)
        )

    @property
    def in_cascade(self) -> bool:
        """Whether the manual cascade is showing."""
        return self.form.views.currentWidget() is self.form.cascadeView

    def title(self) -> str:
        """The page's name for the step indicator."""
        return self.tr("Vehicle")

    def enter(self, draft: WizardDraft) -> None:
        """Restore the VIN, the car and the lists from the draft; a first visit takes the connector's VIN."""
        super().enter(draft)
        self.clear_error()
        self.form.views.setCurrentWidget(self.form.vinView)
        vehicle = draft.vehicle
        self._lookup_vin = self._not_found_vin = self._failed_vin = self._lists_vin = ""
        self._vehicle_vin = vehicle.vin if vehicle.vehicle is not None else ""
        self._prepared, self._prepared_state = (), _ListState.IDLE
        self._earlier, self._earlier_state = None, _ListState.IDLE
        connector_vin = normalize_vin(draft.login.connector_vin)
        if vehicle.vin_source == "none" and not vehicle.vin and connector_vin:
            self.form.vinEdit.set_vin(connector_vin)
            self._take_vin(connector_vin, "connector", delay_ms=0)
        else:
            self.form.vinEdit.set_vin(vehicle.vin)
            check = validate_vin(vehicle.vin)
            if check.is_valid != vehicle.vin_valid:
                self.change_draft(
                    with_vehicle(self.draft, vehicle.model_copy(update={"vin_valid": check.is_valid}))
                )
            if check.is_valid:
                if vehicle.vehicle is None:
                    self._lookup(vehicle.vin, delay_ms=0)
                self._load_lists(vehicle.vin, delay_ms=0)
            self._render()
        if self.draft.vehicle.vehicle is None:
            self.form.vinEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_draft(self, draft: WizardDraft) -> None:
        """Take the saved draft and show what depends on it (the connector's DoIP support, say)."""
        super().update_draft(draft)
        self._render()

    def leave(self) -> None:
        """Stop the lookups; the page starts them again when shown."""
        super().leave()
        self._lookup_vin = ""

    def retranslate(self) -> None:
        """Set every text in the current language."""
        super().retranslate()
        form = self.form
        form.vinHeading.setText(self.tr("Vehicle identification number (VIN)"))
        form.vinHint.setText(
            self.tr(
                "Type or scan the 17 characters from the windscreen, the door pillar or the registration"
                " papers. Spaces and dashes are left out for you."
            )
        )
        form.vinEdit.setPlaceholderText(self.tr("17 characters"))
        form.vinEdit.setAccessibleName(self.tr("VIN"))
        form.resultHeading.setText(self.tr("The car"))
        form.doipBadge.setText(self.tr("DoIP"))
        form.doipBadge.setToolTip(self.tr("Diagnosed over Ethernet (DoIP): needs a DoIP-capable connector"))
        form.manualBadge.setText(self.tr("Chosen by hand"))
        form.makeCaption.setText(self.tr("Make"))
        form.modelGroupCaption.setText(self.tr("Model group"))
        form.modelCaption.setText(self.tr("Model"))
        form.variantCaption.setText(self.tr("Variant"))
        form.yearsCaption.setText(self.tr("Production years"))
        form.notThisCarButton.setText(self.tr("Not this car?"))
        form.notThisCarButton.setToolTip(self.tr("Choose the make, model and variant by hand"))
        form.chooseByHandButton.setText(self.tr("Choose the car by hand"))
        form.doipHeading.setText(self.tr("This car needs a DoIP connector"))
        form.doipText.setText(
            self.tr(
                "This car is diagnosed over DoIP (Ethernet). The connector in this car does not support DoIP."
                " Use a DoIP-capable connector for this car, or choose a different car if this one is wrong."
            )
        )
        form.preparedHeading.setText(self.tr("Prepared tickets"))
        form.preparedRetryButton.setText(self.tr("Retry"))
        form.earlierHeading.setText(self.tr("Earlier tickets for this VIN"))
        form.earlierRetryButton.setText(self.tr("Retry"))
        form.earlierShowAllButton.setText(self.tr("Show all"))
        form.earlierShowAllButton.setToolTip(
            self.tr("Every earlier ticket of this car and of this connector, with its products and totals")
        )
        form.earlierList.setHeaderLabels([self.tr("Date"), self.tr("State"), self.tr("Work")])
        self.cascade.retranslate()
        self._prepared_shown_for = self._earlier_shown_for = None
        self._render()

    # --- the VIN ----------------------------------------------------------------------------------------

    def _on_vin_edit_sig_vin_edited(self, vin: str, source: str) -> None:
        self._take_vin(vin, _source(source), delay_ms=LOOKUP_DELAY_MS)

    def _on_vin_edit_sig_vin_entered(self, vin: str, source: str) -> None:
        # Enter (or a scanner's final Enter) means "this is it": no need to wait for a pause.
        self._take_vin(vin, _source(source), delay_ms=0)

    def _on_connector_vin_button_clicked(self) -> None:
        vin = normalize_vin(self.draft.login.connector_vin)
        self.form.vinEdit.set_vin(vin)
        self._take_vin(vin, "connector", delay_ms=0)

    def _take_vin(self, vin: str, source: VinSource, *, delay_ms: int) -> None:
        """Put the VIN into the draft and start (or skip) its lookup."""
        old = self.draft.vehicle
        check = validate_vin(vin)
        changed = vin != old.vin
        if not changed and source == "typed":
            # Enter on the connector's or a scanned VIN leaves where it came from unchanged.
            source = old.vin_source
        state = old.model_copy(
            update={
                "vin": vin,
                "vin_source": source,
                "vin_valid": check.is_valid,
                # A prepared ticket belongs to its VIN.
                "prepared_ticket_id": None if changed else old.prepared_ticket_id,
            }
        )
        if state != old:
            self.change_draft(with_vehicle(self.draft, state))
        if changed or delay_ms == 0:
            self._schedule(vin, valid=check.is_valid, delay_ms=delay_ms)
        self._render()

    def _schedule(self, vin: str, *, valid: bool, delay_ms: int) -> None:
        """Look the VIN up (unless the car shown is already its own) and load its tickets."""
        self.tasks.cancel(_SEARCH)
        self._lookup_vin = ""
        self._failed_vin = ""
        if self.error:
            # The failure on show was about another VIN (or this one, about to be tried again).
            self.clear_error()
        if not valid:
            self._clear_lists()
            self.sig_state_changed.emit()
            return
        if vin != self._vehicle_vin or self.draft.vehicle.vehicle is None:
            self._lookup(vin, delay_ms=delay_ms)
        if vin != self._lists_vin or (
            delay_ms == 0 and _ListState.LOADING in {self._prepared_state, self._earlier_state}
        ):
            self._load_lists(vin, delay_ms=delay_ms)
        self.sig_state_changed.emit()

    def _lookup(self, vin: str, *, delay_ms: int) -> None:
        self._lookup_vin = vin
        self._failed_vin = ""
        service = self._service
        self._start(
            _SEARCH,
            lambda: service.resolve(vin),
            lambda match: self._on_resolved(vin, match),
            on_failure=lambda error, retry: self._on_lookup_failed(vin, error, retry),
            delay_ms=delay_ms,
            busy=True,
        )

    def _on_resolved(self, vin: str, match: VehicleMatch | None) -> None:
        old = self.draft.vehicle
        if vin != old.vin:
            # The runner drops answers overtaken by a newer lookup; this one outlived its VIN another way.
            _log.debug("dropped a VIN lookup for a VIN no longer entered")
            return
        self._lookup_vin = ""
        if match is None:
            self._not_found_vin = vin
            # A car chosen by hand stays: it never came from the VIN.
            state = old if old.manual else old.model_copy(update={"vehicle": None})
            self._vehicle_vin = vin if old.manual else ""
        else:
            self._not_found_vin = ""
            self._vehicle_vin = vin
            state = old.model_copy(update={"vehicle": match.choice, "manual": False})
        if state != old:
            self.change_draft(with_vehicle(self.draft, state))
        else:
            self.sig_state_changed.emit()
        self._render()

    def _on_lookup_failed(self, vin: str, error: ServiceError, retry: Callable[[], None]) -> None:
        self._lookup_vin = ""
        self._failed_vin = vin

        def again() -> None:
            # The banner hides itself on Retry; the page's error must go with it.
            self.clear_error()
            self._lookup_vin = vin
            self._failed_vin = ""
            self._render()
            retry()

        self.show_failure(error, again)
        self._render()

    # --- prepared and earlier tickets -------------------------------------------------------------------

    def _load_lists(self, vin: str, *, delay_ms: int) -> None:
        self._lists_vin = vin
        self._load_prepared(vin, delay_ms)
        self._load_earlier(vin, delay_ms)

    def _load_prepared(self, vin: str, delay_ms: int) -> None:
        self._prepared_state = _ListState.LOADING
        service = self._service

        def failed(error: ServiceError, _retry: Callable[[], None]) -> None:
            _log.info("prepared tickets not loaded: %s", error)
            self._prepared_state = _ListState.FAILED
            self._render_prepared()

        self._start(
            _PREPARED,
            lambda: service.prepared_tickets(vin),
            self._on_prepared_loaded,
            on_failure=failed,
            delay_ms=delay_ms,
            busy=False,
        )
        self._render_prepared()

    def _load_earlier(self, vin: str, delay_ms: int) -> None:
        self._earlier_state = _ListState.LOADING
        service = self._service

        def failed(error: ServiceError, _retry: Callable[[], None]) -> None:
            _log.info("earlier tickets not loaded: %s", error)
            self._earlier_state = _ListState.FAILED
            self._render_earlier()

        self._start(
            _EARLIER,
            lambda: service.earlier_tickets(vin),
            self._on_earlier_loaded,
            on_failure=failed,
            delay_ms=delay_ms,
            busy=False,
        )
        self._render_earlier()

    def _clear_lists(self) -> None:
        self.tasks.cancel(_PREPARED)
        self.tasks.cancel(_EARLIER)
        self._lists_vin = ""
        self._prepared, self._prepared_state = (), _ListState.IDLE
        self._earlier, self._earlier_state = None, _ListState.IDLE
        self._render_prepared()
        self._render_earlier()

    def _on_prepared_loaded(self, rows: tuple[PreparedTicketRow, ...]) -> None:
        self._prepared = rows
        self._prepared_state = _ListState.READY
        chosen = self.draft.vehicle.prepared_ticket_id
        if chosen is not None and chosen not in {row.id for row in rows}:
            self.change_draft(
                with_vehicle(self.draft, self.draft.vehicle.model_copy(update={"prepared_ticket_id": None}))
            )
            self.show_notice(
                self.tr(
                    "The prepared ticket chosen before has been used or withdrawn; it is no longer chosen."
                ),
                level=BannerLevel.WARNING,
            )
        self._render_prepared()

    def _on_earlier_loaded(self, tickets: EarlierTickets) -> None:
        self._earlier = tickets
        self._earlier_state = _ListState.READY
        self._render_earlier()

    def _on_prepared_retry_button_clicked(self) -> None:
        if self._lists_vin:
            self._load_prepared(self._lists_vin, 0)

    def _on_earlier_retry_button_clicked(self) -> None:
        if self._lists_vin:
            self._load_earlier(self._lists_vin, 0)

    def _on_earlier_show_all_button_clicked(self) -> None:
        self._open_history(None)

    def _on_earlier_list_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self._open_earlier(item)

    def _on_earlier_list_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self._open_earlier(item)

    def _open_earlier(self, item: QTreeWidgetItem) -> None:
        ticket_id = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(ticket_id, int):
            self._open_history(ticket_id)

    def _open_history(self, ticket_id: int | None) -> None:
        """Show the earlier tickets of the VIN and the connector (at one ticket's receipt, when given).

        An open dialog for the same VIN and connector is brought forward and reused; one for another VIN
        gives way to a new one.
        """
        vin = self._lists_vin or None
        connector_id = self.draft.login.connector_id
        dialog = self.history_dialog
        if dialog is not None and not dialog.shows(vin, connector_id):
            dialog.close()
            dialog = None
        if dialog is None:
            dialog = HistoryDialog(
                self.context.workbench.history,
                vin=vin,
                connector_id=connector_id,
                parent=self,
                ticket_id=ticket_id,
            )
            dialog.finished.connect(lambda _result, closed=dialog: self._forget_history_dialog(closed))
            self.history_dialog = dialog
        elif ticket_id is not None:
            dialog.show_ticket(ticket_id)
        else:
            dialog.show_list()
        # Not modal: the technician may keep the history open beside the page while ordering.
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _forget_history_dialog(self, dialog: HistoryDialog) -> None:
        if self.history_dialog is dialog:
            self.history_dialog = None
        dialog.deleteLater()

    def _on_prepared_button_clicked(self, ticket_id: str) -> None:
        old = self.draft.vehicle
        chosen = None if old.prepared_ticket_id == ticket_id else ticket_id
        self.change_draft(with_vehicle(self.draft, old.model_copy(update={"prepared_ticket_id": chosen})))
        self._render_prepared()

    # --- the cascade ------------------------------------------------------------------------------------

    def _on_not_this_car_button_clicked(self) -> None:
        self._open_cascade()

    def _on_choose_by_hand_button_clicked(self) -> None:
        self._open_cascade()

    def _open_cascade(self) -> None:
        self.form.views.setCurrentWidget(self.form.cascadeView)
        self.cascade.open(self.draft.vehicle.vehicle)
        self.sig_state_changed.emit()

    def _on_cascade_sig_car_chosen(self, choice: VehicleChoice) -> None:
        # The hand choice wins over a search still on its way.
        self.tasks.cancel(_SEARCH)
        self._lookup_vin = ""
        old = self.draft.vehicle
        self._vehicle_vin = old.vin
        state = old.model_copy(update={"vehicle": choice, "manual": True})
        self.form.views.setCurrentWidget(self.form.vinView)
        if state != old:
            self.change_draft(with_vehicle(self.draft, state))
        else:
            self.sig_state_changed.emit()
        self._render()

    def _on_cascade_sig_cancelled(self) -> None:
        self.form.views.setCurrentWidget(self.form.vinView)
        self.sig_state_changed.emit()
        self._render()

    # --- showing it -------------------------------------------------------------------------------------

    def _start(
        self,
        key: str,
        work: Callable[[], Awaitable[T]],
        on_done: Callable[[T], None],
        *,
        on_failure: FailureHandler,
        delay_ms: int,
        busy: bool,
    ) -> None:
        if delay_ms:
            self.tasks.debounce(key, delay_ms, work, on_done, on_failure=on_failure, busy=busy)
        else:
            self.tasks.start(key, work, on_done, on_failure=on_failure, busy=busy)

    def _car_shown(self) -> VehicleChoice | None:
        vehicle = self.draft.vehicle
        if vehicle.vehicle is None:
            return None
        if vehicle.manual or (self._vehicle_vin == vehicle.vin and not self._lookup_vin):
            return vehicle.vehicle
        return None

    def _render(self) -> None:
        self._render_vin()
        self._render_result()
        self._render_prepared()
        self._render_earlier()

    def _render_vin(self) -> None:
        form = self.form
        vehicle = self.draft.vehicle
        vin = form.vinEdit.vin
        check = validate_vin(vin)
        form.vinCounter.setText(_arg(self.tr("%1/%2"), len(vin), VIN_LENGTH))
        text, role = self._vin_message(check, vehicle.vin_source)
        form.vinMessage.setText(text)
        form.vinMessage.setVisible(bool(text))
        _set_role(form.vinMessage, role)
        state = ""
        if check.errors and (len(vin) >= VIN_LENGTH or _character_issues(check)):
            state = "error"
        elif check.warnings and _shown_warnings(check):
            state = "warning"
        elif check.is_valid:
            state = "ok"
        if form.vinEdit.property("state") != state:
            form.vinEdit.setProperty("state", state)
            repolish(form.vinEdit)
        chip = {"connector": self.tr("Read by the connector"), "scanned": self.tr("Scanned")}.get(
            vehicle.vin_source, ""
        )
        form.sourceChip.setText(chip)
        form.sourceChip.setVisible(bool(chip) and vin == vehicle.vin and bool(vin))
        connector_vin = normalize_vin(self.draft.login.connector_vin)
        offer = bool(connector_vin) and connector_vin != vin
        form.connectorVinButton.setVisible(offer)
        if offer:
            form.connectorVinButton.setText(
                _arg(self.tr("Use the VIN the connector read: %1"), connector_vin)
            )

    def _vin_message(self, check: VinCheck, source: VinSource) -> tuple[str, str]:
        """The sentence under the VIN field and its look ("error", "warning" or "hint")."""
        vin = check.vin
        characters = _character_issues(check)
        if characters:
            sentences = [
                self._character_sentence(issue, vin) for issue in characters[:_SHOWN_CHARACTER_ISSUES]
            ]
            hidden = len(characters) - _SHOWN_CHARACTER_ISSUES
            if hidden > 0:
                sentences.append(
                    _arg(self.tr("Characters that cannot be part of a VIN besides these: %1."), hidden)
                )
            return " ".join(sentences), "error"
        codes = {issue.code for issue in check.errors}
        if VinIssueCode.EMPTY in codes:
            return self.tr("Type or scan the VIN."), "hint"
        if VinIssueCode.TOO_LONG in codes:
            extra = len(vin) - VIN_LENGTH
            return (
                _arg(self.tr("A VIN has 17 characters; this one has %1. Remove %2."), len(vin), extra),
                "error",
            )
        if VinIssueCode.TOO_SHORT in codes:
            missing = VIN_LENGTH - len(vin)
            if source == "connector":
                return (
                    _arg(
                        self.tr(
                            "The connector read only %1 characters. Type the VIN from the car; a VIN has 17."
                        ),
                        len(vin),
                    ),
                    "error",
                )
            return _arg(self.tr("Characters still to type: %1."), missing), "hint"
        warnings = _shown_warnings(check)
        if warnings:
            return " ".join(self._warning_sentence(issue, vin) for issue in warnings), "warning"
        return "", "hint"

    def _character_sentence(self, issue: VinIssue, vin: str) -> str:
        position = issue.position or 0
        char = vin[position - 1] if 0 < position <= len(vin) else ""
        if issue.code == VinIssueCode.LETTER_IOQ and char.upper() in _IOQ_DIGIT:
            return _arg(
                self.tr("Position %1 is the letter %2, which no VIN contains. Is it a %3?"),
                position,
                char.upper(),
                _IOQ_DIGIT[char.upper()],
            )
        shown = f"“{char}”" if char.isprintable() and not char.isspace() else f"U+{ord(char or ' '):04X}"
        return _arg(
            self.tr(
                "Position %1 holds %2, which no VIN contains: only digits and the letters A to Z"
                " without I, O and Q."
            ),
            position,
            shown,
        )

    def _warning_sentence(self, issue: VinIssue, vin: str) -> str:
        if issue.code == VinIssueCode.CHECK_DIGIT:
            return self.tr(
                "The check digit (position 9) does not match. Many European cars have VINs like this;"
                " continue if the VIN is the one on the car."
            )
        return _arg(
            self.tr("No region of the world has VINs starting with %1: check the first character."), vin[:1]
        )

    def _render_result(self) -> None:
        form = self.form
        vehicle = self.draft.vehicle
        car = self._car_shown()
        view = self._result_view(car)
        shown_page = form.carPage if car is not None else form.messagePage
        for stack_page in (form.carPage, form.messagePage):
            # A stacked widget is as tall as its tallest page; a short sentence needs no room for five rows.
            policy = QSizePolicy.Policy.Preferred if stack_page is shown_page else QSizePolicy.Policy.Ignored
            stack_page.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        form.resultStack.setCurrentWidget(shown_page)
        if car is not None:
            form.makeValue.setText(car.make_name)
            form.modelGroupValue.setText(car.model_group_name)
            form.modelValue.setText(car.model_name)
            form.variantValue.setText(car.variant_name)
            form.yearsValue.setText(self._years_text(car.years))
        else:
            form.resultMessage.setText(self._result_sentence(view))
            _set_role(form.resultMessage, "error" if view == _ResultView.UNKNOWN else "hint")
        form.doipBadge.setVisible(car is not None and car.requires_doip)
        form.manualBadge.setVisible(car is not None and vehicle.manual)
        form.notThisCarButton.setVisible(car is not None)
        form.chooseByHandButton.setVisible(car is None)
        primary = view in {_ResultView.UNKNOWN, _ResultView.FAILED}
        if bool(form.chooseByHandButton.property("primary")) != primary:
            form.chooseByHandButton.setProperty("primary", primary)
            repolish(form.chooseByHandButton)
        form.doipCard.setVisible(doip_blocked(car, self.draft.login))

    def _result_view(self, car: VehicleChoice | None) -> _ResultView:
        vin = self.draft.vehicle.vin
        if car is not None:
            return _ResultView.CAR
        if self._lookup_vin:
            return _ResultView.LOOKING
        if vin and vin == self._not_found_vin:
            return _ResultView.UNKNOWN
        if vin and vin == self._failed_vin:
            return _ResultView.FAILED
        return _ResultView.WAITING

    def _result_sentence(self, view: _ResultView) -> str:
        if view == _ResultView.LOOKING:
            return self.tr("Looking up the car for this VIN…")
        if view == _ResultView.UNKNOWN:
            return self.tr(
                "No car is known for this VIN. Compare it with the VIN on the car; if it is right, choose"
                " the car by hand."
            )
        if view == _ResultView.FAILED:
            return self.tr("The car could not be looked up. Retry, or choose the car by hand.")
        return self.tr("The car is looked up as soon as the VIN is complete and correct.")

    def _years_text(self, years: str) -> str:
        start, _, end = years.partition("-")
        if start and end:
            return _arg(self.tr("%1 to %2"), start, end)
        if start:
            return _arg(self.tr("since %1"), start)
        if end:
            return _arg(self.tr("until %1"), end)
        return self.tr("not known")

    def _render_prepared(self) -> None:
        form = self.form
        car = self.draft.vehicle.vehicle
        chosen = self.draft.vehicle.prepared_ticket_id
        shown_for = (self._prepared_state, self._prepared, chosen, car.variant_id if car else None)
        if shown_for == self._prepared_shown_for:
            # Rebuilding the rows on every key typed elsewhere would flicker and lose a pressed button.
            return
        self._prepared_shown_for = shown_for
        layout = form.preparedListLayout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.prepared_buttons = {}
        for row in self._prepared if self._prepared_state == _ListState.READY else ():
            layout.addWidget(self._prepared_row(row, chosen=row.id == chosen, fits=row.fits(car)))
        status = {
            _ListState.IDLE: self.tr("Prepared tickets for the VIN appear here."),
            _ListState.LOADING: self.tr("Looking for prepared tickets…"),
            _ListState.FAILED: self.tr("The prepared tickets could not be loaded."),
            _ListState.READY: "" if self._prepared else self.tr("No ticket was prepared for this car."),
        }[self._prepared_state]
        form.preparedStatus.setText(status)
        form.preparedStatus.setVisible(bool(status))
        form.preparedRetryButton.setVisible(self._prepared_state == _ListState.FAILED)

    def _prepared_row(self, row: PreparedTicketRow, *, chosen: bool, fits: bool) -> QFrame:
        frame = QFrame(self.form.preparedList)
        frame.setObjectName("card")
        frame.setProperty("selected", chosen)
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        names = row.product_names or tuple(
            _arg(self.tr("product %1"), product.id) for product in row.products
        )
        summary = ", ".join(names)
        if chosen:
            text = _arg(self.tr("This ticket is used: %1."), summary)
        else:
            text = _arg(self.tr("A ticket was prepared for this car: %1."), summary)
        if not fits:
            text += " " + self.tr("It was prepared for another variant of this model.")
        label = QLabel(text, frame)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        button = QPushButton(self.tr("Don't use it") if chosen else self.tr("Use it"), frame)
        button.setObjectName("preparedUseButton")
        button.setCheckable(True)
        button.setChecked(chosen)
        button.clicked.connect(
            lambda _checked=False, ticket_id=row.id: self._on_prepared_button_clicked(ticket_id)
        )
        layout.addWidget(label, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.prepared_buttons[row.id] = button
        return frame

    def _render_earlier(self) -> None:
        form = self.form
        shown_for = (self._earlier_state, self._earlier)
        if shown_for == self._earlier_shown_for:
            return
        self._earlier_shown_for = shown_for
        tree = form.earlierList
        tree.clear()
        rows = (
            self._earlier.rows
            if self._earlier is not None and self._earlier_state == _ListState.READY
            else ()
        )
        for row in rows:
            tree.addTopLevelItem(self._earlier_item(row))
        tree.setVisible(bool(rows))
        # The list takes the column's height when it has rows; otherwise the card stays compact.
        form.rightColumn.setStretch(1, 1 if rows else 0)
        form.rightColumn.setStretch(2, 0 if rows else 1)
        if self._earlier_state == _ListState.READY and self._earlier is not None:
            if not rows:
                status = self.tr("No earlier tickets for this VIN.")
            elif self._earlier.more:
                status = _arg(self.tr("The newest %1 of %2 tickets."), len(rows), self._earlier.total)
            else:
                status = ""
        else:
            status = {
                _ListState.IDLE: self.tr("Earlier tickets for the VIN appear here."),
                _ListState.LOADING: self.tr("Looking for earlier tickets…"),
                _ListState.FAILED: self.tr("The earlier tickets could not be loaded."),
                _ListState.READY: "",
            }[self._earlier_state]
        form.earlierStatus.setText(status)
        form.earlierStatus.setVisible(bool(status))
        form.earlierRetryButton.setVisible(self._earlier_state == _ListState.FAILED)
        # Also with no ticket for the VIN: the connector's own history may still be worth a look.
        form.earlierShowAllButton.setVisible(self._earlier_state == _ListState.READY)

    def _earlier_item(self, row: EarlierTicketRow) -> QTreeWidgetItem:
        when = ""
        if row.created_at is not None:
            local = row.created_at.astimezone()
            when = self.locale().toString(
                QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
            )
        names = row.product_names or tuple(
            _arg(self.tr("product %1"), product.id) for product in row.products
        )
        work = ", ".join(names)
        item = QTreeWidgetItem([when, self._state_text(row.state), work])
        details = _arg(self.tr("%1 (reference: %2)"), work, row.reference) if row.reference else work
        details += "\n" + self.tr("Click for the products, the totals and the operator's notes.")
        for column in range(3):
            item.setToolTip(column, details)
        item.setData(0, Qt.ItemDataRole.UserRole, row.id)
        return item

    def _state_text(self, state: TicketState | int) -> str:
        names = {
            TicketState.PREPARED: self.tr("Prepared"),
            TicketState.PENDING: self.tr("Waiting"),
            TicketState.IN_PROGRESS: self.tr("In progress"),
            TicketState.OUTSOURCED: self.tr("With a specialist"),
            TicketState.CLOSED: self.tr("Done"),
            TicketState.CANCELLED: self.tr("Cancelled"),
        }
        if isinstance(state, TicketState):
            return names[state]
        return _arg(self.tr("State %1"), state)


def _source(value: str) -> VinSource:
    return "scanned" if value == "scanned" else "typed"


def _character_issues(check: VinCheck) -> list[VinIssue]:
    return [issue for issue in check.errors if issue.code in _CHARACTER_ISSUES]


def _shown_warnings(check: VinCheck) -> list[VinIssue]:
    # Position 10 holding no model year is normal for many European makers: not worth a warning here.
    return [
        issue
        for issue in check.warnings
        if issue.code in {VinIssueCode.CHECK_DIGIT, VinIssueCode.UNASSIGNED_REGION}
    ]
