"""The ``workbay`` command: the program, and ``workbay sandbox`` for the local training/test server."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from app import __version__

log = logging.getLogger("app.cli")

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


#: The sandbox options with their defaults. The help texts spell the defaults out, because the
#: ``sandbox`` sub-command's copies of the options have none (see :func:`_add_sandbox_options`).
SANDBOX_DEFAULTS: dict[str, object] = {
    "host": "127.0.0.1",
    "port": DEFAULT_SANDBOX_PORT,
    "db": None,
    "speed": 1.0,
    "faults": None,
    "max_upload_mb": None,
}


def _add_sandbox_options(parser: argparse.ArgumentParser, *, with_defaults: bool) -> None:
    """The options of serving the sandbox.

    ``workbay`` without a command takes them too (``make run ARGS="--port 0"``), so they exist twice: on
    the top-level parser with the defaults, and on ``sandbox`` without any (argparse's SUPPRESS), so that
    ``workbay --port 0 sandbox --db x`` keeps the port: a sub-command's defaults would overwrite it.
    """

    def default(name: str) -> object:
        return SANDBOX_DEFAULTS[name] if with_defaults else argparse.SUPPRESS

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


def build_parser() -> argparse.ArgumentParser:
    """The command line, with one sub-command per job.

    Without a command, ``workbay`` serves the sandbox (until the window arrives) and takes its options.
    """
    parser = argparse.ArgumentParser(
        prog="workbay",
        description="Order remote diagnostics for the car in front of you, and follow them live. "
        "Without a command, this version serves the sandbox API and takes the options below.",
    )
    parser.add_argument("--version", action="version", version=f"workbay {__version__}")
    _add_sandbox_options(parser, with_defaults=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sandbox = commands.add_parser(
        "sandbox",
        help="serve the local sandbox API (training, integration tests)",
        description=(
            "Serve the Workbay sandbox: a local server that speaks the Customer API (REST and websocket) "
            "with realistic sample data, a simulated remote operator, presigned uploads and fault injection."
        ),
    )
    _add_sandbox_options(sandbox, with_defaults=False)
    return parser


def _run_sandbox(args: argparse.Namespace) -> int:
    # Imported lazily: the GUI start must not pay for FastAPI and uvicorn.
    from app.sandbox.config import SandboxConfig, parse_faults  # noqa: PLC0415
    from app.sandbox.runner import serve  # noqa: PLC0415

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
    try:
        serve(config, host=args.host, port=args.port)
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``workbay`` command; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "sandbox":
        return _run_sandbox(args)
    # The window arrives with the wizard (next milestone). Until then `workbay` serves the sandbox, so
    # `make run` gives a technician or an integrator something real to reach.
    print(
        "Workbay's window is not part of this version yet. Starting the sandbox API instead; "
        "point a client at the address below.\n",
        file=sys.stderr,
    )
    return _run_sandbox(args)


if __name__ == "__main__":
    sys.exit(main())
