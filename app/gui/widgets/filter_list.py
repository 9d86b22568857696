"""A list to choose one entry from, with a filter field above it: type a few letters, tap the entry.

The filter keeps the entries whose text contains what was typed, ignoring case. Filtering never changes
the choice: an entry chosen and then filtered out stays chosen (and is highlighted again when it shows).
Enter in the filter chooses the first entry shown, Down moves into the list. A line under the list says
what is going on: loading, nothing to choose yet, or no entry matching the filter.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Final

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QScroller,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

__all__ = ["FilterList"]

#: Where an entry keeps its key.
KEY_ROLE: Final = Qt.ItemDataRole.UserRole + 1
#: A row is at least this many text lines high, so a finger hits it (the style sheet may ask for more).
_ROW_LINES: Final = 2.2


class _RoomyDelegate(QStyledItemDelegate):
    """Rows tall enough to tap, also without a style sheet."""

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        least = round(option.fontMetrics.height() * _ROW_LINES)
        if hint.height() < least:
            hint.setHeight(least)
        return hint


class FilterList(QWidget):
    """A titled, filterable list; each entry has a key (an id) and a text."""

    sig_item_chosen = Signal(object)
    """The technician chose an entry (argument: its key)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setProperty("role", "subheading")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.view = QListView(self)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setItemDelegate(_RoomyDelegate(self.view))
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # A finger drags the list; a click still chooses.
        QScroller.grabGesture(self.view.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self._model = QStandardItemModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._proxy.setFilterRole(Qt.ItemDataRole.DisplayRole)
        self.view.setModel(self._proxy)
        self._chosen: Hashable | None = None
        self._quiet = False
        self._empty_text = ""
        self._no_match_text = ""

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        self.filter_edit.installEventFilter(self)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.set_items(())

    # --- contents -----------------------------------------------------------------------------------------

    def set_kiosk(self, kiosk: bool) -> None:
        """On a touch kiosk, no clear button in the filter: too small a target for a finger."""
        self.filter_edit.setClearButtonEnabled(not kiosk)

    def set_texts(self, *, title: str, placeholder: str, empty: str, no_match: str) -> None:
        """The fixed texts: the heading, the filter's placeholder, what an empty list says, and what a
        filter that hides everything says (``%1`` stands for the filter text)."""
        self.title.setText(title)
        self.filter_edit.setPlaceholderText(placeholder)
        self.filter_edit.setAccessibleName(placeholder)
        self.view.setAccessibleName(title)
        self._empty_text = empty
        self._no_match_text = no_match
        self._update_status()

    def set_items(self, items: Sequence[tuple[Hashable, str]]) -> None:
        """Show these ``(key, text)`` entries in this order; the filter and the choice start afresh."""
        self._quiet = True
        try:
            self._model.clear()
            for key, text in items:
                item = QStandardItem(text)
                item.setData(key, KEY_ROLE)
                item.setToolTip(text)
                item.setEditable(False)
                self._model.appendRow(item)
            self._chosen = None
            self.filter_edit.clear()
        finally:
            self._quiet = False
        enabled = bool(items)
        self.filter_edit.setEnabled(enabled)
        self.view.setEnabled(enabled)
        self.view.scrollToTop()
        self._update_status()

    def show_waiting(self, text: str) -> None:
        """No entries yet, and why (loading, or a choice to make on the left first)."""
        self.set_items(())
        self.status.setText(text)
        self.status.setVisible(bool(text))

    @property
    def chosen_key(self) -> Hashable | None:
        """The key of the chosen entry, or None."""
        return self._chosen

    def keys(self) -> list[Hashable]:
        """Every entry's key, in order."""
        return [self._model.item(row).data(KEY_ROLE) for row in range(self._model.rowCount())]

    def visible_texts(self) -> list[str]:
        """The texts the filter lets through, in order."""
        return [self._proxy.index(row, 0).data() for row in range(self._proxy.rowCount())]

    def choose(self, key: Hashable) -> bool:
        """Choose the entry with ``key`` as if tapped (clearing a filter that hides it); False if absent."""
        source_row = self._source_row(key)
        if source_row is None:
            return False
        if self._proxy_index(source_row) is None:
            self.filter_edit.clear()
        index = self._proxy_index(source_row)
        if index is None:
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self._set_chosen(key)
        return True

    def shown_index(self, text: str) -> QModelIndex | None:
        """The view's index of the shown entry with this text (e.g. to click on its rectangle)."""
        for row in range(self._proxy.rowCount()):
            index = self._proxy.index(row, 0)
            if index.data() == text:
                return index
        return None

    # --- events -------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down in the filter field moves into the list."""
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self._proxy.rowCount()
        ):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self._proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        self._highlight_chosen()
        self._update_status()

    def _on_filter_edit_return_pressed(self) -> None:
        if self._proxy.rowCount():
            index = self._proxy.index(0, 0)
            self.view.setCurrentIndex(index)
            self._set_chosen(index.data(KEY_ROLE))

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._quiet:
            return
        indexes = selected.indexes()
        # An empty selection comes from filtering the chosen entry away: that is no change of mind.
        if indexes:
            self._set_chosen(indexes[0].data(KEY_ROLE))

    # --- internals ----------------------------------------------------------------------------------------

    def _set_chosen(self, key: Hashable) -> None:
        if key == self._chosen:
            return
        self._chosen = key
        self.sig_item_chosen.emit(key)

    def _source_row(self, key: Hashable) -> int | None:
        for row in range(self._model.rowCount()):
            if self._model.item(row).data(KEY_ROLE) == key:
                return row
        return None

    def _proxy_index(self, source_row: int) -> QModelIndex | None:
        index = self._proxy.mapFromSource(self._model.index(source_row, 0))
        return index if index.isValid() else None

    def _highlight_chosen(self) -> None:
        if self._chosen is None:
            return
        source_row = self._source_row(self._chosen)
        index = None if source_row is None else self._proxy_index(source_row)
        if index is None:
            return
        self._quiet = True
        try:
            self.view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.setCurrentIndex(index)
        finally:
            self._quiet = False

    def _update_status(self) -> None:
        if not self._model.rowCount():
            self.status.setText(self._empty_text)
        elif not self._proxy.rowCount():
            self.status.setText(self._no_match_text.replace("%1", self.filter_edit.text().strip()))
        else:
            self.status.clear()
        self.status.setVisible(bool(self.status.text()))
