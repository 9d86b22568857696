"""The products of one group, bundle, favourites list or search, as big tappable rows; and the chosen ones.

:class:`ProductList` shows sections of :class:`ProductRow` cards: a checkbox (the whole name is tappable too),
the price, an "Unattended" badge, a favourite star, and a Details expander with the description, the price
breakdown and what "unattended" means. :class:`SelectedStrip` shows the chosen products as removable chips,
wrapped over as many lines as they need (:class:`FlowLayout`). Neither talks to the server: they emit what
the technician did and the page decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.wizard import ProductChoice
from app.gui.theme import icon, repolish
from app.gui.widgets.flow import FlowLayout
from app.gui.widgets.price_table import fill, money_text, percent_text
from app.services.catalogue import CatalogueProduct

__all__ = ["FlowLayout", "ProductList", "ProductRow", "ProductSection", "SelectedStrip"]


class _ClickableLabel(QLabel):
    """A label that acts like part of its row's checkbox: a finger on the name ticks the product."""

    sig_clicked = Signal()
    """The label was pressed and released with the left button."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Report a click inside the label."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.sig_clicked.emit()
        super().mouseReleaseEvent(event)


class ProductRow(QFrame):
    """One product: tick it, star it, open its details."""

    sig_toggled = Signal(bool)
    """The technician ticked (True) or unticked (False) the product."""

    sig_favourite_toggled = Signal(bool)
    """The technician pressed the star: True to make the product a favourite."""

    def __init__(self, product: CatalogueProduct, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setProperty("role", "productRow")
        self.product = product
        self._show_group = False
        self._locale = QLocale()

        self._build_summary()
        self._build_details()
        self._build_layout()
        self.check.toggled.connect(self._on_check_toggled)
        self.name_label.sig_clicked.connect(self.check.toggle)
        self.star_button.clicked.connect(self._on_star_button_clicked)
        self.details_button.toggled.connect(self._on_details_button_toggled)
        self.set_product(product)

    def _build_summary(self) -> None:
        self.check = QCheckBox(self)
        self.check.setObjectName("productCheck")
        self.name_label = _ClickableLabel(self)
        self.name_label.setObjectName("productTitle")
        self.name_label.setProperty("role", "value")
        self.name_label.setWordWrap(True)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.name_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.group_label = QLabel(self)
        self.group_label.setObjectName("productGroup")
        self.group_label.setProperty("role", "hint")
        self.group_label.setWordWrap(True)
        self.unattended_badge = QLabel(self)
        self.unattended_badge.setObjectName("unattendedBadge")
        self.unattended_badge.setProperty("role", "badge")
        self.price_label = QLabel(self)
        self.price_label.setObjectName("productPrice")
        self.price_label.setProperty("role", "money")
        self.price_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.local_price_label = QLabel(self)
        self.local_price_label.setObjectName("productLocalPrice")
        self.local_price_label.setProperty("role", "hint")
        self.local_price_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.star_button = QToolButton(self)
        self.star_button.setObjectName("favouriteButton")
        self.star_button.setCheckable(True)
        self.star_button.setIconSize(QSize(24, 24))
        self.details_button = QToolButton(self)
        self.details_button.setObjectName("detailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow)

    def _build_details(self) -> None:
        self.details = QWidget(self)
        self.details.setObjectName("productDetails")
        self.description_label = QLabel(self.details)
        self.description_label.setObjectName("productDescription")
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mode_label = QLabel(self.details)
        self.mode_label.setObjectName("productMode")
        self.mode_label.setWordWrap(True)
        self.price_details_label = QLabel(self.details)
        self.price_details_label.setObjectName("productPriceDetails")
        self.price_details_label.setWordWrap(True)
        self.facts_label = QLabel(self.details)
        self.facts_label.setObjectName("productFacts")
        self.facts_label.setProperty("role", "hint")
        self.facts_label.setWordWrap(True)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(44, 4, 8, 4)
        details_layout.setSpacing(6)
        for label in (self.description_label, self.mode_label, self.price_details_label, self.facts_label):
            details_layout.addWidget(label)
        self.details.hide()

    def _build_layout(self) -> None:
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name_label)
        names.addWidget(self.group_label)
        prices = QVBoxLayout()
        prices.setSpacing(0)
        prices.addWidget(self.price_label)
        prices.addWidget(self.local_price_label)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.check, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addLayout(names, 1)
        top.addWidget(self.unattended_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addLayout(prices)
        top.addWidget(self.star_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.details)

    # --- state -----------------------------------------------------------------------------------------

    @property
    def chosen(self) -> bool:
        """Whether the product is ticked."""
        return self.check.isChecked()

    @property
    def favourite(self) -> bool:
        """Whether the star is on."""
        return self.star_button.isChecked()

    @property
    def details_open(self) -> bool:
        """Whether the details are shown."""
        return not self.details.isHidden()

    def set_product(self, product: CatalogueProduct) -> None:
        """Show (newer data of) the product."""
        self.product = product
        self.retranslate()

    def set_locale(self, locale: QLocale) -> None:
        """Write amounts with this locale's separators."""
        if locale != self._locale:
            self._locale = locale
            self.retranslate()

    def set_show_group(self, on: bool) -> None:
        """Name the product's group under its name (in lists that mix groups: search, favourites)."""
        if on != self._show_group:
            self._show_group = on
            self.group_label.setVisible(on and bool(self.product.group_name))

    def set_chosen(self, on: bool) -> None:
        """Tick or untick without reporting it (the draft already says so)."""
        if self.check.isChecked() != on:
            with QSignalBlocker(self.check):
                self.check.setChecked(on)
        self._show_chosen(on)

    def set_favourite(self, on: bool) -> None:
        """Turn the star on or off without reporting it."""
        self.star_button.setChecked(on)
        self._show_star()

    # --- texts -----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text from the product in the current language."""
        product = self.product
        price = product.price
        self.name_label.setText(product.name)
        self.check.setAccessibleName(product.name)
        self.check.setToolTip(self.tr("Choose this service"))
        self.group_label.setText(product.group_name)
        self.group_label.setVisible(self._show_group and bool(product.group_name))
        self.unattended_badge.setText(self.tr("Unattended"))
        self.unattended_badge.setToolTip(self.tr("Runs without an operator at the car"))
        self.unattended_badge.setVisible(product.unattended)
        to_pay = price.to_pay
        self.price_label.setText(money_text(to_pay, self._locale) if to_pay else self.tr("Price on request"))
        local = price.to_pay_local
        self.local_price_label.setText(money_text(local, self._locale) if local else "")
        self.local_price_label.setVisible(local is not None)
        self.details_button.setText(self.tr("Details"))
        self.details_button.setAccessibleName(fill(self.tr("Details of %1"), product.name))
        self.description_label.setText(product.description or self.tr("No description given."))
        self.mode_label.setText(
            self.tr("Unattended: the service runs on its own once ordered; nobody needs to stay at the car.")
            if product.unattended
            else self.tr("Attended: a remote specialist works on the car with you.")
        )
        self.price_details_label.setText(self._price_details())
        facts = []
        if product.group_name:
            facts.append(fill(self.tr("Group: %1"), product.group_name))
        if product.item_number:
            facts.append(fill(self.tr("Item number: %1"), product.item_number))
        self.facts_label.setText(" · ".join(facts))
        self.facts_label.setVisible(bool(facts))
        self._show_star()

    def _price_details(self) -> str:
        price = self.product.price
        lines: list[str] = []
        if price.to_pay is None:
            return self.tr("The price is calculated when you order.")
        if price.discounted and price.gross is not None:
            lines.append(fill(self.tr("List price: %1"), money_text(price.gross, self._locale)))
            if price.discount_percent is not None:
                lines.append(
                    fill(self.tr("Your discount: %1"), percent_text(price.discount_percent, self._locale))
                )
        pay = money_text(price.to_pay, self._locale)
        if price.to_pay_local is not None:
            pay = f"{pay} ({money_text(price.to_pay_local, self._locale)})"
        lines.append(fill(self.tr("You pay: %1"), pay))
        if price.oe_fee is not None:
            fee = money_text(price.oe_fee, self._locale)
            if price.oe_fee_local is not None:
                fee = f"{fee} ({money_text(price.oe_fee_local, self._locale)})"
            lines.append(fill(self.tr("Plus the car maker's online fee: %1"), fee))
        return "\n".join(lines)

    def _show_star(self) -> None:
        on = self.star_button.isChecked()
        self.star_button.setIcon(icon("star-filled" if on else "star"))
        template = self.tr("Remove %1 from your favourites") if on else self.tr("Add %1 to your favourites")
        text = fill(template, self.product.name)
        self.star_button.setToolTip(text)
        self.star_button.setAccessibleName(text)

    def _show_chosen(self, on: bool) -> None:
        if self.property("selected") != on:
            self.setProperty("selected", on)
            repolish(self)

    # --- slots -----------------------------------------------------------------------------------------

    def _on_check_toggled(self, on: bool) -> None:
        self._show_chosen(on)
        self.sig_toggled.emit(on)

    def _on_star_button_clicked(self, on: bool) -> None:
        self._show_star()
        self.sig_favourite_toggled.emit(on)

    def _on_details_button_toggled(self, on: bool) -> None:
        self.details.setVisible(on)
        self.details_button.setArrowType(Qt.ArrowType.UpArrow if on else Qt.ArrowType.DownArrow)


