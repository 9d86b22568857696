"""The wizard's draft: one per installation, durable at once, never with a secret in it."""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.store.database import Database
from app.store.drafts import DraftStore, StoredDraft

CONNECTOR = "03991f3a-26f3-521a-913f-e5db77b27774"
SAVED_AT = datetime(2025, 3, 1, 8, 15, 2, 123456, tzinfo=UTC)

# The kind of state the wizard keeps after the products step: a realistic size for the timing test.
WIZARD_STATE = json.dumps(
    {
        "step": "prerequisites",
        "vehicle": {
            "vin": "WVWZZZCDZMW000001",
            "make": "Volkswagen",
            "model_group": "Golf",
            "model": "Golf VIII",
            "variant": "2.0 TDI 110 kW",
            "years": [2020, 2024],
        },
        "products": [
            {"id": 100 + n, "name": f"Diagnostic service {n}", "bundle_blocks": [1, 2]} for n in range(12)
        ],
        "answers": {"ignition_on": True, "battery_charger": "connected", "mileage": 48211},
        "voucher": "SPRING25",
        "has_pincode": True,
    }
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database.open(tmp_path / "workbay.db") as database:
        yield database


@pytest.fixture
def drafts(db: Database) -> DraftStore:
    return DraftStore(db, clock=lambda: SAVED_AT)


def test_a_saved_draft_loads_back_as_it_was(drafts: DraftStore) -> None:
    saved = drafts.save(WIZARD_STATE, step="prerequisites", connector_uuid=CONNECTOR)

    loaded = drafts.load()

    assert (
        loaded
        == saved
        == StoredDraft(
            payload=WIZARD_STATE,
            step="prerequisites",
            connector_uuid=CONNECTOR,
            updated_at=SAVED_AT,
            schema_version=1,
        )
    )
    assert loaded.updated_at.tzinfo is not None


def test_there_is_no_draft_at_first(drafts: DraftStore) -> None:
    assert drafts.load() is None


def test_there_is_exactly_one_draft(db: Database) -> None:
    moments = iter([SAVED_AT, SAVED_AT + timedelta(seconds=5)])
    drafts = DraftStore(db, clock=lambda: next(moments))

    drafts.save('{"step": "vehicle"}', step="vehicle", connector_uuid=CONNECTOR)
    drafts.save('{"step": "products"}', step="products", connector_uuid=CONNECTOR, schema_version=3)

    loaded = drafts.load()
    assert loaded is not None
    assert (loaded.step, loaded.payload, loaded.schema_version) == ("products", '{"step": "products"}', 3)
    assert loaded.updated_at == SAVED_AT + timedelta(seconds=5)
    assert db.query_one("SELECT COUNT(*) FROM draft")[0] == 1


def test_a_time_in_another_zone_is_stored_as_utc(db: Database) -> None:
    amsterdam = timezone(timedelta(hours=1))
    drafts = DraftStore(db, clock=lambda: datetime(2025, 3, 1, 9, 15, tzinfo=amsterdam))

    drafts.save("{}", step="login", connector_uuid=CONNECTOR)

    loaded = drafts.load()
    assert loaded is not None
    assert loaded.updated_at == datetime(2025, 3, 1, 8, 15, tzinfo=UTC)
    assert loaded.updated_at.utcoffset() == timedelta(0)


def test_a_naive_clock_is_refused(db: Database) -> None:
    drafts = DraftStore(db, clock=lambda: datetime(2025, 3, 1, 9, 15))  # noqa: DTZ001  # the point of the test

    with pytest.raises(ValueError, match="naive"):
        drafts.save("{}", step="login", connector_uuid=CONNECTOR)


def test_clearing_removes_the_draft_and_may_be_repeated(drafts: DraftStore) -> None:
    drafts.save("{}", step="vehicle", connector_uuid=CONNECTOR)

    drafts.clear()
    drafts.clear()

    assert drafts.load() is None


def test_the_draft_survives_closing_and_reopening(tmp_path: Path) -> None:
    with Database.open(tmp_path / "workbay.db") as db:
        DraftStore(db).save(WIZARD_STATE, step="price", connector_uuid=CONNECTOR)

    with Database.open(tmp_path / "workbay.db") as db:
        loaded = DraftStore(db).load()

    assert loaded is not None
    assert (loaded.payload, loaded.step) == (WIZARD_STATE, "price")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_draft_survives_the_process_being_killed(tmp_path: Path) -> None:
    database = tmp_path / "workbay.db"
    # The child saves and then kills itself: no close, no atexit, no checkpoint, as after `kill -9`.
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from app.store.database import Database\n"
        "from app.store.drafts import DraftStore\n"
        "db = Database.open(Path(sys.argv[1]))\n"
        "DraftStore(db).save(sys.argv[2], step='products', connector_uuid=sys.argv[3])\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    child = subprocess.run(
        [sys.executable, "-c", script, str(database), WIZARD_STATE, CONNECTOR],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        check=False,
        timeout=60,
    )

    assert child.returncode == -signal.SIGKILL
    with Database.open(database) as db:
        loaded = DraftStore(db).load()
        assert db.set_aside is None
    assert loaded is not None
    assert (loaded.payload, loaded.step, loaded.connector_uuid) == (WIZARD_STATE, "products", CONNECTOR)


