"""The ``workbay`` command: the window, ``workbay sandbox`` for the local training/test server, and
``workbay tour`` for screenshots of every page.

Start-up is kept lean: nothing here imports Qt, pydantic or the HTTP stack at module level; each command
imports what it needs.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__

if TYPE_CHECKING:
    from app.store.paths import AppPaths
    from app.store.settings import Settings

log = logging.getLogger("app.cli")

# The earliest time the program notes about itself (these imports are all loaded with the interpreter):
# the start-up probe's origin where the operating system does not say when the process started.
_STARTED_AT = time.time()

DEFAULT_SANDBOX_PORT = 8765


def _data_dir() -> Path:
    # platformdirs is imported here, not at module level: `workbay --help` should not pay for it.
    import platformdirs  # noqa: PLC0415

    return Path(platformdirs.user_data_dir("workbay", appauthor=False))


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 1000:
        raise argparse.ArgumentTypeError("the speed must be above 0 and at most 1000")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is between 0 and 65535 (0: any free port)")
    return value


def _mebibytes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of MiB: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("the largest upload is a positive number of MiB, e.g. 50")
    return value


#: The sandbox options with their defaults (the help texts spell them out).
SANDBOX_DEFAULTS: dict[str, object] = {
    "host": "127.0.0.1",
    "port": DEFAULT_SANDBOX_PORT,
    "db": None,
    "speed": 1.0,
    "faults": None,
    "max_upload_mb": None,
}


def _add_sandbox_options(parser: argparse.ArgumentParser) -> None:
    """The options of serving the sandbox (``workbay sandbox``)."""

    def default(name: str) -> object:
        return SANDBOX_DEFAULTS[name]

    parser.add_argument(
        "--host",
        default=default("host"),
        help="address to listen on (default: 127.0.0.1; any other address than a loopback one lets the "
        "network reach the sandbox, whose admin namespace has no authentication)",
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=default("port"),
        help=f"port to listen on, 0 for any free port (default: {DEFAULT_SANDBOX_PORT})",
    )
    parser.add_argument(
        "--db",
        default=default("db"),
        help="SQLite file for the sandbox's state, or ':memory:' (default: sandbox.sqlite3 in the user data "
        "directory, so tickets survive a restart)",
    )
    parser.add_argument(
        "--speed",
        type=_speed,
        default=default("speed"),
        help="sandbox seconds per real second, above 0 and at most 1000: 10 makes a ten-minute ticket take "
        "one minute (default: 1)",
    )
    parser.add_argument(
        "--faults",
        default=default("faults"),
        metavar="JSON_OR_FILE",
        help='faults to inject from the start, as JSON or a JSON file, e.g. \'[{"path": "/v1/vehicles/*", '
        '"kind": "status", "status": 503, "times": 2}]\'',
    )
    parser.add_argument(
        "--max-upload-mb",
        type=_mebibytes,
        default=default("max_upload_mb"),
        metavar="MIB",
        help="largest attachment accepted, a positive number of MiB (default: 50)",
    )


def _add_program_options(parser: argparse.ArgumentParser, *, with_defaults: bool) -> None:
    """The options of the window (and of ``tour``, which runs the window): they override the settings.

    Each is None when not given, so that the settings file and ``WORKBAY_*`` variables keep their say.
    The ``tour`` copies have no defaults at all (argparse's SUPPRESS), so that options before the command
    count too: ``workbay --language de tour --out shots``.
    """
    default = None if with_defaults else argparse.SUPPRESS
    parser.add_argument(
        "--config",
        type=Path,
        default=default,
        metavar="FILE",
        help="the settings file to read (default: workbay.toml in the user configuration directory)",
    )
    parser.add_argument(
        "--language", default=default, help="interface language: en, de, nl, fr or da (default: en)"
    )
    parser.add_argument(
        "--kiosk",
        action=argparse.BooleanOptionalAction,
        default=default,
        help="full screen with larger touch targets",
    )
    parser.add_argument("--log-level", default=default, help="DEBUG, INFO, WARNING or ERROR (default: INFO)")
    parser.add_argument(
        "--sandbox-speed",
        default=default,
        metavar="FACTOR",
        help="clock factor of the built-in training sandbox, 0.1 to 1000 (default: 1)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The command line: the window without a command, ``sandbox`` and ``tour`` as sub-commands."""
    parser = argparse.ArgumentParser(
        prog="workbay",
        description="Order remote diagnostics for the car in front of you, and follow them live. "
        "Without a command, Workbay opens its window; with no API configured it starts the training "
        "sandbox for it.",
    )
    parser.add_argument("--version", action="version", version=f"workbay {__version__}")
    parser.add_argument(
        "--api-url",
        default=None,
        metavar="URL",
        help="the Customer API to use (default: the settings; none there: the built-in training sandbox)",
    )
    _add_program_options(parser, with_defaults=True)
    parser.add_argument(
        "--startup-probe",
        action="store_true",
        help="start as usual, print the milliseconds from process start to the login page painted, and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sandbox = commands.add_parser(
        "sandbox",
        help="serve the local sandbox API (training, integration tests)",
        description=(
            "Serve the Workbay sandbox: a local server that speaks the Customer API (REST and websocket) "
            "with realistic sample data, a simulated remote operator, presigned uploads and fault injection."
        ),
    )
    _add_sandbox_options(sandbox)
    sandbox.add_argument(
        "--ready-json",
        action="store_true",
        help="instead of the banner, print one JSON line (base_url, ws_url, connectors) once the server "
        "accepts connections (for a program that starts the sandbox)",
    )
    sandbox.add_argument(
        "--exit-with-stdin",
        action="store_true",
        help="shut down when standard input ends, i.e. when the program that started the sandbox ends",
    )

    tour = commands.add_parser(
        "tour",
        help="drive the window through the whole flow against the sandbox and save a screenshot per page",
        description=(
            "Run the real window offscreen against a fresh training sandbox, go through login, vehicle, "
            "products, questions, price, ticket and the live ticket, and save one PNG per page."
        ),
    )
    tour.add_argument("--out", type=Path, required=True, metavar="DIR", help="where to write the PNG files")
    tour.add_argument("--width", type=_dimension, default=1280, help="window width in pixels (default: 1280)")
    tour.add_argument("--height", type=_dimension, default=800, help="window height in pixels (default: 800)")
    _add_program_options(tour, with_defaults=False)
    return parser


def _dimension(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of pixels: {text!r}") from None
    if not 320 <= value <= 7680:
        raise argparse.ArgumentTypeError("a window size is between 320 and 7680 pixels")
    return value


def _run_sandbox(args: argparse.Namespace) -> int:
    # Imported lazily: the GUI start must not pay for FastAPI and uvicorn.
    from app.sandbox.config import SandboxConfig, parse_faults  # noqa: PLC0415
    from app.sandbox.runner import die_with_parent, serve  # noqa: PLC0415

    try:
        faults = tuple(parse_faults(args.faults)) if args.faults else ()
    except ValueError as exc:
        print(
            f"workbay sandbox: --faults cannot be used: {exc}. Give a JSON list of faults, or the path of a "
            "file holding one (see workbay sandbox --help).",
            file=sys.stderr,
        )
        return 2
    if args.db is None:
        data = _data_dir()
        data.mkdir(parents=True, exist_ok=True)
        db_path, object_dir = str(data / "sandbox.sqlite3"), data / "sandbox-objects"
    elif args.db == ":memory:":
        db_path, object_dir = ":memory:", None
    else:
        db_file = Path(args.db).expanduser().resolve()
        db_file.parent.mkdir(parents=True, exist_ok=True)
        db_path, object_dir = str(db_file), db_file.parent / (db_file.stem + "-objects")
    options: dict[str, object] = {
        "db_path": db_path,
        "object_dir": object_dir,
        "speed": args.speed,
        "faults": faults,
    }
    if args.max_upload_mb is not None:
        options["max_upload_bytes"] = args.max_upload_mb * 1024 * 1024
    config = SandboxConfig.model_validate(options)
    # A service manager (or the GUI, or a test) stops the sandbox with SIGTERM: that is the same request as
    # Ctrl-C, and ends with the same clean shutdown and exit code 0. uvicorn shuts down on it first, then
    # raises the signal again for the handler it found, which is this one.
    if threading.current_thread() is threading.main_thread():  # signal handlers belong to the main thread
        signal.signal(signal.SIGTERM, signal.default_int_handler)
    if args.exit_with_stdin:
        # Next to the stdin pipe: Linux also signals the child when the parent dies (best effort).
        die_with_parent()
    try:
        serve(
            config,
            host=args.host,
            port=args.port,
            ready_json=args.ready_json,
            exit_with_stdin=args.exit_with_stdin,
        )
    except OSError as exc:
        print(
            f"workbay sandbox: cannot listen on {args.host}:{args.port} ({exc.strerror or exc}). "
            "Is another sandbox running? Stop it, or try --port 0 for any free port.",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        pass
    return 0


def _overrides(args: argparse.Namespace) -> dict[str, object]:
    """The settings the command line gives (None: not given)."""
    return {
        "api_url": getattr(args, "api_url", None),
        "language": getattr(args, "language", None),
        "kiosk": getattr(args, "kiosk", None),
        "log_level": getattr(args, "log_level", None),
        "sandbox_speed": getattr(args, "sandbox_speed", None),
    }


def _load_settings(args: argparse.Namespace) -> tuple[Settings, AppPaths] | None:
    """The settings from every source, or None after printing why they cannot be used."""
    from app.store.paths import AppPaths  # noqa: PLC0415 - not for `workbay sandbox` or --help
    from app.store.settings import SettingsError, load_settings  # noqa: PLC0415

    paths = AppPaths.default()
    try:
        settings = load_settings(
            paths=paths, config_file=getattr(args, "config", None), overrides=_overrides(args)
        )
    except SettingsError as exc:
        print(f"workbay: {exc}", file=sys.stderr)
        return None
    return settings, paths


def _skip_pydantic_plugin_search() -> None:
    """Spare the window's start pydantic's search for plugins, before the first model is defined.

    pydantic looks for plugins (entry points of the group ``pydantic``) when it builds its first model: it
    reads the metadata of every installed package, about 10 ms on the way to the login page. Workbay ships
    no such plugin and relies on none. A value the environment already holds wins (to try a plugin, set
    ``PYDANTIC_DISABLE_PLUGINS`` to an empty string).
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``workbay`` command; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "sandbox":
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        return _run_sandbox(args)
    # Before the settings: they are the first pydantic models the window's start defines.
    _skip_pydantic_plugin_search()
    loaded = _load_settings(args)
    if loaded is None:
        return 2
    settings, paths = loaded
    if args.command == "tour":
        from app.gui.tour import run_tour  # noqa: PLC0415 - Qt only for the commands that need it
        from app.sandbox.admin_client import AsyncSandboxAdmin  # noqa: PLC0415 - the operator's side

        return run_tour(
            settings, paths, out_dir=args.out, width=args.width, height=args.height, sandbox=AsyncSandboxAdmin
        )
    from app.gui.app import run_gui  # noqa: PLC0415

    return run_gui(settings, paths, startup_probe=args.startup_probe, started_at=_STARTED_AT)


if __name__ == "__main__":
    sys.exit(main())
