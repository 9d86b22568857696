"""Workbay's settings from four sources: defaults < TOML file < ``WORKBAY_*`` environment < command line.

A later source wins key by key. The file is ``workbay.toml`` in the user configuration directory (see
:class:`app.store.paths.AppPaths`), or the file named by ``WORKBAY_CONFIG``, or the one the program is given.
Every value is checked wherever it comes from, and so are the names: a misspelt key in the file or a
misspelt ``WORKBAY_`` variable is an error with a did-you-mean, never silently ignored. Errors are
:class:`SettingsError`, whose message is one sentence naming the source, the key and what is allowed.

The keys are listed in :class:`Settings`; :func:`write_default_config` writes a commented example of them all.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationInfo, field_validator, model_validator

from app.domain.redact import MASK
from app.store.paths import AppPaths, make_private_dir

__all__ = [
    "CONFIG_ENV_VAR",
    "ENV_PREFIX",
    "LANGUAGES",
    "LOG_LEVELS",
    "MAX_ATTACHMENT_MB",
    "Settings",
    "SettingsError",
    "Source",
    "env_var_for",
    "load_settings",
    "write_default_config",
]

#: Where a value came from, as :meth:`Settings.source_of` says it.
Source = Literal["default", "file", "environment", "command line"]

#: Every environment variable of a setting starts with this; the rest is the key in upper case.
ENV_PREFIX: Final = "WORKBAY_"
#: The environment variable naming another settings file than the one in the configuration directory.
CONFIG_ENV_VAR: Final = "WORKBAY_CONFIG"
#: ``WORKBAY_`` variables that are not settings but are still Workbay's (so they are not reported as typos).
_OTHER_VARIABLES: Final = frozenset({CONFIG_ENV_VAR})

#: The interface languages, which are also the targets of the chat translation.
LANGUAGES: Final = ("en", "de", "nl", "fr", "da")
LOG_LEVELS: Final = ("DEBUG", "INFO", "WARNING", "ERROR")
#: The largest attachment limit that may be set, in MiB (4 GiB).
MAX_ATTACHMENT_MB: Final = 4096

# The keys of the [sandbox] table and the flat keys they stand for.
_SANDBOX_TABLE: Final = "sandbox"
_SANDBOX_KEYS: Final = {"speed": "sandbox_speed", "port": "sandbox_port", "faults": "sandbox_faults"}

_TRUE: Final = frozenset({"true", "yes", "on", "1"})
_FALSE: Final = frozenset({"false", "no", "off", "0"})
_PEM_CERTIFICATE: Final = b"-----BEGIN CERTIFICATE-----"
# tomllib (3.11) has the position only in the message text.
_TOML_POSITION: Final = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


class SettingsError(ValueError):
    """A setting that cannot be used; the message is one sentence for whoever configures Workbay."""


# ---------------------------------------------------------------------------------------------- parsers
# Each parser takes a raw value (a TOML value, an environment string, a command-line object) and returns
# the setting's value, or raises ValueError; the key's `allowed` text then explains what was expected.
# They are idempotent, because the model runs them again on values load_settings already parsed.


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")  # noqa: TRY004  # pydantic reports ValueError, not TypeError
    return value.strip()


def _optional(parse: Callable[[object], Any]) -> Callable[[object], Any]:
    """``parse``, but None or empty text means "not set" (the default, None)."""

    def parse_optional(value: object) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return parse(value)

    return parse_optional


def _url(schemes: frozenset[str], *, trim_slash: bool) -> Callable[[object], str]:
    def parse_url(value: object) -> str:
        text = _text(value)
        if any(character.isspace() for character in text):
            raise ValueError("white space in a URL")
        parts = urlsplit(text)
        _ = parts.port  # raises ValueError for a port that is not a number in 0..65535
        scheme = parts.scheme.lower()
        if scheme not in schemes or not parts.hostname:
            raise ValueError("wrong scheme or no host")
        # A user name or password would end up in logs and dialogs; a query or fragment has no meaning
        # in a base address (the client appends its own).
        if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
            raise ValueError("credentials, query or fragment in a base URL")
        path = parts.path.rstrip("/") if trim_slash else parts.path
        return urlunsplit((scheme, parts.netloc, path, "", ""))

    return parse_url


def _language(value: object) -> str:
    # A locale spelling ("de_DE.UTF-8", "de-AT", "DE") names the same interface language.
    primary = re.split(r"[-_.@]", _text(value).lower(), maxsplit=1)[0]
    if primary not in LANGUAGES:
        raise ValueError("unknown language")
    return primary


def _log_level(value: object) -> str:
    level = _text(value).upper()
    level = "WARNING" if level == "WARN" else level
    if level not in LOG_LEVELS:
        raise ValueError("unknown level")
    return level


def _boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError("not a yes/no value")


def _number(low: float, high: float) -> Callable[[object], float]:
    def parse_number(value: object) -> float:
        # bool is an int to Python, but `kiosk = true` given as a timeout is a mistake, not 1 second.
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise ValueError("not a number")  # noqa: TRY004  # pydantic reports ValueError only
        number = float(value.strip() if isinstance(value, str) else value)
        if not math.isfinite(number) or not low <= number <= high:
            raise ValueError("out of range")
        return number

    return parse_number


def _whole_number(low: int, high: int) -> Callable[[object], int]:
    def parse_whole_number(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise ValueError("not a number")  # noqa: TRY004  # pydantic reports ValueError only
        if isinstance(value, str):
            number = int(value.strip())
        elif isinstance(value, float):
            if not value.is_integer():
                raise ValueError("not a whole number")
            number = int(value)
        else:
            number = value
        if not low <= number <= high:
            raise ValueError("out of range")
        return number

    return parse_whole_number


def _existing_file(value: object) -> Path:
    path = Path(_text(value)).expanduser().absolute()
    if not path.is_file():
        raise ValueError("no such file")
    return path


def _faults(value: object) -> str:
    text = _text(value)
    # The sandbox also takes the faults inline (as `workbay sandbox --faults` does): check it is JSON.
    if text.startswith(("[", "{")):
        try:
            json.loads(text)
        except json.JSONDecodeError:
            raise ValueError("not JSON") from None
        return text
    return str(_existing_file(text))


def _ca_bundle(value: object) -> str:
    path = _existing_file(value)
    try:
        content = path.read_bytes()
    except OSError:
        raise ValueError("unreadable") from None
    if _PEM_CERTIFICATE not in content:
        raise ValueError("no PEM certificate")
    return str(path)


# ------------------------------------------------------------------------------------------------- keys


@dataclass(frozen=True, slots=True)
class _Key:
    """What one setting accepts, how to explain it, and its line in the example file."""

    parse: Callable[[object], Any]
    allowed: str  # completes the sentence "<key> ..."
    example: str  # a TOML value for the example file
    help: str
    is_path: bool = False


_HTTP: Final = frozenset({"http", "https"})
_WS: Final = frozenset({"ws", "wss"})

_KEYS: Final[dict[str, _Key]] = {
    "api_url": _Key(
        _optional(_url(_HTTP, trim_slash=True)),
        "must be an http:// or https:// address with a host name and no user name, password or query, "
        "e.g. https://api.example.com",
        '"{production}"',
        "The Customer API to work with. Not set: Workbay starts its built-in sandbox (training data only).",
    ),
    "ws_url": _Key(
        _optional(_url(_WS, trim_slash=False)),
        "must be a ws:// or wss:// address with a host name and no user name, password or query",
        '"{production_ws}"',
        "The live-status websocket, when it is not the one that goes with api_url.",
    ),
    "language": _Key(
        _language,
        f"must be one of {', '.join(LANGUAGES)}",
        '"en"',
        f"The interface language, also the one chat messages are translated to ({', '.join(LANGUAGES)}).",
    ),
    "request_timeout": _Key(
        _number(1, 120),
        "must be a number of seconds between 1 and 120",
        "15.0",
        "Seconds to wait for an answer of the server before giving up on a request (1 to 120).",
    ),
    "log_level": _Key(
        _log_level,
        f"must be one of {', '.join(LOG_LEVELS)}",
        '"INFO"',
        f"How much goes to the log file ({', '.join(LOG_LEVELS)}); secrets are always masked.",
    ),
    "remember_connectors": _Key(
        _boolean,
        "must be true or false",
        "true",
        "Offer to remember connectors on this computer (pincodes only in the system's secure keyring).",
    ),
    "kiosk": _Key(
        _boolean,
        "must be true or false",
        "false",
        "Kiosk mode: full screen with larger touch targets.",
    ),
    "attachment_max_mb": _Key(
        _whole_number(1, MAX_ATTACHMENT_MB),
        f"must be a whole number of MiB between 1 and {MAX_ATTACHMENT_MB}",
        "50",
        f"The largest file sent into the chat, in MiB (1 to {MAX_ATTACHMENT_MB}); the built-in sandbox "
        "takes the same.",
    ),
    "notification_sound": _Key(
        _boolean,
        "must be true or false",
        "false",
        "Play a sound with the desktop notification of a new operator message (never a sound alone).",
    ),
    "sandbox_speed": _Key(
        _number(0.1, 1000),
        "must be a clock factor between 0.1 and 1000",
        "1.0",
        "How fast the built-in sandbox's clock runs (1.0: real time; 60: a minute per second).",
    ),
    "sandbox_port": _Key(
        _whole_number(0, 65535),
        "must be a port number between 0 and 65535 (0: any free port)",
        "0",
        "The loopback port of the built-in sandbox (0: any free port).",
    ),
    "sandbox_faults": _Key(
        _optional(_faults),
        "must be the path of an existing faults JSON file (or the faults as JSON text)",
        '"~/training/slow-network.json"',
        "Faults for the built-in sandbox to inject (a JSON file), to train for a bad day.",
        is_path=True,
    ),
    "verify_tls": _Key(
        _boolean,
        "must be true or false",
        "true",
        "Check the server's TLS certificate. Leave it on; use ca_bundle behind TLS interception instead.",
    ),
    "ca_bundle": _Key(
        _optional(_ca_bundle),
        "must be the path of an existing PEM file with one or more CA certificates",
        '"/etc/ssl/certs/garage-proxy-ca.pem"',
        "Extra CA certificates (PEM) to trust, for a garage network that intercepts TLS.",
        is_path=True,
    ),
}


def env_var_for(key: str) -> str:
    """The environment variable of a setting: ``api_url`` → ``WORKBAY_API_URL``."""
    return ENV_PREFIX + key.upper()


class Settings(BaseModel):
    """The settings of one run of Workbay. Immutable; build it with :func:`load_settings`.

    Every key may be set in the TOML file, as a ``WORKBAY_<KEY>`` environment variable, or on the command
    line. An empty value of an optional key (``""``) means "not set"; an empty environment variable is
    ignored, as if it were not there. In the file, the ``sandbox_*`` keys
    may also be written as a ``[sandbox]`` table with ``speed``, ``port`` and ``faults``. A relative path
    in the file is relative to the file's directory.

    | key | default | meaning |
    |---|---|---|
    | `api_url` | none | The Customer API (http/https); none: start the built-in sandbox. |
    | `ws_url` | none | The live-status websocket (ws/wss); none: the one that goes with `api_url`. |
    | `language` | `en` | Interface language and chat translation target: en, de, nl, fr, da. |
    | `request_timeout` | `15.0` | Seconds to wait for the server, 1 to 120. |
    | `log_level` | `INFO` | DEBUG, INFO, WARNING or ERROR; secrets are masked at every level. |
    | `remember_connectors` | `true` | Offer "remember this connector" (pincodes only in a secure keyring). |
    | `kiosk` | `false` | Full screen, larger touch targets. |
    | `attachment_max_mb` | `50` | The largest file sent into the chat, in MiB, 1 to 4096. |
    | `notification_sound` | `false` | A sound with the desktop notification of an operator's message. |
    | `sandbox_speed` | `1.0` | Clock factor of the built-in sandbox, 0.1 to 1000. |
    | `sandbox_port` | `0` | Loopback port of the built-in sandbox; 0 is any free port. |
    | `sandbox_faults` | none | A faults JSON file (or JSON text) for the built-in sandbox, for training. |
    | `verify_tls` | `true` | Check the server's TLS certificate. |
    | `ca_bundle` | none | A PEM file of extra CA certificates, for a network that intercepts TLS. |

    A URL must have a host and no user name, password, query or fragment; ``api_url`` loses a trailing
    slash. Yes/no values accept true/false, yes/no, on/off and 1/0 in the environment.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    api_url: str | None = None
    ws_url: str | None = None
    language: str = "en"
    request_timeout: float = 15.0
    log_level: str = "INFO"
    remember_connectors: bool = True
    kiosk: bool = False
    attachment_max_mb: int = 50
    notification_sound: bool = False
    sandbox_speed: float = 1.0
    sandbox_port: int = 0
    sandbox_faults: str | None = None
    verify_tls: bool = True
    ca_bundle: str | None = None

    _sources: dict[str, Source] = PrivateAttr(default_factory=dict)
    _config_file: Path | None = PrivateAttr(default=None)

    @field_validator("*", mode="before")
    @classmethod
    def _check(cls, value: object, info: ValidationInfo) -> object:
        """Each key's own rule, the same one :func:`load_settings` reports errors with."""
        key = _KEYS[info.field_name or ""]
        try:
            return key.parse(value)
        except ValueError:
            raise ValueError(f"{info.field_name} {key.allowed} (got {_shown(value)})") from None

    @model_validator(mode="after")
    def _keep_provenance(self, info: ValidationInfo) -> Settings:
        """Where each value came from, as :func:`load_settings` passes it in the validation context."""
        context = info.context if isinstance(info.context, dict) else {}
        self._sources = dict(context.get("sources", {}))
        self._config_file = context.get("config_file")
        return self

    def source_of(self, key: str) -> Source:
        """Where the value of ``key`` came from: "default", "file", "environment" or "command line"."""
        if key not in _KEYS:
            raise KeyError(_unknown(key, list(_KEYS)))
        return self._sources.get(key, "default")

    @property
    def attachment_max_bytes(self) -> int:
        """``attachment_max_mb`` in bytes (MiB, as the sandbox's ``--max-upload-mb`` counts them)."""
        return self.attachment_max_mb * 1024 * 1024

    @property
    def config_file(self) -> Path | None:
        """The settings file that was read, or None when there was none."""
        return self._config_file


