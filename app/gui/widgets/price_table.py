"""The price as a receipt: one row per product, then the sub-total, the voucher, the OE fees and the total.

Every amount shows in the service provider's currency and, beneath it, in the customer's own. Amounts are
formatted from their ``Decimal`` with the separators of the interface language's :class:`QLocale` (never
through a float, which could print a cent wrong), the ISO currency code in front: ``EUR 1,234.50``,
``DKK 9.210,35``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Final

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import Money
from app.services.pricing import Amount, Quote, QuoteLine, VoucherStatus

__all__ = [
    "PriceRow",
    "PriceTable",
    "RowKind",
    "amount_text",
    "fill",
    "money_text",
    "percent_text",
    "voucher_text",
]

_CENT: Final = Decimal("0.01")
#: A true minus sign: a hyphen reads as a dash in a column of amounts.
MINUS: Final = "\u2212"
#: Between the two currencies of one amount on a single line.
SEPARATOR: Final = " \u00b7 "
_NBSP: Final = "\u00a0"


def fill(template: str, *values: str) -> str:
    """Put ``values`` into the ``%1``, ``%2``... of a translated sentence (each once, in one pass)."""
    return re.sub(r"%(\d)", lambda found: values[int(found.group(1)) - 1], template)


def _digits(value: Decimal, locale: QLocale) -> str:
    whole, _, cents = f"{value:f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return locale.groupSeparator().join(groups) + locale.decimalPoint() + cents


def money_text(money: Money, locale: QLocale, *, negative: bool = False) -> str:
    """``EUR 1,234.50`` in ``locale``'s separators; a minus sign in front when ``negative`` or below 0."""
    amount = money.amount.quantize(_CENT, rounding=ROUND_HALF_UP)
    sign = MINUS if (negative and amount != 0) or amount < 0 else ""
    return f"{sign}{money.currency}{_NBSP}{_digits(abs(amount), locale)}"


def amount_text(amount: Amount, locale: QLocale, *, negative: bool = False) -> str:
    """Both currencies on one line: ``EUR 120.00 · DKK 895.25`` (the first alone when there is no second)."""
    first = money_text(amount.money, locale, negative=negative)
    if amount.localized is None or amount.localized.currency == amount.money.currency:
        return first
    return first + SEPARATOR + money_text(amount.localized, locale, negative=negative)


def percent_text(value: Decimal, locale: QLocale) -> str:
    """``10 %``, ``12.5 %`` (``12,5 %`` in Danish): no trailing zeros."""
    exact = value.quantize(_CENT, rounding=ROUND_HALF_UP).normalize()
    text = f"{exact:f}"
    if "." in text:
        whole, _, fraction = text.partition(".")
        text = whole + locale.decimalPoint() + fraction
    return f"{text}{_NBSP}%"


def voucher_text(quote: Quote, locale: QLocale) -> str:
    """What an accepted voucher gives: its code, and its percentage or amount with a minus sign."""
    if quote.voucher_status != VoucherStatus.ACCEPTED:
        return ""
    if quote.voucher_percentage is not None:
        value = MINUS + percent_text(quote.voucher_percentage, locale)
    elif quote.voucher_discount is not None:
        value = money_text(quote.voucher_discount.money, locale, negative=True)
    else:
        value = ""
    code = quote.voucher_code or quote.voucher
    if not value:
        return fill(QCoreApplication.translate("PriceTable", "Voucher %1 applied"), code)
    return fill(QCoreApplication.translate("PriceTable", "Voucher %1: %2"), code, value)


class RowKind(StrEnum):
    """What a row of the receipt is."""

    PRODUCT = "product"
    SUBTOTAL = "subtotal"
    VOUCHER = "voucher"
    FEES = "fees"
    TOTAL = "total"


@dataclass(frozen=True, slots=True)
class PriceRow:
    """A row as shown: its kind, its label, and the texts of its price, discount and amount columns."""

    kind: RowKind
    label: str
    price: str = ""
    discount: str = ""
    amount: str = ""


