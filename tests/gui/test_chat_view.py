"""The conversation list: upserts by id, time order, day rows, links and files clicked, scrolling, reading."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt, QTime
from PySide6.QtGui import QColor, QContextMenuEvent, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.api.models import AttachmentRef, ChatMessage
from app.gui.theme import colour
from app.gui.widgets.chat_view import ID_ROLE, BubblePart, ChatView

#: The technician's time zone in these tests, and their "now" (a Wednesday afternoon).
ZONE = timezone(timedelta(hours=2))
NOW = datetime(2025, 3, 12, 15, 30, tzinfo=ZONE)


def message(
    message_id: str,
    sender: str = "operator",
    content: str | None = "Hello",
    *,
    at: datetime | None = None,
    kind: str = "text",
    file_name: str | None = None,
    name: str | None = "Sanne de Vries",
) -> ChatMessage:
    moment = at if at is not None else NOW - timedelta(minutes=10)
    return ChatMessage(
        channel_id="channel-1",
        id=message_id,
        sender=sender,
        sender_name=name if sender == "operator" else None,
        type=kind,
        content=content,
        attachment=AttachmentRef(file_reference=f"ref-{message_id}", file_name=file_name)
        if file_name
        else None,
        created_at=moment.astimezone(UTC),
    )


def today(hour: int, minute: int) -> datetime:
    return NOW.replace(hour=hour, minute=minute)


@pytest.fixture
def view(qtbot: QtBot, themed: QApplication) -> ChatView:
    chat = ChatView(now=lambda: NOW)
    qtbot.addWidget(chat)
    chat.resize(640, 560)
    chat.show()
    qtbot.waitExposed(chat)
    return chat


def rows(view: ChatView) -> list[str]:
    """Every row as the model shows it: a day row's text, or ``#id`` for a message."""
    model = view.model()
    shown = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        message_id = index.data(ID_ROLE)
        shown.append(f"#{message_id}" if message_id else str(index.data(Qt.ItemDataRole.DisplayRole)))
    return shown


def click(view: ChatView, rect: QRect) -> None:
    assert not rect.isEmpty(), "the part is shown"
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )


# --- messages in and in order ----------------------------------------------------------------------------


def test_a_message_pushed_twice_shows_once_and_an_update_replaces_it(view: ChatView) -> None:
    first, second = message("1", at=today(14, 0)), message("2", "technician", "OK", at=today(14, 1))
    assert view.add_messages([first, second]) == 2
    # A REST catch-up after a reconnect brings the same message again, with one new one.
    assert view.add_messages([second, message("3", at=today(14, 2))]) == 1
    assert view.count_messages() == 3
    assert view.message_ids() == ("1", "2", "3")

    edited = message("1", content="Hello, I am connected now", at=today(14, 0))
    assert view.add_messages([edited]) == 0
    assert view.count_messages() == 3
    shown = view.message("1")
    assert shown is not None
    assert shown.content == "Hello, I am connected now"
    assert view.model().index(1, 0).data(Qt.ItemDataRole.DisplayRole) == "Hello, I am connected now"


def test_messages_are_ordered_by_time_then_by_id_as_a_number(view: ChatView) -> None:
    same = today(14, 5)
    view.add_messages(
        [
            message("10", at=same),
            message("7", at=today(14, 30)),
            message("9", at=same),
            message("a-late", at=today(15, 0)),
        ]
    )
    view.add_messages([message("3", at=today(13, 0)), message("11", at=same)])
    assert view.message_ids() == ("3", "9", "10", "11", "7", "a-late")
    # A message whose time changes (the server corrected it) moves to its new place.
    view.add_messages([message("3", at=today(14, 45))])
    assert view.message_ids() == ("9", "10", "11", "7", "3", "a-late")


