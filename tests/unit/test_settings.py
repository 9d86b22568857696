"""Settings: four sources in order, every value and name checked, errors as one sentence naming the source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.domain.attachments import DEFAULT_MAX_BYTES
from app.store.paths import AppPaths
from app.store.settings import (
    LANGUAGES,
    Settings,
    SettingsError,
    default_config_text,
    env_var_for,
    load_settings,
    write_default_config,
)

PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUe3X\n-----END CERTIFICATE-----\n"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path).ensure()


def write_config(paths: AppPaths, text: str) -> Path:
    paths.config_file.write_text(text, encoding="utf-8")
    return paths.config_file


def load(paths: AppPaths, *, env: dict[str, str] | None = None, **overrides: object) -> Settings:
    return load_settings(paths=paths, env=env or {}, overrides=overrides)


def error_of(paths: AppPaths, *, env: dict[str, str] | None = None, **overrides: object) -> str:
    with pytest.raises(SettingsError) as caught:
        load(paths, env=env, **overrides)
    message = str(caught.value)
    assert "\n" not in message
    assert message.endswith((".", "?")), message
    return message


# ----------------------------------------------------------------------------------------------- sources


def test_without_file_or_environment_every_value_is_the_default(paths: AppPaths) -> None:
    settings = load(paths)

    assert settings == Settings()
    assert settings.api_url is None
    assert settings.language == "en"
    assert settings.request_timeout == 15.0
    assert settings.remember_connectors is True
    assert settings.attachment_max_mb == 50
    assert settings.attachment_max_bytes == DEFAULT_MAX_BYTES
    assert settings.notification_sound is False
    assert settings.config_file is None
    assert {settings.source_of(key) for key in Settings.model_fields} == {"default"}


def test_later_sources_win_key_by_key(paths: AppPaths) -> None:
    write_config(paths, 'language = "de"\nrequest_timeout = 30\nkiosk = true\n')

    settings = load(
        paths,
        env={"WORKBAY_REQUEST_TIMEOUT": "45", "WORKBAY_KIOSK": "no", "PATH": "/usr/bin"},
        kiosk=True,
    )

    assert (settings.language, settings.source_of("language")) == ("de", "file")
    assert (settings.request_timeout, settings.source_of("request_timeout")) == (45.0, "environment")
    assert (settings.kiosk, settings.source_of("kiosk")) == (True, "command line")
    assert settings.source_of("log_level") == "default"
    assert settings.config_file == paths.config_file


def test_the_real_environment_is_read_when_none_is_given(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBAY_LANGUAGE", "nl")

    settings = load_settings(paths=paths)

    assert (settings.language, settings.source_of("language")) == ("nl", "environment")


def test_the_default_file_is_in_the_user_configuration_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    default = AppPaths.default().ensure()
    default.config_file.write_text('log_level = "DEBUG"\n', encoding="utf-8")

    settings = load_settings(env={})

    assert default.config_file == tmp_path / "xdg-config" / "workbay" / "workbay.toml"
    assert settings.log_level == "DEBUG"
    assert settings.config_file == default.config_file


def test_a_command_line_value_of_none_means_not_given(paths: AppPaths) -> None:
    write_config(paths, 'api_url = "https://api.example.com"\n')

    settings = load(paths, api_url=None, language=None)

    assert settings.api_url == "https://api.example.com"
    assert settings.source_of("api_url") == "file"
    assert settings.source_of("language") == "default"


def test_an_empty_optional_value_resets_it_to_not_set(paths: AppPaths) -> None:
    write_config(paths, 'api_url = "https://api.example.com"\nca_bundle = ""\n')

    settings = load(paths, api_url="")

    assert settings.api_url is None
    assert settings.source_of("api_url") == "command line"
    assert settings.ca_bundle is None


def test_an_empty_environment_variable_is_as_if_not_set(paths: AppPaths) -> None:
    write_config(paths, 'language = "de"\n')

    settings = load(paths, env={"WORKBAY_LANGUAGE": "", "WORKBAY_KIOSK": "  "})

    assert (settings.language, settings.source_of("language")) == ("de", "file")
    assert settings.source_of("kiosk") == "default"


def test_the_sandbox_keys_may_be_a_table(paths: AppPaths) -> None:
    write_config(paths, "[sandbox]\nspeed = 60\nport = 8765\n")

    settings = load(paths)

    assert settings.sandbox_speed == 60.0
    assert settings.sandbox_port == 8765
    assert settings.source_of("sandbox_speed") == "file"


def test_a_sandbox_key_given_flat_and_in_the_table_is_an_error(paths: AppPaths) -> None:
    write_config(paths, "sandbox_port = 1\n[sandbox]\nport = 2\n")

    message = error_of(paths)

    assert message.startswith(f"{paths.config_file}: sandbox_port is given twice")


def test_a_named_settings_file_replaces_the_default_one(paths: AppPaths, tmp_path: Path) -> None:
    write_config(paths, 'language = "fr"\n')
    other = tmp_path / "kiosk.toml"
    other.write_text('language = "da"\n', encoding="utf-8")

    assert load_settings(paths=paths, config_file=other, env={}).language == "da"
    assert load(paths, env={"WORKBAY_CONFIG": str(other)}).language == "da"
    assert load(paths, env={"WORKBAY_CONFIG": str(other)}).config_file == other


def test_a_named_settings_file_must_exist(paths: AppPaths, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.toml"

    with pytest.raises(SettingsError, match="does not exist"):
        load_settings(paths=paths, config_file=missing, env={})
    assert str(missing) in error_of(paths, env={"WORKBAY_CONFIG": str(missing)})


# ----------------------------------------------------------------------------------------------- values


def test_the_error_names_the_file_the_key_and_what_is_allowed(paths: AppPaths) -> None:
    write_config(paths, 'request_timeout = "fast"\n')

    assert error_of(paths) == (
        f"{paths.config_file}: request_timeout must be a number of seconds between 1 and 120 (got 'fast')."
    )


def test_the_error_names_the_environment_variable(paths: AppPaths) -> None:
    message = error_of(paths, env={"WORKBAY_REQUEST_TIMEOUT": "fast"})

    assert message == (
        "Environment variable WORKBAY_REQUEST_TIMEOUT must be a number of seconds between 1 and 120 "
        "(got 'fast')."
    )


def test_the_error_names_the_command_line(paths: AppPaths) -> None:
    assert error_of(paths, language="klingon") == (
        "Command line: language must be one of en, de, nl, fr, da (got 'klingon')."
    )


def test_a_bad_file_value_is_reported_even_when_a_later_source_overrides_it(paths: AppPaths) -> None:
    write_config(paths, "sandbox_port = 70000\n")

    assert "sandbox_port must be a port number" in error_of(paths, sandbox_port=0)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://api.example.com/", "https://api.example.com"),
        ("HTTPS://api.example.com/v1//", "https://api.example.com/v1"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("  https://[::1]:8443/  ", "https://[::1]:8443"),
    ],
)
def test_an_api_url_is_normalised(paths: AppPaths, given: str, expected: str) -> None:
    assert load(paths, api_url=given).api_url == expected


@pytest.mark.parametrize(
    "given",
    [
        "api.example.com",
        "ftp://api.example.com",
        "https://",
        "https:///v1",
        "https://api.example.com:99999",
        "https://api.example.com/?token=abc",
        "https://api.example.com/#top",
        "https://api example.com",
        "https://user:s3cr3tpass@api.example.com",
    ],
)
def test_a_bad_api_url_is_refused(paths: AppPaths, given: str) -> None:
    message = error_of(paths, env={"WORKBAY_API_URL": given})

    assert message.startswith("Environment variable WORKBAY_API_URL must be an http:// or https:// address")
    assert "s3cr3tpass" not in message


def test_a_websocket_url_keeps_its_path(paths: AppPaths) -> None:
    assert load(paths, ws_url="wss://ws.example.com/wssprd").ws_url == "wss://ws.example.com/wssprd"
    assert "ws_url must be a ws:// or wss:// address" in error_of(paths, ws_url="https://ws.example.com")


@pytest.mark.parametrize(
    ("given", "expected"),
    [("de", "de"), ("DE", "de"), ("de_DE.UTF-8", "de"), ("fr-BE", "fr"), (" nl ", "nl")],
)
def test_a_language_may_be_given_as_a_locale(paths: AppPaths, given: str, expected: str) -> None:
    assert load(paths, env={"WORKBAY_LANGUAGE": given}).language == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_language_is_accepted(paths: AppPaths, language: str) -> None:
    assert load(paths, language=language).language == language


@pytest.mark.parametrize(("given", "expected"), [("debug", "DEBUG"), ("Warn", "WARNING"), ("ERROR", "ERROR")])
def test_a_log_level_is_read_in_any_case(paths: AppPaths, given: str, expected: str) -> None:
    assert load(paths, log_level=given).log_level == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("true", True),
        ("Yes", True),
        ("on", True),
        ("1", True),
        ("false", False),
        ("NO", False),
        ("off", False),
    ],
)
def test_yes_no_values_from_the_environment(paths: AppPaths, text: str, expected: bool) -> None:
    assert load(paths, env={"WORKBAY_VERIFY_TLS": text}).verify_tls is expected


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("request_timeout = 0.5", "request_timeout must be a number of seconds between 1 and 120 (got 0.5)."),
        ("request_timeout = 121", "(got 121)."),
        ("request_timeout = true", "(got True)."),
        ("request_timeout = nan", "(got nan)."),
        ("request_timeout = inf", "(got inf)."),
        ("sandbox_speed = 0.05", "sandbox_speed must be a clock factor between 0.1 and 1000 (got 0.05)."),
        ("sandbox_speed = 1001", "(got 1001)."),
        ("sandbox_port = -1", "sandbox_port must be a port number between 0 and 65535 (0: any free port)"),
        ("sandbox_port = 80.5", "(got 80.5)."),
        ('sandbox_port = "http"', "(got 'http')."),
        ("kiosk = 1", "kiosk must be true or false (got 1)."),
        ('kiosk = "maybe"', "(got 'maybe')."),
        ("language = 7", "language must be one of en, de, nl, fr, da (got 7)."),
        ('log_level = "verbose"', "log_level must be one of DEBUG, INFO, WARNING, ERROR (got 'verbose')."),
        ("api_url = [1, 2]", "api_url must be an http:// or https:// address"),
        ("[sandbox]\nspeed = 0", "sandbox.speed must be a clock factor between 0.1 and 1000 (got 0)."),
        (
            "attachment_max_mb = 0",
            "attachment_max_mb must be a whole number of MiB between 1 and 4096 (got 0).",
        ),
        ("attachment_max_mb = 4097", "(got 4097)."),
        ("attachment_max_mb = 2.5", "(got 2.5)."),
        ("attachment_max_mb = true", "(got True)."),
        ('attachment_max_mb = "lots"', "(got 'lots')."),
        ('notification_sound = "loud"', "notification_sound must be true or false (got 'loud')."),
        ("notification_sound = 1", "(got 1)."),
    ],
)
def test_out_of_range_and_wrongly_typed_values_are_refused(paths: AppPaths, line: str, fragment: str) -> None:
    write_config(paths, line + "\n")

    message = error_of(paths)

    assert message.startswith(f"{paths.config_file}: ")
    assert fragment in message


def test_the_attachment_limit_and_the_sound_from_each_source(paths: AppPaths) -> None:
    write_config(paths, "attachment_max_mb = 200\nnotification_sound = true\n")
    from_file = load(paths)
    assert (from_file.attachment_max_mb, from_file.notification_sound) == (200, True)
    assert from_file.attachment_max_bytes == 200 * 1024 * 1024

    from_env = load(paths, env={"WORKBAY_ATTACHMENT_MAX_MB": " 4096 ", "WORKBAY_NOTIFICATION_SOUND": "off"})
    assert (from_env.attachment_max_mb, from_env.notification_sound) == (4096, False)
    assert from_env.source_of("attachment_max_mb") == "environment"

    assert load(paths, attachment_max_mb=1).attachment_max_bytes == 1024 * 1024
    assert "Environment variable WORKBAY_ATTACHMENT_MAX_MB" in error_of(
        paths, env={"WORKBAY_ATTACHMENT_MAX_MB": "50MB"}
    )
    assert "did you mean WORKBAY_ATTACHMENT_MAX_MB?" in error_of(
        paths, env={"WORKBAY_ATTACHMENT_MAX_MIB": "5"}
    )


def test_numbers_may_be_text_and_whole_floats_are_ports(paths: AppPaths) -> None:
    write_config(paths, 'request_timeout = "2.5"\nsandbox_port = 8080.0\n')

    settings = load(paths, env={"WORKBAY_SANDBOX_SPEED": " 600 "})

    assert settings.request_timeout == 2.5
    assert settings.sandbox_port == 8080
    assert settings.sandbox_speed == 600.0


def test_a_ca_bundle_is_a_pem_file_relative_to_the_settings_file(paths: AppPaths) -> None:
    bundle = paths.config_dir / "certs" / "proxy.pem"
    bundle.parent.mkdir()
    bundle.write_text(PEM, encoding="utf-8")
    write_config(paths, 'ca_bundle = "certs/proxy.pem"\n')

    assert load(paths).ca_bundle == str(bundle)


def test_a_ca_bundle_must_exist_and_hold_certificates(paths: AppPaths, tmp_path: Path) -> None:
    not_pem = tmp_path / "notes.txt"
    not_pem.write_text("hello", encoding="utf-8")

    assert "ca_bundle must be the path of an existing PEM file" in error_of(paths, ca_bundle=str(not_pem))
    assert f"(got '{tmp_path / 'gone.pem'}')" in error_of(paths, ca_bundle=str(tmp_path / "gone.pem"))


def test_sandbox_faults_are_a_file_or_json_text(paths: AppPaths, tmp_path: Path) -> None:
    faults = tmp_path / "faults.json"
    faults.write_text('[{"path": "/v1/vehicles/*", "status": 503}]', encoding="utf-8")
    inline = '{"path": "/v1/tickets", "latency": 2}'

    assert load(paths, sandbox_faults=str(faults)).sandbox_faults == str(faults)
    assert load(paths, env={"WORKBAY_SANDBOX_FAULTS": inline}).sandbox_faults == inline
    assert "sandbox_faults must be the path of an existing faults JSON file" in error_of(
        paths, sandbox_faults="[{broken"
    )
    assert "sandbox_faults" in error_of(paths, sandbox_faults=str(tmp_path / "missing.json"))


def test_a_home_relative_path_is_expanded(paths: AppPaths, hermetic_environment: Path) -> None:
    faults = hermetic_environment / "training.json"
    faults.write_text("[]", encoding="utf-8")

    assert load(paths, sandbox_faults="~/training.json").sandbox_faults == str(faults)


# ------------------------------------------------------------------------------------------------- names


def test_an_unknown_key_in_the_file_is_an_error_with_a_suggestion(paths: AppPaths) -> None:
    write_config(paths, "reqest_timeout = 30\n")

    assert error_of(paths) == (
        f"{paths.config_file}: unknown setting 'reqest_timeout'; did you mean request_timeout?"
    )


def test_an_unknown_key_unlike_any_other_lists_the_settings(paths: AppPaths) -> None:
    write_config(paths, "colour = 3\n")

    message = error_of(paths)

    assert message.startswith(f"{paths.config_file}: unknown setting 'colour'; the settings are api_url, ")
    assert "ca_bundle" in message


def test_a_key_in_the_wrong_case_is_unknown_but_recognised(paths: AppPaths) -> None:
    write_config(paths, "API_URL = 'https://api.example.com'\n")

    assert error_of(paths).endswith("unknown setting 'API_URL'; did you mean api_url?")


def test_an_unknown_key_in_the_sandbox_table(paths: AppPaths) -> None:
    write_config(paths, "[sandbox]\nsped = 2\n")

    assert (
        error_of(paths) == f"{paths.config_file}: [sandbox] has unknown setting 'sped'; did you mean speed?"
    )


def test_an_unknown_table_is_an_unknown_key(paths: AppPaths) -> None:
    write_config(paths, "[api]\nurl = 'https://api.example.com'\n")

    assert "unknown setting 'api'; did you mean api_url?" in error_of(paths)


def test_sandbox_must_be_a_table(paths: AppPaths) -> None:
    write_config(paths, "sandbox = 3\n")

    assert error_of(paths) == (
        f"{paths.config_file}: sandbox must be a table, [sandbox] with speed, port and faults (got 3)."
    )


def test_a_misspelt_environment_variable_is_an_error(paths: AppPaths) -> None:
    assert error_of(paths, env={"WORKBAY_API_ULR": "https://x.example"}) == (
        "Environment variable WORKBAY_API_ULR is not a Workbay setting; did you mean WORKBAY_API_URL?"
    )


def test_an_unknown_environment_variable_lists_the_variables(paths: AppPaths) -> None:
    message = error_of(paths, env={"WORKBAY_ZZZ": "1"})

    assert message.startswith("Environment variable WORKBAY_ZZZ is not a Workbay setting; the settings are ")
    assert "WORKBAY_SANDBOX_FAULTS" in message


def test_other_programs_variables_are_ignored(paths: AppPaths) -> None:
    env = {"HOME": "/home/x", "XDG_CONFIG_HOME": "/nope", "workbay_kiosk": "yes", "MY_WORKBAY_KIOSK": "yes"}

    assert load(paths, env=env).kiosk is False


def test_an_unknown_command_line_key_is_an_error(paths: AppPaths) -> None:
    assert (
        error_of(paths, timeout=3) == "Command line: unknown setting 'timeout'; did you mean request_timeout?"
    )


def test_a_short_name_suggests_the_one_key_it_ends(paths: AppPaths) -> None:
    write_config(paths, "speed = 3\n")

    assert error_of(paths).endswith("unknown setting 'speed'; did you mean sandbox_speed?")


def test_every_setting_has_an_environment_variable(paths: AppPaths) -> None:
    assert env_var_for("sandbox_port") == "WORKBAY_SANDBOX_PORT"
    settings = load(paths, env={env_var_for("sandbox_port"): "9000"})

    assert settings.sandbox_port == 9000


# -------------------------------------------------------------------------------------------- file errors


def test_a_toml_syntax_error_names_the_file_and_the_line(paths: AppPaths) -> None:
    write_config(paths, 'language = "de"\napi_url = https://api.example.com\n')

    message = error_of(paths)

    assert message.startswith(f"{paths.config_file}, line 2, column ")
    assert "this is not valid TOML" in message
    assert "text in double quotes" in message


def test_a_toml_error_at_the_end_of_the_file(paths: AppPaths) -> None:
    write_config(paths, 'language = "de')

    assert re.match(
        rf"{re.escape(str(paths.config_file))}, (line \d+, column \d+|at the end): ", error_of(paths)
    )


def test_a_settings_file_that_is_not_utf8(paths: AppPaths) -> None:
    paths.config_file.write_bytes('language = "dä"\n'.encode("latin-1"))

    assert error_of(paths) == f"{paths.config_file}: a settings file must be UTF-8 text."


def test_a_settings_file_that_cannot_be_read(paths: AppPaths) -> None:
    paths.config_file.mkdir()

    assert error_of(paths).startswith(f"{paths.config_file}: the settings file cannot be read (")


# ------------------------------------------------------------------------------------------------ model


def test_settings_are_immutable() -> None:
    settings = Settings()

    with pytest.raises(ValidationError):
        settings.kiosk = True  # type: ignore[misc]


def test_settings_built_in_code_are_checked_by_the_same_rules() -> None:
    assert Settings(api_url="https://api.example.com/").api_url == "https://api.example.com"
    with pytest.raises(
        ValidationError, match="request_timeout must be a number of seconds between 1 and 120"
    ):
        Settings(request_timeout=500)
    with pytest.raises(ValidationError):
        Settings(colour="red")  # type: ignore[call-arg]


def test_source_of_an_unknown_key_is_an_error() -> None:
    with pytest.raises(KeyError, match="did you mean kiosk"):
        Settings().source_of("kiosks")


def test_the_docstring_table_documents_every_key() -> None:
    documented = set(re.findall(r"^\s*\| `(\w+)` \|", Settings.__doc__ or "", re.MULTILINE))

    assert documented == set(Settings.model_fields)


# ---------------------------------------------------------------------------------------- example file


def test_the_example_file_is_written_once_and_changes_nothing(paths: AppPaths) -> None:
    target = paths.config_dir / "sub" / "workbay.toml"

    assert write_default_config(target) is True
    target.write_text(target.read_text(encoding="utf-8") + '\nlanguage = "de"\n', encoding="utf-8")
    assert write_default_config(target) is False

    assert target.read_text(encoding="utf-8").endswith('language = "de"\n')
    settings = load_settings(config_file=target, env={})
    assert settings.model_dump() == Settings(language="de").model_dump()


def test_the_example_file_has_every_key_and_each_line_works_uncommented(paths: AppPaths) -> None:
    text = default_config_text()
    examples = re.findall(r"^# ((\w+) = .+)$", text, re.MULTILINE)

    assert [key for _, key in examples] == list(Settings.model_fields)
    for line, key in examples:
        write_config(paths, line + "\n")
        if key in {"sandbox_faults", "ca_bundle"}:
            # Example paths of files this machine does not have: valid TOML, refused for the missing file.
            assert f"{key} must be the path of an existing" in error_of(paths), line
        else:
            assert load(paths).source_of(key) == "file", line