@dataclass(frozen=True, slots=True)
class ProductSection:
    """A titled part of the list (a bundle's required products, one optional block...)."""

    products: tuple[CatalogueProduct, ...]
    title: str = ""
    hint: str = ""


class ProductList(QScrollArea):
    """Sections of product rows in a scroll area; rows are kept per product so a redraw keeps their state."""

    sig_product_toggled = Signal(object, bool)
    """A product (:class:`CatalogueProduct`) was ticked (True) or unticked (False)."""

    sig_favourite_toggled = Signal(object, bool)
    """A product's star was pressed: True to make it a favourite."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productList")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._content = QWidget(self)
        self._content.setObjectName("productListContent")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(0, 0, 4, 0)
        self._layout.setSpacing(8)
        self.empty_label = QLabel(self._content)
        self.empty_label.setObjectName("productListEmpty")
        self.empty_label.setProperty("role", "hint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self._content)
        self._rows: dict[int, ProductRow] = {}
        self._headers: list[QLabel] = []
        self._chosen: set[int] = set()
        self._favourites: set[int] = set()
        self._shown: tuple[int, ...] = ()
        self._locale = QLocale()
        self._signature: object = None

    # --- what tests and the page read --------------------------------------------------------------

    def row(self, product_id: int) -> ProductRow | None:
        """The row of a product on show, or None."""
        if product_id not in self._shown:
            return None
        return self._rows.get(product_id)

    @property
    def shown_ids(self) -> tuple[int, ...]:
        """The products on show, top to bottom."""
        return self._shown

    @property
    def empty_text(self) -> str:
        """The sentence shown instead of products ("" when products are shown)."""
        return "" if self.empty_label.isHidden() else self.empty_label.text()

    # --- changes --------------------------------------------------------------------------------------

    def show_sections(
        self, sections: Sequence[ProductSection], *, empty_text: str = "", show_groups: bool = False
    ) -> None:
        """Show the sections (a product appears once, in its first section); ``empty_text`` when none.

        ``show_groups`` names each product's group under its name, for lists that mix groups. Showing what
        is already shown only refreshes the rows: the technician's scroll position stays.
        """
        signature = (
            tuple(
                (section.title, section.hint, tuple(p.id for p in section.products)) for section in sections
            ),
            empty_text,
            show_groups,
        )
        if signature == self._signature:
            for section in sections:
                for product in section.products:
                    row = self._rows.get(product.id)
                    if row is not None and row.product != product:
                        row.set_product(product)
            return
        self._signature = signature
        focused = self._park_focus()
        self._clear_layout()
        shown: list[int] = []
        for section in sections:
            products = [p for p in section.products if p.id not in shown]
            if not products:
                continue
            if section.title:
                self._add_header(section.title, "subheading")
            if section.hint:
                self._add_header(section.hint, "hint")
            for product in products:
                row = self._row_for(product)
                row.set_show_group(show_groups)
                self._layout.addWidget(row)
                row.show()
                shown.append(product.id)
        self._shown = tuple(shown)
        if not shown:
            self.empty_label.setText(empty_text)
            self._layout.addWidget(self.empty_label)
            self.empty_label.show()
        self._layout.addStretch(1)
        self.verticalScrollBar().setValue(0)
        if focused is not None and focused.isVisibleTo(self):
            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_products(
        self, products: Iterable[CatalogueProduct], *, empty_text: str = "", show_groups: bool = False
    ) -> None:
        """Show one plain list."""
        self.show_sections([ProductSection(tuple(products))], empty_text=empty_text, show_groups=show_groups)

    def set_chosen(self, product_ids: Iterable[int]) -> None:
        """Tick exactly these products (without reporting it)."""
        self._chosen = set(product_ids)
        for product_id, row in self._rows.items():
            row.set_chosen(product_id in self._chosen)

    def set_favourites(self, product_ids: Iterable[int]) -> None:
        """Star exactly these products (without reporting it)."""
        self._favourites = set(product_ids)
        for product_id, row in self._rows.items():
            row.set_favourite(product_id in self._favourites)

    def set_locale(self, locale: QLocale) -> None:
        """Write amounts with this locale's separators."""
        self._locale = locale
        for row in self._rows.values():
            row.set_locale(locale)

    def retranslate(self) -> None:
        """Set the rows' texts again (section titles come from the page, which shows them again)."""
        self._signature = None
        for row in self._rows.values():
            row.retranslate()

    # --- internals ------------------------------------------------------------------------------------

    def _row_for(self, product: CatalogueProduct) -> ProductRow:
        row = self._rows.get(product.id)
        if row is None:
            row = ProductRow(product, self._content)
            row.set_locale(self._locale)
            row.sig_toggled.connect(lambda on, r=row: self.sig_product_toggled.emit(r.product, on))
            row.sig_favourite_toggled.connect(
                lambda on, r=row: self.sig_favourite_toggled.emit(r.product, on)
            )
            self._rows[product.id] = row
        elif row.product != product:
            row.set_product(product)
        row.set_chosen(product.id in self._chosen)
        row.set_favourite(product.id in self._favourites)
        return row

    def _add_header(self, text: str, role: str) -> None:
        label = QLabel(text, self._content)
        label.setProperty("role", role)
        label.setWordWrap(True)
        self._headers.append(label)
        self._layout.addWidget(label)

    def _park_focus(self) -> QWidget | None:
        """Move the focus from a row about to be hidden to the list itself; return the row's widget.

        Hiding the focused widget would hand the focus to the next one in the tab chain (a chip of the
        Selected strip below, with its focus ring): the focus stays in the list the technician used.
        """
        # The window's focus widget, also while another window is active (the focus comes back to it).
        focused = self.window().focusWidget()
        if focused is None or not self._content.isAncestorOf(focused):
            return None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return focused

    def _clear_layout(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
        for label in self._headers:
            label.deleteLater()
        self._headers.clear()


class SelectedStrip(QFrame):
    """ "Selected (n)" and one removable chip per chosen product, in the order they were chosen."""

    sig_removed = Signal(int)
    """The technician removed a chosen product (argument: its id) with its chip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setProperty("role", "selectedStrip")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("selectedTitle")
        self.title_label.setProperty("role", "subheading")
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("selectedEmpty")
        self.empty_label.setProperty("role", "hint")
        self._chips_host = QWidget(self)
        self._chips_host.setObjectName("selectedChips")
        self._chips_layout = FlowLayout(self._chips_host)
        self._chips_host.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(12)
        layout.addWidget(self.title_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self._chips_host, 1)
        self._choices: tuple[ProductChoice, ...] = ()
        self.chips: dict[int, QPushButton] = {}
        self._chips_host.hide()
        self.retranslate()

    def set_choices(self, choices: Sequence[ProductChoice]) -> None:
        """Show these chosen products (chips of products still chosen stay as they are)."""
        choices = tuple(choices)
        if choices == self._choices and len(self.chips) == len(choices):
            return
        self._choices = choices
        wanted = {choice.id for choice in choices}
        for product_id in [pid for pid in self.chips if pid not in wanted]:
            chip = self.chips.pop(product_id)
            self._chips_layout.removeWidget(chip)
            chip.deleteLater()
        while self._chips_layout.count():
            self._chips_layout.takeAt(0)
        for choice in choices:
            chip = self.chips.get(choice.id) or self._new_chip(choice.id)
            self._chips_layout.addWidget(chip)
        # Re-ordered to the choice order (a dict keeps insertion order).
        self.chips = {choice.id: self.chips[choice.id] for choice in choices}
        self._chips_host.setVisible(bool(choices))
        self.empty_label.setVisible(not choices)
        self.retranslate()

    def _new_chip(self, product_id: int) -> QPushButton:
        chip = QPushButton(self._chips_host)
        chip.setObjectName("selectedChip")
        chip.setIcon(icon("close"))
        # The cross after the name, where a finger expects "remove".
        chip.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        chip.clicked.connect(lambda _checked=False: self.sig_removed.emit(product_id))
        self.chips[product_id] = chip
        chip.show()
        return chip

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.title_label.setText(fill(self.tr("Selected (%1)"), str(len(self._choices))))
        self.empty_label.setText(self.tr("Nothing chosen yet: tick the services the car needs."))
        for choice in self._choices:
            chip = self.chips[choice.id]
            chip.setText(choice.name)
            chip.setToolTip(fill(self.tr("Remove %1"), choice.name))
            chip.setAccessibleName(fill(self.tr("Remove %1"), choice.name))
