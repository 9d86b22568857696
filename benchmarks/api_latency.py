"""How fast the client and the sandbox answer: ``python -m benchmarks.api_latency``.

Starts a sandbox in a child process, logs in with a sample connector, then times typical technician
requests one after the other (VIN search, products of a variant, a price calculation) and the same
requests in concurrent batches, and a full paged walk over a list. Prints one row per measurement:
requests, p50 / p95 / max in milliseconds, requests per second.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from app.api.client import CustomerApi
from app.api.models import PriceRequest
from app.sandbox.admin_client import SandboxAdmin
from benchmarks._sandbox import sandbox_process


@dataclass(frozen=True)
class Row:
    """One measured request kind."""

    name: str
    latencies_ms: tuple[float, ...]
    wall_seconds: float

    def cells(self) -> tuple[str, ...]:
        """The table cells of this row."""
        ordered = sorted(self.latencies_ms)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        return (
            self.name,
            str(len(ordered)),
            f"{statistics.median(ordered):.1f}",
            f"{p95:.1f}",
            f"{ordered[-1]:.1f}",
            f"{len(ordered) / self.wall_seconds:.0f}",
        )


async def _timed(call: Callable[[], Awaitable[object]]) -> float:
    start = time.perf_counter()
    await call()
    return (time.perf_counter() - start) * 1000


async def _sequential(name: str, count: int, call: Callable[[], Awaitable[object]]) -> Row:
    start = time.perf_counter()
    latencies = [await _timed(call) for _ in range(count)]
    return Row(name, tuple(latencies), time.perf_counter() - start)


async def _concurrent(name: str, count: int, width: int, call: Callable[[], Awaitable[object]]) -> Row:
    latencies: list[float] = []
    start = time.perf_counter()
    for _ in range(count // width):
        latencies += await asyncio.gather(*(_timed(call) for _ in range(width)))
    return Row(name, tuple(latencies), time.perf_counter() - start)


async def _run(base_url: str, count: int) -> list[Row]:
    admin = SandboxAdmin(base_url)
    try:
        connector = next(c for c in admin.connectors() if c["is_online"] and len(c["vin_number"]) == 17)
    finally:
        admin.close()
    async with CustomerApi(base_url) as api:
        rows = [
            await _sequential(
                "login (pincode)", 20, lambda: api.auth.login_pincode(connector["uuid"], connector["pincode"])
            )
        ]
        vin = connector["vin_number"]
        vehicle = await api.vehicles.search(vin)
        if vehicle is None:
            raise RuntimeError("the sandbox does not know the sample connector's car")
        model_id, variant_id = vehicle.model.id, vehicle.model_variant.id
        products = await api.products.list(model_id, variant_id).all()
        price = PriceRequest(
            vehicle_model_id=model_id,
            vehicle_model_variant_id=variant_id,
            vin=vin,
            product_ids=tuple(p.id for p in products[:3]),
        )
        rows += [
            await _sequential("VIN search", count, lambda: api.vehicles.search(vin)),
            await _sequential(
                "products of a variant", count, lambda: api.products.list(model_id, variant_id).all()
            ),
            await _sequential("price calculation", count, lambda: api.cart.calculate_prices(price)),
            await _concurrent("VIN search, 10 at once", count, 10, lambda: api.vehicles.search(vin)),
            await _concurrent(
                "price calculation, 10 at once", count, 10, lambda: api.cart.calculate_prices(price)
            ),
            await _sequential(
                "all makes, paged by 5 (concurrent pages)", 20, lambda: api.vehicles.makes(page_size=5).all()
            ),
        ]
    return rows


def _table(rows: list[Row]) -> str:
    header = ("request", "n", "p50 ms", "p95 ms", "max ms", "req/s")
    body = [row.cells() for row in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    lines = [
        " | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        for line in [header, *body]
    ]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=200, help="requests per row (default 200)")
    args = parser.parse_args(argv)
    try:
        with sandbox_process() as base_url:
            rows = asyncio.run(_run(base_url, args.count))
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