class _AmountCell(QWidget):
    """An amount in both currencies: the provider's, and the customer's in a quieter style beneath it
    (``stacked``) or beside it."""

    def __init__(self, parent: QWidget, role: str, *, stacked: bool) -> None:
        super().__init__(parent)
        direction = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        layout = QBoxLayout(direction, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._stacked = stacked
        if not stacked:
            layout.addStretch(1)
        self.main = QLabel(self)
        self.main.setProperty("role", role)
        self.main.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.main.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.local = QLabel(self)
        self.local.setProperty("role", "hint")
        self.local.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.local.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.main)
        layout.addWidget(self.local)
        self.text = ""

    def show_amount(self, amount: Amount | None, locale: QLocale, *, negative: bool = False) -> None:
        if amount is None:
            self.main.setText("\u2014")
            self.local.clear()
            self.local.hide()
            self.text = ""
            self.setAccessibleName(QCoreApplication.translate("PriceTable", "none"))
            return
        self.main.setText(money_text(amount.money, locale, negative=negative))
        has_local = amount.localized is not None and amount.localized.currency != amount.money.currency
        if has_local and amount.localized is not None:
            local = money_text(amount.localized, locale, negative=negative)
            self.local.setText(local if self._stacked else SEPARATOR + local)
        else:
            self.local.clear()
        self.local.setVisible(has_local)
        self.text = amount_text(amount, locale, negative=negative)
        self.setAccessibleName(self.text)


