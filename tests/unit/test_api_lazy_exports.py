"""``app.api`` hands out its names on first use: the error tree alone does not load the HTTP stack."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import app.api

REPO_ROOT = Path(__file__).resolve().parents[2]

#: What the window's first paint must not wait for.
HEAVY = ("httpx", "httpcore", "websockets", "app.api.client", "app.api._http", "app.api.models")


def loaded_after(code: str) -> list[str]:
    """The modules of ``HEAVY`` that a fresh interpreter has loaded after running ``code``."""
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    finished = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert finished.returncode == 0, finished.stderr
    loaded: list[str] = json.loads(finished.stdout.strip().splitlines()[-1])
    return loaded


def test_the_error_trees_load_without_the_http_stack() -> None:
    assert loaded_after("import app.api.errors, app.services.errors\nfrom app.api import ApiError") == []


def test_asking_for_the_client_loads_it() -> None:
    loaded = loaded_after("from app.api import CustomerApi\nassert CustomerApi.__name__ == 'CustomerApi'")
    assert {"httpx", "app.api.client"} <= set(loaded)


def test_every_export_is_the_object_its_module_defines() -> None:
    assert len(app.api.__all__) == len(set(app.api.__all__))
    for name in app.api.__all__:
        value = getattr(app.api, name)
        home = importlib.import_module(value.__module__)
        assert home.__name__.startswith("app.api."), name
        assert getattr(home, name) is value, name
    assert set(app.api.__all__) <= set(dir(app.api))


def test_a_star_import_gives_every_export() -> None:
    namespace: dict[str, object] = {}
    exec("from app.api import *", namespace)  # the statement under test
    assert set(app.api.__all__) <= set(namespace)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'CustomerAPI'"):
        _ = app.api.CustomerAPI  # type: ignore[attr-defined]
    with pytest.raises(ImportError):
        exec("from app.api import CustomerAPI", {})  # the statement under test
