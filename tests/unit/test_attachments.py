"""The chat's attachment rules: pictures, refused programs and scripts, the size limit, and their order."""

from __future__ import annotations

import pytest

from app.domain.attachments import (
    BLOCKED_SUFFIXES,
    DEFAULT_MAX_BYTES,
    IMAGE_SUFFIXES,
    AttachmentRules,
    Refusal,
    is_blocked,
    is_image,
    suffix_of,
)

MIB = 1024 * 1024


def test_the_suffix_sets_are_lower_case_dotted_and_apart() -> None:
    for suffix in IMAGE_SUFFIXES | BLOCKED_SUFFIXES:
        assert suffix.startswith("."), suffix
        assert suffix == suffix.lower(), suffix
        assert suffix.count(".") == 1, suffix
    assert not IMAGE_SUFFIXES & BLOCKED_SUFFIXES
    # The ones the contract names.
    assert {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".heic"} <= IMAGE_SUFFIXES
    assert {
        ".exe", ".bat", ".cmd", ".com", ".msi", ".scr", ".ps1", ".vbs", ".js", ".jar", ".sh", ".dll", ".apk",
        ".app", ".lnk",
    } <= BLOCKED_SUFFIXES  # fmt: skip
    assert DEFAULT_MAX_BYTES == 50 * MIB


@pytest.mark.parametrize(
    ("name", "suffix"),
    [
        ("photo.jpg", ".jpg"),
        ("Photo.JPG", ".jpg"),
        ("archive.tar.gz", ".gz"),
        ("report", ""),
        (".bashrc", ""),
        ("..", ""),
        ("", ""),
        ("tool.exe.", ".exe"),  # Windows drops trailing dots and spaces: this runs as tool.exe
        ("tool.exe . ", ".exe"),
        ("C:\\Users\\mads\\setup.MSI", ".msi"),
        ("/home/mads/dash board.png", ".png"),
        ("photo.\uff2a\uff30\uff27", ".jpg"),  # full-width letters fold to the same suffix
    ],
)
def test_the_suffix_is_the_last_one_as_the_system_sees_it(name: str, suffix: str) -> None:
    assert suffix_of(name) == suffix


@pytest.mark.parametrize(
    ("name", "image"),
    [
        ("dashboard.jpg", True),
        ("DASHBOARD.JPEG", True),
        ("scan.png", True),
        ("iphone.HEIC", True),
        ("fault-log.pdf", False),
        ("photo.jpg.exe", False),
        ("jpg", False),
        (".png", False),
    ],
)
def test_pictures_are_known_by_their_suffix(name: str, image: bool) -> None:
    assert is_image(name) is image


@pytest.mark.parametrize(
    ("name", "blocked"),
    [
        ("setup.exe", True),
        ("SETUP.EXE", True),
        ("photo.jpg.exe", True),
        ("invoice.pdf.js", True),
        ("tool.exe.", True),
        ("flash.ps1", True),
        ("shortcut.lnk", True),
        ("fix.sh", True),
        ("ecu-flash-dump.bin", False),  # what an ECU read-out is called
        ("exe", False),
        ("setup.exe.pdf", False),
        ("log.txt", False),
        ("readout.csv", False),
    ],
)
def test_programs_and_scripts_are_known_by_their_last_suffix(name: str, blocked: bool) -> None:
    assert is_blocked(name) is blocked


def test_a_file_within_the_rules_may_be_sent() -> None:
    rules = AttachmentRules(max_bytes=10 * MIB)
    assert rules.refusal("dashboard.jpg", 1) is None
    assert rules.refusal("fault log.pdf", 10 * MIB) is None  # the limit itself is allowed
    assert rules.refusal("no-suffix", 512) is None


def test_each_refusal_and_which_one_wins() -> None:
    rules = AttachmentRules(max_bytes=10 * MIB)
    assert rules.refusal("dashboard.jpg", 10 * MIB + 1) is Refusal.TOO_LARGE
    assert rules.refusal("dashboard.jpg", 0) is Refusal.EMPTY
    assert rules.refusal("setup.exe", 1000) is Refusal.BLOCKED_TYPE
    # A program is refused as a program whatever its size: that is the sentence that helps.
    assert rules.refusal("setup.exe", 0) is Refusal.BLOCKED_TYPE
    assert rules.refusal("setup.exe", 11 * MIB) is Refusal.BLOCKED_TYPE
    for name in ("", "   ", ".", ".."):
        assert rules.refusal(name, 100) is Refusal.NOT_A_FILE, name
    assert rules.refusal("dashboard.jpg", -1) is Refusal.NOT_A_FILE


def test_the_default_limit_and_a_limit_must_be_positive() -> None:
    assert AttachmentRules().max_bytes == DEFAULT_MAX_BYTES
    assert AttachmentRules().refusal("log.txt", DEFAULT_MAX_BYTES + 1) is Refusal.TOO_LARGE
    for wrong in (0, -5):
        with pytest.raises(ValueError, match="positive"):
            AttachmentRules(max_bytes=wrong)


def test_refusals_have_the_contract_values() -> None:
    assert {refusal.value for refusal in Refusal} == {"too-large", "empty", "blocked-type", "not-a-file"}