class _LinesArea(QScrollArea):
    """A scroll area as tall as its lines when there is room (QScrollArea remembers its first, empty
    content's size and never grows by itself)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        content = self.widget()
        if content is None:
            return hint
        return QSize(hint.width(), content.sizeHint().height() + 2 * self.frameWidth())


class PriceTable(QWidget):
    """The receipt of a :class:`~app.services.pricing.Quote`; empty until one is set.

    The product lines scroll when there are many; the sub-total, voucher, fees and total stay in view
    beneath them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priceTable")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._lines_area = _LinesArea(self)
        self._lines_area.setObjectName("priceLines")
        self._lines_area.setFrameShape(QFrame.Shape.NoFrame)
        self._lines_area.setWidgetResizable(True)
        self._lines_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Its natural height when there is room, less (scrolling) when there is not.
        self._lines_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        lines = QWidget(self._lines_area)
        self._lines = self._new_grid(lines)
        self._lines_area.setWidget(lines)
        summary = QWidget(self)
        summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._summary_grid = self._new_grid(summary)
        layout.addWidget(self._lines_area)
        layout.addWidget(summary)
        self._rows: list[PriceRow] = []
        self._quote: Quote | None = None
        self._locale = QLocale()
        #: Without any discount, the list price and discount columns say nothing: one column, one line.
        self._compact = True

    @staticmethod
    def _new_grid(host: QWidget) -> QGridLayout:
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        return grid

    @staticmethod
    def _host(grid: QGridLayout) -> QWidget:
        host = grid.parentWidget()
        assert host is not None, "every grid of the receipt is installed on its widget"
        return host

    @property
    def quote(self) -> Quote | None:
        """The quote on show."""
        return self._quote

    @property
    def compact(self) -> bool:
        """Whether the receipt shows one amount column (no line has a discount)."""
        return self._compact

    def rows(self) -> list[PriceRow]:
        """The rows as shown, top to bottom (the headers left out)."""
        return list(self._rows)

    def row(self, kind: RowKind) -> PriceRow | None:
        """The first row of a kind, or None."""
        return next((row for row in self._rows if row.kind == kind), None)

    @property
    def total_text(self) -> str:
        """The total in both currencies, as shown ("" without a quote)."""
        total = self.row(RowKind.TOTAL)
        return "" if total is None else total.amount

    def set_quote(self, quote: Quote | None, locale: QLocale) -> None:
        """Show ``quote`` (None empties the receipt), formatted for ``locale``."""
        self._quote = quote
        self._locale = locale
        self._rebuild()

    def retranslate(self) -> None:
        """Build the rows again in the current language."""
        self._rebuild()

    # --- building ---------------------------------------------------------------------------------------

    @property
    def _last(self) -> int:
        return 1 if self._compact else 3

    @staticmethod
    def _empty(grid: QGridLayout) -> None:
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _rebuild(self) -> None:
        self._empty(self._lines)
        self._empty(self._summary_grid)
        self._rows = []
        quote = self._quote
        self._lines_area.setVisible(quote is not None)
        if quote is None:
            return
        self._compact = not any(line.discount is not None for line in quote.lines)
        self._header()
        for row, line in enumerate(quote.lines, start=1):
            self._product(row, line)
        row = self._rule(0)
        self._summary(
            row, RowKind.SUBTOTAL, QCoreApplication.translate("PriceTable", "Sub-total"), quote.sub_total
        )
        row += 1
        if quote.voucher_status == VoucherStatus.ACCEPTED:
            discount = quote.voucher_discount or Amount.zero_like(quote.total)
            self._summary(row, RowKind.VOUCHER, voucher_text(quote, self._locale), discount, negative=True)
            row += 1
        if not quote.oe_fees.is_zero:
            self._summary(
                row, RowKind.FEES, QCoreApplication.translate("PriceTable", "OE service fee"), quote.oe_fees
            )
            row += 1
        row = self._rule(row)
        self._summary(row, RowKind.TOTAL, QCoreApplication.translate("PriceTable", "Total"), quote.total)
        # A scroll area does not notice its content growing: ask the layout to look again.
        self._lines_area.updateGeometry()

    def _label(self, grid: QGridLayout, text: str, role: str, row: int, column: int) -> QLabel:
        label = QLabel(text, self._host(grid))
        label.setProperty("role", role)
        if column == 0:
            label.setWordWrap(True)
        else:
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(label, row, column)
        return label

    def _header(self) -> None:
        self._label(self._lines, QCoreApplication.translate("PriceTable", "Product"), "hint", 0, 0)
        if not self._compact:
            self._label(self._lines, QCoreApplication.translate("PriceTable", "List price"), "hint", 0, 1)
            self._label(self._lines, QCoreApplication.translate("PriceTable", "Discount"), "hint", 0, 2)
        self._label(self._lines, QCoreApplication.translate("PriceTable", "Price"), "hint", 0, self._last)

    def _amount(
        self,
        grid: QGridLayout,
        row: int,
        column: int,
        amount: Amount | None,
        role: str,
        *,
        negative: bool = False,
    ) -> _AmountCell:
        cell = _AmountCell(self._host(grid), role, stacked=not self._compact)
        cell.show_amount(amount, self._locale, negative=negative)
        grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        return cell

    def _product(self, row: int, line: QuoteLine) -> None:
        grid = self._lines
        name = QWidget(self._host(grid))
        layout = QVBoxLayout(name)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        title = QLabel(line.name, name)
        title.setWordWrap(True)
        layout.addWidget(title)
        notes = []
        if line.discount is not None and line.discount_percentage:
            notes.append(
                fill(
                    QCoreApplication.translate("PriceTable", "%1 off"),
                    percent_text(line.discount_percentage, self._locale),
                )
            )
        if line.oe_fee is not None:
            notes.append(QCoreApplication.translate("PriceTable", "plus OE service fee"))
        if line.unattended:
            notes.append(QCoreApplication.translate("PriceTable", "runs unattended"))
        if notes:
            hint = QLabel(SEPARATOR.join(notes), name)
            hint.setProperty("role", "hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        if self._compact:
            net = self._amount(grid, row, self._last, line.net, "money")
            self._rows.append(PriceRow(RowKind.PRODUCT, line.name, amount=net.text))
            return
        price = self._amount(grid, row, 1, line.gross, "money")
        discount = self._amount(grid, row, 2, line.discount, "money", negative=True)
        net = self._amount(grid, row, 3, line.net, "money")
        self._rows.append(PriceRow(RowKind.PRODUCT, line.name, price.text, discount.text, net.text))

    def _summary(
        self, row: int, kind: RowKind, label: str, amount: Amount, *, negative: bool = False
    ) -> None:
        grid = self._summary_grid
        role = {RowKind.TOTAL: "total", RowKind.VOUCHER: "success"}.get(kind, "value")
        self._label(grid, label, role, row, 0)
        # The summary has two columns whatever the lines have: label, and the amount at the right edge.
        cell = _AmountCell(self._host(grid), role, stacked=False)
        cell.show_amount(amount, self._locale, negative=negative)
        grid.addWidget(cell, row, 1, Qt.AlignmentFlag.AlignVCenter)
        self._rows.append(PriceRow(kind, label, amount=cell.text))

    def _rule(self, row: int) -> int:
        grid = self._summary_grid
        line = QFrame(self._host(grid))
        line.setObjectName("priceRule")
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        grid.addWidget(line, row, 0, 1, 2)
        return row + 1
