"""The sample workshop the sandbox starts with: its company, employees, wallet, connectors and history.

Deterministic: fixed UUIDs (uuid5) and absolute dates, so two fresh sandboxes hold the same data and a
training manual can quote it. The catalogue (vehicles, products, connectors) comes from ``catalogue.py``.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from app.domain.ticket_state import TicketState
from app.sandbox.catalogue import products_for_variant
from app.sandbox.pricing import Pricing, calculate_cart

if TYPE_CHECKING:
    from app.sandbox.state import SandboxState

_NAMESPACE = uuid.UUID("6f1c1f7e-3f4a-5d2b-9a57-2d1f7c0b9e11")

#: The sample company (a Danish workshop: the catalogue's customer currency is DKK).
SAMPLE_CUSTOMER = {
    "name": "Vesterbro Autoservice ApS",
    "street": "Vesterbrogade",
    "number": "148",
    "postal_code": "1620",
    "city": "København V",
    "country": "DK",
    "email_address": "vaerksted@vesterbro-autoservice.dk",
    "financial_email_address": "bogholderi@vesterbro-autoservice.dk",
    "phone": "+4533221100",
}

#: Employees: the first is the one logged in through the sample connectors ("me").
SAMPLE_EMPLOYEES = (
    ("Mads", "Kristensen", "mads.kristensen@vesterbro-autoservice.dk", "da-DK"),
    ("Sofie", "Lindqvist", "sofie.lindqvist@vesterbro-autoservice.dk", "sv-SE"),
    ("Jonas", "Becker", "jonas.becker@vesterbro-autoservice.dk", "de-DE"),
)

#: First sample historical ticket id: new tickets continue after the seeded ones.
FIRST_TICKET_ID = 7014001

_HISTORY_START = datetime(2025, 3, 4, 8, 15, tzinfo=UTC)


def stable_uuid(name: str) -> str:
    """A UUID that is the same in every sandbox for ``name``."""
    return str(uuid.uuid5(_NAMESPACE, name))


def seed_state(state: SandboxState, db: sqlite3.Connection) -> None:
    """Fill fresh tables with the sample workshop (inside the caller's transaction)."""
    # Imported here: state.py imports this module lazily, and these names live there.
    from app.sandbox.state import SAMPLE_CUSTOMER_ID, to_iso  # noqa: PLC0415

    catalogue = state.catalogue
    now = state.now()
    for connector in catalogue.connectors:
        db.execute(
            "INSERT INTO connectors (id, customer_id, is_online, vin_number, voltage, call_for_attention)"
            " VALUES (?, ?, ?, ?, ?, 0)",
            (
                connector.id,
                SAMPLE_CUSTOMER_ID,
                int(connector.is_online),
                connector.vin_number,
                str(connector.voltage),
            ),
        )
    db.execute(
        "INSERT INTO customers (id, name, street, number, postal_code, city, country, email_address,"
        " financial_email_address, phone, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (SAMPLE_CUSTOMER_ID, *SAMPLE_CUSTOMER.values(), catalogue.customer_currency),
    )
    for position, (given, family, username, locale) in enumerate(SAMPLE_EMPLOYEES):
        db.execute(
            "INSERT INTO employees (id, customer_id, given_name, family_name, username, enabled,"
            " correspondence_locale, is_current, created_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)",
            (
                stable_uuid(f"employee/{username}"),
                SAMPLE_CUSTOMER_ID,
                given,
                family,
                username,
                locale,
                int(position == 0),
                to_iso(_HISTORY_START - timedelta(days=400 - position)),
            ),
        )
    db.execute(
        "INSERT INTO wallets (customer_id, balance, payment_by_prepaid_balance) VALUES (?, ?, 1)",
        (SAMPLE_CUSTOMER_ID, str(catalogue.wallet_balance)),
    )
    db.execute("INSERT INTO service_center (id, state, ends_at, message) VALUES (1, 'opened', NULL, NULL)")
    _seed_prepared_tickets(state, db, SAMPLE_CUSTOMER_ID, to_iso(now))
    _seed_history(state, db, SAMPLE_CUSTOMER_ID)


def _seed_prepared_tickets(state: SandboxState, db: sqlite3.Connection, customer_id: int, now: str) -> None:
    catalogue = state.catalogue
    for vehicle in catalogue.sample_vehicles[:2]:
        variant = state.index.variant(vehicle.variant_id)
        if variant is None:
            continue
        offered = products_for_variant(catalogue, variant)
        attended = [p for p in offered if not p.is_unattended]
        for number, picks in enumerate((attended[:1], attended[1:3])):
            if not picks:
                continue
            db.execute(
                "INSERT INTO prepared_tickets (id, customer_id, vin, vehicle_model_id,"
                " vehicle_model_variant_id, product_ids, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    stable_uuid(f"prepared/{vehicle.vin}/{number}"),
                    customer_id,
                    vehicle.vin,
                    variant.model_id,
                    variant.id,
                    "[" + ",".join(str(p.id) for p in picks) + "]",
                    now,
                ),
            )


def _seed_history(state: SandboxState, db: sqlite3.Connection, customer_id: int) -> None:
    # Imported here for the same reason as in seed_state.
    from app.sandbox.state import to_iso  # noqa: PLC0415

    catalogue = state.catalogue
    pricing = Pricing(catalogue)
    connectors = catalogue.connectors
    if not connectors:
        return
    ticket_id = FIRST_TICKET_ID
    for number, vehicle in enumerate(catalogue.sample_vehicles[:4]):
        variant = state.index.variant(vehicle.variant_id)
        if variant is None:
            continue
        offered = [p for p in products_for_variant(catalogue, variant) if not p.is_unattended]
        # Two visits per car, months apart, each with different work, as a workshop's history has.
        for visit in range(2):
            picks = offered[visit * 2 : visit * 2 + 2] or offered[:1]
            if not picks:
                continue
            cart = calculate_cart(
                pricing, picks, None, vehicle_model_id=variant.model_id, vehicle_model_variant_id=variant.id
            )
            created = _HISTORY_START + timedelta(days=41 * number + 97 * visit, hours=number)
            finished = created + timedelta(minutes=23 + 7 * number)
            connector = connectors[(number + visit) % len(connectors)]
            state.insert_ticket(
                db,
                ticket_id=ticket_id,
                customer_id=customer_id,
                connector_id=connector.id,
                vin=vehicle.vin,
                vehicle_model_id=variant.model_id,
                vehicle_model_variant_id=variant.id,
                product_ids=[p.id for p in picks],
                state=TicketState.CLOSED,
                reference=f"Job {4100 + ticket_id - FIRST_TICKET_ID}",
                voucher=None,
                is_unattended=False,
                totals=cart,
                prerequisite_answers=(),
                metadata={"app_name": "Customer portal"},
                odometer_reading=48_000 + 23_517 * number + 14_200 * visit,
                created_at=created,
                finished_at=finished,
            )
            note_text = "Work completed remotely: " + ", ".join(p.name for p in picks) + "."
            db.execute(
                "INSERT INTO ticket_notes (id, ticket_id, value, created_at, updated_at, attachments)"
                " VALUES (?, ?, ?, ?, ?, '[]')",
                (stable_uuid(f"note/{ticket_id}"), ticket_id, note_text, to_iso(finished), to_iso(finished)),
            )
            ticket_id += 1