# ------------------------------------------------------------------------------------------------ loading


@dataclass(frozen=True, slots=True)
class _Raw:
    """One value as a source gave it, with the words that name it in an error."""

    key: str
    value: object
    where: str  # "<file>: sandbox.speed", "Environment variable WORKBAY_KIOSK", ...
    base: Path | None = None  # what a relative path is relative to; None: the working directory


def load_settings(
    *,
    paths: AppPaths | None = None,
    config_file: Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, object] | None = None,
) -> Settings:
    """The settings from every source, later ones winning: defaults, file, environment, ``overrides``.

    Args:
        paths: where the default settings file is (default: :meth:`AppPaths.default`).
        config_file: read this file instead; it must exist. Without it, ``WORKBAY_CONFIG`` may name one
            (which must exist too), else the default file is read when it exists.
        env: the environment (default: ``os.environ``); only ``WORKBAY_*`` names are looked at.
        overrides: values from the command line by key; a value of None means "not given".

    Raises:
        SettingsError: a file that cannot be read or is not TOML, an unknown key or variable, a bad value.
    """
    environ: Mapping[str, str] = os.environ if env is None else env
    file_path, must_exist = _config_location(paths, config_file, environ)
    sources: dict[str, Source] = {}
    values: dict[str, object] = {}
    # One source after the other, so that the first error reported is the first one in that order.
    layers: list[tuple[Source, Callable[[], list[_Raw]]]] = [
        ("file", lambda: _file_values(file_path, must_exist=must_exist)),
        ("environment", lambda: _environment_values(environ)),
        ("command line", lambda: _override_values(overrides or {})),
    ]
    for source, read in layers:
        for raw in read():
            values[raw.key] = _parse(raw)
            sources[raw.key] = source
    provenance = {"sources": sources, "config_file": file_path if file_path.is_file() else None}
    return Settings.model_validate(values, context=provenance)


