"""The SQLite file: durable settings, a versioned schema, and a damaged file set aside instead of a crash."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from app.store.database import SCHEMA_VERSION, Database, StoreError
from app.store.drafts import DraftStore


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "workbay.db"


def test_a_new_database_is_durable_and_current(db_path: Path) -> None:
    with Database.open(db_path) as db:
        assert db.persistent
        assert db.path == db_path
        assert db.set_aside is None
        assert db.schema_version == SCHEMA_VERSION
        assert db.query_one("PRAGMA journal_mode")[0] == "wal"
        assert db.query_one("PRAGMA synchronous")[0] == 2  # FULL: every commit is on disk when it returns
        assert db.query_one("PRAGMA busy_timeout")[0] > 0
        tables = {row[0] for row in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"draft", "remembered_connector"} <= tables
    assert db_path.is_file()


def test_what_was_written_is_there_after_reopening(db_path: Path) -> None:
    with Database.open(db_path) as db:
        DraftStore(db).save('{"vin": "WVWZZZ1KZAW000001"}', step="vehicle", connector_uuid="c-1")

    with Database.open(db_path) as again:
        draft = DraftStore(again).load()
        assert again.schema_version == SCHEMA_VERSION

    assert draft is not None
    assert draft.step == "vehicle"


def test_two_connections_to_one_file_see_each_others_writes(db_path: Path) -> None:
    with Database.open(db_path) as first, Database.open(db_path) as second:
        DraftStore(first).save("{}", step="products", connector_uuid="c-1")
        draft = DraftStore(second).load()

    assert draft is not None
    assert draft.step == "products"


def test_a_file_that_is_not_a_database_is_set_aside(db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(b"this is not SQLite " * 200)

    with caplog.at_level(logging.WARNING, logger="app.store.database"), Database.open(db_path) as db:
        assert db.persistent
        assert db.schema_version == SCHEMA_VERSION
        DraftStore(db).save("{}", step="login", connector_uuid="c-1")
        moved = db.set_aside

    assert moved is not None
    assert moved.parent == db_path.parent
    assert moved.name.startswith("workbay.db.corrupt-")
    assert moved.read_bytes() == b"this is not SQLite " * 200  # kept for whoever wants to look at it
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert moved.name in caplog.records[0].getMessage()


def test_a_damaged_page_is_found_and_the_file_set_aside(db_path: Path) -> None:
    with Database.open(db_path) as db, db.transaction() as connection:
        connection.execute("CREATE TABLE filler (text TEXT)")
        connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(200)])
    page_size = 4096
    content = bytearray(db_path.read_bytes())
    assert len(content) > 8 * page_size
    # Scribble over an interior page (not the header): only an integrity check notices this on opening.
    content[3 * page_size : 4 * page_size] = b"\xa5" * page_size
    db_path.write_bytes(bytes(content))

    with Database.open(db_path) as db:
        assert db.set_aside is not None
        assert db.query("SELECT name FROM sqlite_master WHERE name = 'filler'") == []


def test_a_file_set_aside_keeps_what_its_write_ahead_log_held(db_path: Path, tmp_path: Path) -> None:
    # A crash leaves committed pages in workbay.db-wal; a fresh file next to that log would replay them.
    crashed = tmp_path / "crashed" / "workbay.db"
    crashed.parent.mkdir()
    writer = sqlite3.connect(crashed, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE from_the_future (x INTEGER)")
    writer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db_path.parent.mkdir()
    for suffix in ("", "-wal"):  # copied while the writer still holds them: what a power cut leaves
        db_path.with_name(db_path.name + suffix).write_bytes(
            crashed.with_name(crashed.name + suffix).read_bytes()
        )
    writer.close()

    with Database.open(db_path) as db:
        moved = db.set_aside
        assert db.persistent
        assert db.schema_version == SCHEMA_VERSION
        assert db.query("SELECT name FROM sqlite_master WHERE name = 'from_the_future'") == []

    assert moved is not None
    # Whether SQLite folded the log into the file on closing it or the log was moved beside it, the copy
    # set aside holds everything that was committed.
    with sqlite3.connect(moved) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert old.execute("SELECT name FROM sqlite_master WHERE name = 'from_the_future'").fetchall()


def test_a_database_of_a_newer_program_is_set_aside_not_damaged(db_path: Path) -> None:
    with Database.open(db_path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")

    with Database.open(db_path) as db:
        moved = db.set_aside
        assert db.schema_version == SCHEMA_VERSION

    assert moved is not None
    assert moved.name.startswith("workbay.db.newer-")
    with sqlite3.connect(moved) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5


def test_setting_aside_twice_in_one_second_keeps_both_files(db_path: Path) -> None:
    db_path.parent.mkdir()
    moved = []
    for content in (b"first broken file", b"second broken file"):
        db_path.write_bytes(content * 10)
        with Database.open(db_path) as db:
            moved.append(db.set_aside)
        db_path.unlink()

    assert moved[0] != moved[1]
    assert all(path is not None and path.exists() for path in moved)


def test_a_database_in_use_elsewhere_is_left_alone(db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    Database.open(db_path).close()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("PRAGMA user_version = 0")  # makes the opener want to migrate, which needs the lock
    other.execute("BEGIN IMMEDIATE")
    try:
        with caplog.at_level(logging.ERROR, logger="app.store.database"):
            db = Database.open(db_path, busy_timeout_ms=20)
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert not db.persistent
    assert db.set_aside is None
    assert [path.name for path in db_path.parent.iterdir() if ".corrupt-" in path.name] == []
    assert "in use by another program" in caplog.text


def test_with_no_usable_place_the_store_works_in_memory(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data directory should be", encoding="utf-8")

    with caplog.at_level(logging.ERROR, logger="app.store.database"):
        db = Database.open(blocker / "workbay.db")

    assert not db.persistent
    drafts = DraftStore(db)
    drafts.save('{"step": 1}', step="vehicle", connector_uuid="c-1")
    assert drafts.load() is not None
    assert "kept in memory" in caplog.text


def test_a_transaction_is_all_or_nothing() -> None:
    db = Database.in_memory()

    def interrupted_change() -> None:
        with db.transaction() as connection:
            connection.execute("CREATE TABLE t (x INTEGER)")
            connection.execute("INSERT INTO t VALUES (1)")
            raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError, match="interrupted"):
        interrupted_change()

    assert db.query("SELECT name FROM sqlite_master WHERE name = 't'") == []


def test_a_failing_statement_is_a_store_error() -> None:
    db = Database.in_memory()

    with pytest.raises(StoreError, match="the local database failed") as caught:
        db.execute("INSERT INTO nowhere VALUES (1)")

    assert isinstance(caught.value.__cause__, sqlite3.Error)
    with pytest.raises(StoreError):
        db.query_one("SELECT 1 WHERE 0")


def test_setting_aside_moves_the_files_sqlite_keeps_beside_the_database(db_path: Path) -> None:
    from app.store.database import _set_aside  # noqa: PLC0415  # the renaming itself, without SQLite

    db_path.parent.mkdir()
    for suffix, content in (("", b"db"), ("-wal", b"log"), ("-shm", b"index")):
        db_path.with_name(db_path.name + suffix).write_bytes(content)

    moved = _set_aside(db_path, "corrupt")

    assert sorted(path.name for path in db_path.parent.iterdir()) == sorted(
        [moved.name, moved.name + "-wal", moved.name + "-shm"]
    )
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"log"
