"""What the technician reads when something goes wrong: one sentence and a way forward per failure kind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.attachments import Refusal
from app.services.errors import Failure, ServiceError

__all__ = ["failure_text", "refusal_text"]

#: Failures whose ``detail`` is the name of the file concerned (the sentence names it).
_ABOUT_A_FILE = frozenset({Failure.FILE_TOO_LARGE, Failure.FILE_REFUSED})


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
    if failure == Failure.FILE_REFUSED:
        return QCoreApplication.translate(
            "Failure",
            "This file cannot be sent: the chat takes photos and documents, not programs, scripts, folders "
            "or empty files.",
        )
    if failure == Failure.CANCELLED:
        return QCoreApplication.translate("Failure", "Cancelled.")
    return QCoreApplication.translate(
        "Failure", "The diagnostics service refused the request. Retry; if it happens again, call support."
    )


def _file_sentence(failure: Failure, file_name: str) -> str:
    if failure == Failure.FILE_TOO_LARGE:
        text = QCoreApplication.translate("Failure", "“%1” is too large to send.")
    else:
        text = QCoreApplication.translate(
            "Failure",
            "“%1” cannot be sent: the chat takes photos and documents, not programs, scripts, folders or "
            "empty files.",
        )
    return text.replace("%1", file_name)


def failure_text(error: ServiceError) -> str:
    """The sentence for a failure, with the server's own explanation when it is meant for people."""
    if error.failure in _ABOUT_A_FILE and error.detail:
        return _file_sentence(error.failure, error.detail)
    text = _sentence(error.failure)
    if error.detail:
        text = f"{text} {error.detail}"
    return text


def refusal_text(refusal: Refusal, file_name: str, max_bytes: int) -> str:
    """Why a file the technician chose cannot be sent (the chat service's ``FileCheck``), and what to do."""
    if refusal == Refusal.TOO_LARGE:
        limit = QLocale().formattedDataSize(max_bytes, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        text = QCoreApplication.translate(
            "Failure", "“%1” is larger than %2, the largest file the chat takes. Send a smaller file."
        ).replace("%2", limit)
    elif refusal == Refusal.EMPTY:
        text = QCoreApplication.translate("Failure", "“%1” is empty: there is nothing in it to send.")
    elif refusal == Refusal.BLOCKED_TYPE:
        text = QCoreApplication.translate(
            "Failure",
            "“%1” is a program or script, which the chat does not take. Send a photo, PDF or text file.",
        )
    else:
        text = QCoreApplication.translate(
            "Failure", "“%1” is not a file that can be read. Choose the file again."
        )
    return text.replace("%1", file_name)
