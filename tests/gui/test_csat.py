"""The satisfaction prompt: pick a score, maybe comment, send once, change later; a failure loses nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.gui.widgets.csat import COMMENT_LIMIT, CsatPrompt


@pytest.fixture
def prompt(qtbot: QtBot) -> CsatPrompt:
    widget = CsatPrompt()
    qtbot.addWidget(widget)
    widget.resize(620, 420)
    widget.show()
    return widget


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def submissions(prompt: CsatPrompt) -> list[tuple[int, str]]:
    sent: list[tuple[int, str]] = []
    prompt.sig_submitted.connect(lambda score, comment: sent.append((score, comment)))
    return sent


def test_send_waits_for_a_score_and_sends_it_with_the_comment(prompt: CsatPrompt) -> None:
    sent = submissions(prompt)
    assert prompt.question_label.text() == "How did it go?"
    assert [button.text() for button in prompt.score_buttons.values()] == ["Not good", "Okay", "Good"]
    assert not prompt.send_button.isEnabled()
    click(prompt.send_button)
    assert sent == []

    click(prompt.score_buttons[1])
    assert prompt.score == 1
    assert prompt.send_button.isEnabled()
    prompt.comment_edit.setFocus()
    QTest.keyClicks(prompt.comment_edit, "  Quick and friendly  ")
    click(prompt.send_button)
    assert sent == [(1, "Quick and friendly")]


def test_one_score_at_a_time(prompt: CsatPrompt) -> None:
    sent = submissions(prompt)
    click(prompt.score_buttons[-1])
    click(prompt.score_buttons[0])
    assert prompt.score == 0
    assert [button.isChecked() for button in prompt.score_buttons.values()] == [False, True, False]
    click(prompt.send_button)
    assert sent == [(0, "")]


def test_the_comment_stops_at_its_limit_and_counts(prompt: CsatPrompt) -> None:
    assert prompt.counter_label.text() == f"0 / {COMMENT_LIMIT}"
    prompt.comment_edit.setFocus()
    QTest.keyClicks(prompt.comment_edit, "Fine")
    assert prompt.counter_label.text() == f"4 / {COMMENT_LIMIT}"
    assert prompt.counter_label.property("near") is False

    QGuiApplication.clipboard().setText("x" * (COMMENT_LIMIT + 500))
    QTest.keyClick(prompt.comment_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(prompt.comment_edit.toPlainText()) == COMMENT_LIMIT
    assert prompt.comment_edit.toPlainText().startswith("Finex")
    assert prompt.counter_label.text() == f"{COMMENT_LIMIT} / {COMMENT_LIMIT}"
    assert prompt.counter_label.property("near") is True
    QTest.keyClicks(prompt.comment_edit, "more")
    assert len(prompt.comment_edit.toPlainText()) == COMMENT_LIMIT


def test_while_sending_nothing_can_be_changed_or_sent_again(prompt: CsatPrompt) -> None:
    sent = submissions(prompt)
    click(prompt.score_buttons[1])
    prompt.set_sending(True)
    assert prompt.send_button.text() == "Sending…"
    assert not prompt.send_button.isEnabled()
    assert not prompt.comment_edit.isEnabled()
    assert not any(button.isEnabled() for button in prompt.score_buttons.values())
    click(prompt.score_buttons[-1])
    click(prompt.send_button)
    assert prompt.score == 1
    assert sent == []


def test_a_failure_says_so_and_keeps_the_choice_for_another_try(prompt: CsatPrompt) -> None:
    sent = submissions(prompt)
    click(prompt.score_buttons[-1])
    prompt.comment_edit.setFocus()
    QTest.keyClicks(prompt.comment_edit, "The operator never answered")
    click(prompt.send_button)
    prompt.set_sending(True)
    prompt.set_failed("The diagnostics service is taking too long to answer. Retry in a moment.")
    assert prompt.error_label.isVisible()
    assert prompt.error_label.text().startswith("The diagnostics service is taking too long")
    assert prompt.score == -1
    assert prompt.comment == "The operator never answered"
    assert prompt.send_button.isEnabled()
    assert prompt.send_button.text() == "Send"
    click(prompt.send_button)
    assert sent == [(-1, "The operator never answered")] * 2
    prompt.set_sending(True)
    assert prompt.error_label.isHidden()


def test_after_sending_a_thank_you_with_the_score_and_change_opens_the_form_again(prompt: CsatPrompt) -> None:
    sent = submissions(prompt)
    click(prompt.score_buttons[1])
    click(prompt.send_button)
    prompt.set_sending(True)
    prompt.set_sent(1, "Quick and friendly")
    assert prompt.showing_thanks
    assert not prompt.thanks_page.isHidden()
    assert prompt.form_page.isHidden()
    assert prompt.thanks_label.text() == "Thank you for your feedback"
    assert prompt.given_label.text() == "You rated this ticket: Good"
    assert prompt.given_comment.text() == "Quick and friendly"
    assert prompt.sent == (1, "Quick and friendly")

    click(prompt.change_button)
    assert prompt.thanks_page.isHidden()
    assert prompt.score == 1
    assert prompt.comment == "Quick and friendly"
    assert prompt.send_button.isEnabled()
    click(prompt.score_buttons[0])
    click(prompt.send_button)
    assert sent == [(1, ""), (0, "Quick and friendly")]


def test_keep_my_rating_goes_back_without_sending(prompt: CsatPrompt) -> None:
    sent = submissions(prompt)
    assert prompt.keep_button.isHidden()
    prompt.set_sent(-1, "")
    assert prompt.given_label.text() == "You rated this ticket: Not good"
    assert prompt.given_comment.isHidden()
    click(prompt.change_button)
    click(prompt.score_buttons[1])
    assert prompt.keep_button.isVisible()
    click(prompt.keep_button)
    assert prompt.showing_thanks
    assert sent == []
    # The form again shows what was sent, not the abandoned change.
    click(prompt.change_button)
    assert prompt.score == -1


def test_a_resumed_page_shows_what_was_sent_before(qtbot: QtBot) -> None:
    prompt = CsatPrompt()
    qtbot.addWidget(prompt)
    prompt.set_sent(0, "Took a while")
    prompt.show()
    assert prompt.showing_thanks
    assert prompt.given_label.text() == "You rated this ticket: Okay"
    assert prompt.given_comment.text() == "Took a while"
