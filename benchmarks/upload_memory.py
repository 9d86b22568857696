"""How much memory a large presigned upload costs the client: ``python -m benchmarks.upload_memory``.

Starts a sandbox in a child process (so its memory is not counted), orders a ticket through the Customer API
client, creates a sparse file (1 GiB by default), uploads it as a chat attachment
(``api.chat.upload_attachment``: announce, then stream to the presigned URL), downloads it back, and prints
one table row per transfer: size, seconds, MiB/s, the client process's peak RSS before and after, the
tracemalloc peak during the transfer, and whether the sha256 on the other side matches.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from app.api.client import CustomerApi
from app.api.models import Attachment, PrerequisiteAnswer, TicketCreate
from app.sandbox.admin_client import SandboxAdmin
from benchmarks._sandbox import sandbox_process

MIB = 1 << 20


def _peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / MIB if sys.platform == "darwin" else peak / 1024


def sha256_of(path: Path) -> str:
    """The file's sha256, read in 4 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(4 * MIB):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class Row:
    """One measured transfer."""

    transfer: str
    size: int
    seconds: float
    rss_before_mib: float
    rss_after_mib: float
    tracemalloc_peak_mib: float
    sha256_match: bool

    @property
    def mib_per_second(self) -> float:
        """Throughput."""
        return self.size / MIB / self.seconds if self.seconds else 0.0


async def _measure(transfer: Callable[[], Awaitable[object]]) -> tuple[float, float, float, float]:
    rss_before = _peak_rss_mib()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        await transfer()
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return seconds, rss_before, _peak_rss_mib(), peak / MIB


@dataclass(frozen=True)
class OpenTicket:
    """A ticket ordered for a benchmark."""

    ticket_id: int
    channel_id: str
    connector_id: int
    connector_uuid: str


async def open_ticket(api: CustomerApi, admin: SandboxAdmin) -> OpenTicket:
    """Log in with an online sample connector and order an attended product for its car."""
    connectors = admin.connectors()
    connector = next(
        c for c in connectors if c["is_online"] and c["supports_doip"] and len(c["vin_number"]) == 17
    )
    await api.auth.login_pincode(connector["uuid"], connector["pincode"])
    vehicle = await api.vehicles.search(connector["vin_number"])
    if vehicle is None:
        raise RuntimeError("the sandbox does not know the sample connector's car")
    model_id, variant_id = vehicle.model.id, vehicle.model_variant.id
    products = [p for p in await api.products.list(model_id, variant_id).all() if not p.is_unattended]
    product = products[0]
    answers = []
    for prerequisite in await api.products.prerequisites(model_id, variant_id, [product.id]).all():
        if prerequisite.type == "choice":
            value = str(prerequisite.options[0].value)
        else:
            value = {"boolean": "true", "number": "1000"}.get(prerequisite.type, "benchmark")
        answers.append(PrerequisiteAnswer(definition_id=prerequisite.id, value=value))
    ticket = await api.tickets.create(
        TicketCreate(
            vin=connector["vin_number"],
            vehicle_model_id=model_id,
            vehicle_model_variant_id=variant_id,
            connector_id=connector["id"],
            product_ids=(product.id,),
            product_prerequisites=tuple(answers),
            reference="upload benchmark",
        )
    )
    if not ticket.chat_id:
        raise RuntimeError("the new ticket has no chat channel")
    return OpenTicket(ticket.id, ticket.chat_id, connector["id"], connector["uuid"])


async def _run(base_url: str, work_dir: Path, size: int) -> list[Row]:
    source = work_dir / "upload.bin"
    with source.open("wb") as sink:
        sink.truncate(size)  # sparse: reads as zeros, costs no disk
    expected = sha256_of(source)
    rows: list[Row] = []
    with SandboxAdmin(base_url) as admin:
        async with CustomerApi(base_url, timeout=httpx.Timeout(30.0, read=300.0, write=300.0)) as api:
            channel_id = (await open_ticket(api, admin)).channel_id
            uploaded: list[Attachment] = []

            async def upload() -> None:
                uploaded.append(await api.chat.upload_attachment(channel_id, source))

            seconds, before, after, peak = await _measure(upload)
            key = uploaded[0].file_reference.lstrip("/")
            stored = [o["sha256"] for o in admin.objects() if o["key"].lstrip("/") == key]
            rows.append(Row("upload", size, seconds, before, after, peak, stored == [expected]))

            dest = work_dir / "download.bin"
            seconds, before, after, peak = await _measure(
                lambda: api.chat.download_attachment(channel_id, uploaded[0].file_reference, dest)
            )
            rows.append(Row("download", size, seconds, before, after, peak, sha256_of(dest) == expected))
    return rows


def _table(rows: list[Row]) -> str:
    header = (
        "transfer",
        "file size",
        "seconds",
        "MiB/s",
        "peak RSS before",
        "peak RSS after",
        "tracemalloc peak",
        "sha256 match",
    )
    cells = [
        (
            row.transfer,
            f"{row.size / MIB:,.0f} MiB",
            f"{row.seconds:.2f}",
            f"{row.mib_per_second:,.0f}",
            f"{row.rss_before_mib:,.1f} MiB",
            f"{row.rss_after_mib:,.1f} MiB",
            f"{row.tracemalloc_peak_mib:,.2f} MiB",
            "yes" if row.sha256_match else "NO",
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *cells]) for i in range(len(header))]
    lines = [
        " | ".join(text.ljust(width) for text, width in zip(line, widths, strict=True))
        for line in [header, *cells]
    ]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table; exit status 1 when a checksum does not match."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size-mib", type=int, default=1024, help="file size in MiB (default 1024)")
    parser.add_argument(
        "--chunk-kib", type=int, default=1024, help="transfer chunk size in KiB (default 1024)"
    )
    args = parser.parse_args(argv)
    size = args.size_mib * MIB

    with tempfile.TemporaryDirectory(prefix="workbay-bench-") as temp:
        work_dir = Path(temp)
        (work_dir / "objects").mkdir()
        try:
            with sandbox_process(object_dir=work_dir / "objects", max_upload_bytes=size + MIB) as base_url:
                rows = asyncio.run(_run(base_url, work_dir, size))
        except RuntimeError as exc:
            print(exc, file=sys.stderr)
            return 2
    print(_table(rows))
    return 0 if all(row.sha256_match for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