def _config_location(
    paths: AppPaths | None, config_file: Path | None, environ: Mapping[str, str]
) -> tuple[Path, bool]:
    if config_file is not None:
        return config_file.expanduser(), True
    named = environ.get(CONFIG_ENV_VAR, "").strip()
    if named:
        return Path(named).expanduser(), True
    return (paths or AppPaths.default()).config_file, False


def _parse(raw: _Raw) -> object:
    key = _KEYS[raw.key]
    value = raw.value
    if key.is_path and isinstance(value, str) and value.strip() and not value.lstrip().startswith(("[", "{")):
        path = Path(value.strip()).expanduser()
        value = str(path if path.is_absolute() or raw.base is None else raw.base / path)
    try:
        return key.parse(value)
    except ValueError:
        raise SettingsError(f"{raw.where} {key.allowed} (got {_shown(raw.value)}).") from None


def _file_values(path: Path, *, must_exist: bool) -> list[_Raw]:
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        if must_exist:
            raise SettingsError(f"The settings file {path} does not exist.") from None
        return []
    except UnicodeDecodeError:
        raise SettingsError(f"{path}: a settings file must be UTF-8 text.") from None
    except OSError as exc:
        raise SettingsError(f"{path}: the settings file cannot be read ({exc.strerror or exc}).") from None
    # Imported only when there is a file to parse: most starts have none, and they all wait for the settings.
    import tomllib  # noqa: PLC0415

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(_toml_syntax_message(path, str(exc))) from None
    return list(_document_values(path, document))


