"""The service provider's branding for the header: company name, theme colour, header colour and logo.

Everything here is decoration. A provider without colours, a logo that cannot be fetched or is not an image,
a branding endpoint that fails: each leaves that part out (logged), and the header keeps Workbay's own look.
Only the user endpoint itself failing is reported, as the caller may retry later.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final
from urllib.parse import urljoin, urlsplit

from app.api.client import CustomerApi
from app.api.errors import ApiError
from app.api.models import Branding as PortalBranding
from app.api.models import User
from app.api.transfer import TransferClient
from app.services.errors import ServiceError, translate_errors

__all__ = ["LOGO_MAX_BYTES", "Branding", "BrandingService"]

_log = logging.getLogger(__name__)

#: A header logo larger than this is not a header logo: it is left out.
LOGO_MAX_BYTES: Final = 1024 * 1024
#: How long the logo may take; the header does not wait for it longer.
_LOGO_TIMEOUT: Final = 8.0
# The first bytes of the image formats a header logo comes in.
_IMAGE_SIGNATURES: Final = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"RIFF",
    b"<svg",
    b"<?xml",
)


class _LogoTooLargeError(Exception):
    """The logo's body went past :data:`LOGO_MAX_BYTES`."""


@dataclass(frozen=True, slots=True)
class Branding:
    """How the header looks for this service provider; empty members mean "Workbay's own".

    Attributes:
        company_name: the provider's name as its portal shows it.
        theme_color: the accent colour, as the server wrote it (the GUI checks it).
        header_color: the header's background colour, as the server wrote it.
        logo: the logo image's bytes, or None.
        workshop_name: the customer's (the garage's) own name.
    """

    company_name: str = ""
    theme_color: str = ""
    header_color: str = ""
    logo: bytes | None = None
    workshop_name: str = ""


def _looks_like_image(data: bytes) -> bool:
    head = data[:64].lstrip()
    return any(head.startswith(signature) for signature in _IMAGE_SIGNATURES)


class BrandingService:
    """Reads the branding of the logged-in user's service provider."""

    def __init__(self, api: CustomerApi) -> None:
        self._api = api

    async def branding(self) -> Branding:
        """The provider's name, colours and logo.

        Raises:
            ServiceError: the user could not be read (``SESSION_EXPIRED`` when logged out, network
                failures). The portal branding and the logo never raise.
        """
        user_call = asyncio.ensure_future(self._user())
        portal_call = asyncio.ensure_future(self._portal())
        try:
            user = await user_call
        finally:
            portal = await portal_call
        provider = user.service_provider
        ui = provider.ui if provider is not None else None
        company = (ui.company_name if ui else None) or (provider.name if provider else None) or ""
        workshop = (user.client.name if user.client else None) or (portal.branding_name if portal else None)
        logo_path = ui.portal_headerlogo_path if ui else None
        logo = await self.logo(logo_path) if logo_path else None
        return Branding(
            company_name=company.strip(),
            theme_color=((ui.theme_color if ui else None) or "").strip(),
            header_color=((ui.portal_header_background_color if ui else None) or "").strip(),
            logo=logo,
            workshop_name=(workshop or "").strip(),
        )

    async def _user(self) -> User:
        with translate_errors():
            return await self._api.users.me()

    async def _portal(self) -> PortalBranding | None:
        try:
            with translate_errors():
                return await self._api.customers.branding()
        except ServiceError as error:
            _log.info("the portal branding could not be read (%s); going without it", error)
            return None

    def logo_url(self, path: str) -> str | None:
        """Where the logo is: ``path`` as given when absolute, else relative to the API's origin."""
        url = urljoin(self._api.base_url + "/", path.strip())
        return url if urlsplit(url).scheme in {"http", "https"} else None

    async def logo(self, path: str) -> bytes | None:
        """The logo's bytes, or None when it cannot be had (unreachable, too large, not an image)."""
        url = self.logo_url(path)
        if url is None:
            _log.info("the header logo path is not a web address; going without a logo")
            return None

        def limit(written: int, _total: int) -> None:
            if written > LOGO_MAX_BYTES:
                raise _LogoTooLargeError

        # A plain client: the logo lives on a web server that gets no credentials of ours.
        with tempfile.TemporaryDirectory(prefix="workbay-logo-") as folder:
            target = Path(folder) / "logo"
            try:
                async with TransferClient(timeout=_LOGO_TIMEOUT, retries=0) as transfers:
                    await transfers.download(url, target, progress=limit)
                data = await asyncio.to_thread(target.read_bytes)
            except _LogoTooLargeError:
                _log.info("the header logo is larger than %d bytes; going without it", LOGO_MAX_BYTES)
                return None
            except (ApiError, OSError) as error:
                _log.info("the header logo could not be fetched (%s); going without it", error)
                return None
        if not _looks_like_image(data):
            _log.info("the header logo is not an image; going without it")
            return None
        return data
