"""A 1 GiB photo-sized-no-more upload through the live page: ``python -m benchmarks.upload_gui``.

What the technician's program pays for sending a large file into the chat, measured where it matters:
the real :class:`~app.gui.pages.live.LivePage` in a window (offscreen), on the qasync loop, sending a file
chosen as if from the file picker. The sandbox runs in a child process (its memory is not counted).

Printed: the file size, seconds and MiB/s; the process's resident memory before the upload and its peak
during it (Linux ``VmHWM``, reset just before the upload starts); the longest gap between two ticks of a
10 ms heartbeat timer on the GUI thread (how long the window could not repaint or react), with the 99th
percentile and how many gaps exceeded 50 ms; whether the object in the sandbox's store has the file's
sha256, and that the chat shows exactly one message carrying it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.upload_memory import MIB, sha256_of

HEARTBEAT_MS = 10


def _status_kib(field: str) -> int:
    """A ``/proc/self/status`` memory figure (``VmRSS``, ``VmHWM``) in KiB."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} is not in /proc/self/status")


def _reset_peak() -> None:
    """Make ``VmHWM`` start again from the current RSS (Linux 4.0+)."""
    Path("/proc/self/clear_refs").write_text("5", encoding="ascii")


async def _until(check: Callable[[], bool], what: str, timeout: float = 120) -> None:  # noqa: ASYNC109
    """Return once ``check()`` is true; RuntimeError after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        if check():
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


@dataclass(frozen=True)
class Result:
    """One measured upload."""

    size: int
    seconds: float
    rss_before_mib: float
    rss_peak_mib: float
    longest_stall_ms: float
    p99_gap_ms: float
    gaps_over_50ms: int
    ticks: int
    sha256_match: bool
    messages_with_file: int

    def table(self) -> str:
        """The figures as a two-column table."""
        rows = [
            ("file size", f"{self.size / MIB:,.0f} MiB"),
            ("upload time", f"{self.seconds:.1f} s ({self.size / MIB / self.seconds:,.0f} MiB/s)"),
            ("RSS before the upload", f"{self.rss_before_mib:,.1f} MiB"),
            ("peak RSS during the upload", f"{self.rss_peak_mib:,.1f} MiB"),
            ("growth", f"{self.rss_peak_mib - self.rss_before_mib:+,.1f} MiB"),
            (f"longest event-loop stall ({HEARTBEAT_MS} ms heartbeat)", f"{self.longest_stall_ms:.0f} ms"),
            ("99th percentile heartbeat gap", f"{self.p99_gap_ms:.0f} ms"),
            ("heartbeat gaps over 50 ms", f"{self.gaps_over_50ms} of {self.ticks}"),
            ("sha256 in the sandbox's store matches", "yes" if self.sha256_match else "NO"),
            ("chat messages carrying the file", str(self.messages_with_file)),
        ]
        width = max(len(name) for name, _ in rows)
        return "\n".join(f"{name.ljust(width)} | {value}" for name, value in rows)


async def _upload_through_page(base_url: str, source: Path, size: int) -> Result:
    # Imported here: the parent process must not have Qt before the sandbox child is spawned.
    from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QMainWindow  # noqa: PLC0415

    from app.api.client import CustomerApi  # noqa: PLC0415
    from app.domain.attachments import AttachmentRules  # noqa: PLC0415
    from app.domain.wizard import LoginState, Step, TicketDraft, WizardDraft, with_login, with_ticket  # noqa: PLC0415
    from app.gui.page import PageContext  # noqa: PLC0415
    from app.gui.pages.live import LivePage  # noqa: PLC0415
    from app.sandbox.admin_client import SandboxAdmin  # noqa: PLC0415
    from app.services.workbench import Workbench  # noqa: PLC0415
    from benchmarks.upload_memory import open_ticket  # noqa: PLC0415

    expected = sha256_of(source)
    admin = SandboxAdmin(base_url)
    api = CustomerApi(base_url, timeout=300.0)
    download_dir = source.parent / "downloads"
    workbench = Workbench(api, rules=AttachmentRules(max_bytes=size + MIB), download_dir=download_dir)
    ticket = await open_ticket(api, admin)
    draft = with_login(
        WizardDraft(), LoginState(connector_uuid=ticket.connector_uuid, connector_id=ticket.connector_id)
    )
    draft = with_ticket(draft, TicketDraft(ticket_id=ticket.ticket_id)).at(Step.LIVE)

    window = QMainWindow()
    page = LivePage(PageContext(workbench))
    window.setCentralWidget(page)
    window.resize(1280, 800)
    window.show()
    page.enter(draft)
    await _until(lambda: page.ticket_status is not None and bool(page.ticket_status.chat_id), "the ticket")

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()

    def beat() -> None:
        gaps.append(clock.nsecsElapsed() / 1e6)
        clock.restart()

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)

    rss_before = _status_kib("VmRSS") / 1024
    _reset_peak()
    started = time.perf_counter()
    heartbeat.start()
    clock.restart()
    page.composer.sig_files_chosen.emit([source])

    def arrived() -> bool:
        if page.error:
            raise RuntimeError(f"the page refused the upload: {page.error}")
        return any(
            message.attachment is not None and message.attachment.file_name == source.name
            for message in page.chat.messages()
        )

    await _until(arrived, "the file in the chat", timeout=3600)
    seconds = time.perf_counter() - started
    heartbeat.stop()
    rss_peak = _status_kib("VmHWM") / 1024

    stored = [o for o in admin.objects() if o.get("size") == size]
    chat_messages = admin.messages(ticket.ticket_id)
    carrying = [m for m in chat_messages if (m.get("attachment") or {}).get("file_name") == source.name]
    page.leave()
    await asyncio.sleep(0.3)  # the follower closes its socket
    window.close()
    await workbench.aclose()
    admin.close()
    ordered = sorted(gaps)
    return Result(
        size=size,
        seconds=seconds,
        rss_before_mib=rss_before,
        rss_peak_mib=rss_peak,
        longest_stall_ms=max(gaps, default=0.0),
        p99_gap_ms=ordered[int(len(ordered) * 0.99)] if ordered else 0.0,
        gaps_over_50ms=sum(1 for gap in gaps if gap > 50),
        ticks=len(gaps),
        sha256_match=any(o.get("sha256") == expected for o in stored),
        messages_with_file=len(carrying),
    )


def _run_gui(base_url: str, source: Path, size: int) -> Result:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["workbay-bench"])
    # Closing the page's window at the end must not stop the loop before the figures are in.
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            result: Any = loop.run_until_complete(_upload_through_page(base_url, source, size))
    finally:
        asyncio.set_event_loop(None)
    return result  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table; exit status 1 when the file did not arrive intact once."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size-mib", type=int, default=1024, help="file size in MiB (default 1024)")
    args = parser.parse_args(argv)
    size = args.size_mib * MIB
    from benchmarks._sandbox import sandbox_process  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="workbay-bench-") as temp:
        work_dir = Path(temp)
        (work_dir / "objects").mkdir()
        source = work_dir / "engine-log.bin"
        with source.open("wb") as sink:
            sink.truncate(size)  # sparse: reads as zeros, costs no disk
        try:
            with sandbox_process(object_dir=work_dir / "objects", max_upload_bytes=size + MIB) as base_url:
                result = _run_gui(base_url, source, size)
        except RuntimeError as exc:
            print(exc, file=sys.stderr)
            return 2
    print(result.table())
    return 0 if result.sha256_match and result.messages_with_file == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
