"""VIN rules: normalising typed and scanned input, validation findings, check digit, decoding."""

from __future__ import annotations

import string
from datetime import UTC, datetime

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from app.domain.vin import (
    VIN_ALPHABET,
    WMI_MANUFACTURERS,
    VinIssueCode,
    check_digit,
    check_digit_ok,
    decode_vin,
    hint_names,
    is_valid_vin,
    model_year_candidates,
    normalize_vin,
    transliteration_value,
    validate_vin,
    with_check_digit,
)

VIN_CHARS = "".join(sorted(VIN_ALPHABET))
vins = st.text(alphabet=VIN_CHARS, min_size=17, max_size=17)
vins_with_check_digit = vins.map(with_check_digit)
SEPARATORS = [" ", "-", ".", "/", "_", "\t", "\u2013", "\u00a0", ":", "*"]

#: Model year codes of 1980..2009, as ISO 3779 / 49 CFR 565 list them (the cycle repeats every 30 years).
YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"

CODE39 = string.digits + string.ascii_uppercase + "-. $/+%"


def code39_check(data: str) -> str:
    """Modulo-43 check character of Code 39, computed independently of the module under test."""
    return CODE39[sum(CODE39.index(char) for char in data) % 43]


@st.composite
def noisy(draw: st.DrawFn, vin: str) -> str:
    """``vin`` with random case and separators between (and around) its characters."""
    parts = [draw(st.lists(st.sampled_from(SEPARATORS), max_size=2).map("".join))]
    for char in vin:
        parts.append(char.lower() if draw(st.booleans()) else char)
        parts.append(draw(st.lists(st.sampled_from(SEPARATORS), max_size=2).map("".join)))
    return "".join(parts)


# ------------------------------------------------------------------------------------------- normalise


@given(st.text())
@example("]A0IWVWZZZ1KZAW000001")
@example("ﬁ" * 18)
def test_normalize_is_idempotent(raw: str) -> None:
    once = normalize_vin(raw)
    assert normalize_vin(once) == once


@given(vins.flatmap(lambda vin: st.tuples(st.just(vin), noisy(vin))))
def test_case_and_separator_noise_normalises_back_to_the_vin(pair: tuple[str, str]) -> None:
    vin, typed = pair
    assert normalize_vin(typed) == vin


@given(vins)
def test_a_leading_import_flag_is_dropped(vin: str) -> None:
    assert normalize_vin("I" + vin) == vin
    assert normalize_vin("i " + vin.lower()) == vin


@given(vins)
def test_an_aim_symbology_identifier_is_dropped(vin: str) -> None:
    assert normalize_vin("]A0" + vin) == vin
    assert normalize_vin("]d2" + vin) == vin
    assert normalize_vin("]A0I" + vin) == vin


@given(vins)
def test_import_flag_with_code39_check_character_is_dropped(vin: str) -> None:
    check = code39_check("I" + vin)
    assume(check.isalnum())  # other check characters are separators or prefixes, tested elsewhere
    assert normalize_vin("I" + vin + check) == vin


def test_an_import_flag_with_a_scanner_suffix_is_dropped() -> None:
    # "$" is not the check character of this read ("3" is): it is the scanner's suffix.
    assert code39_check("I1HGCM82633A004352") == "3"
    assert normalize_vin("I1HGCM82633A004352$") == "1HGCM82633A004352"
    assert normalize_vin("i1hgcm82633a004352#") == "1HGCM82633A004352"
    assert normalize_vin("$I1HGCM82633A004352%") == "1HGCM82633A004352"
    assert normalize_vin("I1HGCM82633A0043523$") == "1HGCM82633A004352"
    assert normalize_vin("#]A0I1HGCM82633A0043523$") == "1HGCM82633A004352"


@given(vins, st.sampled_from("$+%#"))
def test_an_import_flag_and_any_one_non_alphanumeric_trailer_are_dropped(vin: str, trailer: str) -> None:
    # Check character or scanner suffix: either way it is no part of the VIN, and neither is the I.
    assert normalize_vin("I" + vin + trailer) == vin
    assert normalize_vin("]A0I" + vin + trailer) == vin


@given(vins, st.sampled_from(CODE39[:36]))
def test_an_import_flag_and_a_wrong_check_letter_or_digit_stay(vin: str, wrong: str) -> None:
    # A letter or digit after the VIN that is not the check character may be a typing slip: no guess.
    assume(wrong != code39_check("I" + vin))
    read = "I" + vin + wrong
    assert normalize_vin(read) == read
    assert not validate_vin(read).is_valid


