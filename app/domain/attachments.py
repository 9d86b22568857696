"""What the chat accepts as an attachment: the size limit, the refused file types, and what is a picture.

Pure rules, no I/O: the chat service stats the file and asks :meth:`AttachmentRules.refusal`, so the
technician hears why a file cannot be sent before a byte of it leaves the computer. The server's object
store has its own size limit (the sandbox is started with the same one); these rules only spare the
technician an upload that would be refused anyway, and keep programs and scripts out of the chat, where an
operator could open them by mistake.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

__all__ = [
    "BLOCKED_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "IMAGE_SUFFIXES",
    "AttachmentRules",
    "Refusal",
    "is_blocked",
    "is_image",
    "suffix_of",
]

#: Pictures the chat shows as thumbnails (lower case, with the dot).
IMAGE_SUFFIXES: Final = frozenset(
    {".jpg", ".jpeg", ".jpe", ".png", ".gif", ".bmp", ".webp", ".heic", ".heif", ".tif", ".tiff"}
)

#: Programs, installers, scripts and shortcuts: a chat with a remote operator never needs them, and a
#: double click on one runs it. Lower case, with the dot. Not ".bin": that is what ECU dumps are called.
BLOCKED_SUFFIXES: Final = frozenset(
    {
        # Windows programs, installers, libraries and their stand-ins
        ".exe", ".com", ".scr", ".pif", ".cpl", ".msi", ".msp", ".mst", ".dll", ".sys", ".drv", ".ocx",
        ".lnk", ".url", ".appref-ms", ".gadget", ".msc", ".reg", ".inf", ".hta", ".application",
        # Windows scripts
        ".bat", ".cmd", ".ps1", ".psm1", ".psd1", ".ps1xml", ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh",
        ".ws", ".sct",
        # macOS, Linux and cross-platform programs and scripts
        ".app", ".command", ".pkg", ".dmg", ".sh", ".bash", ".zsh", ".csh", ".ksh", ".run",
        ".appimage", ".deb", ".rpm", ".jar", ".apk", ".xapk", ".ipa",
    }
)  # fmt: skip

#: The largest file sent by default: 50 MiB (the sandbox's default limit too).
DEFAULT_MAX_BYTES: Final = 50 * 1024 * 1024


class Refusal(StrEnum):
    """Why a file cannot be sent."""

    TOO_LARGE = "too-large"
    EMPTY = "empty"
    BLOCKED_TYPE = "blocked-type"
    #: A folder, a device, a file that is gone, or a name no file can have.
    NOT_A_FILE = "not-a-file"


def suffix_of(file_name: str) -> str:
    """The file type as the operating system sees it: the last suffix, lower case ("" when none).

    Trailing dots and spaces are ignored, as Windows ignores them ("tool.exe." runs as "tool.exe"); only
    the last suffix counts ("photo.jpg.exe" is a program).
    """
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1].rstrip(". ")
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem.strip("."):
        return ""  # no dot, or a dot file such as ".bashrc": no suffix
    return "." + unicodedata.normalize("NFKC", suffix).casefold()


def is_image(file_name: str) -> bool:
    """Whether the file is a picture by its name (the chat shows a thumbnail for it)."""
    return suffix_of(file_name) in IMAGE_SUFFIXES


def is_blocked(file_name: str) -> bool:
    """Whether the file is a program or script by its name (never sent, never opened with a click)."""
    return suffix_of(file_name) in BLOCKED_SUFFIXES


@dataclass(frozen=True, slots=True)
class AttachmentRules:
    """The size limit and the refused types for files sent into the chat.

    Attributes:
        max_bytes: the largest file accepted, in bytes.
    """

    max_bytes: int = DEFAULT_MAX_BYTES

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError("max_bytes must be positive")

    def refusal(self, file_name: str, size: int) -> Refusal | None:
        """Why a file of this name and size cannot be sent, or None when it may be.

        A program or script is refused whatever its size.
        """
        name = file_name.strip()
        if not name or name in {".", ".."} or size < 0:
            return Refusal.NOT_A_FILE
        if is_blocked(name):
            return Refusal.BLOCKED_TYPE
        if size == 0:
            return Refusal.EMPTY
        if size > self.max_bytes:
            return Refusal.TOO_LARGE
        return None