def test_each_day_opens_with_a_date_row_today_and_yesterday_by_name(view: ChatView) -> None:
    older = NOW - timedelta(days=3)
    yesterday = NOW - timedelta(days=1)
    view.set_messages(
        [
            message("1", at=older.replace(hour=9)),
            message("2", at=yesterday.replace(hour=23, minute=50)),
            message("3", at=today(0, 5)),
            message("4", at=today(15, 0)),
        ]
    )
    long_date = QLocale().toString(QDate(2025, 3, 9), QLocale.FormatType.LongFormat)
    assert rows(view) == [long_date, "#1", "Yesterday", "#2", "Today", "#3", "#4"]

    inserted: list[tuple[int, int]] = []
    view.model().rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    # A message of a day not shown yet brings its date row along, in its place.
    view.add_messages([message("5", at=(NOW - timedelta(days=2)).replace(hour=12))])
    assert rows(view)[2:4] == [QLocale().toString(QDate(2025, 3, 10), QLocale.FormatType.LongFormat), "#5"]
    assert inserted == [(2, 3)], "rows are inserted, not reset: the list keeps its place"
    # The day of the date row is the technician's local day: 23:50 UTC on the 11th is the 12th at +02:00.
    late = datetime(2025, 3, 11, 23, 50, tzinfo=UTC)
    view.add_messages([message("6", at=late)])
    assert rows(view)[-4:] == ["Today", "#3", "#6", "#4"]


def test_a_control_message_is_a_line_of_its_own_without_a_translate_link(view: ChatView) -> None:
    view.set_messages([message("1", "technician", "ping", kind="control")])
    index = view.index_of("1")
    assert index.data(Qt.ItemDataRole.DisplayRole) == "You asked the operator for attention"
    assert view.part_rect("1", BubblePart.TRANSLATE).isEmpty()


# --- translation ------------------------------------------------------------------------------------------


def test_translate_and_show_original_are_links_in_the_bubble(qtbot: QtBot, view: ChatView) -> None:
    view.set_messages(
        [
            message("1", content="Bitte machen Sie ein Foto vom Armaturenbrett.", at=today(14, 0)),
            message("2", "technician", "OK", at=today(14, 1)),
        ]
    )
    assert view.part_rect("2", BubblePart.TRANSLATE).isEmpty(), "the technician's own words are not offered"
    link = view.part_rect("1", BubblePart.TRANSLATE)
    with qtbot.waitSignal(view.sig_translate_requested, timeout=1000) as asked:
        click(view, link)
    assert asked.args == ["1"]

    view.set_translating("1", busy=True)
    assert view.is_translating("1")
    assert view.part_rect("1", BubblePart.TRANSLATE).isEmpty(), "no second request while one runs"
    with qtbot.assertNotEmitted(view.sig_translate_requested):
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, link.center()
        )

    view.set_translation("1", "Please take a photo of the dashboard.")
    assert not view.is_translating("1")
    assert view.translation("1") == "Please take a photo of the dashboard."
    assert view.index_of("1").data(Qt.ItemDataRole.DisplayRole) == "Please take a photo of the dashboard."
    assert view.part_rect("1", BubblePart.TRANSLATE).isEmpty()
    with qtbot.waitSignal(view.sig_original_requested, timeout=1000) as original:
        click(view, view.part_rect("1", BubblePart.SHOW_ORIGINAL))
    assert original.args == ["1"]

    view.set_translation("1", None)
    assert (
        view.index_of("1").data(Qt.ItemDataRole.DisplayRole)
        == "Bitte machen Sie ein Foto vom Armaturenbrett."
    )
    assert view.part_rect("1", BubblePart.SHOW_ORIGINAL).isEmpty()
    assert not view.part_rect("1", BubblePart.TRANSLATE).isEmpty()


def test_a_click_on_the_words_of_a_bubble_is_not_a_click_on_a_link(qtbot: QtBot, view: ChatView) -> None:
    view.set_messages([message("1", content="Please keep the ignition on.")])
    bubble = view.visualRect(view.index_of("1"))
    link = view.part_rect("1", BubblePart.TRANSLATE)
    with (
        qtbot.assertNotEmitted(view.sig_translate_requested),
        qtbot.assertNotEmitted(view.sig_attachment_clicked),
    ):
        QTest.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(link.left() + 5, bubble.top() + 30),
        )
    assert view.currentIndex() == view.index_of("1"), "the click selects the message instead"


