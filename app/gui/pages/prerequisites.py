"""Page 4, the prerequisites: one form with the questions of every chosen product.

The questions come from the server for the chosen products and car (the products page usually fetched them
already, so they show at once). Every answer goes into the draft as it is given; the domain decides whether
the page is complete. Under the form a line says how many required answers are still missing or are not
valid, with a button that scrolls to the first of them; each such card says what to do.

After a restart the draft already knows the questions: the form is built from them at once, and the
server's wording (descriptions) is filled in as soon as it arrives.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from app.domain.wizard import (
    PrerequisiteKind,
    PrerequisiteSpec,
    Step,
    WizardDraft,
    answer_problem,
    missing_answers,
    with_prerequisites,
)
from app.gui.generated.ui_prerequisites_page import Ui_PrerequisitesPage
from app.gui.page import PageContext, WizardPage
from app.gui.theme import icon, repolish
from app.gui.widgets.price_table import fill
from app.services.catalogue import CatalogueService, PrerequisiteQuestion, questions_to_specs
from app.services.errors import ServiceError

__all__ = ["PrerequisitesPage"]

_log = logging.getLogger(__name__)

_QUESTIONS: Final = "questions"
_WORDING: Final = "wording"


class PrerequisitesPage(WizardPage):
    """The questions of the chosen products, answered before the price."""

    step = Step.PREREQUISITES

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = Ui_PrerequisitesPage()
        self.form.setupUi(self.body)  # type: ignore[no-untyped-call]  # uic's code carries no annotations
        # The style sheet draws cards by object name; the form names the frame for what it holds.
        self.form.statusCard.setObjectName("card")
        self.form.prerequisiteForm.set_locale(QLocale(context.language))
        self.form.prerequisiteForm.set_kiosk(context.kiosk)
        self._questions: tuple[PrerequisiteQuestion, ...] = ()
        self.form.prerequisiteForm.sig_answer_changed.connect(self._on_prerequisite_form_answer_changed)
        self.form.showMissingButton.clicked.connect(self._on_show_missing_button_clicked)
        self.form.showMissingButton.setIcon(icon("next"))
        self.retranslate()

    @property
    def catalogue(self) -> CatalogueService:
        """The catalogue service of the workbench."""
        return self.context.workbench.catalogue

    def title(self) -> str:
        """The page's name in the step indicator."""
        return self.tr("Questions")

    def enter(self, draft: WizardDraft) -> None:
        """Show the questions of the draft's products with its answers; fetch them if they are not known."""
        super().enter(draft)
        self.clear_error()
        self._render_products()
        vehicle = draft.vehicle.vehicle
        ids = draft.products.product_ids
        if vehicle is None or not ids:
            self._show_questions(())
            self.show_error(self.tr("Choose the services first: go back to the products page."))
            return
        state = draft.prerequisites
        known = state.specs is not None and state.for_products == ids
        cached = self.catalogue.cached_prerequisites(vehicle.model_id, vehicle.variant_id, ids)
        if cached is not None:
            self._on_questions_loaded(cached)
            return
        if known:
            self._show_questions(tuple(PrerequisiteQuestion.from_spec(spec) for spec in state.specs or ()))
        else:
            self._show_questions(())
        catalogue = self.catalogue
        model_id, variant_id = vehicle.model_id, vehicle.variant_id
        if known:
            # Only the wording is missing: fetch it quietly; the form already works without it.
            self.tasks.start(
                _WORDING,
                lambda: catalogue.prerequisites(model_id, variant_id, ids),
                self._on_questions_loaded,
                on_failure=self._on_wording_failed,
                busy=False,
            )
        else:
            self.run(
                _QUESTIONS,
                lambda: catalogue.prerequisites(model_id, variant_id, ids),
                self._on_questions_loaded,
            )

    def retranslate(self) -> None:
        """Set every text in the current language."""
        super().retranslate()
        form = self.form
        form.headingLabel.setText(self.tr("Before the work starts"))
        form.introLabel.setText(
            self.tr(
                "The remote specialist needs these answers for the services you chose."
                " Answer every question marked Required; the others help if you know them."
            )
        )
        form.showMissingButton.setText(self.tr("Show"))
        form.showMissingButton.setToolTip(self.tr("Go to the first question that still needs an answer"))
        form.prerequisiteForm.retranslate()
        self._render_products()
        self._render_status()

    # --- loading ------------------------------------------------------------------------------------

    def _on_questions_loaded(self, questions: tuple[PrerequisiteQuestion, ...]) -> None:
        draft = self.draft
        ids = draft.products.product_ids
        specs = questions_to_specs(questions)
        state = draft.prerequisites
        if state.specs != specs or state.for_products != ids:
            self.change_draft(
                with_prerequisites(draft, state.model_copy(update={"specs": specs, "for_products": ids}))
            )
        self.clear_error()
        self._show_questions(questions)

    def _on_wording_failed(self, error: ServiceError, _retry: Callable[[], None]) -> None:
        # The form works from the saved questions; their descriptions can wait for the next visit.
        _log.info("the questions' wording could not be fetched (%s)", error.failure.value)

    def _show_questions(self, questions: tuple[PrerequisiteQuestion, ...]) -> None:
        self._questions = questions
        answers = {answer.definition_id: answer.value for answer in self.draft.prerequisites.answers}
        self.form.prerequisiteForm.set_questions(questions, answers)
        self._render_status()

    # --- what is missing ------------------------------------------------------------------------------

    def _problem_text(self, spec: PrerequisiteSpec, value: str | None) -> str:
        problem = answer_problem(spec, value)
        if problem is None:
            return ""
        if problem == "required":
            return self.tr("Required: not answered yet.")
        if spec.kind == PrerequisiteKind.NUMBER:
            return self.tr("Enter a number, for example 12 or 12,5.")
        if spec.kind == PrerequisiteKind.BOOLEAN:
            return self.tr("Choose Yes or No.")
        if spec.kind == PrerequisiteKind.CHOICE:
            return self.tr("Choose one of the options.")
        return self.tr("This answer is not valid.")

    def _render_status(self) -> None:
        form = self.form
        state = self.draft.prerequisites
        ids = self.draft.products.product_ids
        label = form.statusLabel
        if state.specs is None or state.for_products != ids:
            form.prerequisiteForm.set_problems({})
            label.setText(self.tr("Fetching the questions for these services…") if ids else "")
            _set_role(label, "hint")
            form.showMissingButton.hide()
            return
        if not state.specs:
            label.setText(self.tr("These services ask no questions. Press Next to see the price."))
            _set_role(label, "success")
            form.showMissingButton.hide()
            return
        problems = {
            spec.id: self._problem_text(spec, state.answer(spec.id)) for spec in missing_answers(state)
        }
        form.prerequisiteForm.set_problems(problems)
        unanswered = sum(1 for spec in missing_answers(state) if state.answer(spec.id) is None)
        invalid = len(problems) - unanswered
        parts: list[str] = []
        if unanswered:
            parts.append(
                self.tr("1 required answer missing")
                if unanswered == 1
                else fill(self.tr("%1 required answers missing"), str(unanswered))
            )
        if invalid:
            parts.append(
                self.tr("1 answer is not valid")
                if invalid == 1
                else fill(self.tr("%1 answers are not valid"), str(invalid))
            )
        if parts:
            label.setText(" · ".join(parts))
            _set_role(label, "warning")
            form.showMissingButton.show()
        else:
            label.setText(self.tr("All required questions are answered."))
            _set_role(label, "success")
            form.showMissingButton.hide()

    def _render_products(self) -> None:
        names = [choice.name for choice in self.draft.products.products]
        self.form.productsLabel.setText(fill(self.tr("For: %1"), ", ".join(names)) if names else "")

    # --- slots ----------------------------------------------------------------------------------------

    def _on_prerequisite_form_answer_changed(self, definition_id: int, value: object) -> None:
        text = value if isinstance(value, str) else None
        state = self.draft.prerequisites
        if state.answer(definition_id) == (text.strip() if text else None):
            return
        self.change_draft(with_prerequisites(self.draft, state.with_answer(definition_id, text)))
        self._render_status()

    def _on_show_missing_button_clicked(self) -> None:
        missing = missing_answers(self.draft.prerequisites)
        if missing:
            self.form.prerequisiteForm.show_field(missing[0].id)


def _set_role(label: QWidget, role: str) -> None:
    if label.property("role") != role:
        label.setProperty("role", role)
        repolish(label)
