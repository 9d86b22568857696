"""``python -m benchmarks``: every benchmark, one table each."""

from __future__ import annotations

import sys

from benchmarks import api_latency, upload_memory


def main() -> int:
    """Run the benchmarks in turn; the exit status is the worst of theirs."""
    status = 0
    for title, run in (("API latency", api_latency.main), ("1 GiB attachment transfer", upload_memory.main)):
        print(f"\n## {title}\n", flush=True)
        status = max(status, run([]))
    return status


if __name__ == "__main__":
    sys.exit(main())
