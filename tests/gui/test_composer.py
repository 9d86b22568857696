"""The composer: Enter and Shift+Enter, files by picker, drop and paste, uploads, a closed chat, the ping."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt, QTranslator, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.gui.theme import load_resources
from app.gui.widgets.composer import Composer


@pytest.fixture
def composer(qtbot: QtBot, themed: QApplication) -> Composer:
    widget = Composer()
    qtbot.addWidget(widget)
    widget.resize(640, 240)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    photo = tmp_path / "dashboard.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 100)
    report = tmp_path / "fault log.pdf"
    report.write_bytes(b"%PDF-1.7")
    return [photo, report]


def file_mime(paths: list[Path], *, extra_urls: tuple[str, ...] = ()) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths] + [QUrl(url) for url in extra_urls])
    return mime


def drop(target: object, mime: QMimeData, pos: QPoint) -> QDropEvent:
    """Drag files onto ``target`` and let go, as the window system delivers it."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
    enter = QDragEnterEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)  # type: ignore[arg-type]
    event = QDropEvent(QPointF(pos), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)  # type: ignore[arg-type]
    return event


# --- writing ----------------------------------------------------------------------------------------------


def test_enter_sends_the_stripped_text_and_keeps_it_until_cleared(qtbot: QtBot, composer: Composer) -> None:
    composer.edit.setFocus()
    QTest.keyClicks(composer.edit, "  Ignition is on  ")
    with qtbot.waitSignal(composer.sig_send_requested, timeout=1000) as sent:
        QTest.keyClick(composer.edit, Qt.Key.Key_Return)
    assert sent.args == ["Ignition is on"]
    # A failed send must lose nothing: the page clears the box only after the send succeeded.
    assert composer.text() == "  Ignition is on  "
    composer.clear_text()
    assert composer.text() == ""


