"""The ticket's conversation: messages as bubbles grouped by day, with attachments and translations.

:class:`ChatView` is a :class:`QListView` over its own :class:`ChatModel` and :class:`ChatBubbleDelegate`.
The operator's messages stand at the left on white, the technician's at the right on the accent's tint,
the service's notes in the middle in grey; a date row ("Today", "Yesterday", a date) opens every day.
Messages are upserted by id and kept in the order of their time (then id), so a message pushed twice, or
read again after a reconnect, shows once and in its place.

The view never talks to the server: a click on a file, on "Translate" or on "Show original" is a signal,
and the page answers with :meth:`ChatView.set_thumbnail`, :meth:`ChatView.set_translation` and the busy
setters. Links inside a bubble are hit-tested by the delegate; the keyboard reaches the same actions
through the context menu (right click or the Menu key) of the selected message.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from app.api.models import ChatMessage
from app.domain.attachments import is_image
from app.gui.theme import colour, current_theme, pixmap

__all__ = ["BubblePart", "ChatBubbleDelegate", "ChatModel", "ChatView"]

#: Who wrote a message, as the chat service names them.
_OPERATOR: Final = "operator"
_TECHNICIAN: Final = "technician"
_SYSTEM: Final = "system"
#: A control message (a ping) is shown as a line of its own, not as a bubble.
_CONTROL: Final = "control"

#: The item data role holding a row's :class:`_Entry` or :class:`_DayRow`.
ROW_ROLE: Final = Qt.ItemDataRole.UserRole + 1
#: The item data role holding a message's id ("" for a date row).
ID_ROLE: Final = Qt.ItemDataRole.UserRole + 2


class BubblePart(StrEnum):
    """A part of a bubble that reacts to a click."""

    TRANSLATE = "translate"
    SHOW_ORIGINAL = "show-original"
    ATTACHMENT = "attachment"


# --- the model ---------------------------------------------------------------------------------------------


@dataclass(eq=False, slots=True)
class _Entry:
    """A message and what the view shows about it besides the server's words."""

    message: ChatMessage
    translation: str | None = None
    translating: bool = False
    #: An image attachment's picture, already scaled down to what a bubble can show.
    thumbnail: QImage | None = None
    opening: bool = False
    #: Counts every change, so cached layouts of the old state are never used again.
    revision: int = 0

    @property
    def id(self) -> str:
        return str(self.message.id)


@dataclass(eq=False, slots=True)
class _DayRow:
    """The date row above a day's first message."""

    day: date


_Row = _Entry | _DayRow


def _id_key(message_id: str) -> tuple[int, int, str]:
    # Ids are numbers on the wire but strings in the model: "10" must follow "9".
    if message_id.isdigit():
        return (0, int(message_id), "")
    return (1, 0, message_id)


def _sort_key(message: ChatMessage) -> tuple[datetime, tuple[int, int, str]]:
    return (message.created_at, _id_key(str(message.id)))


class ChatModel(QAbstractListModel):
    """The messages in the order of their time, with a date row opening every day.

    Rows are inserted and removed, never reset, when messages arrive: a list scrolled up by the technician
    stays where it is.
    """

    def __init__(self, parent: QObject | None = None, *, now: Callable[[], datetime] | None = None) -> None:
        """``now``: the clock and, through its time zone, where the technician is (tests fix both); by
        default the computer's, with its daylight-saving rules."""
        super().__init__(parent)
        self._now = now
        self._entries: dict[str, _Entry] = {}
        #: The entries in display order.
        self._ordered: list[_Entry] = []
        self._rows: list[_Row] = []
        # The same day keeps the same row object, so a rebuilt row list can be compared by identity.
        self._days: dict[date, _DayRow] = {}

    # --- Qt's model interface --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        """The number of rows (messages and date rows) of the flat list."""
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """A row's entry, id, text, accessible text or tool tip."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if isinstance(row, _DayRow):
            if role in {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole}:
                return self.day_text(row.day)
            if role == ID_ROLE:
                return ""
            return None
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{sender_text(row.message)}, {self.clock_text(row.message)}: {spoken_text(row)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return _locale_date_time(self.local(row.message.created_at))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Messages can be selected (for the keyboard's context menu); date rows cannot even be reached."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], _DayRow):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- messages --------------------------------------------------------------------------------------

    def zone_now(self) -> datetime:
        """Now, in the time zone the conversation is shown in."""
        return self._now() if self._now is not None else datetime.now().astimezone()

    def local(self, moment: datetime) -> datetime:
        """``moment`` in the technician's time zone."""
        if self._now is not None:
            return moment.astimezone(self._now().tzinfo)
        # Without an argument, each moment gets the offset it had (summer time or not), not today's.
        return moment.astimezone()

    def set_messages(self, messages: Iterable[ChatMessage]) -> None:
        """Replace every message (the state of the old ones is forgotten)."""
        unique = {str(message.id): message for message in messages}
        self.beginResetModel()
        self._entries = {key: _Entry(message) for key, message in unique.items()}
        self._ordered = sorted(self._entries.values(), key=lambda entry: _sort_key(entry.message))
        self._days = {}
        self._rows = self._build_rows()
        self.endResetModel()

    def upsert(self, messages: Iterable[ChatMessage]) -> int:
        """Add new messages and update known ones (by id); returns how many were new."""
        added = 0
        for message in messages:
            key = str(message.id)
            entry = self._entries.get(key)
            if entry is None:
                entry = _Entry(message)
                self._entries[key] = entry
                self._place(entry)
                added += 1
            elif entry.message != message:
                moved = _sort_key(entry.message) != _sort_key(message)
                if moved:
                    self._unplace(entry)
                changed_text = entry.message.content != message.content
                entry.message = message
                if changed_text:
                    # A translation of the old words would now be wrong.
                    entry.translation = None
                    entry.translating = False
                if moved:
                    self._place(entry)
                else:
                    self.touch(key)
        return added

    def entry(self, message_id: str) -> _Entry | None:
        """The entry of a message."""
        return self._entries.get(message_id)

    def entries(self) -> tuple[_Entry, ...]:
        """Every entry, in display order."""
        return tuple(self._ordered)

    def row_of(self, message_id: str) -> int:
        """The row of a message, -1 when unknown."""
        entry = self._entries.get(message_id)
        if entry is None:
            return -1
        for row, candidate in enumerate(self._rows):
            if candidate is entry:
                return row
        return -1

    def touch(self, message_id: str) -> None:
        """Tell the view that a message's state changed (it is painted and sized again)."""
        entry = self._entries.get(message_id)
        row = self.row_of(message_id)
        if entry is None or row < 0:
            return
        entry.revision += 1
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def refresh_days(self) -> None:
        """The date rows' texts depend on today: paint them again (after midnight, a language change)."""
        for row, candidate in enumerate(self._rows):
            if isinstance(candidate, _DayRow):
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    # --- texts -----------------------------------------------------------------------------------------

    def day_of(self, message: ChatMessage) -> date:
        """The local day a message was written on."""
        return self.local(message.created_at).date()

    def day_text(self, day: date) -> str:
        """ "Today", "Yesterday" or the locale's long date."""
        today = self.zone_now().date()
        if day == today:
            return QCoreApplication.translate("ChatView", "Today")
        if day == today - timedelta(days=1):
            return QCoreApplication.translate("ChatView", "Yesterday")
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)

    def clock_text(self, message: ChatMessage) -> str:
        """The local time of day a message was written, in the locale's short form."""
        local = self.local(message.created_at)
        return QLocale().toString(
            QTime(local.hour, local.minute, local.second), QLocale.FormatType.ShortFormat
        )

    # --- internals -------------------------------------------------------------------------------------

    def _day_row(self, day: date) -> _DayRow:
        row = self._days.get(day)
        if row is None:
            row = self._days[day] = _DayRow(day)
        return row

    def _build_rows(self) -> list[_Row]:
        rows: list[_Row] = []
        last: date | None = None
        for entry in self._ordered:
            day = self.day_of(entry.message)
            if day != last:
                rows.append(self._day_row(day))
                last = day
            rows.append(entry)
        return rows

    def _place(self, entry: _Entry) -> None:
        key = _sort_key(entry.message)
        # Messages mostly arrive in order: look from the end.
        position = len(self._ordered)
        while position > 0 and _sort_key(self._ordered[position - 1].message) > key:
            position -= 1
        self._ordered.insert(position, entry)
        self._apply(self._build_rows())

    def _unplace(self, entry: _Entry) -> None:
        self._ordered.remove(entry)
        self._apply(self._build_rows())

    def _apply(self, new: list[_Row]) -> None:
        """Move from the current rows to ``new``, which differs by one block inserted or removed."""
        old = self._rows
        first = 0
        shortest = min(len(old), len(new))
        while first < shortest and old[first] is new[first]:
            first += 1
        if len(new) > len(old):
            count = len(new) - len(old)
            self.beginInsertRows(QModelIndex(), first, first + count - 1)
            self._rows = new
            self.endInsertRows()
        elif len(new) < len(old):
            count = len(old) - len(new)
            self.beginRemoveRows(QModelIndex(), first, first + count - 1)
            self._rows = new
            self.endRemoveRows()
        else:
            self._rows = new
        self._forget_unused_days()

    def _forget_unused_days(self) -> None:
        used = {row.day for row in self._rows if isinstance(row, _DayRow)}
        for day in [day for day in self._days if day not in used]:
            del self._days[day]


