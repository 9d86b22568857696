"""How soon the technician sees the login page: ``python -m benchmarks.startup``.

Runs ``workbay --startup-probe`` (a normal start, offscreen, in a throw-away home) and, for comparison, an
empty PySide6 ``QMainWindow`` started the same way, each ``--runs`` times one after the other, and prints
the median, the fastest and the slowest time from the process's start to the first paint. Both are timed
by the same probe (:mod:`app.gui.probe`): the origin is the kernel's record of the process's start, so
the interpreter's own start and every import count. One unmeasured start of each comes first: it reads
the files into the page cache and, as an installation would have, writes the bytecode.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_PROBE_LINE = re.compile(r"startup-probe: (\d+(?:\.\d+)?) ms")

# The empty window: a QApplication and a QMainWindow of the program's size, timed by the same probe.
EMPTY_WINDOW = """
import sys
from app.gui.probe import PaintProbe, probe_line, process_start_time
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(["empty"])
window = QMainWindow()
window.resize(1280, 800)

def painted(moment):
    print(probe_line((moment - process_start_time()) * 1000), flush=True)
    app.quit()

probe = PaintProbe(window, painted)
window.show()
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Row:
    """The times of one kind of start, in milliseconds."""

    name: str
    times_ms: tuple[float, ...]

    def cells(self) -> tuple[str, ...]:
        """The table cells of this row."""
        return (
            self.name,
            str(len(self.times_ms)),
            f"{statistics.median(self.times_ms):.0f}",
            f"{min(self.times_ms):.0f}",
            f"{max(self.times_ms):.0f}",
        )


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
    )
    # An installed program has its bytecode compiled; the unmeasured first start writes it for a source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in [key for key in env if key.startswith("WORKBAY_")]:
        del env[name]
    return env


def _measure(command: list[str], env: dict[str, str]) -> float:
    finished = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    match = _PROBE_LINE.search(finished.stdout)
    if finished.returncode != 0 or match is None:
        raise RuntimeError(
            f"{' '.join(command[:4])} failed ({finished.returncode}): {finished.stderr[-1500:]}"
        )
    return float(match.group(1))


def measure(runs: int) -> list[Row]:
    """Start each kind ``runs`` times, alternating, and return their times."""
    workbay = [sys.executable, "-m", "app", "--startup-probe"]
    empty = [sys.executable, "-c", EMPTY_WINDOW]
    times: dict[str, list[float]] = {"Workbay login page": [], "empty PySide6 window": []}
    with tempfile.TemporaryDirectory(prefix="workbay-startup-") as temp:
        env = _environment(Path(temp))
        _measure(workbay, env)
        _measure(empty, env)
        for _ in range(runs):
            times["Workbay login page"].append(_measure(workbay, env))
            times["empty PySide6 window"].append(_measure(empty, env))
    return [Row(name, tuple(values)) for name, values in times.items()]


def _table(rows: list[Row]) -> str:
    header = ("start to first paint", "runs", "median ms", "min ms", "max ms")
    cells = [header, *(row.cells() for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in cells]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=10, help="starts of each kind (default 10)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    try:
        rows = measure(args.runs)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(exc, file=sys.stderr)
        return 2
    print(_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
