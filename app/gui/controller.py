"""The wizard's state between the pages and the store: the current draft, Next, Back, resume, logout.

The controller holds the one :class:`WizardDraft`, saves it to the local store at every change (so a crash,
a power cut or ``kill -9`` loses nothing), and moves between steps only as :mod:`app.domain.wizard` allows.
It does not touch a widget; the main window shows what it decides. It is plain Python, so its rules are
tested without a window.

Resume: at start, :meth:`WizardController.resume_offer` looks for a draft saved past the login step (of the
current draft format). The technician must log in again (the session and the pincode are never saved);
when the same connector logs in, :meth:`WizardController.after_login` returns the saved draft, with the new
login, at the saved step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import ValidationError

from app.domain.wizard import (
    DRAFT_VERSION,
    STEP_ORDER,
    Step,
    WizardDraft,
    is_complete,
    next_step,
    previous_step,
)

if TYPE_CHECKING:
    from app.store.drafts import DraftStore

__all__ = ["ResumeOffer", "WizardController"]

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ResumeOffer:
    """A draft saved by an earlier run that can be continued.

    Attributes:
        draft: the saved draft (its ``step`` is where the technician was).
        saved_at: when it was saved (aware).
    """

    draft: WizardDraft
    saved_at: datetime

    @property
    def step(self) -> Step:
        """Where the technician was."""
        return self.draft.step

    @property
    def connector_uuid(self) -> str:
        """The connector the order is for."""
        return self.draft.login.connector_uuid

    @property
    def vehicle_text(self) -> str:
        """The car as the offer names it: the variant found, else the VIN, else ""."""
        chosen = self.draft.vehicle.vehicle
        if chosen is not None:
            return chosen.title
        return self.draft.vehicle.vin


class WizardController:
    """Holds the draft, saves it, and applies the wizard's rules for moving between steps.

    Args:
        store: where the draft is saved; None keeps it in memory only (a store that could not be opened).
        on_saved: called after every successful save (tests and the tour wait on it).
    """

    def __init__(
        self, store: DraftStore | None, *, on_saved: Callable[[WizardDraft], None] | None = None
    ) -> None:
        self._store = store
        self._on_saved = on_saved
        self._draft = WizardDraft()
        self._resume: ResumeOffer | None = None

    @property
    def draft(self) -> WizardDraft:
        """The current draft."""
        return self._draft

    @property
    def step(self) -> Step:
        """The current step."""
        return self._draft.step

    # --- changes ----------------------------------------------------------------------------------------

    def change(self, draft: WizardDraft) -> WizardDraft:
        """Take a page's new draft (its step stays the controller's) and save it; returns what is kept."""
        if draft.step != self._draft.step:
            # A page that was left while its work finished may emit a draft for its own step: the step
            # is the window's to decide.
            draft = draft.at(self._draft.step)
        self._draft = draft
        self._save()
        return draft

    def move_to(self, step: Step) -> WizardDraft:
        """Go to ``step`` (the caller checked it is allowed) and save."""
        self._draft = self._draft.at(step)
        self._save()
        return self._draft

    def next_target(self) -> Step | None:
        """Where Next goes from here, or None when it may not."""
        return next_step(self._draft)

    def back_target(self) -> Step | None:
        """Where Back goes from here, or None."""
        return previous_step(self._draft)

    def back_targets(self) -> tuple[Step, ...]:
        """Every earlier step Back can reach from here, nearest first (for the step indicator)."""
        reachable: list[Step] = []
        draft = self._draft
        while (before := previous_step(draft)) is not None and before != Step.LOGIN:
            reachable.append(before)
            draft = draft.at(before)
        return tuple(reachable)

    def done_steps(self) -> tuple[Step, ...]:
        """The steps before the current one that are complete (ticked in the indicator)."""
        current = STEP_ORDER.index(self._draft.step)
        return tuple(step for step in STEP_ORDER[:current] if is_complete(self._draft.at(step), step))

    def _save(self) -> None:
        draft = self._draft
        uuid = draft.login.connector_uuid
        if self._store is None or not uuid or not draft.login.logged_in:
            return
        try:
            self._store.save(
                draft.model_dump_json(),
                step=draft.step.value,
                connector_uuid=uuid,
                schema_version=draft.version,
            )
        except ValueError:
            # A secret in the draft is a bug of the wizard's model: never written, always reported.
            _log.exception("the draft was not saved: it holds something that must not be stored")
            return
        except Exception:  # noqa: BLE001 - a full disk must not stop the technician; the log says it
            _log.exception("the draft could not be saved")
            return
        if self._on_saved is not None:
            self._on_saved(draft)

    # --- resume -----------------------------------------------------------------------------------------

    def resume_offer(self) -> ResumeOffer | None:
        """The saved draft worth offering (past the login, of this draft format), or None. Kept for
        :meth:`after_login`."""
        self._resume = None
        if self._store is None:
            return None
        try:
            stored = self._store.load()
        except Exception:  # noqa: BLE001 - an unreadable store means nothing to offer, not a crash
            _log.exception("the saved draft could not be read")
            return None
        if stored is None:
            return None
        if stored.schema_version != DRAFT_VERSION:
            _log.info(
                "a draft of format %s was saved; this version reads %s", stored.schema_version, DRAFT_VERSION
            )
            return None
        try:
            draft = WizardDraft.model_validate_json(stored.payload)
        except ValidationError as error:
            _log.warning("the saved draft cannot be read (%s errors); it is not offered", error.error_count())
            return None
        if draft.version != DRAFT_VERSION or draft.step == Step.LOGIN or not draft.login.connector_uuid:
            return None
        self._resume = ResumeOffer(draft=draft, saved_at=stored.updated_at)
        return self._resume

    @property
    def pending_resume(self) -> ResumeOffer | None:
        """The offer still open (neither continued nor declined)."""
        return self._resume

    def accept_resume(self) -> WizardDraft:
        """The technician chose Continue: the login draft to prefill (the connector, nobody logged in)."""
        if self._resume is None:
            raise RuntimeError("there is no draft to continue")
        saved = self._resume.draft.login
        login = saved.model_copy(update={"connector_id": None})
        self._draft = WizardDraft(login=login)
        return self._draft

    def decline_resume(self) -> None:
        """The technician chose Start over: the saved draft is deleted."""
        self._resume = None
        self._clear_store()

    def after_login(self, logged_in: WizardDraft) -> WizardDraft | None:
        """The draft to continue with after a login, or None to go on normally.

        The saved draft is continued when the same connector logged in (chosen with Continue, or simply by
        logging in with it while the offer was shown); another connector declines it.
        """
        offer = self._resume
        if offer is None:
            return None
        self._resume = None
        if logged_in.login.connector_uuid.lower() != offer.connector_uuid.lower():
            _log.info("another connector logged in: the saved draft is not continued")
            return None
        resumed = offer.draft.model_copy(update={"login": logged_in.login})
        self._draft = resumed
        self._save()
        _log.info("continuing the saved draft at %s", resumed.step.value)
        return resumed

    # --- logout -----------------------------------------------------------------------------------------

    def clear(self) -> WizardDraft:
        """Logout: a fresh draft, and the saved one deleted."""
        self._draft = WizardDraft()
        self._resume = None
        self._clear_store()
        return self._draft

    def _clear_store(self) -> None:
        if self._store is None:
            return
        try:
            self._store.clear()
        except Exception:  # noqa: BLE001 - see _save
            _log.exception("the saved draft could not be deleted")