def _toml_syntax_message(path: Path, message: str) -> str:
    reason = message
    position = "at the end"
    match = _TOML_POSITION.search(message)
    if match:
        reason = message[: match.start()]
        position = f"line {match.group(1)}, column {match.group(2)}"
    elif message.endswith("(at end of document)"):
        reason = message.removesuffix("(at end of document)").strip()
    reason = reason[:1].lower() + reason[1:]
    return (
        f"{path}, {position}: this is not valid TOML ({reason}); "
        'write one key = value per line, text in double quotes, e.g. language = "de".'
    )


def _document_values(path: Path, document: Mapping[str, Any]) -> Iterator[_Raw]:
    base = path.parent
    table = document.get(_SANDBOX_TABLE)
    if table is not None and not isinstance(table, dict):
        raise SettingsError(
            f"{path}: sandbox must be a table, [sandbox] with speed, port and faults (got {_shown(table)})."
        )
    for name, value in document.items():
        if name == _SANDBOX_TABLE:
            continue
        if name not in _KEYS:
            raise SettingsError(f"{path}: {_unknown(name, [*_KEYS, _SANDBOX_TABLE])}")
        if table is not None and name.startswith("sandbox_") and name.removeprefix("sandbox_") in table:
            short = name.removeprefix("sandbox_")
            raise SettingsError(
                f"{path}: {name} is given twice, as {name} and as {short} in [sandbox]; keep one of them."
            )
        yield _Raw(name, value, f"{path}: {name}", base)
    for name, value in (table or {}).items():
        if name not in _SANDBOX_KEYS:
            raise SettingsError(f"{path}: [sandbox] has {_unknown(name, list(_SANDBOX_KEYS))}")
        yield _Raw(_SANDBOX_KEYS[name], value, f"{path}: sandbox.{name}", base)