@pytest.mark.parametrize(
    ("payload", "where"),
    [
        ('{"pincode": "4711"}', "$.pincode"),
        ('{"login": {"PIN": 4711}}', "$.login.PIN"),
        ('{"login": {"otp": "TRAIN-739154"}}', "$.login.otp"),
        ('{"steps": [{"ok": true}, {"access_token": "abc.def.ghi"}]}', "$.steps[1].access_token"),
        ('{"session": {"refresh_token": null}}', "$.session.refresh_token"),
        ('{"headers": {"Authorization": "Bearer abc"}}', "$.headers.Authorization"),
        ('{"connectorPincode": "4711"}', "$.connectorPincode"),
        ('{"connector_pincode": 4711}', "$.connector_pincode"),
        ('{"auth": {"accessToken": "t-1"}}', "$.auth.accessToken"),
        ('{"note": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb25uZWN0b3IifQ.c2ln"}', "$.note"),
        ('["fine", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig"]', "$[1]"),
    ],
)
def test_a_payload_with_a_secret_is_refused(drafts: DraftStore, payload: str, where: str) -> None:
    drafts.save('{"step": "vehicle"}', step="vehicle", connector_uuid=CONNECTOR)

    with pytest.raises(ValueError, match="must not hold secrets") as caught:
        drafts.save(payload, step="login", connector_uuid=CONNECTOR)

    message = str(caught.value)
    assert where in message
    for secret in ("4711", "TRAIN-739154", "abc.def.ghi", "eyJhbGci", "Bearer abc", "t-1"):
        assert secret not in message
    loaded = drafts.load()
    assert loaded is not None
    assert loaded.step == "vehicle"  # the earlier draft is untouched


def test_flags_about_secrets_and_ordinary_words_are_not_secrets(drafts: DraftStore) -> None:
    payload = json.dumps(
        {
            "has_pincode": True,
            "remember_pincode": False,
            "pincode_length": None,
            "summary": "Bearer of bad news: the basic check shows token wear on the pin of the plug",
            "vin": "WVWZZZCDZMW000001",
        }
    )

    drafts.save(payload, step="ticket", connector_uuid=CONNECTOR)

    loaded = drafts.load()
    assert loaded is not None
    assert loaded.payload == payload


@pytest.mark.parametrize("payload", ["", "{not json", "step=vehicle"])
def test_a_payload_must_be_json(drafts: DraftStore, payload: str) -> None:
    with pytest.raises(ValueError, match="must be JSON"):
        drafts.save(payload, step="vehicle", connector_uuid=CONNECTOR)


@pytest.mark.parametrize(("step", "connector"), [("", CONNECTOR), ("vehicle", "  ")])
def test_a_draft_needs_its_step_and_connector(drafts: DraftStore, step: str, connector: str) -> None:
    with pytest.raises(ValueError, match="step and the connector"):
        drafts.save("{}", step=step, connector_uuid=connector)


def test_a_draft_with_an_unreadable_time_is_ignored(drafts: DraftStore, db: Database) -> None:
    drafts.save("{}", step="vehicle", connector_uuid=CONNECTOR)
    db.execute("UPDATE draft SET updated_at = 'yesterday'")

    assert drafts.load() is None


def test_saving_a_draft_is_fast(db: Database) -> None:
    drafts = DraftStore(db)
    durations = []
    for _ in range(200):
        started = time.perf_counter()
        drafts.save(WIZARD_STATE, step="prerequisites", connector_uuid=CONNECTOR)
        durations.append(time.perf_counter() - started)

    median_ms = statistics.median(durations) * 1000
    print(f"draft save: median {median_ms:.2f} ms of 200 ({len(WIZARD_STATE)} bytes, synchronous=FULL)")
    # A loose bound: this only has to catch a save that went from milliseconds to a visible stall.
    assert median_ms < 50