@st.composite
def scanner_reads(draw: st.DrawFn) -> tuple[str, str]:
    """A VIN wrapped the way a scanner may wrap it, and what :func:`normalize_vin` must make of it.

    The expected result follows the documented rules, worked out here without the module's helpers.
    """
    vin = draw(st.one_of(vins, vins_with_check_digit))
    prefix = draw(st.sampled_from(["", "$", "#", "%"]))
    aim = draw(st.sampled_from(["", "]A0", "]C0", "]d2"]))
    flag = draw(st.sampled_from(["", "I"]))
    tail = draw(st.sampled_from(["none", "check", "wrong"]))
    suffix = draw(st.sampled_from(["", "#", "$", "+"]))
    check = code39_check(flag + vin)
    expected = vin
    if tail == "none":
        trailer = ""
    elif tail == "check":
        trailer = check
        if check.isalnum() and not flag and not check_digit_ok(vin):
            expected = ""  # unverifiable: the read stays as it was
    else:
        trailer = draw(st.sampled_from(CODE39[:36]).filter(lambda char: char != check))
        expected = ""
    read = prefix + aim + flag + vin + trailer + suffix
    return read, expected or read.upper()


@given(scanner_reads())
@example(("I1HGCM82633A004352$", "1HGCM82633A004352"))
@example(("I1HGCM82633A0043527", "I1HGCM82633A0043527"))
def test_scanner_wrapping_is_peeled_exactly_as_documented(case: tuple[str, str]) -> None:
    read, expected = case
    assert normalize_vin(read) == expected


@given(st.text(alphabet=VIN_CHARS + "I]$#%+ADC0", min_size=18, max_size=26))
def test_unwrapping_only_ever_leaves_seventeen_vin_characters_from_the_read(read: str) -> None:
    result = normalize_vin(read)
    assert result == read or (is_valid_vin(result) and result in read)


@given(vins_with_check_digit)
def test_a_trailing_code39_check_character_is_dropped_when_the_vin_checks_out(vin: str) -> None:
    assert normalize_vin(vin + code39_check(vin)) == vin


def test_a_trailing_code39_check_character_stays_when_the_vin_fails_its_check_digit() -> None:
    vin = "WVWZZZAUZGW041873"  # European: no check digit at position 9
    assert not check_digit_ok(vin)
    read = vin + code39_check(vin)
    assert read[-1] == "2"  # an alphanumeric check character: it could as well be a typing slip
    assert normalize_vin(read) == read
    assert not validate_vin(read).is_valid


@pytest.mark.parametrize("wrapped", ["$WVWZZZ1KZAW000001", "WVWZZZ1KZAW000001#", "%WVWZZZ1KZAW000001+"])
def test_a_scanner_prefix_or_suffix_is_dropped(wrapped: str) -> None:
    assert normalize_vin(wrapped) == "WVWZZZ1KZAW000001"


def test_full_width_and_unicode_dashes_are_folded() -> None:
    full_width = "".join(chr(ord(char) + 0xFEE0) for char in "WVWZZZ1KZAW000001")
    assert normalize_vin(full_width) == "WVWZZZ1KZAW000001"
    assert normalize_vin("wvw\u2013zzz\u20141kz\u00a0aw000001\n") == "WVWZZZ1KZAW000001"


def test_lookalike_letters_are_never_turned_into_digits() -> None:
    assert normalize_vin("wvwzzz1kzaw00000o") == "WVWZZZ1KZAW00000O"
    assert normalize_vin("WVWZZZ1KZAWQ00001") == "WVWZZZ1KZAWQ00001"


def test_an_extra_typed_character_is_not_guessed_away() -> None:
    assert normalize_vin("WVWZZZ1KZAW0000012") == "WVWZZZ1KZAW0000012"
    assert normalize_vin("AWVWZZZ1KZAW000001") == "AWVWZZZ1KZAW000001"


# -------------------------------------------------------------------------------------------- validate


@given(st.text())
def test_validate_never_raises_and_valid_means_no_errors(text: str) -> None:
    check = validate_vin(text)
    assert check.is_valid == (not check.errors)
    assert check.vin == text
    if check.is_valid:
        assert len(text) == 17
        assert set(text) <= VIN_ALPHABET
    assert all(issue.message for issue in (*check.errors, *check.warnings))


@given(st.text(max_size=40))
def test_decode_and_normalise_never_raise(text: str) -> None:
    normalize_vin(text)
    decode_vin(text)


@given(vins)
def test_every_well_formed_vin_is_valid(vin: str) -> None:
    check = validate_vin(vin)
    assert check.is_valid
    assert (VinIssueCode.CHECK_DIGIT in {issue.code for issue in check.warnings}) == (not check_digit_ok(vin))


