"""Page 3, the products: browse by group, bundle or favourites, search everything, tick what the car needs.

On the left the favourites, the product groups (with how many products each holds) and the bundles; on the
right the products of the choice, or, while the search field holds text, the products of every group that
match it. Each product row can be ticked (several, from any group), starred (a favourite on the server: the
star changes at once and turns back with a sentence if the server refuses), and opened for its details. A
bundle shows its required products (added together with one button) and its optional ones. The strip at
the bottom lists what is chosen, each with a button to remove it.

Before Next the page asks for the questions of the chosen products, so that the wizard knows whether the
questions page can be skipped.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Final, Literal

from PySide6.QtCore import QLocale, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QListWidgetItem, QWidget

from app.domain.wizard import (
    PrerequisitesState,
    Step,
    VehicleChoice,
    WizardDraft,
    with_prerequisites,
    with_products,
)
from app.gui.generated.ui_products_page import Ui_ProductsPage
from app.gui.messages import failure_text
from app.gui.page import PageContext, WizardPage
from app.gui.theme import icon
from app.gui.widgets.price_table import fill
from app.gui.widgets.product_list import ProductSection
from app.services.catalogue import (
    CatalogueBundle,
    CatalogueProduct,
    CatalogueService,
    ProductGroup,
    ProductIndex,
    questions_to_specs,
)
from app.services.errors import ServiceError

__all__ = ["BrowseKey", "ProductsPage"]

_log = logging.getLogger(__name__)

_BROWSE: Final = "browse"
_INDEX: Final = "index"
_LIST: Final = "list"
_SEARCH: Final = "search"
#: Where a browse entry keeps its :class:`BrowseKey`.
_KEY_ROLE: Final = Qt.ItemDataRole.UserRole + 1
#: Where a section title of that list keeps which one it is.
_HEADER_ROLE: Final = Qt.ItemDataRole.UserRole + 2
#: Whether a group or bundle entry holds a chosen product (it then shows a tick).
_CHOSEN_ROLE: Final = Qt.ItemDataRole.UserRole + 3
_BROWSE_ICON: Final = 20


@dataclass(frozen=True, slots=True)
class BrowseKey:
    """One entry of the list on the left: the favourites, a group or a bundle."""

    kind: Literal["favourites", "group", "bundle"]
    id: int | str | None = None


_FAVOURITES: Final = BrowseKey("favourites")


@dataclass(frozen=True, slots=True)
class _Browse:
    """What the list on the left offers for one car."""

    groups: tuple[ProductGroup, ...]
    bundles: tuple[CatalogueBundle, ...]
    favourites: tuple[CatalogueProduct, ...]


class ProductsPage(WizardPage):
    """The products page: groups, bundles, favourites, search, and the chosen products."""

    step = Step.PRODUCTS

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = Ui_ProductsPage()
        self.form.setupUi(self.body)  # type: ignore[no-untyped-call]  # uic's code carries no annotations
        # The style sheet draws cards by object name; the form names the frame for what it holds.
        self.form.bundleCard.setObjectName("card")
        self.form.bundleCard.hide()
        # One icon size for the star, the ticks and the blanks, so that every name starts at the same place.
        self.form.browseList.setIconSize(QSize(_BROWSE_ICON, _BROWSE_ICON))
        self.form.productList.set_locale(QLocale(context.language))
        # The search's clear button is too small a target for a kiosk's finger.
        self.form.searchEdit.setClearButtonEnabled(not context.kiosk)
        self._vehicle: VehicleChoice | None = None
        self._browse: _Browse | None = None
        self._index: ProductIndex | None = None
        self._view: BrowseKey | None = None
        self._lists: dict[BrowseKey, tuple[CatalogueProduct, ...]] = {}
        #: Favourites as shown: a product unstarred here stays listed (to star it again) until browsed anew.
        self._favourites: dict[int, CatalogueProduct] = {}
        self._favourite_ids: set[int] = set()
        self._checking = False

        form = self.form
        form.browseList.currentItemChanged.connect(self._on_browse_list_current_item_changed)
        form.searchEdit.textChanged.connect(self._on_search_edit_text_changed)
        form.productList.sig_product_toggled.connect(self._on_product_list_product_toggled)
        form.productList.sig_favourite_toggled.connect(self._on_product_list_favourite_toggled)
        form.selectedStrip.sig_removed.connect(self._on_selected_strip_removed)
        form.bundleButton.clicked.connect(self._on_bundle_button_clicked)
        self.retranslate()

    # --- the window's interface ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Waiting for the server (also while Next fetches the questions)."""
        return self.tasks.busy or self._checking

    @property
    def catalogue(self) -> CatalogueService:
        """The catalogue service of the workbench."""
        return self.context.workbench.catalogue

    def title(self) -> str:
        """The page's name in the step indicator."""
        return self.tr("Products")

    def enter(self, draft: WizardDraft) -> None:
        """Show the draft's choice, group and search; load the catalogue of its car when it is new."""
        super().enter(draft)
        vehicle = draft.vehicle.vehicle
        form = self.form
        with QSignalBlocker(form.searchEdit):
            form.searchEdit.setText(draft.products.search)
        self._sync_choice()
        self._show_vehicle()
        if vehicle is None:
            self.show_error(self.tr("Choose the car first: go back to the vehicle page."))
            return
        if self._vehicle is None or (self._vehicle.model_id, self._vehicle.variant_id) != (
            vehicle.model_id,
            vehicle.variant_id,
        ):
            self._reset(vehicle)
            self._load_browse()
        elif self._browse is None:
            self._load_browse()
        else:
            self._ensure_index()
            self._render_list()

    def leave(self) -> None:
        """Stop loading lists; a favourite on its way to the server still gets there."""
        for key in (_BROWSE, _INDEX, _LIST, _SEARCH):
            self.tasks.cancel(key)

    def update_draft(self, draft: WizardDraft) -> None:
        """Take the saved draft and show its choice."""
        super().update_draft(draft)
        self._sync_choice()

    async def before_next(self) -> bool:
        """Fetch the questions of the chosen products into the draft (the wizard skips a page of none)."""
        draft = self.draft
        vehicle = draft.vehicle.vehicle
        ids = draft.products.product_ids
        state = draft.prerequisites
        if vehicle is None or not ids:
            return False
        if state.specs is not None and state.for_products == ids:
            return True
        self._set_checking(on=True)
        try:
            questions = await self.catalogue.prerequisites(vehicle.model_id, vehicle.variant_id, ids)
        except ServiceError as error:
            self.show_error(
                " ".join(
                    (self.tr("The questions for these services could not be fetched."), failure_text(error))
                )
            )
            return False
        finally:
            self._set_checking(on=False)
        if self.draft.products.product_ids != ids:
            # The choice changed while waiting: these questions belong to the old one.
            return False
        fetched = PrerequisitesState(
            specs=questions_to_specs(questions), for_products=ids, answers=self.draft.prerequisites.answers
        )
        self.clear_error()
        self.change_draft(with_prerequisites(self.draft, fetched))
        return True

    def retranslate(self) -> None:
        """Set every text in the current language."""
        super().retranslate()
        form = self.form
        form.headingLabel.setText(self.tr("Choose the services"))
        form.browseLabel.setText(self.tr("Browse"))
        form.searchEdit.setPlaceholderText(self.tr("Search all services by name or description"))
        form.searchEdit.setAccessibleName(self.tr("Search all services"))
        form.browseList.setAccessibleName(self.tr("Favourites, groups and bundles"))
        form.productList.retranslate()
        form.selectedStrip.retranslate()
        self._show_vehicle()
        self._update_browse_list()
        self._render_list()

    # --- loading ------------------------------------------------------------------------------------

    def _reset(self, vehicle: VehicleChoice) -> None:
        self.tasks.cancel()
        self._vehicle = vehicle
        self._browse = None
        self._index = self.catalogue.cached_index(vehicle.model_id, vehicle.variant_id)
        self._view = None
        self._lists.clear()
        self._favourites.clear()
        self._favourite_ids.clear()
        self.form.browseList.clear()
        self.form.productList.show_products((), empty_text=self.tr("Loading the services for this car…"))

    def _load_browse(self) -> None:
        vehicle = self._vehicle
        if vehicle is None:
            return
        catalogue = self.catalogue
        model_id, variant_id = vehicle.model_id, vehicle.variant_id

        async def work() -> _Browse:
            groups, bundles, favourites = await asyncio.gather(
                catalogue.groups(model_id, variant_id),
                catalogue.bundles(model_id, variant_id),
                catalogue.favourites(model_id, variant_id),
            )
            return _Browse(groups, bundles, favourites)

        self.run(_BROWSE, work, self._on_browse_loaded)
        self._ensure_index()

    def _ensure_index(self) -> None:
        """Load every product of the car, quietly: search and the group counts need them, browsing not."""
        vehicle = self._vehicle
        if vehicle is None or self._index is not None or self.tasks.running(_INDEX):
            return
        catalogue = self.catalogue
        model_id, variant_id = vehicle.model_id, vehicle.variant_id
        self.tasks.start(
            _INDEX,
            lambda: catalogue.index(model_id, variant_id),
            self._on_index_loaded,
            on_failure=self._on_index_failed,
            busy=False,
        )

    def _on_browse_loaded(self, browse: _Browse) -> None:
        self.clear_error()
        self._browse = browse
        self._favourites = {product.id: product for product in browse.favourites}
        self._favourite_ids = set(self._favourites)
        self.form.productList.set_favourites(self._favourite_ids)
        self._fill_browse_list()
        self._select(self._initial_view(browse))

    def _initial_view(self, browse: _Browse) -> BrowseKey:
        saved = self.draft.products
        if self._view is not None:
            return self._view
        if saved.bundle_id is not None and any(
            str(bundle.id) == saved.bundle_id for bundle in browse.bundles
        ):
            return BrowseKey("bundle", next(b.id for b in browse.bundles if str(b.id) == saved.bundle_id))
        if saved.group_id is not None and any(group.id == saved.group_id for group in browse.groups):
            return BrowseKey("group", saved.group_id)
        if browse.favourites:
            return _FAVOURITES
        if browse.groups:
            return BrowseKey("group", browse.groups[0].id)
        return _FAVOURITES

    def _on_index_loaded(self, index: ProductIndex) -> None:
        self._index = index
        self._update_browse_list()
        self._render_list()

    def _on_index_failed(self, error: ServiceError, _retry: object) -> None:
        # Browsing works without the index; only a search needs it, and a search asks again itself.
        _log.info("the product index did not load (%s); search will try again", error.failure.value)
        if self.draft.products.search.strip():
            self.show_failure(error, self._search)

    def _load_view(self, key: BrowseKey) -> None:
        vehicle = self._vehicle
        if vehicle is None or key.kind == "favourites" or key in self._lists:
            return
        catalogue = self.catalogue
        model_id, variant_id = vehicle.model_id, vehicle.variant_id
        if key.kind == "group" and isinstance(key.id, int):
            group_id = key.id
            self.run(
                _LIST,
                lambda: catalogue.products(model_id, variant_id, group_id=group_id),
                lambda products: self._on_list_loaded(key, products),
            )
        elif key.kind == "bundle" and isinstance(key.id, str):
            bundle_id = key.id
            self.run(
                _LIST,
                lambda: catalogue.products(model_id, variant_id, bundle_id=bundle_id),
                lambda products: self._on_list_loaded(key, products),
            )

    def _on_list_loaded(self, key: BrowseKey, products: tuple[CatalogueProduct, ...]) -> None:
        self.clear_error()
        self._lists[key] = products
        if key == self._view:
            self._render_list()

    def _search(self) -> None:
        vehicle = self._vehicle
        text = self.draft.products.search
        if vehicle is None or not text.strip():
            return
        catalogue = self.catalogue
        model_id, variant_id = vehicle.model_id, vehicle.variant_id
        self.run(_SEARCH, lambda: catalogue.index(model_id, variant_id), self._on_index_loaded)

    # --- the list on the left -------------------------------------------------------------------------

    def _fill_browse_list(self) -> None:
        """Put the favourites, groups and bundles into the list on the left (once per car)."""
        browse = self._browse
        if browse is None:
            return
        widget = self.form.browseList
        with QSignalBlocker(widget):
            widget.clear()
            self._entry(_FAVOURITES).setIcon(icon("star-filled"))
            self._header("groups")
            for group in browse.groups:
                self._entry(BrowseKey("group", group.id))
            if browse.bundles:
                self._header("bundles")
                for bundle in browse.bundles:
                    self._entry(BrowseKey("bundle", bundle.id)).setIcon(icon("list"))
        self._update_browse_list()
        self._highlight(self._view)

    def _update_browse_list(self) -> None:
        """Set the entries' texts: counts, and bold for groups holding a chosen product.

        The entries are changed in place, never rebuilt: this runs inside the list's own signals (a tap
        chooses a group, which changes the draft), and deleting the item being tapped would crash Qt.
        """
        browse = self._browse
        if browse is None:
            return
        index = self._index
        chosen = set(self.draft.products.product_ids)
        groups = {group.id: group for group in browse.groups}
        bundles = {bundle.id: bundle for bundle in browse.bundles}
        widget = self.form.browseList
        for row in range(widget.count()):
            item = widget.item(row)
            key = item.data(_KEY_ROLE)
            header = item.data(_HEADER_ROLE)
            if header is not None:
                item.setText(self.tr("Groups") if header == "groups" else self.tr("Bundles"))
                continue
            if not isinstance(key, BrowseKey):
                continue
            holds_choice = False
            if key.kind == "favourites":
                count = sum(1 for pid in self._favourite_ids if pid in self._favourites)
                text = fill(self.tr("Favourites (%1)"), str(count))
            elif key.kind == "group" and isinstance(key.id, int) and key.id in groups:
                text = groups[key.id].name
                if index is not None:
                    text = fill(self.tr("%1 (%2)"), text, str(index.count(key.id)))
                    holds_choice = any(p.id in chosen for p in index.by_group.get(key.id, ()))
            elif key.kind == "bundle" and isinstance(key.id, str) and key.id in bundles:
                bundle = bundles[key.id]
                text = bundle.name
                holds_choice = bool(bundle.required) and all(pid in chosen for pid in bundle.required)
            else:
                continue
            if item.text() != text:
                item.setText(text)
                item.setToolTip(text)
            if key.kind != "favourites" and item.data(_CHOSEN_ROLE) != holds_choice:
                # A tick beside every group (or bundle) something is chosen from.
                item.setData(_CHOSEN_ROLE, holds_choice)
                item.setIcon(icon("check") if holds_choice else self._plain_icon(key))

    def _plain_icon(self, key: BrowseKey) -> QIcon:
        if key.kind == "bundle":
            return icon("list")
        # An empty icon of the same size keeps the names of all groups aligned, ticked or not.
        blank = QPixmap(self.form.browseList.iconSize())
        blank.fill(Qt.GlobalColor.transparent)
        return QIcon(blank)

    def _entry(self, key: BrowseKey) -> QListWidgetItem:
        item = QListWidgetItem(self.form.browseList)
        item.setData(_KEY_ROLE, key)
        return item

    def _header(self, name: str) -> None:
        item = QListWidgetItem(self.form.browseList)
        item.setData(_HEADER_ROLE, name)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(self.palette().placeholderText())
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def _highlight(self, key: BrowseKey | None) -> None:
        widget = self.form.browseList
        with QSignalBlocker(widget):
            for row in range(widget.count()):
                item = widget.item(row)
                if item.data(_KEY_ROLE) == key:
                    widget.setCurrentItem(item)
                    widget.scrollToItem(item)
                    return
            widget.setCurrentRow(-1)

    def browse_item(self, key: BrowseKey) -> QListWidgetItem | None:
        """The entry of the list on the left for ``key`` (what a test taps), or None."""
        widget = self.form.browseList
        for row in range(widget.count()):
            item = widget.item(row)
            if item.data(_KEY_ROLE) == key:
                return item
        return None

    def _select(self, key: BrowseKey) -> None:
        if key == _FAVOURITES and key != self._view:
            # Browsing anew: products unstarred meanwhile leave the list.
            self._favourites = {pid: p for pid, p in self._favourites.items() if pid in self._favourite_ids}
        self._view = key
        self._highlight(key)
        if key.kind == "group" and isinstance(key.id, int):
            self._commit(group_id=key.id, bundle_id=None)
        elif key.kind == "bundle":
            bundle = self._bundle(key)
            self._commit(group_id=None if bundle is None else bundle.group_id, bundle_id=str(key.id))
        else:
            self._commit(group_id=None, bundle_id=None)
        if not self._products_known(key):
            self._load_view(key)
        self._render_list()

    def _bundle(self, key: BrowseKey | None) -> CatalogueBundle | None:
        if key is None or key.kind != "bundle" or self._browse is None:
            return None
        return next((b for b in self._browse.bundles if b.id == key.id), None)

    def _products_known(self, key: BrowseKey) -> bool:
        if key.kind == "favourites" or key in self._lists:
            return True
        if self._index is None:
            return False
        if key.kind == "group":
            return True
        bundle = self._bundle(key)
        return bundle is not None and all(self._index.product(pid) for pid in bundle.product_ids)

    def _products_of(self, key: BrowseKey) -> tuple[CatalogueProduct, ...] | None:
        if key.kind == "favourites":
            return tuple(self._favourites.values())
        if self._index is not None:
            if key.kind == "group" and isinstance(key.id, int) and key.id in self._index.by_group:
                return self._index.by_group[key.id]
            bundle = self._bundle(key)
            if bundle is not None:
                found = [self._index.product(pid) for pid in bundle.product_ids]
                if all(found):
                    return tuple(p for p in found if p is not None)
        return self._lists.get(key)

    # --- the list on the right ------------------------------------------------------------------------

    def _render_list(self) -> None:
        form = self.form
        product_list = form.productList
        text = self.draft.products.search.strip()
        form.bundleCard.hide()
        if text:
            self._render_search(text)
            return
        key = self._view
        if key is None or self._browse is None:
            form.listTitle.setText("")
            form.listHint.setText("")
            return
        products = self._products_of(key)
        if key.kind == "favourites":
            form.listTitle.setText(self.tr("Favourites"))
            form.listHint.setText(self.tr("Tap a star to keep a service here."))
            product_list.show_products(
                products or (),
                empty_text=self.tr("No favourites yet. Tap the star next to a service to keep it here."),
                show_groups=True,
            )
            return
        if key.kind == "bundle":
            self._render_bundle(key, products)
            return
        group = next((g for g in self._browse.groups if g.id == key.id), None)
        form.listTitle.setText(group.name if group else "")
        form.listHint.setText("")
        if products is None:
            product_list.show_products((), empty_text=self.tr("Loading the services…"))
        else:
            product_list.show_products(
                products, empty_text=self.tr("This group has no services for this car.")
            )

    def _render_bundle(self, key: BrowseKey, products: tuple[CatalogueProduct, ...] | None) -> None:
        form = self.form
        bundle = self._bundle(key)
        if bundle is None:
            return
        form.listTitle.setText(bundle.name)
        form.listHint.setText("")
        form.bundleNameLabel.setText(self.tr("A bundle: services that belong together"))
        form.bundleDescriptionLabel.setText(bundle.description)
        form.bundleDescriptionLabel.setVisible(bool(bundle.description))
        form.bundleCard.show()
        self._show_bundle_button(bundle)
        if products is None:
            form.bundleButton.setEnabled(False)
            form.productList.show_products((), empty_text=self.tr("Loading the services…"))
            return
        by_id = {product.id: product for product in products}
        sections = [
            ProductSection(
                tuple(by_id[pid] for pid in bundle.required if pid in by_id),
                title=self.tr("Included in the bundle"),
            )
        ]
        for number, block in enumerate(bundle.optional_blocks, start=1):
            title = (
                self.tr("Optional: add what this car needs")
                if len(bundle.optional_blocks) == 1
                else fill(self.tr("Optional, choice %1: add what this car needs"), str(number))
            )
            sections.append(ProductSection(tuple(by_id[pid] for pid in block if pid in by_id), title=title))
        form.productList.show_sections(
            sections, empty_text=self.tr("This bundle has no services for this car.")
        )

    def _show_bundle_button(self, bundle: CatalogueBundle) -> None:
        button = self.form.bundleButton
        chosen = set(self.draft.products.product_ids)
        complete = bool(bundle.required) and all(pid in chosen for pid in bundle.required)
        button.setText(self.tr("Remove the bundle") if complete else self.tr("Add the bundle"))
        button.setEnabled(bool(bundle.required))
        button.setIcon(icon("trash" if complete else "check"))

    def _render_search(self, text: str) -> None:
        form = self.form
        form.listTitle.setText(self.tr("Search results"))
        if self._index is None:
            form.listHint.setText("")
            form.productList.show_products((), empty_text=self.tr("Loading every service to search…"))
            if not self.tasks.running(_SEARCH) and not self.tasks.running(_INDEX):
                self._search()
            return
        results = self._index.search(text)
        if results:
            form.listHint.setText(fill(self.tr("%n services match “%1”", "", len(results)), text))
        else:
            form.listHint.setText("")
        form.productList.show_products(
            results,
            empty_text=fill(
                self.tr("No service matches “%1”. Try another word, or clear the search to browse."), text
            ),
            show_groups=True,
        )

    # --- the choice -----------------------------------------------------------------------------------

    def _commit(self, **changes: object) -> None:
        """Change the draft's products part (the choice or where the technician browses)."""
        state = self.draft.products.model_copy(update=changes)
        if state != self.draft.products:
            self.change_draft(with_products(self.draft, state))
            self._sync_choice()

    def _choose(self, products: list[CatalogueProduct], *, on: bool) -> None:
        current = list(self.draft.products.products)
        ids = {choice.id for choice in current}
        if on:
            current.extend(p.choice() for p in products if p.id not in ids)
        else:
            gone = {p.id for p in products}
            current = [choice for choice in current if choice.id not in gone]
        self._commit(products=tuple(current))

    def _sync_choice(self) -> None:
        """Show the draft's choice on the rows, the chips, the groups and the bundle button."""
        form = self.form
        choice = self.draft.products
        form.productList.set_chosen(choice.product_ids)
        form.selectedStrip.set_choices(choice.products)
        self._update_browse_list()
        bundle = self._bundle(self._view)
        if bundle is not None:
            self._show_bundle_button(bundle)

    def _show_vehicle(self) -> None:
        vehicle = self.draft.vehicle.vehicle
        self.form.vehicleLabel.setText(fill(self.tr("For the %1"), vehicle.title) if vehicle else "")

    def _set_checking(self, *, on: bool) -> None:
        self._checking = on
        self.sig_state_changed.emit()

    def _known_product(self, product_id: int) -> CatalogueProduct | None:
        if self._index is not None and (found := self._index.product(product_id)) is not None:
            return found
        for products in (*self._lists.values(), tuple(self._favourites.values())):
            for product in products:
                if product.id == product_id:
                    return product
        return None

    # --- favourites -----------------------------------------------------------------------------------

    def _toggle_favourite(self, product: CatalogueProduct, on: bool) -> None:
        self._show_favourite(product, on)
        catalogue = self.catalogue
        self.tasks.start(
            f"favourite:{product.id}",
            lambda: catalogue.set_favourite(product.id, on),
            lambda _done: None,
            on_failure=lambda error, _retry: self._on_favourite_refused(product, on, error),
            busy=False,
        )

    def _show_favourite(self, product: CatalogueProduct, on: bool) -> None:
        if on:
            self._favourite_ids.add(product.id)
            self._favourites.setdefault(product.id, product.with_favourite(on=True))
        else:
            self._favourite_ids.discard(product.id)
        self.form.productList.set_favourites(self._favourite_ids)
        self._update_browse_list()

    def _on_favourite_refused(self, product: CatalogueProduct, on: bool, error: ServiceError) -> None:
        self._show_favourite(product, not on)
        sentence = (
            self.tr("“%1” could not be added to your favourites.")
            if on
            else self.tr("“%1” could not be removed from your favourites.")
        )
        self.show_error(
            f"{fill(sentence, product.name)} {failure_text(error)}",
            retry=lambda: self._toggle_favourite(product, on),
        )

    # --- slots ----------------------------------------------------------------------------------------

    def _on_browse_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        key = current.data(_KEY_ROLE)
        if not isinstance(key, BrowseKey):
            return
        if self.form.searchEdit.text():
            # Tapping a group while searching means "show me this group": the search steps aside.
            with QSignalBlocker(self.form.searchEdit):
                self.form.searchEdit.clear()
            self._commit(search="")
        self._select(key)

    def _on_search_edit_text_changed(self, text: str) -> None:
        self._commit(search=text)
        self._render_list()

    def _on_product_list_product_toggled(self, product: CatalogueProduct, on: bool) -> None:
        self._choose([product], on=on)

    def _on_product_list_favourite_toggled(self, product: CatalogueProduct, on: bool) -> None:
        self._toggle_favourite(product, on)

    def _on_selected_strip_removed(self, product_id: int) -> None:
        current = self.draft.products.products
        self._commit(products=tuple(choice for choice in current if choice.id != product_id))

    def _on_bundle_button_clicked(self) -> None:
        bundle = self._bundle(self._view)
        if bundle is None:
            return
        current = self.draft.products.products
        chosen = {choice.id for choice in current}
        if bundle.required and all(pid in chosen for pid in bundle.required):
            in_bundle = set(bundle.product_ids)
            self._commit(products=tuple(choice for choice in current if choice.id not in in_bundle))
            return
        products = [p for pid in bundle.required if (p := self._known_product(pid)) is not None]
        self._choose(products, on=True)
