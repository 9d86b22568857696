"""Reading the claims of a JSON Web Token without verifying it (the server that issued it already did)."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

__all__ = ["unverified_claims"]


def unverified_claims(token: str) -> dict[str, Any] | None:
    """The payload of a JWT as a dict, or None when ``token`` is not a JWT with a JSON object payload."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    return claims if isinstance(claims, dict) else None
