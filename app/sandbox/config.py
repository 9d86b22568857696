"""How a sandbox server is set up: storage, clock speed, injected faults, limits and token lifetimes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

FaultKind = Literal["latency", "status", "drop", "truncate", "malformed", "expire_token", "drop_websocket"]


class FaultSpec(BaseModel):
    """One injected fault: which requests it hits (path glob, method) and what happens to them.

    ``times`` is how many matching requests it still affects (None: until cleared). ``after_processing``
    (status, malformed, drop; truncate always does) lets the request take effect before its real answer is
    replaced or lost, as a gateway timing out or a connection breaking on the way back would.
    """

    model_config = ConfigDict(extra="forbid")

    path: str = Field(default="*", min_length=1, description="fnmatch glob on the request path")
    method: str | None = Field(default=None, description="HTTP method, or null for any")
    kind: FaultKind
    status: int = Field(default=503, ge=400, le=599)
    retry_after: float | None = Field(default=None, ge=0)
    delay: float = Field(default=0.5, ge=0, le=120)
    times: int | None = Field(default=None, ge=0)
    after_processing: bool = False

    @model_validator(mode="after")
    def _normalise_method(self) -> FaultSpec:
        if self.method is not None:
            self.method = self.method.upper()
        return self


def _validation_summary(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"])
        parts.append(f"{where}: {item['msg']}" if where else str(item["msg"]))
    return "; ".join(parts)


def parse_faults(text_or_path: str) -> list[FaultSpec]:
    """Faults from JSON text (a list or one object) or from the path of a file holding such JSON.

    This is what ``workbay sandbox --faults`` passes, so both spellings work on the command line.

    Raises:
        ValueError: the text is neither JSON nor a readable file, or a fault is not valid; the message is
            one line a person can act on (which fault, which member, why).
    """
    stripped = text_or_path.strip()
    if stripped.startswith(("[", "{")):
        source, text = "the text", stripped
    else:
        path = Path(stripped).expanduser()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
            raise ValueError(
                f"{stripped!r} is neither JSON (a list of faults or one fault) nor a readable file ({reason})"
            ) from None
        source = f"the file {str(path)!r}"
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    items = raw if isinstance(raw, list) else [raw]
    faults = []
    for number, item in enumerate(items, start=1):
        try:
            faults.append(FaultSpec.model_validate(item))
        except ValidationError as exc:
            raise ValueError(
                f"fault {number} of {len(items)} is not valid: {_validation_summary(exc)}"
            ) from None
    return faults


class SandboxConfig(BaseModel):
    """Settings of one sandbox server. The defaults are those of a training sandbox at normal speed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: SQLite database file, or ":memory:" for a state that lives as long as the server.
    db_path: str = ":memory:"
    #: Sandbox seconds per real second at start (and after a reset).
    speed: float = Field(default=1.0, gt=0)
    #: Faults active from the start (the admin API can change them later).
    faults: tuple[FaultSpec, ...] = ()
    #: Where uploaded attachments are kept; None: a fresh temporary directory per server.
    object_dir: Path | None = None
    #: Largest attachment upload accepted, in bytes.
    max_upload_bytes: int = Field(default=50 * 1024 * 1024, gt=0)
    #: Check every JSON answer of a documented route against the app's own OpenAPI schema (tests).
    validate_responses: bool = False
    #: Lifetime of access and refresh tokens, in sandbox seconds.
    access_token_ttl: float = Field(default=15 * 60, gt=0)
    refresh_token_ttl: float = Field(default=30 * 24 * 3600, gt=0)
    #: Wrong pincodes for one connector within the window that lock further logins out.
    login_lockout_attempts: int = Field(default=5, ge=1)
    login_lockout_window: float = Field(default=60, gt=0)
    #: How long an ``Idempotency-Key`` is remembered, in sandbox seconds.
    idempotency_ttl: float = Field(default=24 * 3600, gt=0)
    #: Ticket lifecycle, in sandbox seconds: pending until an operator picks it up, then in progress.
    pending_seconds: float = Field(default=20, ge=0)
    in_progress_seconds: float = Field(default=10 * 60, ge=0)
    #: How often (real seconds) the ticket scheduler looks at the clock.
    scheduler_interval: float = Field(default=0.2, gt=0)
    #: Start the simulated operator in the chat (tests of the core may switch it off).
    operator_enabled: bool = True