def _environment_values(environ: Mapping[str, str]) -> list[_Raw]:
    raws = []
    known = {env_var_for(key): key for key in _KEYS}
    for name in sorted(environ):
        if not name.startswith(ENV_PREFIX) or name in _OTHER_VARIABLES:
            continue
        if name not in known:
            # Matched without the common prefix, which would make every name look alike.
            close = _closest(name.removeprefix(ENV_PREFIX), list(_KEYS))
            ending = f"; did you mean {env_var_for(close)}?" if close else f"{_list(list(known))}."
            raise SettingsError(f"Environment variable {name} is not a Workbay setting{ending}")
        if not environ[name].strip():
            # `WORKBAY_X=$UNSET` in a launcher script: an empty variable is one that is not set.
            continue
        raws.append(_Raw(known[name], environ[name], f"Environment variable {name}"))
    return raws


def _override_values(overrides: Mapping[str, object]) -> list[_Raw]:
    raws = []
    for name, value in overrides.items():
        if name not in _KEYS:
            raise SettingsError(f"Command line: {_unknown(name, list(_KEYS))}")
        if value is not None:
            raws.append(_Raw(name, value, f"Command line: {name}"))
    return raws


def _unknown(name: str, known: list[str]) -> str:
    """The end of a sentence about an unknown key: a suggestion, or else the keys that exist."""
    close = _closest(name, known)
    return (
        f"unknown setting {name!r}; did you mean {close}?"
        if close
        else f"unknown setting {name!r}{_list(known)}."
    )


