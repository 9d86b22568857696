"""The translations: German complete and faithful to its sources, English plurals, the .qm files compiled
from the .ts and embedded in the resources, every text of the code extracted, and a page that speaks German.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import pytest
from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.gui import build_forms
from app.gui.build_forms import GENERATED_DIR, ROOT, TRANSLATIONS_DIR
from app.gui.theme import load_resources

_GERMAN: Final = TRANSLATIONS_DIR / "workbay_de.ts"
_ENGLISH: Final = TRANSLATIONS_DIR / "workbay_en.ts"
# Qt's place markers (%1 ... %99, %n, %Ln) and a keyboard accelerator (& before a character, && is a literal).
_MARKER: Final = re.compile(r"%L?(?:n|\d{1,2})")
_ACCELERATOR: Final = re.compile(r"(?<!&)&(?!&)(?=\w)")
# Leaving obsolete texts in the file keeps a translator's work for when a text comes back.
_GONE: Final = frozenset({"vanished", "obsolete"})


@dataclass(frozen=True, slots=True)
class Message:
    """One text of a .ts file."""

    context: str
    source: str
    numerus: bool
    kind: str
    forms: tuple[str, ...]


def _messages(ts_file: Path) -> list[Message]:
    root = ET.parse(ts_file).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    numerus=numerus,
                    kind=translation.get("type", ""),
                    forms=forms,
                )
            )
    return found


def _current(ts_file: Path) -> list[Message]:
    return [message for message in _messages(ts_file) if message.kind not in _GONE]


# --- the German file ------------------------------------------------------------------------------------


def test_every_german_text_is_translated_with_its_placeholders_and_accelerator() -> None:
    messages = _current(_GERMAN)
    assert len(messages) > 300
    problems = []
    for message in messages:
        where = f"{message.context}: {message.source!r}"
        if message.kind == "unfinished" or not all(form.strip() for form in message.forms):
            problems.append(f"{where} is not translated")
            continue
        # German has a singular and a plural.
        if message.numerus and len(message.forms) != 2:
            problems.append(f"{where} has {len(message.forms)} plural forms, German needs 2")
        for form in message.forms:
            if Counter(_MARKER.findall(form)) != Counter(_MARKER.findall(message.source)):
                problems.append(f"{where}: {form!r} changes the placeholders")
            if len(_ACCELERATOR.findall(form)) != len(_ACCELERATOR.findall(message.source)):
                problems.append(f"{where}: {form!r} changes the keyboard accelerator")
    assert not problems, "\n".join(problems)


def test_the_accelerators_of_the_login_form_stay_distinct_in_german() -> None:
    keys = [
        _ACCELERATOR.split(form, maxsplit=1)[1][0].lower()
        for message in _current(_GERMAN)
        if message.context == "LoginPage"
        for form in message.forms
        if _ACCELERATOR.search(form)
    ]
    assert len(keys) == 3
    assert len(set(keys)) == len(keys), keys


def test_the_translation_files_carry_no_programmers_comments() -> None:
    for ts_file in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        assert "<extracomment>" not in ts_file.read_text(encoding="utf-8"), ts_file.name


def test_programmers_comments_are_stripped_from_a_refreshed_file(tmp_path: Path) -> None:
    ts_file = tmp_path / "workbay_de.ts"
    ts_file.write_text(
        "<context>\n    <name>Step</name>\n    <message>\n        <source>Login</source>\n"
        "        <extracomment>Where each step&apos;s page lives.\nSecond line.</extracomment>\n"
        "        <translation>Anmeldung</translation>\n    </message>\n</context>\n",
        encoding="utf-8",
    )
    build_forms.strip_code_comments(ts_file)
    assert ts_file.read_text(encoding="utf-8") == (
        "<context>\n    <name>Step</name>\n    <message>\n        <source>Login</source>\n"
        "        <translation>Anmeldung</translation>\n    </message>\n</context>\n"
    )


# --- English plurals ------------------------------------------------------------------------------------


def test_the_english_file_holds_the_singular_of_every_counted_text() -> None:
    english = _current(_ENGLISH)
    counted = {(m.context, m.source) for m in _current(_GERMAN) if m.numerus}
    assert counted
    assert {(m.context, m.source) for m in english} == counted
    for message in english:
        singular, plural = message.forms
        assert message.kind != "unfinished"
        assert "%n" in singular
        assert singular != plural
        assert plural == message.source


# --- compiled and embedded ------------------------------------------------------------------------------


def test_the_resources_embed_german_and_english() -> None:
    assert build_forms.released_languages() == ["de", "en"]


def test_the_compiled_translations_match_their_ts_files(tmp_path: Path) -> None:
    written = build_forms.release_translations(tmp_path)
    assert [path.name for path in written] == ["workbay_de.qm", "workbay_en.qm"]
    for fresh in written:
        committed = TRANSLATIONS_DIR / fresh.name
        assert committed.is_file(), (
            f"{fresh.name} is missing: run python -m app.gui.build_forms --translations"
        )
        assert committed.read_bytes() == fresh.read_bytes(), (
            f"{fresh.name} is older than its .ts: run python -m app.gui.build_forms --translations"
        )


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_resources_hold_the_compiled_translation(language: str) -> None:
    load_resources()
    resource = QFile(f":/translations/workbay_{language}.qm")
    assert resource.open(QIODevice.OpenModeFlag.ReadOnly), "run python -m app.gui.build_forms"
    try:
        embedded = bytes(resource.readAll().data())
    finally:
        resource.close()
    assert embedded == (TRANSLATIONS_DIR / f"workbay_{language}.qm").read_bytes(), (
        "resources_rc.py embeds an older translation: run python -m app.gui.build_forms"
    )


# --- every text of the code reaches the translators -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Call:
    where: str
    context: str
    text: str


def _is_qt_translate(function: ast.expr) -> bool:
    """``QCoreApplication.translate`` (or QApplication's): not a painter's or the chat service's translate."""
    return (
        isinstance(function, ast.Attribute)
        and isinstance(function.value, ast.Name)
        and function.value.id in {"QCoreApplication", "QGuiApplication", "QApplication"}
    )


class _TextFinder(ast.NodeVisitor):
    """The texts the code hands to ``self.tr()`` and ``QCoreApplication.translate()``, as lupdate sees them.

    lupdate reads only literal texts, files ``self.tr()`` under the class around it, and skips calls inside
    f-strings; Qt looks a ``tr()`` text up under the classes of the object it is called on. A call lupdate
    cannot file where Qt will look is a problem.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.in_fstring = 0
        self.calls: list[_Call] = []
        self.problems: list[str] = []

    def _where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.in_fstring += 1
        self.generic_visit(node)
        self.in_fstring -= 1

    def visit_Call(self, node: ast.Call) -> None:
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        if name == "tr" or (name == "translate" and _is_qt_translate(function)):
            self._check(node, function, name)
        self.generic_visit(node)

    def _check(self, node: ast.Call, function: ast.expr, name: str) -> None:
        where = self._where(node)
        literals = [arg.value if isinstance(arg, ast.Constant) else None for arg in node.args]
        if self.in_fstring:
            self.problems.append(f"{where}: {name}() inside an f-string is invisible to lupdate")
            return
        if name == "tr":
            receiver = function.value if isinstance(function, ast.Attribute) else None
            if not (isinstance(receiver, ast.Name) and receiver.id == "self" and self.classes):
                self.problems.append(
                    f"{where}: tr() not on self is filed under the variable's name but looked up under its"
                    " class: use QCoreApplication.translate() with the context"
                )
            elif not literals or not isinstance(literals[0], str):
                self.problems.append(f"{where}: tr() of a non-literal text is invisible to lupdate")
            else:
                self.calls.append(_Call(where, self.classes[-1], literals[0]))
            return
        if len(literals) < 2 or not all(isinstance(value, str) for value in literals[:2]):
            self.problems.append(
                f"{where}: translate() of a non-literal context or text is invisible to lupdate"
            )
            return
        context, text = literals[0], literals[1]
        assert isinstance(context, str)
        assert isinstance(text, str)
        self.calls.append(_Call(where, context, text))


def _gui_sources() -> Iterator[Path]:
    for path in sorted((ROOT / "app" / "gui").rglob("*.py")):
        if GENERATED_DIR not in path.parents:
            yield path


def test_every_text_the_code_translates_is_in_the_translation_file() -> None:
    extracted = {(m.context, m.source) for m in _current(_GERMAN)}
    problems = []
    for path in _gui_sources():
        finder = _TextFinder(path)
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        problems += finder.problems
        problems += [
            f"{call.where}: {call.context}: {call.text!r} is not in {_GERMAN.name}: "
            "run python -m app.gui.build_forms --translations"
            for call in finder.calls
            if (call.context, call.text) not in extracted
        ]
    assert not problems, "\n".join(problems)


# --- a page in German -----------------------------------------------------------------------------------


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QTranslator]:
    """The German translation installed as Workbay installs it, removed afterwards for the other tests."""
    load_resources()
    translator = QTranslator()
    assert translator.load(":/translations/workbay_de.qm")
    qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)


def test_the_login_page_speaks_german(german: QTranslator, qtbot: QtBot) -> None:
    from app.api.client import CustomerApi  # noqa: PLC0415 - after the translator, like the program
    from app.gui.page import PageContext  # noqa: PLC0415
    from app.gui.pages.login import LoginPage  # noqa: PLC0415
    from app.services.workbench import Workbench  # noqa: PLC0415

    # Nothing is sent: the page is only built, never entered.
    context = PageContext(workbench=Workbench(CustomerApi("http://127.0.0.1:9")), language="de")
    page = LoginPage(context)
    qtbot.addWidget(page)
    form = page.form
    assert form.loginButton.text() == "Anmelden"
    assert form.pincodeLabel.text() == "&PIN"
    assert form.uuidLabel.text() == "Connector-&UUID"
    assert page.title() == "Anmelden"
    assert form.pinPad.clear_button.text() == "Leeren"


def test_counted_texts_take_the_german_singular_and_plural(german: QTranslator, qtbot: QtBot) -> None:
    from app.gui.excepthook import ErrorDialog  # noqa: PLC0415

    dialog = ErrorDialog()
    qtbot.addWidget(dialog)
    dialog.add_report("first")
    dialog.add_report("second")
    assert dialog.count_label.text() == "2 Fehler sind aufgetreten."
    text = "%n services match “%1”"
    assert QCoreApplication.translate("ProductsPage", text, None, 1) == "1 Leistung passt zu „%1“"
    assert QCoreApplication.translate("ProductsPage", text, None, 4) == "4 Leistungen passen zu „%1“"


def test_english_says_one_error_not_one_errors(qapp: QApplication) -> None:
    load_resources()
    translator = QTranslator()
    assert translator.load(":/translations/workbay_en.qm")
    qapp.installTranslator(translator)
    try:
        text = "%n services match “%1”"
        assert QCoreApplication.translate("ProductsPage", text, None, 1) == "1 service matches “%1”"
        assert QCoreApplication.translate("ProductsPage", text, None, 3) == "3 services match “%1”"
        assert (
            QCoreApplication.translate("ErrorDialog", "%n errors happened.", None, 1) == "1 error happened."
        )
    finally:
        qapp.removeTranslator(translator)
