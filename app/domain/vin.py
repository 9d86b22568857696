"""Vehicle identification numbers: clean up what was typed or scanned, check it, and read what it tells.

A VIN (ISO 3779) has 17 characters from the digits and the capital letters except I, O and Q. Position 9
is the North American check digit (ISO 3779 annex / 49 CFR 565), which many European makers do not
compute, so a failed check is a warning and never a reason to refuse a VIN. Position 10 is the model year
code in North America and, by habit, at most European and Asian makers too.

Everything here is pure: no I/O, and no function raises on odd input except :func:`check_digit`, whose
contract needs a well-formed VIN.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Final

VIN_LENGTH: Final = 17
#: The 33 characters a VIN may hold: digits and capital letters except I, O and Q.
VIN_ALPHABET: Final = frozenset("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
VIN_PATTERN: Final = re.compile(r"[A-HJ-NPR-Z0-9]{17}")

#: Characters dropped anywhere by :func:`normalize_vin`: word and group separators people type or
#: print between VIN groups, plus ``*``, the Code 39 start/stop character some scanners pass on.
_SEPARATORS: Final = frozenset(
    " \t\r\n\v\f-.,/\\_:;|*'\"`\u00a0\u200b\u2009\u202f\u2010\u2011\u2012\u2013\u2014\u2212"
)

#: ISO 3779 transliteration of letters for the check digit (digits count as themselves).
_TRANSLITERATION: Final[dict[str, int]] = {
    **{str(digit): digit for digit in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS: Final = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_CHECK_POSITION: Final = 9  # 1-based, as technicians count

#: Code 39 characters in the order of their values, for the optional modulo-43 check character.
_CODE39: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"
#: An AIM symbology identifier that scanners can be set to put in front of every read: "]", a letter
#: naming the symbology (A = Code 39, C = Code 128, d = Data Matrix, Q = QR) and one modifier character.
_AIM_PREFIX: Final = re.compile(r"\][A-Z][0-9A-Z]")

#: Model year codes at position 10, in the order of the years 1980..2009 (the cycle repeats every 30).
_YEAR_CODES: Final = "ABCDEFGHJKLMNPRSTVWXY123456789"
_MAX_CLEAN_ROUNDS: Final = 8
#: The longest scanner read that can hold a VIN: prefix, AIM identifier, I, VIN, check character, suffix.
_MAX_WRAPPED_LENGTH: Final = 1 + 3 + 1 + 17 + 1 + 1
_FIRST_MODEL_YEAR: Final = 1980
_YEAR_CYCLE: Final = 30

#: Order of characters in ISO 3780 region and country ranges (A..Z, then 1..9, then 0).
_RANGE_ORDER: Final = "ABCDEFGHJKLMNPRSTUVWXYZ1234567890"


class VinIssueCode(StrEnum):
    """What is wrong with a VIN (an error) or worth a second look (a warning)."""

    EMPTY = "empty"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    INVALID_CHARACTER = "invalid_character"
    LOWER_CASE = "lower_case"
    LETTER_IOQ = "letter_ioq"
    TOO_MANY_ISSUES = "too_many_issues"
    # Warnings: the VIN may still be right.
    CHECK_DIGIT = "check_digit"
    UNASSIGNED_REGION = "unassigned_region"
    NO_MODEL_YEAR = "no_model_year"


@dataclass(frozen=True, slots=True)
class VinIssue:
    """One finding about a VIN, with a sentence for the technician."""

    code: VinIssueCode
    message: str
    #: 1-based position in the VIN the finding is about, when it is about one character.
    position: int | None = None


@dataclass(frozen=True, slots=True)
class VinCheck:
    """The result of :func:`validate_vin`: errors make a VIN unusable, warnings do not."""

    vin: str
    errors: tuple[VinIssue, ...]
    warnings: tuple[VinIssue, ...]

    @property
    def is_valid(self) -> bool:
        """True when the VIN has no errors (it may have warnings)."""
        return not self.errors


@dataclass(frozen=True, slots=True)
class VinInfo:
    """What the VIN itself says about the car, before any catalogue is asked."""

    vin: str
    #: World manufacturer identifier: positions 1-3 ("" when the VIN is shorter).
    wmi: str
    #: Vehicle descriptor section: positions 4-9.
    vds: str
    #: Vehicle identifier section: positions 10-17.
    vis: str
    #: "Africa", "Asia", "Europe", "North America", "Oceania" or "South America"; None when unassigned.
    region: str | None
    #: The country the first two characters were assigned to, when the table knows it.
    country: str | None
    #: The make(s) the WMI belongs to, e.g. "Volkswagen" or "SEAT / Cupra"; None when unknown.
    manufacturer_hint: str | None
    #: Model years position 10 can stand for, newest first, within 1980 .. next year.
    model_year_candidates: tuple[int, ...]


# --------------------------------------------------------------------------------------------- normalise


def _clean(raw: str) -> str:
    """Fold width and case and drop separators, until nothing changes any more."""
    text = raw
    # Folding and upper-casing can each expose work for the other ("ﬁ" → "fi" → "FI"); a few rounds
    # settle any real text, and the bound keeps crafted input from looping.
    for _ in range(_MAX_CLEAN_ROUNDS):
        folded = unicodedata.normalize("NFKC", text).upper()
        cleaned = "".join(char for char in folded if char not in _SEPARATORS and not char.isspace())
        if cleaned == text:
            break
        text = cleaned
    return text


def _is_vin_shaped(text: str) -> bool:
    return len(text) == VIN_LENGTH and all(char in VIN_ALPHABET for char in text)


def _code39_check_character(data: str) -> str | None:
    """The modulo-43 check character Code 39 appends, or None if ``data`` has a non-Code 39 character."""
    total = 0
    for char in data:
        value = _CODE39.find(char)
        if value < 0:
            return None
        total += value
    return _CODE39[total % 43]


def _without_scanner_affixes(text: str) -> list[str]:
    """``text``, and ``text`` without one non-alphanumeric character in front and/or at the end.

    Scanners can be set to add a prefix or suffix to every read (``$``, ``#``...); a letter or digit there
    could be part of the VIN, so only other characters are taken for one.
    """
    start = 1 if text and not text[0].isalnum() else 0
    end = len(text) - 1 if len(text) > start and not text[-1].isalnum() else len(text)
    return list(dict.fromkeys((text, text[start:], text[:end], text[start:end])))


def _without_aim_identifier(text: str) -> list[str]:
    """``text``, and ``text`` without the AIM symbology identifier it starts with, if any."""
    return [text, text[3:]] if _AIM_PREFIX.match(text) else [text]


def _vins_in_barcode_data(data: str) -> set[str]:
    """The VINs ``data`` (the content of a barcode, without scanner additions) may encode."""
    if _is_vin_shaped(data):
        return {data}
    if data.startswith("I"):
        # US door-jamb labels put the Code 39 "import" flag I in front of the VIN; I is never part of a
        # VIN. A check character after the VIN is computed over all the data before it, the I included.
        vin = data[1 : VIN_LENGTH + 1]
        if not _is_vin_shaped(vin):
            return set()
        if len(data) == VIN_LENGTH + 1:
            return {vin}
        if len(data) == VIN_LENGTH + 2 and data[-1] == _code39_check_character(data[:-1]):
            return {vin}
        return set()
    # A trailing Code 39 check character. A stray typed letter or digit matches it one time in 43, so
    # such a one is dropped only when the VIN also passes its own check digit, which barcoded (North
    # American) labels always do: together a false match is about one in 470. A $, + or % is no typo.
    vin = data[:VIN_LENGTH]
    if (
        len(data) == VIN_LENGTH + 1
        and _is_vin_shaped(vin)
        and data[-1] == _code39_check_character(vin)
        and (check_digit_ok(vin) or not data[-1].isalnum())
    ):
        return {vin}
    return set()


def _unwrap_scanner_read(text: str) -> str:
    """The VIN inside a barcode scanner read, or ``text`` unchanged when there is no unambiguous one.

    A read is peeled as a scanner builds it, from the outside in: the scanner's own prefix and suffix,
    the AIM symbology identifier, then the barcode's data (import flag, VIN, check character). Every way
    of peeling is tried; the VIN is taken only when all the ways that leave one leave the same.
    """
    if not VIN_LENGTH < len(text) <= _MAX_WRAPPED_LENGTH:
        return text
    candidates: set[str] = set()
    for inner in _without_scanner_affixes(text):
        for data in _without_aim_identifier(inner):
            candidates |= _vins_in_barcode_data(data)
    if len(candidates) == 1:
        return candidates.pop()
    return text


def normalize_vin(raw: str) -> str:
    """The VIN in ``raw`` as it should be stored: capitals, no separators, scanner wrapping removed.

    Steps, in this order:

    1. Unicode compatibility folding (full-width letters from an Asian keyboard layout become plain ones) and
       upper case.
    2. Separators are dropped wherever they are: white space of any kind, dashes (including Unicode
       dashes and the minus sign), ``. , / \\ _ : ; |``, quotes, and ``*`` (the Code 39 start/stop
       character).
    3. When 18 to 24 characters remain, a barcode scanner's wrapping around a 17-character VIN is
       removed. From the outside in, each part optional, the wrapping is:

       - one non-alphanumeric character in front and/or at the end: a scanner's configured prefix or
         suffix, such as ``$`` or ``#`` (a letter or digit is never taken for one: it could be the VIN's);
       - an AIM symbology identifier in front (``]A0``, ``]C0``, ``]d2``...: three characters);
       - a leading ``I``, the Code 39 "import" flag that US door-jamb labels print before the VIN;
       - after the VIN, the Code 39 modulo-43 check character, verified: it must be the check
         character of all the barcode data before it (the ``I`` included, when there is one). Without an
         ``I``, a letter or digit there could as well be a typing slip, so the VIN must then also pass
         its ISO 3779 check digit.

       A trailing ``$``, ``+`` or ``%`` may be a check character or a scanner suffix; as it cannot be
       part of a VIN, it goes either way, so ``I1HGCM82633A004352$`` is ``1HGCM82633A004352`` whether
       or not ``$`` is the check character. (The check characters ``-``, ``.``, ``/`` and space are
       separators, already gone in step 2.) A letter or digit after the VIN that is not its verified
       check character stays, and so the whole read stays as it is.

       The wrapping is removed only when exactly 17 VIN characters remain and the result is unambiguous:
       every way of reading the wrapping that leaves a VIN must leave the same one.

    Nothing else is changed. In particular I, O and Q are never turned into 1 and 0: that guess is the
    technician's to make, and :func:`validate_vin` points at them. A read that fits none of the cases (an
    ``I``, a VIN and a letter or digit that is not the check character, say) comes back cleaned but
    otherwise as it was, so that validation can say what is wrong.

    The function is idempotent: ``normalize_vin(normalize_vin(x)) == normalize_vin(x)``.
    """
    return _unwrap_scanner_read(_clean(raw))


# ------------------------------------------------------------------------------------------ check digit


def check_digit(vin: str) -> str:
    """The check digit position 9 should hold ("0" to "9" or "X"), computed from the other 16 characters.

    Each character's transliteration value (digits as such, letters 1-9 by ISO 3779) is weighted by its
    position (8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2), and the sum taken modulo 11, 10 written as X. As 11 is
    prime and no weight but position 9's is a multiple of it, a single changed character goes unnoticed
    exactly when the new character has the same value as the old (A, J and 1 are all 1; B, K, S and 2 are
    all 2, and so on); any change of position 9 itself is caught.

    Raises:
        ValueError: ``vin`` is not 17 characters from the VIN alphabet.
    """
    if not _is_vin_shaped(vin):
        raise ValueError("a check digit needs 17 characters from the VIN alphabet")
    remainder = sum(_TRANSLITERATION[char] * weight for char, weight in zip(vin, _WEIGHTS, strict=True)) % 11
    return "X" if remainder == 10 else str(remainder)


def check_digit_ok(vin: str) -> bool:
    """True when ``vin`` is well formed and position 9 holds its check digit."""
    return _is_vin_shaped(vin) and vin[_CHECK_POSITION - 1] == check_digit(vin)


def with_check_digit(vin: str) -> str:
    """``vin`` with position 9 replaced by its check digit (for building test and sample VINs).

    Raises:
        ValueError: ``vin`` is not 17 characters from the VIN alphabet.
    """
    return vin[: _CHECK_POSITION - 1] + check_digit(vin) + vin[_CHECK_POSITION:]


def transliteration_value(char: str) -> int:
    """The ISO 3779 value of one VIN character in the check digit sum.

    Raises:
        KeyError: ``char`` is not a VIN character.
    """
    return _TRANSLITERATION[char]


# --------------------------------------------------------------------------------------------- validate

_MAX_CHARACTER_ISSUES: Final = 5
_IOQ_GUESS: Final = {"I": "a one", "O": "a zero", "Q": "a zero"}


def _describe_character(char: str) -> str:
    if char.isprintable() and not char.isspace():
        return f'"{char}"'
    return f"an invisible character (U+{ord(char):04X})"


def _character_issue(char: str, position: int) -> VinIssue:
    upper = char.upper()
    if upper in _IOQ_GUESS and upper.isascii():
        return VinIssue(
            VinIssueCode.LETTER_IOQ,
            f"The letters I, O and Q never appear in a VIN: position {position} has an {upper}"
            f" — is it {_IOQ_GUESS[upper]}?",
            position,
        )
    if char.isascii() and char.islower():
        return VinIssue(
            VinIssueCode.LOWER_CASE,
            f'Position {position} has a small "{char}"; a VIN is written in capitals.',
            position,
        )
    return VinIssue(
        VinIssueCode.INVALID_CHARACTER,
        f"Position {position} has {_describe_character(char)}; a VIN has only digits and the capital"
        " letters A to Z without I, O and Q.",
        position,
    )


def validate_vin(vin: str) -> VinCheck:
    """Check ``vin`` exactly as given (normalise it first with :func:`normalize_vin`).

    Errors: empty, not 17 characters, a character outside the VIN alphabet (I, O and Q and small
    letters each get their own finding; at most five characters are listed, then a summary).
    Warnings, only for an otherwise well-formed VIN: the check digit at position 9 does not match
    (normal for many European makers), the first character names no region, or position 10 holds no
    model year code. Positions in the findings are 1-based.
    """
    errors: list[VinIssue] = []
    warnings: list[VinIssue] = []
    if not vin:
        errors.append(VinIssue(VinIssueCode.EMPTY, "No VIN was entered; a VIN has 17 characters."))
        return VinCheck(vin, tuple(errors), ())
    if len(vin) < VIN_LENGTH:
        errors.append(VinIssue(VinIssueCode.TOO_SHORT, f"A VIN has 17 characters; this one has {len(vin)}."))
    elif len(vin) > VIN_LENGTH:
        errors.append(VinIssue(VinIssueCode.TOO_LONG, f"A VIN has 17 characters; this one has {len(vin)}."))
    bad_positions = [index for index, char in enumerate(vin) if char not in VIN_ALPHABET]
    errors.extend(_character_issue(vin[index], index + 1) for index in bad_positions[:_MAX_CHARACTER_ISSUES])
    if len(bad_positions) > _MAX_CHARACTER_ISSUES:
        more = len(bad_positions) - _MAX_CHARACTER_ISSUES
        errors.append(
            VinIssue(
                VinIssueCode.TOO_MANY_ISSUES,
                f"{more} more character{'s' if more > 1 else ''} cannot be part of a VIN.",
            )
        )
    if errors:
        return VinCheck(vin, tuple(errors), ())

    expected = check_digit(vin)
    found = vin[_CHECK_POSITION - 1]
    if found != expected:
        warnings.append(
            VinIssue(
                VinIssueCode.CHECK_DIGIT,
                f"Position 9 is {found}, but the check digit worked out from the other characters is"
                f" {expected}. North American VINs always pass this check and many European ones do not:"
                " compare the VIN with the one on the car.",
                _CHECK_POSITION,
            )
        )
    if region_of(vin) is None:
        warnings.append(
            VinIssue(
                VinIssueCode.UNASSIGNED_REGION,
                f"A VIN starting with {vin[0]} belongs to no region of the world: check the first character.",
                1,
            )
        )
    if vin[9] not in _YEAR_CODES:
        warnings.append(
            VinIssue(
                VinIssueCode.NO_MODEL_YEAR,
                f"Position 10 is {vin[9]}, which is no model year code; the model year cannot be read"
                " from this VIN.",
                10,
            )
        )
    return VinCheck(vin, (), tuple(warnings))


def is_valid_vin(vin: str) -> bool:
    """True when ``vin`` is 17 characters from the VIN alphabet (the check digit is not required)."""
    return _is_vin_shaped(vin)


# ----------------------------------------------------------------------------------------------- decode

#: ISO 3780 regions by the first character (ranges in A..Z, 1..9, 0 order). 0 is unassigned.
_REGIONS: Final = (
    ("A", "H", "Africa"),
    ("J", "R", "Asia"),
    ("S", "Z", "Europe"),
    ("1", "5", "North America"),
    ("6", "7", "Oceania"),
    ("8", "9", "South America"),
)

#: Countries by the first two characters: (first character, second from, second to, country).
#: Only allocations in wide use by car makers; a code outside them gives no country rather than a guess.
_COUNTRIES: Final = (
    ("A", "A", "H", "South Africa"),
    ("J", "A", "0", "Japan"),
    ("K", "L", "R", "South Korea"),
    ("L", "A", "0", "China"),
    ("M", "A", "E", "India"),
    ("M", "F", "K", "Indonesia"),
    ("M", "L", "R", "Thailand"),
    ("N", "L", "R", "Turkey"),
    ("P", "L", "R", "Malaysia"),
    ("R", "F", "K", "Taiwan"),
    ("S", "A", "M", "United Kingdom"),
    ("S", "N", "T", "Germany"),
    ("S", "U", "Z", "Poland"),
    ("T", "A", "H", "Switzerland"),
    ("T", "J", "P", "Czech Republic"),
    ("T", "R", "V", "Hungary"),
    ("T", "W", "1", "Portugal"),
    ("U", "H", "M", "Denmark"),
    ("U", "N", "R", "Ireland"),
    ("U", "U", "Z", "Romania"),
    ("U", "5", "7", "Slovakia"),
    ("V", "A", "E", "Austria"),
    ("V", "F", "R", "France"),
    ("V", "S", "W", "Spain"),
    ("W", "A", "0", "Germany"),
    ("X", "L", "R", "Netherlands"),
    ("X", "S", "W", "Russia"),
    ("X", "3", "0", "Russia"),
    ("Y", "A", "E", "Belgium"),
    ("Y", "F", "K", "Finland"),
    ("Y", "S", "W", "Sweden"),
    ("Z", "A", "R", "Italy"),
    ("1", "A", "0", "United States"),
    ("2", "A", "0", "Canada"),
    ("3", "A", "W", "Mexico"),
    ("4", "A", "0", "United States"),
    ("5", "A", "0", "United States"),
    ("6", "A", "W", "Australia"),
    ("7", "A", "E", "New Zealand"),
    # The SAE 2021 extension of the United States' codes into the 7 block (Tesla's 7SA, for one).
    ("7", "F", "0", "United States"),
    ("8", "A", "E", "Argentina"),
    ("9", "A", "E", "Brazil"),
    ("9", "3", "9", "Brazil"),
)

_REGION_OF_COUNTRY_OUTSIDE_BLOCK: Final = {"United States": "North America"}

#: Real world manufacturer identifiers of makes a European workshop meets, to the make (or makes, when
#: one WMI is shared) that uses them.
WMI_MANUFACTURERS: Final[dict[str, str]] = {
    # Volkswagen group
    "WVW": "Volkswagen",
    "WV1": "Volkswagen",
    "WV2": "Volkswagen",
    "1VW": "Volkswagen",
    "3VW": "Volkswagen",
    "9BW": "Volkswagen",
    "WAU": "Audi",
    "WA1": "Audi",
    "WUA": "Audi",
    "TRU": "Audi",
    "TMB": "Skoda",
    "VSS": "SEAT / Cupra",
    "WP0": "Porsche",
    "WP1": "Porsche",
    "SCB": "Bentley",
    "ZHW": "Lamborghini",
    # BMW group
    "WBA": "BMW",
    "WBS": "BMW",
    "WBY": "BMW",
    "5UX": "BMW",
    "4US": "BMW",
    "WMW": "MINI",
    # Mercedes-Benz group
    "WDB": "Mercedes-Benz",
    "WDD": "Mercedes-Benz",
    "WDC": "Mercedes-Benz",
    "WDF": "Mercedes-Benz",
    "W1K": "Mercedes-Benz",
    "W1N": "Mercedes-Benz",
    "W1V": "Mercedes-Benz",
    "4JG": "Mercedes-Benz",
    "55S": "Mercedes-Benz",
    "WME": "smart",
    # Stellantis
    "W0L": "Opel / Vauxhall",
    "W0V": "Opel / Vauxhall",
    "VF3": "Peugeot",
    "VR3": "Peugeot",
    "VF7": "Citroën",
    "VR7": "Citroën",
    "VR1": "DS",
    "ZFA": "Fiat",
    "ZAR": "Alfa Romeo",
    "ZLA": "Lancia",
    "ZAC": "Jeep",
    "1J4": "Jeep",
    "1J8": "Jeep",
    "1C4": "Chrysler / Jeep / Dodge",
    "ZFF": "Ferrari",
    # Renault group
    "VF1": "Renault",
    "UU1": "Dacia",
    # Ford
    "WF0": "Ford",
    "1FA": "Ford",
    "1FM": "Ford",
    "1FT": "Ford",
    "3FA": "Ford",
    # Volvo, Polestar, Saab
    "YV1": "Volvo",
    "YV4": "Volvo",
    "LYV": "Volvo",
    "YS3": "Saab",
    # Jaguar Land Rover and other British makes
    "SAL": "Land Rover",
    "SAJ": "Jaguar",
    "SCC": "Lotus",
    "SCF": "Aston Martin",
    # Japan
    "JTD": "Toyota",
    "JTE": "Toyota",
    "JTM": "Toyota",
    "SB1": "Toyota",
    "NMT": "Toyota",
    "VNK": "Toyota",
    "4T1": "Toyota",
    "JTH": "Lexus",
    "JHM": "Honda",
    "SHH": "Honda",
    "SHS": "Honda",
    "1HG": "Honda",
    "JN1": "Nissan",
    "SJN": "Nissan",
    "VSK": "Nissan",
    "JMZ": "Mazda",
    "JM1": "Mazda",
    "JSA": "Suzuki",
    "TSM": "Suzuki",
    "JMB": "Mitsubishi",
    "JA3": "Mitsubishi",
    "JF1": "Subaru",
    "JF2": "Subaru",
    # Korea
    "KMH": "Hyundai",
    "TMA": "Hyundai",
    "NLH": "Hyundai",
    "KNA": "Kia",
    "KND": "Kia",
    "U5Y": "Kia",
    # Tesla
    "5YJ": "Tesla",
    "7SA": "Tesla",
    "LRW": "Tesla",
    "XP7": "Tesla",
    # General Motors
    "1G1": "Chevrolet",
    "1GC": "Chevrolet",
}


def _range_index(char: str) -> int:
    return _RANGE_ORDER.find(char)


def _in_range(char: str, first: str, last: str) -> bool:
    index = _range_index(char)
    return index >= 0 and _range_index(first) <= index <= _range_index(last)


def region_of(vin: str) -> str | None:
    """The region the start of ``vin`` stands for, or None (empty, 0, not a VIN character).

    The ISO 3780 block of the first character decides, except where a known country code says otherwise
    (the United States' codes in the 7 block, which ISO 3780 gave to Oceania).
    """
    if not vin:
        return None
    country = country_of(vin)
    if country in _REGION_OF_COUNTRY_OUTSIDE_BLOCK:
        return _REGION_OF_COUNTRY_OUTSIDE_BLOCK[country]
    return next((region for first, last, region in _REGIONS if _in_range(vin[0], first, last)), None)


def country_of(vin: str) -> str | None:
    """The country the first two characters of ``vin`` were assigned to, when the table knows it."""
    if len(vin) < 2:
        return None
    return next(
        (
            country
            for first, second_from, second_to, country in _COUNTRIES
            if vin[0] == first and _in_range(vin[1], second_from, second_to)
        ),
        None,
    )


def model_year_candidates(code: str, *, latest_year: int | None = None) -> tuple[int, ...]:
    """The model years a position 10 ``code`` can stand for, newest first, from 1980 to ``latest_year``.

    ``latest_year`` defaults to next year (makers sell next year's model from the summer on). The code
    cycle repeats every 30 years, so "A" is 1980 and 2010, "1" is 2001 and 2031. 0, U, Z and anything
    not a year code give no candidate.
    """
    if len(code) != 1 or code not in _YEAR_CODES:
        return ()
    last = latest_year if latest_year is not None else datetime.now(UTC).year + 1
    first_year = _FIRST_MODEL_YEAR + _YEAR_CODES.index(code)
    return tuple(year for year in range(first_year, last + 1, _YEAR_CYCLE))[::-1]


def manufacturer_hint(wmi: str) -> str | None:
    """The make(s) behind a world manufacturer identifier, e.g. "Volkswagen" for WVW; None if unknown."""
    return WMI_MANUFACTURERS.get(wmi)


def hint_names(hint: str) -> tuple[str, ...]:
    """The separate make names in a manufacturer hint ("SEAT / Cupra" → ("SEAT", "Cupra"))."""
    return tuple(name.strip() for name in hint.split("/"))


def decode_vin(vin: str, *, latest_year: int | None = None) -> VinInfo:
    """What ``vin`` says by itself: sections, region, country, manufacturer and possible model years.

    Works on any text (normalise it first): parts a short or malformed VIN does not have come back
    empty or None. ``latest_year`` bounds the model years as in :func:`model_year_candidates`.
    """
    wmi = vin[:3] if len(vin) >= 3 else ""
    well_formed = _is_vin_shaped(vin)
    return VinInfo(
        vin=vin,
        wmi=wmi,
        vds=vin[3:9],
        vis=vin[9:17],
        region=region_of(vin),
        country=country_of(vin),
        manufacturer_hint=manufacturer_hint(wmi) if wmi else None,
        model_year_candidates=model_year_candidates(vin[9], latest_year=latest_year) if well_formed else (),
    )