def test_length_errors_say_how_many_characters_there_are() -> None:
    short = validate_vin("WVWZZZ1KZAW0000")
    assert [issue.code for issue in short.errors] == [VinIssueCode.TOO_SHORT]
    assert short.errors[0].message == "A VIN has 17 characters; this one has 15."
    long = validate_vin("WVWZZZ1KZAW00000123")
    assert [issue.code for issue in long.errors] == [VinIssueCode.TOO_LONG]
    assert "this one has 19" in long.errors[0].message


def test_a_sixteen_character_vin_from_a_connector_is_too_short() -> None:
    check = validate_vin("VF1BZ0B0H4458273")
    assert not check.is_valid
    assert check.errors[0].code is VinIssueCode.TOO_SHORT


def test_an_empty_vin_is_an_error() -> None:
    assert [issue.code for issue in validate_vin("").errors] == [VinIssueCode.EMPTY]


def test_letters_i_o_q_are_pointed_at_with_their_position() -> None:
    check = validate_vin("WVWZOZ1KZAW00000I")
    assert [(issue.code, issue.position) for issue in check.errors] == [
        (VinIssueCode.LETTER_IOQ, 5),
        (VinIssueCode.LETTER_IOQ, 17),
    ]
    assert check.errors[0].message == (
        "The letters I, O and Q never appear in a VIN: position 5 has an O — is it a zero?"
    )
    assert "is it a one?" in check.errors[1].message


def test_other_bad_characters_are_reported() -> None:
    check = validate_vin("wVWZZZ1KZAW00#001")
    assert [(issue.code, issue.position) for issue in check.errors] == [
        (VinIssueCode.LOWER_CASE, 1),
        (VinIssueCode.INVALID_CHARACTER, 14),
    ]
    assert '"#"' in check.errors[1].message


def test_invisible_characters_are_named_by_code_point() -> None:
    check = validate_vin("WVWZZZ1KZAW00\u200d001")
    assert any("U+200D" in issue.message for issue in check.errors)


def test_a_long_run_of_bad_characters_is_summarised() -> None:
    check = validate_vin("#" * 40)
    codes = [issue.code for issue in check.errors]
    assert codes.count(VinIssueCode.INVALID_CHARACTER) == 5
    assert codes[-1] is VinIssueCode.TOO_MANY_ISSUES
    assert "35 more characters" in check.errors[-1].message


def test_a_european_vin_failing_the_check_digit_is_only_warned_about() -> None:
    check = validate_vin("WVWZZZ1KZAW000001")
    assert check.is_valid
    assert [issue.code for issue in check.warnings] == [VinIssueCode.CHECK_DIGIT]
    assert check.warnings[0].position == 9
    assert "Position 9 is Z" in check.warnings[0].message


def test_unassigned_region_and_missing_model_year_are_warnings() -> None:
    check = validate_vin(with_check_digit("0VWZZZ1KZZW000001"))
    assert check.is_valid
    assert {issue.code for issue in check.warnings} == {
        VinIssueCode.UNASSIGNED_REGION,
        VinIssueCode.NO_MODEL_YEAR,
    }


# ----------------------------------------------------------------------------------------- check digit


def test_the_classic_check_digit_example() -> None:
    assert check_digit("1M8GDM9AXKP042788") == "X"
    assert check_digit_ok("1M8GDM9AXKP042788")
    assert validate_vin("1M8GDM9AXKP042788").warnings == ()


@pytest.mark.parametrize(
    "vin",
    ["5YJ3E7EB1LF612358", "1FA6P8CF2G5283914", "1C4BJWEG3FL618273", "WBA5R1106LF718294"],
)
def test_real_style_vins_with_check_digits_pass(vin: str) -> None:
    assert check_digit_ok(vin)


def test_check_digit_needs_a_well_formed_vin() -> None:
    with pytest.raises(ValueError, match="17 characters"):
        check_digit("WVWZZZ1KZAW00000")
    assert not check_digit_ok("WVWZZZ1KZAW00000O")
    assert not check_digit_ok("")


@given(vins)
def test_a_vin_with_its_computed_check_digit_passes(vin: str) -> None:
    fixed = with_check_digit(vin)
    assert check_digit_ok(fixed)
    assert fixed[:8] == vin[:8]
    assert fixed[9:] == vin[9:]


@given(vins_with_check_digit, st.integers(min_value=0, max_value=16), st.sampled_from(VIN_CHARS))
def test_single_substitutions_escape_the_check_exactly_when_values_collide(
    vin: str, index: int, replacement: str
) -> None:
    """The check digit misses a single substitution exactly when both characters have the same value.

    Every weight but position 9's is 2..10, so non-zero modulo the prime 11, and two transliteration
    values differ by at most 9: the weighted sum changes modulo 11 unless the values are equal (A, J and
    1 are all 1; B, K, S and 2 are all 2...). Changing position 9 itself always fails: its weight is 0,
    so the expected digit stays while the digit changes.
    """
    assume(replacement != vin[index])
    changed = vin[:index] + replacement + vin[index + 1 :]
    undetected = index != 8 and transliteration_value(replacement) == transliteration_value(vin[index])
    assert check_digit_ok(changed) == undetected
    assert validate_vin(changed).is_valid