# --- what a message says -----------------------------------------------------------------------------------


def sender_text(message: ChatMessage) -> str:
    """Who wrote a message, in the technician's words."""
    if message.sender == _TECHNICIAN:
        return QCoreApplication.translate("ChatView", "You")
    if message.sender == _OPERATOR:
        return message.sender_name or QCoreApplication.translate("ChatView", "Operator")
    if message.sender == _SYSTEM:
        return QCoreApplication.translate("ChatView", "Workbay service")
    return message.sender_name or message.sender


def body_text(entry: _Entry) -> str:
    """The text a bubble shows: the translation once there is one, else the message's own words."""
    if entry.message.type == _CONTROL:
        return control_text(entry.message)
    if entry.translation is not None:
        return entry.translation.strip()
    return (entry.message.content or "").strip()


def control_text(message: ChatMessage) -> str:
    """The line standing for a control message (a ping)."""
    if message.sender == _TECHNICIAN:
        return QCoreApplication.translate("ChatView", "You asked the operator for attention")
    return QCoreApplication.translate("ChatView", "The operator asked for your attention")


def file_name(message: ChatMessage) -> str:
    """The name of the file a message carries ("" for none)."""
    attachment = message.attachment
    if attachment is None:
        return ""
    return attachment.file_name or QCoreApplication.translate("ChatView", "File")


def has_file(message: ChatMessage) -> bool:
    """Whether the message carries a file."""
    return message.attachment is not None and message.type != _CONTROL


def can_translate(entry: _Entry) -> bool:
    """Translation is offered for the operator's and the service's words, never for the technician's."""
    message = entry.message
    return (
        message.sender != _TECHNICIAN and message.type != _CONTROL and bool((message.content or "").strip())
    )


def shown_text(entry: _Entry) -> str:
    """What a bubble says, as one plain text (its file's name, then its words)."""
    parts = []
    if has_file(entry.message):
        parts.append(file_name(entry.message))
    body = body_text(entry)
    if body:
        parts.append(body)
    return "\n".join(parts)


def spoken_text(entry: _Entry) -> str:
    """What a screen reader says after who and when."""
    parts = []
    if has_file(entry.message):
        parts.append(
            QCoreApplication.translate("ChatView", "File %1").replace("%1", file_name(entry.message))
        )
    body = body_text(entry)
    if body:
        parts.append(body)
    text = ". ".join(parts)
    if entry.translation is not None:
        text = QCoreApplication.translate("ChatView", "%1 (translated)").replace("%1", text)
    return text


def _locale_date_time(moment: datetime) -> str:
    value = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second)
    )
    return QLocale().toString(value, QLocale.FormatType.LongFormat)


# --- the delegate ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Sizes:
    """The delegate's measures at a desk or at a touch kiosk (pixels)."""

    margin_x: int
    margin_y: int
    pad_x: int
    pad_y: int
    gap: int
    block_gap: int
    radius: float
    #: The widest a bubble gets, however wide the list: long lines are hard to read.
    bubble_max: int
    #: The least height of a link row (a finger's target).
    action_h: int
    chip_h: int
    chip_w: int
    thumb_w: int
    thumb_h: int
    placeholder_w: int
    placeholder_h: int
    icon: int
    small_icon: int


