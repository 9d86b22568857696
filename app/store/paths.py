"""Where Workbay keeps its files: the user's configuration, data, log and cache directories.

The directories come from platformdirs, which honours the ``XDG_*`` variables on Linux: tests point those at
temporary directories and never touch the user's files.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import platformdirs

__all__ = ["APP_NAME", "AppPaths"]

#: The directory name under each of the user's base directories.
APP_NAME: Final = "workbay"

# The configuration may name a CA bundle and the data directory holds the drafts and remembered
# connectors: other users of a shared workshop PC have no business reading either. The log is redacted,
# but still names vehicles and customers' orders.
_PRIVATE: Final = 0o700


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The four directories of one installation, and the files Workbay keeps in them."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        """The current user's directories, as the platform (and the ``XDG_*`` variables) place them."""
        return cls(
            config_dir=platformdirs.user_config_path(APP_NAME, appauthor=False),
            data_dir=platformdirs.user_data_path(APP_NAME, appauthor=False),
            log_dir=platformdirs.user_log_path(APP_NAME, appauthor=False),
            cache_dir=platformdirs.user_cache_path(APP_NAME, appauthor=False),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """All four directories below ``root``: a portable installation, or a test's temporary directory."""
        return cls(
            config_dir=root / "config",
            data_dir=root / "data",
            log_dir=root / "log",
            cache_dir=root / "cache",
        )

    @property
    def config_file(self) -> Path:
        """The TOML settings file."""
        return self.config_dir / "workbay.toml"

    @property
    def database(self) -> Path:
        """The SQLite file with the draft and the remembered connectors."""
        return self.data_dir / "workbay.db"

    @property
    def log_file(self) -> Path:
        """The current log file; rotated copies sit next to it as ``workbay.log.1`` and so on."""
        return self.log_dir / "workbay.log"

    def ensure(self) -> AppPaths:
        """Create the directories that are missing (configuration, data and log private to the user)."""
        for directory in (self.config_dir, self.data_dir, self.log_dir):
            make_private_dir(directory)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        return self


def make_private_dir(directory: Path) -> None:
    """Create ``directory`` (and its parents) readable by the current user only.

    ``mkdir``'s mode is filtered by the umask and ignored for a directory that already exists, so the mode
    is set afterwards as well; parents are left as they are, as they may be shared (``~/.config``).
    """
    directory.mkdir(mode=_PRIVATE, parents=True, exist_ok=True)
    if sys.platform != "win32" and directory.stat().st_uid == os.getuid():
        directory.chmod(_PRIVATE)