# ---------------------------------------------------------------------------------------------- decode


def test_decode_a_european_vin() -> None:
    info = decode_vin("WVWZZZ1KZAW000001")
    assert (info.wmi, info.vds, info.vis) == ("WVW", "ZZZ1KZ", "AW000001")
    assert info.region == "Europe"
    assert info.country == "Germany"
    assert info.manufacturer_hint == "Volkswagen"
    assert info.model_year_candidates == (2010, 1980)


@pytest.mark.parametrize(
    ("vin", "region", "country", "manufacturer"),
    [
        ("1M8GDM9AXKP042788", "North America", "United States", None),
        ("5YJ3E7EB1LF612358", "North America", "United States", "Tesla"),
        ("7SAYGDEE6NF000001", "North America", "United States", "Tesla"),
        ("3VWZZZ1KZAW000001", "North America", "Mexico", "Volkswagen"),
        ("JTDKB20U093000001", "Asia", "Japan", "Toyota"),
        ("KMHD841CAJU000001", "Asia", "South Korea", "Hyundai"),
        ("LRW3E7EB1LC000001", "Asia", "China", "Tesla"),
        ("SALGA2BE4LA000001", "Europe", "United Kingdom", "Land Rover"),
        ("VF1RFB00X56000001", "Europe", "France", "Renault"),
        ("VSSZZZKMZNR000001", "Europe", "Spain", "SEAT / Cupra"),
        ("TMBJJ7NE7H0395126", "Europe", "Czech Republic", "Skoda"),
        ("YV1UZ25V5K1285437", "Europe", "Sweden", "Volvo"),
        ("ZFA3120000J294173", "Europe", "Italy", "Fiat"),
        ("9BWZZZ377VT000001", "South America", "Brazil", "Volkswagen"),
        ("6T1BF3FK0CX000001", "Oceania", "Australia", None),
        ("AHTFR22G006000001", "Africa", "South Africa", None),
    ],
)
def test_decode_region_country_and_maker(
    vin: str, region: str, country: str, manufacturer: str | None
) -> None:
    info = decode_vin(vin)
    assert (info.region, info.country, info.manufacturer_hint) == (region, country, manufacturer)


def test_decoding_a_short_or_odd_string_leaves_parts_empty() -> None:
    info = decode_vin("WV")
    assert (info.wmi, info.vds, info.vis, info.manufacturer_hint) == ("", "", "", None)
    assert info.model_year_candidates == ()
    assert decode_vin("0000000000000000").region is None


def test_the_wmi_table_is_large_and_well_formed() -> None:
    assert len(WMI_MANUFACTURERS) >= 60
    for wmi, hint in WMI_MANUFACTURERS.items():
        assert len(wmi) == 3
        assert set(wmi) <= VIN_ALPHABET
        assert all(hint_names(hint))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("A", (2010, 1980)),
        ("Y", (2030, 2000)),
        ("1", (2031, 2001)),
        ("9", (2009,)),
        ("L", (2020, 1990)),
        ("0", ()),
        ("U", ()),
        ("Z", ()),
        ("I", ()),
        ("", ()),
    ],
)
def test_model_year_candidates(code: str, expected: tuple[int, ...]) -> None:
    assert model_year_candidates(code, latest_year=2031) == expected


def test_model_years_stop_at_next_year_by_default() -> None:
    next_year = datetime.now(UTC).year + 1
    assert max(model_year_candidates("Y")) <= next_year
    code_of_next_year = YEAR_CODES[(next_year - 1980) % 30]
    assert model_year_candidates(code_of_next_year)[0] == next_year


@given(vins, st.integers(min_value=2009, max_value=2100))
def test_model_year_candidates_follow_position_10_in_30_year_steps(vin: str, latest: int) -> None:
    candidates = decode_vin(vin, latest_year=latest).model_year_candidates
    if vin[9] not in YEAR_CODES:  # 0, U and Z stand for no year
        assert candidates == ()
        return
    assert candidates
    assert all(YEAR_CODES[(year - 1980) % 30] == vin[9] for year in candidates)
    assert all(1980 <= year <= latest for year in candidates)
    assert list(candidates) == sorted(candidates, reverse=True)
    assert candidates[-1] < 1980 + 30
    assert candidates[0] > latest - 30