def _closest(name: str, known: list[str]) -> str | None:
    """The known name ``name`` is most likely a typo of, ignoring case; None when none is close."""
    by_lower = {candidate.lower(): candidate for candidate in known}
    # "speed" for sandbox_speed: a key's last words alone are too short for difflib's ratio.
    endings = [candidate for lower, candidate in by_lower.items() if lower.endswith("_" + name.lower())]
    if len(endings) == 1:
        return endings[0]
    import difflib  # noqa: PLC0415 - only for a misspelt name, never on a start that goes well

    close = difflib.get_close_matches(name.lower(), list(by_lower), n=1, cutoff=0.6)
    return by_lower[close[0]] if close else None


def _list(known: list[str]) -> str:
    return f"; the settings are {', '.join(known)}"


def _shown(value: object) -> str:
    """A value as an error message shows it: its repr, with any password in a URL masked."""
    if isinstance(value, str):
        with contextlib.suppress(ValueError):  # not a URL at all: nothing to mask
            password = urlsplit(value.strip()).password
            if password:
                value = value.replace(password, MASK)
    return repr(value)


# ----------------------------------------------------------------------------------------- example file


def write_default_config(path: Path) -> bool:
    """Write a commented example settings file (every key, all commented out) unless ``path`` exists.

    Returns:
        True when the file was written, False when one was already there (it is never overwritten).
    """
    if path.exists():
        return False
    make_private_dir(path.parent)
    try:
        with path.open("x", encoding="utf-8") as file:
            file.write(default_config_text())
    except FileExistsError:
        return False
    return True


def default_config_text() -> str:
    """The example settings file: what each key does and its default, every line commented out."""
    # Imported here: the contract module is large and only this rarely used example needs it.
    from app.domain.contract.customer_api import (  # noqa: PLC0415
        PRODUCTION_BASE_URL,
        PRODUCTION_WEBSOCKET_URL,
    )

    lines = [
        "# Workbay settings. Remove the '#' in front of a key to set it; the value shown is an example",
        "# (for keys without a default) or the default. Environment variables WORKBAY_<KEY> (for example",
        "# WORKBAY_LANGUAGE=de) override this file, and command-line options override both.",
        "# The sandbox_* keys may also be written as a [sandbox] table with speed, port and faults.",
        "# A relative path (sandbox_faults, ca_bundle) is relative to the folder of this file.",
        "",
    ]
    for name, key in _KEYS.items():
        example = key.example.format(production=PRODUCTION_BASE_URL, production_ws=PRODUCTION_WEBSOCKET_URL)
        lines.extend([f"# {key.help}", f"# {name} = {example}", ""])
    return "\n".join(lines)


assert set(_KEYS) == set(Settings.model_fields), "every setting needs a rule in _KEYS, and only settings"
assert set(_SANDBOX_KEYS.values()) <= set(_KEYS)