def test_the_keyboards_context_menu_offers_the_selected_messages_actions(
    qtbot: QtBot, view: ChatView
) -> None:
    view.set_messages(
        [
            message("1", content="Guten Tag", at=today(14, 0)),
            message("2", content="Der Bericht", at=today(14, 1), kind="attachment", file_name="report.pdf"),
        ]
    )
    view.setFocus()
    view.setCurrentIndex(view.index_of("2"))
    rect = view.visualRect(view.index_of("2"))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, rect.center(), view.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(view.viewport(), event)
    menu = view.context_menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=1000)
    names = [action.objectName() for action in menu.actions()]
    assert names == ["translateAction", "openAction", "copyAction"]
    with qtbot.waitSignal(view.sig_attachment_clicked, timeout=1000) as opened:
        next(action for action in menu.actions() if action.objectName() == "openAction").trigger()
    assert opened.args == ["2"]
    menu.close()

    view.set_translation("1", "Good day")
    view.setCurrentIndex(view.index_of("1"))
    menu = view.build_menu("1")
    assert menu is not None
    assert [action.objectName() for action in menu.actions()] == ["showOriginalAction", "copyAction"]
    with qtbot.waitSignal(view.sig_original_requested, timeout=1000) as original:
        menu.actions()[0].trigger()
    assert original.args == ["1"]
    menu.actions()[1].trigger()
    assert QGuiApplication.clipboard().text() == "Good day"


# --- files ------------------------------------------------------------------------------------------------


def test_a_click_on_a_file_chip_asks_to_open_it_once_until_it_is_open(qtbot: QtBot, view: ChatView) -> None:
    view.set_messages([message("1", content="The report", kind="attachment", file_name="fault-report.pdf")])
    chip = view.part_rect("1", BubblePart.ATTACHMENT)
    with qtbot.waitSignal(view.sig_attachment_clicked, timeout=1000) as opened:
        click(view, chip)
    assert opened.args == ["1"]
    assert "fault-report.pdf" in view.index_of("1").data(Qt.ItemDataRole.DisplayRole)

    view.set_attachment_busy("1", busy=True)
    assert view.is_attachment_busy("1")
    with qtbot.assertNotEmitted(view.sig_attachment_clicked):
        click(view, chip)
    view.set_attachment_busy("1", busy=False)
    with qtbot.waitSignal(view.sig_attachment_clicked, timeout=1000):
        click(view, chip)


