"""Response validation: every JSON answer of a documented route, checked against the app's own OpenAPI.

FastAPI already filters a handler's return value through its ``response_model``; what this catches is
everything that bypasses that filter: answers built as ``Response`` objects (replays, problems, 204s),
exception handlers, and statuses a route never documented. Violations are recorded (and logged), never
raised: the test session fails on them at its end, and a training sandbox keeps serving.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import jsonschema_rs
from fastapi import FastAPI

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_MAX_BODY = 8 * 1024 * 1024
_TEMPLATE_PARTS = re.compile(r"(\{[^}]+\})")
_Key = tuple[str, str, str]
#: A validator for the documented body, or None, and what the documentation says about the answer.
_Entry = tuple[jsonschema_rs.Draft202012Validator | None, str]


class ResponseValidator:
    """Checks answers against ``app.openapi()`` and keeps the violations in ``violations``."""

    def __init__(self, app: FastAPI) -> None:
        self._app = app
        self._lock = threading.Lock()
        self._entries: dict[_Key, _Entry] = {}
        self._route_patterns: list[tuple[re.Pattern[str], str]] | None = None
        self.violations: list[dict[str, Any]] = []
        #: How many answers were checked (so a test can tell the validator is really at work).
        self.checked = 0

    def _routes(self) -> list[tuple[re.Pattern[str], str]]:
        if self._route_patterns is None:
            patterns = []
            for template in self._app.openapi().get("paths", {}):
                regex = "".join(
                    "[^/]+" if part.startswith("{") else re.escape(part)
                    for part in _TEMPLATE_PARTS.split(template)
                )
                patterns.append((re.compile(regex), template))
            # A literal segment beats a placeholder: /v1/customers/me before /v1/customers/{id}.
            patterns.sort(key=lambda item: (item[1].count("{"), -len(item[1])))
            self._route_patterns = patterns
        return self._route_patterns

    def route_of(self, path: str) -> str | None:
        """The documented path template that ``path`` belongs to, if any."""
        for pattern, template in self._routes():
            if pattern.fullmatch(path):
                return template
        return None

    def _entry(self, path: str, method: str, status: int) -> _Entry:
        document = self._app.openapi()
        operation = document.get("paths", {}).get(path, {}).get(method.lower())
        if operation is None:
            return None, "undocumented-route"
        responses = operation.get("responses", {})
        response = responses.get(str(status)) or responses.get("default")
        if response is None:
            return None, "undocumented-status"
        content = response.get("content") or {}
        schema = None
        for media_type in ("application/json", "application/problem+json", *content):
            if media_type in content:
                schema = content[media_type].get("schema")
                break
        if schema is None:
            return None, "no-body"
        root = {**schema, "components": document.get("components", {})}
        return jsonschema_rs.Draft202012Validator(root), "schema"

    def check(self, path: str, method: str, status: int, body: bytes, content_type: str) -> str | None:
        """Why the answer does not match its documentation, or None when it does."""
        key = (path, method, str(status))
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                entry = self._entries[key] = self._entry(path, method, status)
        validator, kind = entry
        if kind == "undocumented-route":
            return None
        if kind == "undocumented-status":
            return f"status {status} is not documented"
        if validator is None:
            return "a body where the documentation has none" if body else None
        if "json" not in content_type:
            return f"content type {content_type or 'none'} where JSON is documented"
        try:
            instance = json.loads(body)
        except ValueError:
            return "the body is not JSON"
        errors = [
            f"{'/'.join(str(p) for p in error.instance_path) or '<root>'}: {error.message}"
            for error in validator.iter_errors(instance)
        ]
        return "; ".join(errors[:5]) if errors else None

    def record(self, method: str, path: str, route: str, status: int, error: str) -> None:
        """Keep a violation."""
        violation = {"method": method, "path": path, "route": route, "status": status, "error": error}
        log.error("sandbox answer outside its schema: %s", violation)
        with self._lock:
            self.violations.append(violation)

    def middleware(self, app: ASGIApp) -> ASGIApp:
        """``app`` with every documented JSON answer checked."""

        async def validating(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            route = self.route_of(scope["path"])
            if route is None:
                await app(scope, receive, send)
                return
            status = 0
            content_type = ""
            chunks: list[bytes] = []
            size = 0

            async def watching(message: Message) -> None:
                nonlocal status, content_type, size
                if message["type"] == "http.response.start":
                    status = int(message["status"])
                    for name, value in message.get("headers", []):
                        if bytes(name).lower() == b"content-type":
                            content_type = bytes(value).decode("latin-1").lower()
                elif message["type"] == "http.response.body":
                    body = bytes(message.get("body", b""))
                    size += len(body)
                    if size <= _MAX_BODY:
                        chunks.append(body)
                    if not message.get("more_body", False) and size <= _MAX_BODY:
                        self.checked += 1
                        error = self.check(route, scope["method"], status, b"".join(chunks), content_type)
                        if error is not None:
                            self.record(scope["method"], scope["path"], route, status, error)
                await send(message)

            await app(scope, receive, watching)

        return validating
