"""The committed modules in app/gui/generated match a fresh compile of ui/*.ui and the resource file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.gui import build_forms
from app.gui.build_forms import BuildError, Outcome, build, check, expected_outputs


def test_the_generated_forms_and_resources_are_up_to_date() -> None:
    outcome = check()
    assert outcome.up_to_date, outcome.describe()


def test_every_form_has_its_module_and_the_resources_are_compiled() -> None:
    names = expected_outputs()
    assert "resources_rc.py" in names
    assert "ui_main_window.py" in names
    assert "ui_live_page.py" in names
    for name in names:
        assert (build_forms.GENERATED_DIR / name).is_file(), name


@pytest.fixture
def sources(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A copy of two forms and the resources, with a generated directory built from them."""
    forms = tmp_path / "ui"
    forms.mkdir()
    for name in ("main_window.ui", "live_page.ui"):
        shutil.copy(build_forms.FORMS_DIR / name, forms / name)
    resources = tmp_path / "resources"
    shutil.copytree(build_forms.QRC_FILE.parent / "icons", resources / "icons")
    shutil.copytree(build_forms.QRC_FILE.parent / "styles", resources / "styles")
    shutil.copytree(build_forms.QRC_FILE.parent / "translations", resources / "translations")
    qrc = resources / "workbay.qrc"
    shutil.copy(build_forms.QRC_FILE, qrc)
    generated = tmp_path / "generated"
    build(generated, forms_dir=forms, qrc_file=qrc)
    return forms, qrc, generated


def test_the_output_is_deterministic_and_free_of_paths_and_times(sources: tuple[Path, Path, Path]) -> None:
    forms, qrc, generated = sources
    # A checkout gives every file a new modification time: the compile must not depend on it.
    for path in [*forms.iterdir(), *(qrc.parent / "icons").iterdir()]:
        path.touch()
    assert check(generated, forms_dir=forms, qrc_file=qrc) == Outcome()
    for module in generated.iterdir():
        text = module.read_text(encoding="utf-8")
        assert str(forms.parent) not in text
        assert str(build_forms.ROOT) not in text


def test_a_changed_form_is_reported_stale_and_a_new_one_missing(sources: tuple[Path, Path, Path]) -> None:
    forms, qrc, generated = sources
    live = forms / "live_page.ui"
    live.write_text(live.read_text(encoding="utf-8").replace('name="refreshButton"', 'name="reloadButton"'))
    shutil.copy(forms / "main_window.ui", forms / "second_window.ui")
    (generated / "ui_gone.py").write_text("# its form was deleted\n")
    outcome = check(generated, forms_dir=forms, qrc_file=qrc)
    assert outcome.stale == ("ui_live_page.py",)
    assert outcome.missing == ("ui_second_window.py",)
    assert outcome.orphaned == ("ui_gone.py",)
    assert not outcome.up_to_date
    assert "Run: python -m app.gui.build_forms" in outcome.describe()


def test_a_changed_icon_makes_the_resources_stale(sources: tuple[Path, Path, Path]) -> None:
    forms, qrc, generated = sources
    (qrc.parent / "icons" / "check.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>\n')
    assert check(generated, forms_dir=forms, qrc_file=qrc).stale == ("resources_rc.py",)


def test_a_form_that_includes_the_resource_file_is_refused(sources: tuple[Path, Path, Path]) -> None:
    forms, qrc, generated = sources
    live = forms / "live_page.ui"
    live.write_text(
        live.read_text(encoding="utf-8").replace(
            "<resources/>", '<resources><include location="../resources/workbay.qrc"/></resources>'
        )
    )
    with pytest.raises(BuildError, match=r"app\.gui\.theme\.icon"):
        build(generated, forms_dir=forms, qrc_file=qrc)


def test_a_broken_form_names_itself(sources: tuple[Path, Path, Path]) -> None:
    forms, qrc, generated = sources
    (forms / "live_page.ui").write_text("<ui version='4.0'><widget class=")
    with pytest.raises(BuildError, match=r"live_page\.ui does not compile"):
        build(generated, forms_dir=forms, qrc_file=qrc)


def test_only_the_named_forms_are_compiled(sources: tuple[Path, Path, Path], tmp_path: Path) -> None:
    forms, qrc, _generated = sources
    out = tmp_path / "only"
    written = build(out, forms_dir=forms, qrc_file=qrc, only=["live_page"])
    assert [path.name for path in written] == ["ui_live_page.py"]
    assert sorted(path.name for path in out.iterdir()) == ["ui_live_page.py"]
    with pytest.raises(BuildError, match="no form named nope"):
        build(out, forms_dir=forms, qrc_file=qrc, only=["nope"])
