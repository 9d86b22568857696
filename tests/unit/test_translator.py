"""The sandbox translator: phrase tables, word fallback, detection, and honesty about what it cannot do."""

from __future__ import annotations

import itertools
import re

import pytest

from app.sandbox import operator
from app.sandbox.translator import (
    SUPPORTED_LANGUAGES,
    UNDETERMINED,
    Translator,
    UnsupportedLanguageError,
    default_translator,
    normalize_language,
)

_CANNED = [
    operator.GREETING.format(first_name="Sanne"),
    operator.PHOTO_REQUEST,
    operator.IMAGE_RECEIVED,
    operator.FILE_RECEIVED.format(file_name="Fault log 2.PDF"),
    operator.STILL_HERE,
    operator.TIME_ESTIMATE.format(minutes=7),
    operator.DONE_ACKNOWLEDGED,
    operator.YOU_ARE_WELCOME,
    operator.HELLO_BACK,
    operator.QUESTION_NOTED,
    operator.UNDERSTOOD,
    operator.REPORT_POSTED,
    operator.SESSION_ENDED,
    operator.TICKET_CANCELLED,
]


@pytest.fixture(scope="module")
def translator() -> Translator:
    return default_translator()


def test_the_phrase_table_covers_every_language_with_enough_phrases(translator: Translator) -> None:
    assert translator.phrase_count >= 30
    for language in SUPPORTED_LANGUAGES:
        assert len(translator.phrases(language)) == translator.phrase_count


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_phrases_are_unique_within_a_language_so_round_trips_are_exact(
    translator: Translator, language: str
) -> None:
    folded = [re.sub(r"[\s.!?…]+$", "", p.lower()) for p in translator.phrases(language)]
    duplicates = {p for p in folded if folded.count(p) > 1}
    assert not duplicates


def test_the_seed_example_translates_as_the_seed_shows(translator: Translator) -> None:
    result = translator.translate("Hello world!", "de")
    assert (result.text, result.source_language, result.target_language) == ("Hallo Welt!", "en", "de")
    assert result.complete


@pytest.mark.parametrize("sentence", _CANNED)
@pytest.mark.parametrize("language", [lang for lang in SUPPORTED_LANGUAGES if lang != "en"])
def test_canned_operator_sentences_round_trip(translator: Translator, sentence: str, language: str) -> None:
    there = translator.translate(sentence, language)
    assert there.complete
    assert there.source_language == "en"
    assert there.text != sentence
    back = translator.translate(there.text, "en")
    assert back.source_language == language
    assert back.text == sentence


def test_placeholders_keep_the_original_spelling(translator: Translator) -> None:
    german = translator.translate("Thanks, I received Dashboard FOTO_01.jpg.", "de")
    assert german.text == "Danke, ich habe Dashboard FOTO_01.jpg erhalten."
    french = translator.translate(operator.GREETING.format(first_name="Lars"), "fr")
    assert (
        french.text == "Bonjour, ici Lars du diagnostic à distance. Je suis maintenant connecté à la voiture."
    )


def test_typography_variants_still_match(translator: Translator) -> None:
    typed = "i\u2019m still here - working on the control unit now"
    assert translator.translate(typed, "nl").text == "Ik ben er nog — ik werk nu aan de regeleenheid."
    assert translator.translate("Avez-vous terminé?", "en").text == "Are you finished?"


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("the car is broken", "de", "die Auto ist defekt"),
        ("Die Warnleuchte ist defekt", "en", "The warning light is broken"),
        ("Fehlercode P0300 bitte", "en", "Fault code P0300 please"),
        ("THE CAR IS BROKEN", "da", "DEN BIL ER DEFEKT"),
        # three of seven words known: too little to translate word by word
        ("I have a question about the gearbox", "da", None),
    ],
)
def test_word_fallback_translates_mostly_known_sentences(
    translator: Translator, text: str, target: str, expected: str | None
) -> None:
    result = translator.translate(text, target)
    if expected is None:
        assert result.text == text
        assert not result.complete
    else:
        assert result.text == expected
        assert result.complete


def test_sentences_are_translated_one_by_one_and_unknown_ones_stay(translator: Translator) -> None:
    text = "The ignition is on. Zorgvuldig gecontroleerd xyz qwerty! Please start the engine."
    result = translator.translate(text, "de")
    assert result.text == (
        "Die Zündung ist eingeschaltet. Zorgvuldig gecontroleerd xyz qwerty! Bitte starten Sie den Motor."
    )
    assert not result.complete


def test_untranslatable_text_comes_back_unchanged_without_decoration(translator: Translator) -> None:
    result = translator.translate("Der Wagen macht seit gestern komische Geräusche", "en")
    assert result.text == "Der Wagen macht seit gestern komische Geräusche"
    assert result.source_language == "de"
    assert not result.complete
    assert "[" not in result.text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Het duurt erg lang vandaag", "nl"),
        ("Jeg har et spørgsmål om bilen", "da"),
        ("Je ne sais pas pourquoi le moteur fait ce bruit", "fr"),
        ("Ich habe noch eine Frage zum Steuergerät", "de"),
        ("Could you check the brakes once more", "en"),
    ],
)
def test_detection_scores_vocabulary(translator: Translator, text: str, language: str) -> None:
    assert translator.detect(text) == language


def test_detection_without_any_known_word_is_undetermined(translator: Translator) -> None:
    assert translator.detect("P0300 0x7E8 42") == UNDETERMINED
    result = translator.translate("P0300 0x7E8 42", "de")
    assert (result.text, result.source_language, result.complete) == ("P0300 0x7E8 42", UNDETERMINED, False)


def test_same_language_is_returned_as_is(translator: Translator) -> None:
    result = translator.translate("Die Zündung ist eingeschaltet.", "de")
    assert result.text == "Die Zündung ist eingeschaltet."
    assert result.complete


@pytest.mark.parametrize(
    ("tag", "expected"), [("de", "de"), ("DE-at", "de"), ("nl_BE", "nl"), (" fr ", "fr")]
)
def test_language_tags_are_reduced_to_their_primary_language(tag: str, expected: str) -> None:
    assert normalize_language(tag) == expected


@pytest.mark.parametrize("tag", ["xx", "es", "", "english"])
def test_unsupported_languages_are_refused(translator: Translator, tag: str) -> None:
    with pytest.raises(UnsupportedLanguageError):
        translator.translate("Hello world!", tag)


def test_a_custom_table_is_used_instead_of_the_default() -> None:
    tiny = Translator(
        phrases=[{"en": "Brake fluid low.", "de": "Bremsflüssigkeit niedrig."}], words=[], extra_vocabulary={}
    )
    assert tiny.translate("brake fluid low", "de").text == "Bremsflüssigkeit niedrig."
    assert tiny.translate("Hello world!", "de").text == "Hello world!"


def test_every_pair_of_languages_translates_a_workshop_phrase(translator: Translator) -> None:
    for source, target in itertools.permutations(SUPPORTED_LANGUAGES, 2):
        text = dict(zip(SUPPORTED_LANGUAGES, _phrase_row(translator, "Please close all doors."), strict=True))
        assert translator.translate(text[source], target).text == text[target]


def _phrase_row(translator: Translator, english: str) -> list[str]:
    index = translator.phrases("en").index(english)
    return [translator.phrases(language)[index] for language in SUPPORTED_LANGUAGES]
