"""What the technician reads when something goes wrong: one sentence and a way forward per failure kind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.errors import Failure, ServiceError

__all__ = ["failure_text"]


def _sentence(failure: Failure) -> str:
    if failure == Failure.OFFLINE:
        return QCoreApplication.translate(
            "Failure",
            "Workbay cannot reach the diagnostics service. Check the network cable or Wi-Fi, then retry.",
        )
    if failure == Failure.TIMEOUT:
        return QCoreApplication.translate(
            "Failure", "The diagnostics service is taking too long to answer. Retry in a moment."
        )
    if failure == Failure.SERVER:
        return QCoreApplication.translate(
            "Failure", "The diagnostics service had a problem. Nothing was lost: retry in a moment."
        )
    if failure == Failure.WRONG_CREDENTIALS:
        return QCoreApplication.translate(
            "Failure", "The connector UUID or pincode is not correct. Check both on the connector's label."
        )
    if failure == Failure.TOO_MANY_ATTEMPTS:
        return QCoreApplication.translate("Failure", "Too many attempts. Wait a moment, then try again.")
    if failure == Failure.SESSION_EXPIRED:
        return QCoreApplication.translate(
            "Failure", "Your session has ended. Log in again; your choices are kept."
        )
    if failure == Failure.FORBIDDEN:
        return QCoreApplication.translate(
            "Failure", "This connector is not allowed to do that. Ask your workshop administrator."
        )
    if failure == Failure.NOT_FOUND:
        return QCoreApplication.translate(
            "Failure", "The service does not know this item. Check what you entered."
        )
    if failure == Failure.CONNECTOR_OFFLINE:
        return QCoreApplication.translate(
            "Failure", "The connector is offline. Check that it sits in the OBD port and the ignition is on."
        )
    if failure == Failure.DOIP_REQUIRED:
        return QCoreApplication.translate(
            "Failure", "This car needs a connector that supports DoIP. Use a DoIP connector for this car."
        )
    if failure == Failure.ACTIVE_TICKET_EXISTS:
        return QCoreApplication.translate(
            "Failure", "This connector already has an open ticket. Open it to follow the work."
        )
    if failure == Failure.SERVICE_CENTER_CLOSED:
        return QCoreApplication.translate(
            "Failure", "The service center is closed right now, so no ticket can be created."
        )
    if failure == Failure.VOUCHER_REFUSED:
        return QCoreApplication.translate("Failure", "The voucher was not accepted.")
    if failure == Failure.INSUFFICIENT_WALLET:
        return QCoreApplication.translate(
            "Failure", "The wallet balance does not cover this order. Top up the wallet or remove a product."
        )
    if failure == Failure.UNATTENDED_CONFIRMATION_REQUIRED:
        return QCoreApplication.translate(
            "Failure", "Confirm the unattended service on the price page before ordering."
        )
    if failure == Failure.PREREQUISITES_MISSING:
        return QCoreApplication.translate(
            "Failure", "Some required questions are not answered. Go back to the questions page."
        )
    if failure == Failure.PREPARED_TICKET_INVALID:
        return QCoreApplication.translate(
            "Failure", "The prepared ticket can no longer be used. Continue without it."
        )
    if failure == Failure.CHAT_CLOSED:
        return QCoreApplication.translate(
            "Failure", "This ticket is closed, so the chat no longer takes messages."
        )
    if failure == Failure.FILE_TOO_LARGE:
        return QCoreApplication.translate("Failure", "The file is too large to send.")
    if failure == Failure.CANCELLED:
        return QCoreApplication.translate("Failure", "Cancelled.")
    return QCoreApplication.translate(
        "Failure", "The diagnostics service refused the request. Retry; if it happens again, call support."
    )


def failure_text(error: ServiceError) -> str:
    """The sentence for a failure, with the server's own explanation when it is meant for people."""
    text = _sentence(error.failure)
    if error.detail:
        text = f"{text} {error.detail}"
    return text
