"""``python -m benchmarks``: every benchmark, one table each."""

from __future__ import annotations

import sys

from benchmarks import api_latency, startup, upload_gui, upload_memory


def main() -> int:
    """Run the benchmarks in turn; the exit status is the worst of theirs."""
    status = 0
    benchmarks = (
        ("Start-up: process start to the painted login page (offscreen)", startup.main),
        ("API latency", api_latency.main),
        ("1 GiB attachment transfer", upload_memory.main),
        ("1 GiB attachment sent through the live page", upload_gui.main),
    )
    for title, run in benchmarks:
        print(f"\n## {title}\n", flush=True)
        status = max(status, run([]))
    return status


if __name__ == "__main__":
    sys.exit(main())