_DESK: Final = _Sizes(
    margin_x=12,
    margin_y=5,
    pad_x=12,
    pad_y=8,
    gap=3,
    block_gap=8,
    radius=12.0,
    bubble_max=620,
    action_h=30,
    chip_h=54,
    chip_w=320,
    thumb_w=260,
    thumb_h=200,
    placeholder_w=220,
    placeholder_h=140,
    icon=28,
    small_icon=16,
)
_KIOSK: Final = _Sizes(
    margin_x=14,
    margin_y=6,
    pad_x=16,
    pad_y=10,
    gap=4,
    block_gap=10,
    radius=14.0,
    bubble_max=720,
    action_h=48,
    chip_h=68,
    chip_w=380,
    thumb_w=320,
    thumb_h=240,
    placeholder_w=280,
    placeholder_h=170,
    icon=34,
    small_icon=20,
)
#: How far a bubble stays off the other side: a share of the width, at most this many pixels.
_OFFSET_SHARE: Final = 0.15
_OFFSET_MAX: Final = 120
#: Narrower than this, text would be laid out a letter a line: lay it out at this width instead.
_MIN_TEXT_WIDTH: Final = 80
#: Layouts kept for painting and sizing; more are dropped oldest first.
_CACHE_LIMIT: Final = 2000


class _Text:
    """A text laid out in lines at most ``width`` pixels wide."""

    def __init__(self, text: str, font: QFont, width: int) -> None:
        # QTextLayout breaks lines at the Unicode line separator, not at "\n".
        self.layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        height = 0.0
        natural = 0.0
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0.0, height))
            height += line.height()
            natural = max(natural, line.naturalTextWidth())
        self.layout.endLayout()
        #: The height of all lines.
        self.height = math.ceil(height) if text else 0
        #: The width of the longest line.
        self.width = min(width, math.ceil(natural))


@dataclass(slots=True)
class _Bubble:
    """Where everything of one row goes, relative to the row's top left corner."""

    height: int
    bubble: QRect = field(default_factory=QRect)
    head: QRect = field(default_factory=QRect)
    body: QPoint | None = None
    text: _Text | None = None
    attachment: QRect = field(default_factory=QRect)
    action: QRect = field(default_factory=QRect)
    #: The clickable link of the action row and what it does.
    link: QRect = field(default_factory=QRect)
    link_part: BubblePart | None = None
    #: For a date or control row: its centred text.
    line_text: str = ""


def _fit(metrics: QFontMetrics, text: str, mode: Qt.TextElideMode, width: int) -> str:
    """``text`` as it is when it fits in ``width``, else elided.

    Qt elides a text given exactly its own (rounded) advance as room; this only elides what does not fit.
    """
    if metrics.horizontalAdvance(text) <= width:
        return text
    return metrics.elidedText(text, mode, width)