def test_shift_enter_starts_a_new_line_and_sends_nothing(qtbot: QtBot, composer: Composer) -> None:
    composer.edit.setFocus()
    with qtbot.assertNotEmitted(composer.sig_send_requested):
        QTest.keyClicks(composer.edit, "Battery 12.1 V")
        QTest.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClicks(composer.edit, "Charger connected")
    assert composer.text() == "Battery 12.1 V\nCharger connected"
    with qtbot.waitSignal(composer.sig_send_requested, timeout=1000) as sent:
        QTest.keyClick(composer.edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert sent.args == ["Battery 12.1 V\nCharger connected"]


def test_an_empty_text_is_never_sent(qtbot: QtBot, composer: Composer) -> None:
    composer.edit.setFocus()
    assert not composer.send_button.isEnabled()
    with qtbot.assertNotEmitted(composer.sig_send_requested):
        QTest.keyClick(composer.edit, Qt.Key.Key_Return)
        QTest.keyClicks(composer.edit, "   ")
        QTest.keyClick(composer.edit, Qt.Key.Key_Return)
    assert not composer.send_button.isEnabled()
    QTest.keyClicks(composer.edit, "ok")
    assert composer.send_button.isEnabled()
    with qtbot.waitSignal(composer.sig_send_requested, timeout=1000) as sent:
        QTest.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert sent.args == ["ok"]


def test_the_box_grows_with_its_lines_up_to_a_limit(qtbot: QtBot, composer: Composer) -> None:
    one_line = composer.edit.height()
    composer.set_text("1\n2\n3")
    qtbot.waitUntil(lambda: composer.edit.height() > one_line)
    three_lines = composer.edit.height()
    composer.set_text("\n".join(str(n) for n in range(30)))
    qtbot.waitUntil(lambda: composer.edit.height() > three_lines)
    assert composer.edit.height() < 10 * composer.edit.fontMetrics().lineSpacing(), "then it scrolls"
    composer.clear_text()
    qtbot.waitUntil(lambda: composer.edit.height() == one_line)


# --- files ------------------------------------------------------------------------------------------------


def test_the_attach_button_opens_a_picker_for_several_files_without_blocking(
    qtbot: QtBot, composer: Composer, files: list[Path]
) -> None:
    QTest.mouseClick(composer.attach_button, Qt.MouseButton.LeftButton)
    dialog = composer.file_dialog
    assert dialog is not None, "the click returned while the picker is open: open(), not exec()"
    assert dialog.isVisible()
    assert dialog.fileMode() == dialog.FileMode.ExistingFiles
    dialog.setDirectory(str(files[0].parent))
    dialog.selectFile(" ".join(f'"{path.name}"' for path in files))
    with qtbot.waitSignal(composer.sig_files_chosen, timeout=1000) as chosen:
        dialog.accept()
    assert sorted(chosen.args[0]) == sorted(files)
    assert composer.file_dialog is None


def test_dropped_files_are_chosen_and_web_links_left_out(
    qtbot: QtBot, composer: Composer, files: list[Path]
) -> None:
    mime = file_mime(files, extra_urls=("https://example.com/manual.pdf",))
    with qtbot.waitSignal(composer.sig_files_chosen, timeout=1000) as chosen:
        event = drop(composer, mime, QPoint(10, 10))
    assert chosen.args == [files]
    assert event.isAccepted()
    assert not composer.dropping, "the drop hint goes once the files are dropped"

    # Onto the text box, files are attachments, never their paths typed in as text.
    mime = file_mime(files[:1])
    with qtbot.waitSignal(composer.sig_files_chosen, timeout=1000) as chosen:
        drop(composer.edit.viewport(), mime, QPoint(20, 10))
    assert chosen.args == [files[:1]]
    assert composer.text() == ""


def test_dragging_files_over_the_composer_shows_where_they_go(composer: Composer, files: list[Path]) -> None:
    actions = Qt.DropAction.CopyAction
    # Held here: an event does not own its data, and a collected QMimeData would leave it dangling.
    mime = file_mime(files)
    enter = QDragEnterEvent(
        QPoint(10, 10), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(composer, enter)
    assert enter.isAccepted()
    assert composer.dropping
    assert composer.drop_overlay.geometry() == composer.rect()
    text = QMimeData()
    text.setText("just words")
    refused = QDragEnterEvent(
        QPoint(10, 10), actions, text, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(composer, refused)
    assert not refused.isAccepted()


def test_the_page_can_forward_a_drop(qtbot: QtBot, composer: Composer, files: list[Path]) -> None:
    mime = file_mime(files)
    with qtbot.waitSignal(composer.sig_files_chosen, timeout=1000) as chosen:
        taken = composer.accept_drop(mime)
    assert taken == files
    assert chosen.args == [files]
    text = QMimeData()
    text.setText("no files here")
    with qtbot.assertNotEmitted(composer.sig_files_chosen):
        assert composer.accept_drop(text) == []


def test_a_pasted_picture_is_saved_as_png_and_chosen(qtbot: QtBot, composer: Composer) -> None:
    picture = QImage(64, 48, QImage.Format.Format_RGB32)
    picture.fill(QColor("#d0342c"))
    QGuiApplication.clipboard().setImage(picture)
    composer.edit.setFocus()
    with qtbot.waitSignal(composer.sig_files_chosen, timeout=1000) as chosen:
        QTest.keyClick(composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (path,) = chosen.args[0]
    assert re.fullmatch(r"pasted-\d{8}-\d{6}\.png", path.name)
    assert path.parent == composer.paste_directory
    saved = QImage(str(path))
    assert saved.size() == picture.size()
    assert saved.pixelColor(10, 10) == QColor("#d0342c")
    assert composer.text() == "", "a picture is not pasted as text"

    # A second paste in the same second keeps both pictures.
    with qtbot.waitSignal(composer.sig_files_chosen, timeout=1000) as again:
        QTest.keyClick(composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (second,) = again.args[0]
    assert second != path
    assert second.exists()
    assert path.exists()


def test_pasted_text_is_text(qtbot: QtBot, composer: Composer) -> None:
    QGuiApplication.clipboard().setText("P0299 turbo underboost")
    composer.edit.setFocus()
    with qtbot.assertNotEmitted(composer.sig_files_chosen):
        QTest.keyClick(composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert composer.text() == "P0299 turbo underboost"


def test_the_pasted_pictures_folder_goes_with_the_composer(qtbot: QtBot, themed: QApplication) -> None:
    composer = Composer()
    picture = QImage(8, 8, QImage.Format.Format_RGB32)
    picture.fill(QColor("#000000"))
    path = composer.save_pasted_image(picture)
    assert path is not None
    assert path.exists()
    folder = composer.paste_directory
    assert folder is not None
    composer.deleteLater()
    del composer
    qtbot.waitUntil(lambda: not folder.exists(), timeout=2000)
    gc.collect()


# --- uploads ----------------------------------------------------------------------------------------------


def test_an_upload_row_shows_progress_and_cancel_asks_the_page(qtbot: QtBot, composer: Composer) -> None:
    thumbnail = QImage(120, 90, QImage.Format.Format_RGB32)
    thumbnail.fill(QColor("#3050a0"))
    composer.add_upload("up-1", "dashboard.jpg", 4_000_000, thumbnail)
    composer.add_upload("up-2", "fault log.pdf", 120_000, None)
    assert composer.upload_ids() == ("up-1", "up-2")
    row = composer.upload_row("up-1")
    assert row is not None
    assert row.isVisibleTo(composer)
    assert row.name_label.full_text() == "dashboard.jpg"
    locale = QLocale()
    size = locale.formattedDataSize(4_000_000, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    assert row.size_label.text() == size
    assert row.picture.property("kind") == "thumbnail"
    other = composer.upload_row("up-2")
    assert other is not None
    assert other.picture.property("kind") == "icon"

    composer.set_upload_progress("up-1", 1_000_000, 4_000_000)
    assert row.progress.value() == row.progress.maximum() // 4
    half = locale.formattedDataSize(1_000_000, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    assert row.size_label.text() == f"{half} of {size}"

    with qtbot.waitSignal(composer.sig_upload_cancel_requested, timeout=1000) as cancelled:
        QTest.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    assert cancelled.args == ["up-1"]
    assert not row.cancel_button.isEnabled(), "one cancel is enough"
    assert row.cancel_button.text() == "Cancelling…"

    composer.finish_upload("up-1")
    assert composer.upload_ids() == ("up-2",)
    composer.finish_upload("up-2")
    assert composer.upload_ids() == ()
    assert not composer.uploads_area.isVisibleTo(composer)


def test_a_failed_upload_says_why_until_dismissed(qtbot: QtBot, composer: Composer) -> None:
    composer.add_upload("up-1", "scan.bin", 90_000_000, None)
    composer.set_upload_progress("up-1", 30_000_000, 90_000_000)
    sentence = "The file is larger than 50 MB, the most the chat accepts."
    composer.fail_upload("up-1", sentence)
    row = composer.upload_row("up-1")
    assert row is not None
    assert row.failed
    assert row.error_label.text() == sentence
    assert row.error_label.isVisibleTo(row)
    assert not row.progress.isVisibleTo(row)
    assert not row.cancel_button.isVisibleTo(row)
    assert row.dismiss_button.isVisibleTo(row)
    # Progress reported late for a failed upload does not bring the bar back.
    composer.set_upload_progress("up-1", 40_000_000, 90_000_000)
    assert not row.progress.isVisibleTo(row)
    with qtbot.assertNotEmitted(composer.sig_upload_cancel_requested):
        QTest.mouseClick(row.dismiss_button, Qt.MouseButton.LeftButton)
    assert composer.upload_ids() == ()


def test_a_file_refused_before_sending_gets_a_row_with_the_sentence(composer: Composer) -> None:
    composer.fail_upload("refused-1", "Programs and scripts cannot be sent in the chat.")
    row = composer.upload_row("refused-1")
    assert row is not None
    assert row.failed
    assert row.error_label.text() == "Programs and scripts cannot be sent in the chat."
    assert not row.name_label.isVisibleTo(row)


# --- the chat's state -------------------------------------------------------------------------------------


def test_a_closed_chat_disables_writing_and_attaching_and_says_why(
    qtbot: QtBot, composer: Composer, files: list[Path]
) -> None:
    composer.set_text("draft kept")
    composer.set_ping_offered(True)
    composer.set_enabled_for_chat(False, "The ticket is finished: the chat is closed.")
    assert not composer.chat_enabled
    for widget in (composer.edit, composer.attach_button, composer.send_button):
        assert not widget.isEnabled()
    assert composer.closed_note.isVisibleTo(composer)
    assert composer.closed_label.text() == "The ticket is finished: the chat is closed."
    assert not composer.ping_offer.isVisibleTo(composer), "no ping into a closed chat"
    with (
        qtbot.assertNotEmitted(composer.sig_files_chosen),
        qtbot.assertNotEmitted(composer.sig_send_requested),
    ):
        mime = file_mime(files)
        actions = Qt.DropAction.CopyAction
        enter = QDragEnterEvent(
            QPoint(10, 10), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        # Straight to the handlers: Qt routes no drop to a widget that takes none, nor should a test.
        composer.dragEnterEvent(enter)
        event = QDropEvent(
            QPointF(10, 10), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        composer.dropEvent(event)
        assert composer.accept_drop(mime) == []
        QTest.keyClick(composer.edit, Qt.Key.Key_Return)
    assert not enter.isAccepted()
    assert not event.isAccepted()
    assert not composer.acceptDrops()
    assert not composer.dropping

    composer.set_enabled_for_chat(True)
    assert composer.edit.isEnabled()
    assert composer.send_button.isEnabled()
    assert not composer.closed_note.isVisibleTo(composer)
    assert composer.text() == "draft kept"


def test_the_ping_offer_says_what_it_does_and_asks_once(qtbot: QtBot, composer: Composer) -> None:
    assert not composer.ping_offer.isVisibleTo(composer)
    composer.set_ping_offered(True)
    assert composer.ping_offer.isVisibleTo(composer)
    assert composer.ping_title.text() == "The operator has been quiet for a while."
    sentence = "Sends a signal to the operator's screen; it does not write a message."
    assert composer.ping_sentence.text() == sentence
    assert composer.ping_sentence.isVisibleTo(composer)
    assert composer.ping_button.text() == "Ask the operator"
    assert composer.ping_button.toolTip() == sentence
    with qtbot.waitSignal(composer.sig_ping_requested, timeout=1000):
        QTest.mouseClick(composer.ping_button, Qt.MouseButton.LeftButton)
    assert not composer.ping_offer.isVisibleTo(composer)
    composer.set_ping_offered(False)
    assert not composer.ping_offer.isVisibleTo(composer)


def test_a_kiosk_gets_larger_targets(qtbot: QtBot, composer: Composer) -> None:
    desk_icon = composer.send_button.iconSize()
    composer.add_upload("up-1", "photo.png", 1000, None)
    row = composer.upload_row("up-1")
    assert row is not None
    desk_picture = row.picture.width()
    composer.set_kiosk(True)
    assert composer.send_button.iconSize().width() > desk_icon.width()
    assert row.picture.width() > desk_picture
    assert composer.edit.height() >= 56


def test_an_upload_row_keeps_its_cancel_button_in_a_narrow_kiosk_column(
    qtbot: QtBot, themed: QApplication
) -> None:
    # German: the longest words ("Abbrechen", "1,4 MB von 4,0 MB").
    load_resources()
    german = QTranslator()
    assert german.load(":/translations/workbay_de.qm")
    themed.installTranslator(german)
    try:
        composer = Composer()
        qtbot.addWidget(composer)
        composer.set_kiosk(True)
        composer.resize(440, 300)
        composer.show()
        composer.add_upload("u1", "motorraum-links-vorne-mit-offener-haube.jpg", 4_200_000, None)
        composer.set_upload_progress("u1", 1_500_000, 4_200_000)
        row = composer.upload_row("u1")
        assert row is not None
        assert row.cancel_button.text() == "Abbrechen"
        assert row.minimumSizeHint().width() <= 400, "a 1024 px kiosk's chat column is about 440 px"
    finally:
        themed.removeTranslator(german)
