"""Presigned object URLs: what is signed, when it expires, and which keys are accepted."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from app.sandbox.clock import SandboxClock
from app.sandbox.objectstore import (
    OBJECTS_PREFIX,
    InvalidKeyError,
    SignatureInvalidError,
    UrlExpiredError,
    UrlSigner,
    validate_key,
)

_KEY = "channel/17_4b1e/6f0c2a4e-1b7d-4f43-9a3e-0d6b5f1d2c3a/Dashboard photo (1).jpg"


@pytest.fixture
def clock() -> SandboxClock:
    return SandboxClock()


@pytest.fixture
def signer(clock: SandboxClock) -> UrlSigner:
    return UrlSigner(b"s" * 32, clock.now)


def _parts(path_and_query: str) -> tuple[str, str, str]:
    split = urlsplit(path_and_query)
    query = parse_qs(split.query)
    assert split.path.startswith(OBJECTS_PREFIX)
    return unquote(split.path[len(OBJECTS_PREFIX) :]), query["expires"][0], query["signature"][0]


def test_a_fresh_url_verifies_for_its_method_and_key(signer: UrlSigner) -> None:
    key, expires, signature = _parts(signer.sign_path("PUT", _KEY))
    assert key == _KEY
    assert len(signature) == 64
    signer.verify("PUT", key, expires, signature)


def test_the_key_is_percent_encoded_in_the_path(signer: UrlSigner) -> None:
    path = urlsplit(signer.sign_path("GET", _KEY)).path
    assert " " not in path
    assert "(" not in path
    assert "/Dashboard%20photo%20%281%29.jpg" in path


@pytest.mark.parametrize(
    ("method", "key", "tamper_expiry", "tamper_signature"),
    [
        ("GET", _KEY, False, False),  # signed for PUT, used for GET
        ("PUT", _KEY + "x", False, False),  # another object
        ("PUT", _KEY, True, False),  # a later expiry written in by hand
        ("PUT", _KEY, False, True),  # one hex digit changed
    ],
)
def test_any_change_breaks_the_signature(
    signer: UrlSigner, method: str, key: str, tamper_expiry: bool, tamper_signature: bool
) -> None:
    _key, expires, signature = _parts(signer.sign_path("PUT", _KEY))
    if tamper_expiry:
        expires = str(int(expires) + 3600)
    if tamper_signature:
        signature = signature[:-1] + ("0" if signature[-1] != "0" else "1")
    with pytest.raises(SignatureInvalidError):
        signer.verify(method, key, expires, signature)


@pytest.mark.parametrize(
    ("expires", "signature"), [(None, "ab"), ("123", None), ("soon", "ab" * 32), ("9" * 20, "ab" * 32)]
)
def test_missing_or_malformed_parameters_are_a_bad_signature(
    signer: UrlSigner, expires: str | None, signature: str | None
) -> None:
    with pytest.raises(SignatureInvalidError):
        signer.verify("GET", _KEY, expires, signature)


def test_urls_expire_on_the_sandbox_clock(signer: UrlSigner, clock: SandboxClock) -> None:
    _key, expires, signature = _parts(signer.sign_path("GET", _KEY, ttl=60))
    clock.advance(59)
    signer.verify("GET", _KEY, expires, signature)
    clock.advance(2)
    with pytest.raises(UrlExpiredError):
        signer.verify("GET", _KEY, expires, signature)


def test_another_secret_does_not_accept_the_url(signer: UrlSigner, clock: SandboxClock) -> None:
    _key, expires, signature = _parts(signer.sign_path("GET", _KEY))
    with pytest.raises(SignatureInvalidError):
        UrlSigner(b"t" * 32, clock.now).verify("GET", _KEY, expires, signature)


def test_signature_case_does_not_matter(signer: UrlSigner) -> None:
    _key, expires, signature = _parts(signer.sign_path("GET", _KEY))
    signer.verify("get", _KEY, expires, signature.upper())


def test_short_secrets_are_refused(clock: SandboxClock) -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        UrlSigner(b"short", clock.now)


@pytest.mark.parametrize(
    "key", ["", "/absolute", "a/../b", "a//b", "a/./b", "a\x00b", "tab\there", "x" * 1025, "é" * 513]
)
def test_invalid_keys_are_refused(key: str) -> None:
    with pytest.raises(InvalidKeyError):
        validate_key(key)


@pytest.mark.parametrize("key", [_KEY, "a", "channel/x/y/ünïcødé ✓.png", "x" * 1024])
def test_valid_keys_are_kept(key: str) -> None:
    assert validate_key(key) == key
