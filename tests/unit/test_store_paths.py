"""Where Workbay keeps its files: the platform's user directories, private where they hold personal data."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from app.store.paths import AppPaths


def test_default_directories_follow_the_xdg_variables() -> None:
    paths = AppPaths.default()

    assert paths.config_dir == Path(os.environ["XDG_CONFIG_HOME"]) / "workbay"
    assert paths.data_dir == Path(os.environ["XDG_DATA_HOME"]) / "workbay"
    assert paths.cache_dir == Path(os.environ["XDG_CACHE_HOME"]) / "workbay"
    assert paths.log_dir.is_relative_to(Path(os.environ["XDG_STATE_HOME"]))


def test_files_have_fixed_names_in_their_directories(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)

    assert paths.config_file == tmp_path / "config" / "workbay.toml"
    assert paths.database == tmp_path / "data" / "workbay.db"
    assert paths.log_file == tmp_path / "log" / "workbay.log"
    assert paths.cache_dir == tmp_path / "cache"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_ensure_creates_the_directories_private_to_the_user(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "new")

    assert paths.ensure() is paths

    for directory in (paths.config_dir, paths.data_dir, paths.log_dir):
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700, directory
    assert paths.cache_dir.is_dir()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_ensure_tightens_a_data_directory_others_could_read(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    paths = AppPaths.under(tmp_path)
    paths.data_dir.mkdir()
    paths.data_dir.chmod(0o755)

    paths.ensure()

    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
    # The parent may be shared (~/.config): not ours to change.
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_ensure_keeps_what_is_already_there(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    paths.config_file.write_text('language = "de"\n', encoding="utf-8")

    paths.ensure()

    assert paths.config_file.read_text(encoding="utf-8") == 'language = "de"\n'