def _small(base: QFont, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(max(base.pointSizeF() - 1.5, 7.0))
    elif base.pixelSize() > 0:
        font.setPixelSize(max(base.pixelSize() - 2, 9))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


class ChatBubbleDelegate(QStyledItemDelegate):
    """Paints messages as bubbles and date rows as a centred date; tells which part was clicked.

    A bubble is as wide as its widest part, at most the list's width less an offset (so who wrote it shows
    from the side it stands on); its text always wraps, a long word too, so the list never scrolls
    sideways.
    """

    sig_part_clicked = Signal(str, str)
    """A click landed on a part of a bubble (arguments: message id, :class:`BubblePart` value)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._kiosk = current_theme().kiosk
        self._cache: dict[tuple[object, ...], _Bubble] = {}
        self._pressed: tuple[str, BubblePart] | None = None
        # Pictures scaled once to the size they are shown at: scaling a photo on every paint stalls scrolling.
        self._pictures: dict[tuple[object, ...], QPixmap] = {}

    # --- set-up ----------------------------------------------------------------------------------------

    @property
    def sizes(self) -> _Sizes:
        """The current measures."""
        return _KIOSK if self._kiosk else _DESK

    def set_kiosk(self, kiosk: bool) -> None:
        """Use a touch kiosk's larger targets from now on."""
        if kiosk != self._kiosk:
            self._kiosk = kiosk
            self.forget()

    def forget(self) -> None:
        """Drop every cached layout (the texts, the fonts or the theme changed)."""
        self._cache.clear()
        self._pictures.clear()

    # --- Qt's delegate interface -----------------------------------------------------------------------

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As wide as the list, as tall as the laid-out row."""
        width = self._view.viewport().width()
        return QSize(width, self.layout_of(index, option.font, width).height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """A date row, a control line, or a bubble with its head, file, words and link."""
        row = index.data(ROW_ROLE)
        rect = option.rect
        place = self.layout_of(index, option.font, rect.width())
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.translate(rect.topLeft())
            if isinstance(row, _DayRow):
                self._paint_day(painter, option.font, rect.width(), place)
            elif isinstance(row, _Entry) and row.message.type == _CONTROL:
                self._paint_control(painter, option.font, rect.width(), place)
            elif isinstance(row, _Entry):
                selected = bool(option.state & QStyle.StateFlag.State_Selected) and self._view.hasFocus()
                self._paint_bubble(painter, option.font, row, place, selected=selected)
        finally:
            painter.restore()

    def editorEvent(  # noqa: N802 - Qt's name
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Turn a click on a link or a file into :attr:`sig_part_clicked`; other clicks select the row."""
        kind = event.type()
        if kind not in {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease} or not isinstance(
            event, QMouseEvent
        ):
            return super().editorEvent(event, model, option, index)
        if event.button() != Qt.MouseButton.LeftButton:
            return super().editorEvent(event, model, option, index)
        hit = self.part_at(index, option, event.position().toPoint())
        message_id = str(index.data(ID_ROLE) or "")
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed = (message_id, hit) if hit is not None else None
            return False
        pressed, self._pressed = self._pressed, None
        # A press that started elsewhere and slid onto a link is not a click on it.
        if hit is not None and pressed == (message_id, hit):
            self.sig_part_clicked.emit(message_id, hit.value)
            return True
        return False

    def helpEvent(  # noqa: N802 - Qt's name
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Over a file, say what a click does; elsewhere the message's full date and time."""
        if event.type() == QEvent.Type.ToolTip:
            hit = self.part_at(index, option, event.pos())
            if hit == BubblePart.ATTACHMENT:
                row = index.data(ROW_ROLE)
                name = file_name(row.message) if isinstance(row, _Entry) else ""
                QToolTip.showText(
                    event.globalPos(),
                    QCoreApplication.translate("ChatView", "Open %1").replace("%1", name),
                    view,
                )
                return True
        return super().helpEvent(event, view, option, index)

    # --- geometry --------------------------------------------------------------------------------------

    def part_at(
        self, index: QModelIndex | QPersistentModelIndex, option: QStyleOptionViewItem, pos: QPoint
    ) -> BubblePart | None:
        """The clickable part under ``pos`` (viewport coordinates), if any."""
        for part in BubblePart:
            if self.part_rect(index, option, part).contains(pos):
                return part
        return None

    def part_rect(
        self, index: QModelIndex | QPersistentModelIndex, option: QStyleOptionViewItem, part: BubblePart
    ) -> QRect:
        """Where a part of the bubble is in viewport coordinates; empty when the bubble has no such part."""
        row = index.data(ROW_ROLE)
        if not isinstance(row, _Entry) or row.message.type == _CONTROL:
            return QRect()
        place = self.layout_of(index, option.font, option.rect.width())
        if part == BubblePart.ATTACHMENT:
            local = place.attachment
        elif place.link_part == part:
            local = place.link
        else:
            local = QRect()
        return local.translated(option.rect.topLeft()) if local.isValid() else QRect()

    def layout_of(self, index: QModelIndex | QPersistentModelIndex, font: QFont, width: int) -> _Bubble:
        """The row's layout at ``width`` (cached until the row or the look changes)."""
        row = index.data(ROW_ROLE)
        if isinstance(row, _DayRow):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            key: tuple[object, ...] = ("day", row.day, text, width, font.key(), self._kiosk)
        elif isinstance(row, _Entry):
            key = ("message", row.id, row.revision, width, font.key(), self._kiosk)
        else:
            return _Bubble(height=0)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if isinstance(row, _DayRow):
            place = self._layout_line(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), font)
        elif row.message.type == _CONTROL:
            clock = ""
            model = index.model()
            if isinstance(model, ChatModel):
                clock = model.clock_text(row.message)
            place = self._layout_line(
                " · ".join(part for part in (control_text(row.message), clock) if part), font
            )
        else:
            clock = ""
            model = index.model()
            if isinstance(model, ChatModel):
                clock = model.clock_text(row.message)
            place = self._layout_bubble(row, clock, font, width)
        if len(self._cache) >= _CACHE_LIMIT:
            # Dicts keep insertion order: drop the oldest half.
            for stale in list(self._cache)[: _CACHE_LIMIT // 2]:
                del self._cache[stale]
        self._cache[key] = place
        return place

    def _layout_line(self, text: str, font: QFont) -> _Bubble:
        sizes = self.sizes
        height = QFontMetrics(_small(font, bold=True)).height() + 2 * sizes.block_gap + 2 * sizes.margin_y
        return _Bubble(height=height, line_text=text)

    def _widest(self, width: int) -> int:
        inner = width - 2 * self.sizes.margin_x
        return max(
            _MIN_TEXT_WIDTH,
            min(self.sizes.bubble_max, inner - min(_OFFSET_MAX, int(inner * _OFFSET_SHARE))),
        )

    def _layout_bubble(self, entry: _Entry, clock: str, font: QFont, width: int) -> _Bubble:
        sizes = self.sizes
        message = entry.message
        widest = self._widest(width)
        text_width = max(_MIN_TEXT_WIDTH, widest - 2 * sizes.pad_x)
        head_metrics = QFontMetrics(_small(font, bold=True))
        small_metrics = QFontMetrics(_small(font))
        head_width = head_metrics.horizontalAdvance(sender_text(message)) + small_metrics.horizontalAdvance(
            f" · {clock}"
        )
        y = sizes.pad_y
        head = QRect(0, y, min(text_width, head_width), head_metrics.height())
        y += head.height() + sizes.gap
        content = head.width()

        attachment = QRect()
        if has_file(message):
            y += sizes.gap
            size = self._attachment_size(entry, font, text_width)
            attachment = QRect(0, y, size.width(), size.height())
            y += size.height()
            content = max(content, size.width())

        body = body_text(entry)
        text: _Text | None = None
        body_at: QPoint | None = None
        if body:
            if attachment.isValid():
                y += sizes.block_gap
            text = _Text(body, font, text_width)
            body_at = QPoint(0, y)
            y += text.height
            content = max(content, text.width)

        action = QRect()
        link = QRect()
        link_part: BubblePart | None = None
        if can_translate(entry):
            label, link_label, link_part = self._action_texts(entry)
            label_width = small_metrics.horizontalAdvance(label)
            link_width = small_metrics.horizontalAdvance(link_label) if link_label else 0
            icon_width = sizes.small_icon + 6 if entry.translation is None else 0
            action_width = min(text_width, icon_width + label_width + link_width)
            y += sizes.gap
            action = QRect(0, y, action_width, sizes.action_h)
            if link_part is not None:
                # The link reacts over its icon too and a little around its word: a finger is broad.
                left = 0 if link_part == BubblePart.TRANSLATE else icon_width + label_width
                right = min(text_width, icon_width + label_width + link_width)
                link = QRect(left, y, max(0, right - left), sizes.action_h).adjusted(-4, 0, 6, 0)
            y += sizes.action_h - sizes.pad_y // 2
            content = max(content, action_width)

        bubble_width = min(widest, content + 2 * sizes.pad_x)
        bubble_height = y + sizes.pad_y
        left = self._bubble_left(message.sender, width, bubble_width)
        top = sizes.margin_y
        offset = QPoint(left + sizes.pad_x, top)
        return _Bubble(
            height=bubble_height + 2 * sizes.margin_y,
            bubble=QRect(left, top, bubble_width, bubble_height),
            head=head.translated(offset),
            body=body_at + offset if body_at is not None else None,
            text=text,
            attachment=attachment.translated(offset) if attachment.isValid() else QRect(),
            action=action.translated(offset) if action.isValid() else QRect(),
            # A link reacts over the whole action row's height: a small word is hard to hit otherwise.
            link=link.translated(offset) if link.width() > 10 else QRect(),
            link_part=link_part,
        )

    def _action_texts(self, entry: _Entry) -> tuple[str, str, BubblePart | None]:
        """The action row: a plain part, then the link's words and what the link does."""
        if entry.translating:
            return (QCoreApplication.translate("ChatView", "Translating…"), "", None)
        if entry.translation is not None:
            return (
                QCoreApplication.translate("ChatView", "Translated · "),
                QCoreApplication.translate("ChatView", "Show original"),
                BubblePart.SHOW_ORIGINAL,
            )
        return ("", QCoreApplication.translate("ChatView", "Translate"), BubblePart.TRANSLATE)

    def _attachment_size(self, entry: _Entry, font: QFont, text_width: int) -> QSize:
        sizes = self.sizes
        if is_image(file_name(entry.message)):
            if entry.thumbnail is not None and not entry.thumbnail.isNull():
                picture = entry.thumbnail.size()
                bound = QSize(min(sizes.thumb_w, text_width), sizes.thumb_h)
                return picture.scaled(bound, Qt.AspectRatioMode.KeepAspectRatio).boundedTo(bound)
            return QSize(min(sizes.placeholder_w, text_width), sizes.placeholder_h)
        metrics = QFontMetrics(_small(font, bold=True))
        needed = sizes.icon + metrics.horizontalAdvance(file_name(entry.message)) + 3 * 12 + sizes.small_icon
        return QSize(min(text_width, max(200, min(sizes.chip_w, needed))), sizes.chip_h)

    def _bubble_left(self, sender: str, width: int, bubble_width: int) -> int:
        margin = self.sizes.margin_x
        if sender == _TECHNICIAN:
            return width - margin - bubble_width
        if sender == _SYSTEM:
            # The service's own notes belong to neither side of the conversation.
            return (width - bubble_width) // 2
        return margin

    # --- painting --------------------------------------------------------------------------------------

    def _paint_day(self, painter: QPainter, font: QFont, width: int, place: _Bubble) -> None:
        small = _small(font, bold=True)
        metrics = QFontMetrics(small)
        sizes = self.sizes
        text_width = min(metrics.horizontalAdvance(place.line_text), width - 4 * sizes.margin_x)
        pill = QRect(0, 0, text_width + 2 * sizes.pad_x, metrics.height() + 8)
        pill.moveCenter(QPoint(width // 2, place.height // 2))
        middle = pill.center().y() + 0.5
        painter.setPen(QPen(colour("line"), 1.0))
        painter.drawLine(QPointF(sizes.margin_x * 2, middle), QPointF(pill.left() - 10, middle))
        painter.drawLine(QPointF(pill.right() + 10, middle), QPointF(width - sizes.margin_x * 2, middle))
        painter.setBrush(colour("surface"))
        painter.drawRoundedRect(
            QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2, pill.height() / 2
        )
        painter.setFont(small)
        painter.setPen(colour("muted"))
        painter.drawText(
            pill,
            Qt.AlignmentFlag.AlignCenter,
            _fit(metrics, place.line_text, Qt.TextElideMode.ElideRight, text_width),
        )

    def _paint_control(self, painter: QPainter, font: QFont, width: int, place: _Bubble) -> None:
        small = _small(font)
        metrics = QFontMetrics(small)
        sizes = self.sizes
        icon_side = sizes.small_icon
        available = width - 2 * sizes.margin_x - icon_side - 6
        text = _fit(metrics, place.line_text, Qt.TextElideMode.ElideRight, available)
        total = icon_side + 6 + metrics.horizontalAdvance(text)
        left = (width - total) // 2
        top = (place.height - icon_side) // 2
        painter.drawPixmap(
            QRect(left, top, icon_side, icon_side), pixmap("bell", icon_side, colour("muted").name())
        )
        painter.setFont(small)
        painter.setPen(colour("muted"))
        painter.drawText(
            QRect(left + icon_side + 6, 0, total - icon_side - 6, place.height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )

    def _paint_bubble(
        self, painter: QPainter, font: QFont, entry: _Entry, place: _Bubble, *, selected: bool
    ) -> None:
        message = entry.message
        if message.sender == _TECHNICIAN:
            fill, line = colour("accent_soft"), colour("accent_line")
        elif message.sender == _SYSTEM:
            fill, line = colour("hover"), colour("line")
        else:
            fill, line = colour("surface"), colour("line")
        radius = self.sizes.radius
        if selected:
            painter.setPen(QPen(colour("accent"), 2.0))
            outline = QRectF(place.bubble).adjusted(1.0, 1.0, -1.0, -1.0)
        else:
            painter.setPen(QPen(line, 1.0))
            outline = QRectF(place.bubble).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setBrush(fill)
        painter.drawRoundedRect(outline, radius, radius)

        self._paint_head(painter, font, entry, place)
        if place.attachment.isValid():
            if is_image(file_name(message)):
                self._paint_picture(painter, font, entry, place.attachment)
            else:
                self._paint_chip(painter, font, entry, place.attachment)
        if place.text is not None and place.body is not None:
            painter.setPen(colour("muted") if message.sender == _SYSTEM else colour("ink"))
            place.text.layout.draw(painter, QPointF(place.body))
        if place.action.isValid():
            self._paint_action(painter, font, entry, place)

    def _paint_head(self, painter: QPainter, font: QFont, entry: _Entry, place: _Bubble) -> None:
        name_font = _small(font, bold=True)
        clock_font = _small(font)
        name_metrics = QFontMetrics(name_font)
        clock_metrics = QFontMetrics(clock_font)
        model = self._view.model()
        clock = model.clock_text(entry.message) if isinstance(model, ChatModel) else ""
        suffix = f" · {clock}" if clock else ""
        suffix_width = clock_metrics.horizontalAdvance(suffix)
        name_room = max(0, place.head.width() - suffix_width)
        name = _fit(name_metrics, sender_text(entry.message), Qt.TextElideMode.ElideRight, name_room)
        name_width = name_metrics.horizontalAdvance(name)
        painter.setFont(name_font)
        painter.setPen(colour("accent_ink") if entry.message.sender == _OPERATOR else colour("ink"))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        head = place.head
        painter.drawText(QRect(head.left(), head.top(), name_width, head.height()), align, name)
        painter.setFont(clock_font)
        painter.setPen(colour("muted"))
        painter.drawText(
            QRect(head.left() + name_width, head.top(), head.width() - name_width, head.height()),
            align,
            suffix,
        )

    def _paint_picture(self, painter: QPainter, font: QFont, entry: _Entry, rect: QRect) -> None:
        radius = 8.0
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect), radius, radius)
        thumbnail = entry.thumbnail
        painter.save()
        painter.setClipPath(path)
        if thumbnail is not None and not thumbnail.isNull():
            painter.drawPixmap(rect, self._picture(entry, thumbnail, rect.size(), painter.device()))
        else:
            painter.fillRect(rect, colour("canvas"))
            side = self.sizes.icon + 8
            small = _small(font)
            metrics = QFontMetrics(small)
            block = side + 6 + metrics.height()
            top = rect.top() + (rect.height() - block) // 2
            painter.drawPixmap(
                QRect(rect.center().x() - side // 2, top, side, side),
                pixmap("image", side, colour("muted").name()),
            )
            painter.setFont(small)
            painter.setPen(colour("muted"))
            name = _fit(metrics, file_name(entry.message), Qt.TextElideMode.ElideMiddle, rect.width() - 16)
            painter.drawText(
                QRect(rect.left() + 8, top + side + 6, rect.width() - 16, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        if entry.opening:
            small = _small(font, bold=True)
            metrics = QFontMetrics(small)
            band = QRect(
                rect.left(), rect.bottom() - metrics.height() - 12 + 1, rect.width(), metrics.height() + 12
            )
            painter.fillRect(band, QColor(0, 0, 0, 150))
            painter.setFont(small)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(
                band, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("ChatView", "Opening…")
            )
        painter.restore()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour("line"), 1.0))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)

    def _picture(self, entry: _Entry, image: QImage, size: QSize, device: QPaintDevice | None) -> QPixmap:
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key: tuple[object, ...] = (entry.id, entry.revision, size.width(), size.height(), ratio)
        picture = self._pictures.get(key)
        if picture is None:
            if len(self._pictures) >= _CACHE_LIMIT // 10:
                self._pictures.clear()
            picture = QPixmap.fromImage(
                image.scaled(
                    size * ratio,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            picture.setDevicePixelRatio(ratio)
            self._pictures[key] = picture
        return picture

    def _paint_chip(self, painter: QPainter, font: QFont, entry: _Entry, rect: QRect) -> None:
        sizes = self.sizes
        painter.setPen(QPen(colour("line_strong"), 1.0))
        painter.setBrush(colour("canvas") if entry.message.sender != _TECHNICIAN else colour("surface"))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 8.0, 8.0)
        side = sizes.icon
        painter.drawPixmap(
            QRect(rect.left() + 12, rect.top() + (rect.height() - side) // 2, side, side),
            pixmap("file", side),
        )
        trailing = sizes.small_icon
        painter.drawPixmap(
            QRect(
                rect.right() - 12 - trailing + 1,
                rect.top() + (rect.height() - trailing) // 2,
                trailing,
                trailing,
            ),
            pixmap("download", trailing, colour("accent_ink").name()),
        )
        name_font = _small(font, bold=True)
        status_font = _small(font)
        name_metrics = QFontMetrics(name_font)
        status_metrics = QFontMetrics(status_font)
        left = rect.left() + 12 + side + 10
        room = rect.right() - 12 - trailing - 8 - left
        block = name_metrics.height() + status_metrics.height()
        top = rect.top() + (rect.height() - block) // 2
        painter.setFont(name_font)
        painter.setPen(colour("ink"))
        painter.drawText(
            QRect(left, top, room, name_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            _fit(name_metrics, file_name(entry.message), Qt.TextElideMode.ElideMiddle, room),
        )
        painter.setFont(status_font)
        painter.setPen(colour("muted") if entry.opening else colour("accent_ink"))
        status = (
            QCoreApplication.translate("ChatView", "Opening…")
            if entry.opening
            else QCoreApplication.translate("ChatView", "Open")
        )
        painter.drawText(
            QRect(left, top + name_metrics.height(), room, status_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            _fit(status_metrics, status, Qt.TextElideMode.ElideRight, room),
        )

    def _paint_action(self, painter: QPainter, font: QFont, entry: _Entry, place: _Bubble) -> None:
        sizes = self.sizes
        small = _small(font)
        metrics = QFontMetrics(small)
        label, link_label, _part = self._action_texts(entry)
        action = place.action
        left = action.left()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if entry.translation is None:
            side = sizes.small_icon
            tint = colour("muted") if entry.translating else colour("accent_ink")
            painter.drawPixmap(
                QRect(left, action.top() + (action.height() - side) // 2, side, side),
                pixmap("translate", side, tint.name()),
            )
            left += side + 6
        painter.setFont(small)
        if label:
            painter.setPen(colour("muted"))
            label_width = metrics.horizontalAdvance(label)
            painter.drawText(QRect(left, action.top(), label_width, action.height()), align, label)
            left += label_width
        if link_label and place.link.isValid():
            link_font = QFont(small)
            link_font.setUnderline(True)
            painter.setFont(link_font)
            painter.setPen(colour("accent_ink"))
            room = max(0, action.right() + 1 - left)
            painter.drawText(
                QRect(left, action.top(), room, action.height()),
                align,
                _fit(metrics, link_label, Qt.TextElideMode.ElideRight, room),
            )


# --- the view ----------------------------------------------------------------------------------------------


class ChatView(QListView):
    """The conversation of a ticket, newest at the bottom.

    Attributes:
        context_menu: the menu of the message last right-clicked (or opened with the Menu key).
    """

    sig_translate_requested = Signal(str)
    """The technician asked for a message in their language (argument: message id)."""

    sig_original_requested = Signal(str)
    """The technician asked to see a translated message's own words again (argument: message id)."""

    sig_attachment_clicked = Signal(str)
    """The technician clicked a message's file or picture to open it (argument: message id)."""

    sig_reached_bottom = Signal()
    """The newest message came into view (the page clears its unread badge)."""

    #: How close to the end still counts as "at the newest message", in pixels.
    _BOTTOM_SLACK: Final = 8

    def __init__(self, parent: QWidget | None = None, *, now: Callable[[], datetime] | None = None) -> None:
        """``now``: the clock and time zone to show the conversation in (default: the computer's)."""
        super().__init__(parent)
        self.setObjectName("chatView")
        self.chat_model = ChatModel(self, now=now)
        self.setModel(self.chat_model)
        self.bubbles = ChatBubbleDelegate(self)
        self.setItemDelegate(self.bubbles)
        self.bubbles.sig_part_clicked.connect(self._on_bubbles_part_clicked)
        # Long messages wrap to the list's width instead of scrolling sideways; per-pixel scrolling because
        # a single message (a photo) may be taller than the list.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.verticalScrollBar().setSingleStep(24)
        self.context_menu: QMenu | None = None
        self._width = self.viewport().width()
        self._was_at_bottom = True
        self._placeholder = ""
        self._custom_placeholder: str | None = None
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_bar_value_changed)
        self.verticalScrollBar().rangeChanged.connect(self._on_scroll_bar_range_changed)
        self.retranslate()

    # --- the page's calls ------------------------------------------------------------------------------

    def set_kiosk(self, kiosk: bool) -> None:
        """Use a touch kiosk's larger targets (links, file chips, pictures)."""
        with self._keeping_bottom():
            self.bubbles.set_kiosk(kiosk)
            self.verticalScrollBar().setSingleStep(36 if kiosk else 24)
            self.doItemsLayout()

    def set_placeholder_text(self, text: str | None) -> None:
        """The sentence shown while there are no messages ("" for none; None: the view's own)."""
        self._custom_placeholder = text
        self._placeholder = (
            text
            if text is not None
            else self.tr("No messages yet. The operator writes here when they start.")
        )
        self.viewport().update()

    def retranslate(self) -> None:
        """Say everything in the current language (the messages' own words stay as they are)."""
        self.setAccessibleName(self.tr("Messages with the operator"))
        self.set_placeholder_text(self._custom_placeholder)
        self.bubbles.forget()
        self.chat_model.refresh_days()
        self.doItemsLayout()
        self.viewport().update()

    def set_messages(self, messages: Iterable[ChatMessage]) -> None:
        """Show exactly these messages (translations, pictures and busy marks are forgotten)."""
        self.bubbles.forget()
        self.chat_model.set_messages(messages)
        self.scroll_to_newest()

    def add_messages(self, messages: Iterable[ChatMessage]) -> int:
        """Add new messages, update known ones (by id); returns how many were new.

        The list follows the newest message only if it was showing it: a technician reading further up
        keeps their place (the page shows an unread badge instead).
        """
        with self._keeping_bottom():
            return self.chat_model.upsert(messages)

    def set_translation(self, message_id: str, text: str | None) -> None:
        """Show a message in translation, or (None) in its own words again."""
        entry = self.chat_model.entry(message_id)
        if entry is None:
            return
        entry.translation = text
        entry.translating = False
        self._changed(message_id)

    def set_translating(self, message_id: str, busy: bool) -> None:
        """Say that a message is being translated (its link waits meanwhile)."""
        entry = self.chat_model.entry(message_id)
        if entry is None or entry.translating == busy:
            return
        entry.translating = busy
        self._changed(message_id)

    def set_thumbnail(self, message_id: str, image: QImage) -> None:
        """Show an image attachment's picture instead of its placeholder."""
        entry = self.chat_model.entry(message_id)
        if entry is None or image.isNull():
            return
        sizes = _KIOSK
        # Kept at twice the largest size a bubble shows (sharp on a high-density screen); a camera's
        # full-size photo would cost tens of megabytes per message.
        bound = QSize(2 * sizes.thumb_w, 2 * sizes.thumb_h)
        if image.width() > bound.width() or image.height() > bound.height():
            image = image.scaled(
                bound, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        entry.thumbnail = image
        self._changed(message_id)

    def set_attachment_busy(self, message_id: str, busy: bool) -> None:
        """Say that a message's file is being fetched or opened."""
        entry = self.chat_model.entry(message_id)
        if entry is None or entry.opening == busy:
            return
        entry.opening = busy
        self._changed(message_id)

    def message(self, message_id: str) -> ChatMessage | None:
        """A message shown, by id."""
        entry = self.chat_model.entry(message_id)
        return entry.message if entry is not None else None

    def message_ids(self) -> tuple[str, ...]:
        """The ids of the messages shown, in display order."""
        return tuple(entry.id for entry in self.chat_model.entries())

    def messages(self) -> tuple[ChatMessage, ...]:
        """The messages shown, in display order."""
        return tuple(entry.message for entry in self.chat_model.entries())

    def count_messages(self) -> int:
        """How many messages are shown (date rows not counted)."""
        return len(self.chat_model.entries())

    def translation(self, message_id: str) -> str | None:
        """The translation a message is shown in, None when it shows its own words."""
        entry = self.chat_model.entry(message_id)
        return entry.translation if entry is not None else None

    def is_translating(self, message_id: str) -> bool:
        """Whether a message waits for its translation."""
        entry = self.chat_model.entry(message_id)
        return entry is not None and entry.translating

    def is_attachment_busy(self, message_id: str) -> bool:
        """Whether a message's file is being fetched or opened."""
        entry = self.chat_model.entry(message_id)
        return entry is not None and entry.opening

    def has_thumbnail(self, message_id: str) -> bool:
        """Whether an image attachment shows its picture (not the placeholder)."""
        entry = self.chat_model.entry(message_id)
        return entry is not None and entry.thumbnail is not None

    def index_of(self, message_id: str) -> QModelIndex:
        """The model index of a message (invalid when unknown)."""
        row = self.chat_model.row_of(message_id)
        return self.chat_model.index(row, 0) if row >= 0 else QModelIndex()

    def part_rect(self, message_id: str, part: BubblePart) -> QRect:
        """Where a clickable part of a message's bubble is, in viewport coordinates (empty: none shown)."""
        index = self.index_of(message_id)
        if not index.isValid():
            return QRect()
        return self.bubbles.part_rect(index, self._option_for(index), part)

    # --- scrolling -------------------------------------------------------------------------------------

    def at_bottom(self) -> bool:
        """Whether the newest message is in view."""
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - self._BOTTOM_SLACK

    def scroll_to_newest(self) -> None:
        """Show the newest message."""
        self.scrollToBottom()
        self._was_at_bottom = True

    @contextmanager
    def _keeping_bottom(self) -> Iterator[None]:
        """Stay at the newest message through a change, if the list was there before it."""
        # The scroll bar may not have caught up with the last change yet; what the technician saw counts.
        following = self.at_bottom() or (self._was_at_bottom and self.verticalScrollBar().maximum() == 0)
        yield
        if following:
            self.scroll_to_newest()

    def _on_scroll_bar_value_changed(self, _value: int) -> None:
        at_bottom = self.at_bottom()
        if at_bottom and not self._was_at_bottom:
            self.sig_reached_bottom.emit()
        self._was_at_bottom = at_bottom

    def _on_scroll_bar_range_changed(self, _minimum: int, _maximum: int) -> None:
        # A range that shrinks under the value moves it; a range that grows leaves a followed list behind
        # until the change's own scroll_to_newest, so only the arrival at the bottom is noted here.
        if self.at_bottom() and not self._was_at_bottom:
            self._was_at_bottom = True
            self.sig_reached_bottom.emit()

    # --- Qt's view interface ---------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Lay the messages out again as soon as the list's width changes.

        A list view lays its items out again only 100 ms after a resize; until then it would paint each
        message at its new height in its old place, over its neighbours.
        """
        if event.type() != QEvent.Type.Resize:
            return super().viewportEvent(event)
        # A list that showed the newest message keeps showing it, also when it gets lower (a note about
        # the closed chat appears under it) and its range grows under the unchanged value.
        following = self._was_at_bottom
        width = self.viewport().width()
        if width != self._width:
            self._width = width
            self.doItemsLayout()
        handled = super().viewportEvent(event)
        if following:
            self.scroll_to_newest()
        return handled

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """The messages; while there are none, the placeholder sentence."""
        super().paintEvent(event)
        if self.chat_model.rowCount() == 0 and self._placeholder:
            painter = QPainter(self.viewport())
            try:
                painter.setPen(colour("muted"))
                rect = self.viewport().rect().adjusted(24, 24, -24, -24)
                painter.drawText(
                    rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._placeholder
                )
            finally:
                painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """A hand over links and files, so they read as clickable."""
        index = self.indexAt(event.position().toPoint())
        hit = (
            self.bubbles.part_at(index, self._option_for(index), event.position().toPoint())
            if index.isValid()
            else None
        )
        if hit is not None:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.viewport().unsetCursor()
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """A double click on a link or file counts once (its first click already acted)."""
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and self.bubbles.part_at(
            index, self._option_for(index), event.position().toPoint()
        ):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter opens the selected message's file; Ctrl+C copies its words; Home and End go to the first and
        the newest message."""
        if event.key() in {Qt.Key.Key_Home, Qt.Key.Key_End}:
            ids = self.message_ids()
            if ids:
                newest = event.key() == Qt.Key.Key_End
                # Qt's own Home/End pick the first row when nothing is selected yet, whatever the key.
                self.setCurrentIndex(self.index_of(ids[-1] if newest else ids[0]))
                if newest:
                    self.scrollToBottom()
                else:
                    self.scrollToTop()
            event.accept()
            return
        message_id = self._current_id()
        if message_id:
            entry = self.chat_model.entry(message_id)
            if event.matches(QKeySequence.StandardKey.Copy) and entry is not None:
                QGuiApplication.clipboard().setText(shown_text(entry))
                event.accept()
                return
            if (
                event.key() in {Qt.Key.Key_Return, Qt.Key.Key_Enter}
                and entry is not None
                and has_file(entry.message)
            ):
                self.sig_attachment_clicked.emit(message_id)
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        """The message's actions: translate or show the original, open its file, copy its words."""
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if index.isValid() and self.chat_model.flags(index) & Qt.ItemFlag.ItemIsSelectable:
                self.setCurrentIndex(index)
        else:
            index = self.currentIndex()
        message_id = str(index.data(ID_ROLE) or "") if index.isValid() else ""
        if not message_id:
            event.ignore()
            return
        menu = self.build_menu(message_id)
        if menu is None:
            event.ignore()
            return
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            where = event.globalPos()
        else:
            # From the keyboard, beside the message rather than wherever the mouse happens to be.
            rect = self.visualRect(index)
            where = self.viewport().mapToGlobal(
                QPoint(rect.left() + 24, min(rect.bottom(), self.viewport().height()) - 8)
            )
        menu.popup(where)
        event.accept()

    def build_menu(self, message_id: str) -> QMenu | None:
        """The context menu of a message (kept as :attr:`context_menu`); None when it has no actions."""
        entry = self.chat_model.entry(message_id)
        if entry is None:
            return None
        if self.context_menu is not None:
            self.context_menu.deleteLater()
        menu = QMenu(self)
        menu.setObjectName("chatMenu")
        if can_translate(entry):
            if entry.translation is not None:
                original = menu.addAction(self.tr("Show original"))
                original.setObjectName("showOriginalAction")
                original.triggered.connect(lambda: self.sig_original_requested.emit(message_id))
            else:
                translate = menu.addAction(self.tr("Translate"))
                translate.setObjectName("translateAction")
                translate.setEnabled(not entry.translating)
                translate.triggered.connect(lambda: self.sig_translate_requested.emit(message_id))
        if has_file(entry.message):
            open_file = menu.addAction(self.tr("Open %1").replace("%1", file_name(entry.message)))
            open_file.setObjectName("openAction")
            open_file.setEnabled(not entry.opening)
            open_file.triggered.connect(lambda: self.sig_attachment_clicked.emit(message_id))
        text = shown_text(entry)
        if text:
            copy = QAction(self.tr("Copy text"), menu)
            copy.setObjectName("copyAction")
            copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(text))
            menu.addAction(copy)
        self.context_menu = menu
        return menu

    # --- internals -------------------------------------------------------------------------------------

    def _option_for(self, index: QModelIndex) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return option

    def _current_id(self) -> str:
        index = self.currentIndex()
        return str(index.data(ID_ROLE) or "") if index.isValid() else ""

    def _changed(self, message_id: str) -> None:
        """A message's state changed: lay it out and paint it again, following the newest if it was."""
        with self._keeping_bottom():
            self.chat_model.touch(message_id)
            self.doItemsLayout()

    def _on_bubbles_part_clicked(self, message_id: str, part: str) -> None:
        entry = self.chat_model.entry(message_id)
        if entry is None:
            return
        if part == BubblePart.TRANSLATE and not entry.translating:
            self.sig_translate_requested.emit(message_id)
        elif part == BubblePart.SHOW_ORIGINAL:
            self.sig_original_requested.emit(message_id)
        elif part == BubblePart.ATTACHMENT and not entry.opening:
            self.sig_attachment_clicked.emit(message_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Say everything again in a new language; lay out again for a new font or style."""
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        elif kind in {QEvent.Type.FontChange, QEvent.Type.StyleChange}:
            self.bubbles.forget()
        super().changeEvent(event)