def test_a_picture_shows_a_placeholder_until_its_thumbnail_arrives(qtbot: QtBot, view: ChatView) -> None:
    view.set_messages(
        [message("1", "technician", "Here it is", kind="attachment", file_name="dashboard.JPG")]
    )
    placeholder = view.part_rect("1", BubblePart.ATTACHMENT)
    assert not view.has_thumbnail("1")
    image = QImage(1600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#c84820"))
    view.set_thumbnail("1", image)
    assert view.has_thumbnail("1")
    picture = view.part_rect("1", BubblePart.ATTACHMENT)
    assert picture != placeholder
    # The picture keeps its proportions (4:1) inside the bubble.
    assert abs(picture.width() / picture.height() - 4.0) < 0.1
    shot = view.viewport().grab().toImage()
    assert shot.pixelColor(picture.center()) == QColor("#c84820")
    with qtbot.waitSignal(view.sig_attachment_clicked, timeout=1000) as opened:
        click(view, picture)
    assert opened.args == ["1"]


# --- what a person sees -----------------------------------------------------------------------------------


def test_bubbles_stand_at_the_writers_side_in_their_colours(view: ChatView) -> None:
    view.set_messages(
        [
            message("1", content="Connected. Keep the ignition on.", at=today(14, 0)),
            message("2", "technician", "OK", at=today(14, 1)),
        ]
    )
    image = view.viewport().grab().toImage()
    operator = view.visualRect(view.index_of("1"))
    technician = view.visualRect(view.index_of("2"))
    y = technician.center().y()
    assert image.pixelColor(QPoint(technician.right() - 30, y)) == colour("accent_soft")
    assert image.pixelColor(QPoint(technician.left() + 30, y)) != colour("accent_soft")
    y = operator.center().y()
    assert image.pixelColor(QPoint(operator.left() + 16, y)) == colour("surface")
    # The operator's white bubble ends well before the other side: its edge is drawn in the line colour.
    edges = [
        x for x in range(operator.left() + 16, operator.right()) if image.pixelColor(x, y) == colour("line")
    ]
    assert edges, "the bubble's right edge"
    assert edges[0] < operator.right() - 100


def test_long_messages_wrap_and_nothing_scrolls_sideways(qtbot: QtBot, view: ChatView) -> None:
    text = "The turbocharger pressure stays low above 2500 rpm. " * 8 + "WVWZZZ1KZAW" * 12
    view.set_messages([message("1", content=text, at=today(14, 0)), message("2", "technician", "OK")])
    long_row, short_row = view.visualRect(view.index_of("1")), view.visualRect(view.index_of("2"))
    assert long_row.height() > 3 * short_row.height() / 2
    assert long_row.width() <= view.viewport().width()
    view.resize(340, 560)
    qtbot.waitUntil(lambda: view.viewport().width() < 340)
    narrower = view.visualRect(view.index_of("1"))
    assert narrower.height() > long_row.height(), "narrower, the message takes more lines"
    assert view.visualRect(view.index_of("2")).top() > narrower.bottom(), "no message over another"
    assert view.horizontalScrollBar().maximum() == 0


def test_the_list_follows_new_messages_only_when_it_shows_the_newest(qtbot: QtBot, view: ChatView) -> None:
    view.set_messages([message(str(n), content=f"Step {n} done", at=today(10, n)) for n in range(40)])
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == bar.maximum(), "a loaded conversation shows its newest message"

    view.add_messages([message("40", content="Step 40 done", at=today(11, 0))])
    assert bar.value() == bar.maximum()
    assert view.at_bottom()

    bar.setValue(0)
    view.add_messages([message("41", content="Step 41 done", at=today(11, 1))])
    assert bar.value() == 0, "a technician reading further up keeps their place"
    assert not view.at_bottom()

    with qtbot.waitSignal(view.sig_reached_bottom, timeout=1000):
        QTest.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex() == view.index_of("41"), "End selects the newest message"
    assert bar.value() == bar.maximum()
    view.add_messages([message("42", content="Step 42 done", at=today(11, 2))])
    assert bar.value() == bar.maximum()


def test_each_message_reads_as_who_when_and_what(view: ChatView) -> None:
    view.set_messages(
        [
            message("1", content="Please start the engine.", at=today(14, 2)),
            message("2", "technician", None, at=today(14, 3), kind="attachment", file_name="dash.jpg"),
            message("3", "system", "The session has ended.", at=today(14, 4)),
        ]
    )
    clock = QLocale().toString(QTime(14, 2), QLocale.FormatType.ShortFormat)
    role = Qt.ItemDataRole.AccessibleTextRole
    assert view.index_of("1").data(role) == f"Sanne de Vries, {clock}: Please start the engine."
    clock = QLocale().toString(QTime(14, 3), QLocale.FormatType.ShortFormat)
    assert view.index_of("2").data(role) == f"You, {clock}: File dash.jpg"
    assert view.index_of("3").data(role).startswith("Workbay service, ")
    view.set_translation("1", "Bitte starten Sie den Motor.")
    assert view.index_of("1").data(role).endswith(": Bitte starten Sie den Motor. (translated)")


def test_set_messages_replaces_everything_and_forgets_translations(view: ChatView) -> None:
    view.set_messages([message("1", content="Guten Tag", at=today(9, 0))])
    view.set_translation("1", "Good day")
    view.set_messages([message("1", content="Guten Tag", at=today(9, 0)), message("2", at=today(9, 1))])
    assert view.message_ids() == ("1", "2")
    assert view.translation("1") is None
    view.set_messages([])
    assert view.count_messages() == 0
    assert view.model().rowCount() == 0
