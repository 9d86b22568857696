"""The benchmark harness still runs end to end (tiny sizes: this checks that it works, not how fast)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> str:
    finished = subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=180, check=False
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    return finished.stdout


@pytest.mark.slow
def test_upload_benchmark_prints_matching_transfers() -> None:
    table = _run("benchmarks.upload_memory", "--size-mib", "8")
    rows = [line for line in table.splitlines() if line.startswith(("upload", "download"))]
    assert len(rows) == 2
    assert all(line.rstrip().endswith("yes") for line in rows)


@pytest.mark.slow
def test_latency_benchmark_prints_every_row() -> None:
    table = _run("benchmarks.api_latency", "--count", "10")
    names = [line.split("|")[0].strip() for line in table.splitlines()[2:]]
    assert names == [
        "login (pincode)",
        "VIN search",
        "products of a variant",
        "price calculation",
        "VIN search, 10 at once",
        "price calculation, 10 at once",
        "all makes, paged by 5 (concurrent pages)",
    ]


@pytest.mark.slow
def test_gui_upload_benchmark_prints_its_figures() -> None:
    table = _run("benchmarks.upload_gui", "--size-mib", "8")
    rows = (line.split(" | ", 1) for line in table.splitlines() if " | " in line)
    figures = {name.strip(): value.strip() for name, value in rows}
    assert figures["sha256 in the sandbox's store matches"] == "yes"
    assert figures["chat messages carrying the file"] == "1"
    assert figures["longest event-loop stall (10 ms heartbeat)"].endswith("ms")
