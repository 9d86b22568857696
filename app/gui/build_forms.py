"""Compile the Designer forms and the resources into ``app/gui/generated``: ``python -m app.gui.build_forms``.

``python -m app.gui.build_forms live_page resources`` compiles only the forms (and resources) named;
``--translations`` first refreshes the translators' ``resources/translations/workbay_<language>.ts`` and
compiles the languages listed in the resource file into their ``.qm`` (so the resources embed them fresh).

Every ``ui/<name>.ui`` becomes ``app/gui/generated/ui_<name>.py`` (``pyside6-uic``) and
``resources/workbay.qrc`` becomes ``app/gui/generated/resources_rc.py`` (``pyside6-rcc``). The generated
modules are committed and never edited by hand; ``--check`` compiles into a temporary directory and exits 1
naming every generated file that is stale, missing or left over, which is what the test of the forms runs.

The output is deterministic: uic writes only the form's file name, and rcc runs with format version 1,
which leaves out the files' modification times (a fresh checkout would otherwise differ from the commit).

Forms must not include the resource file: uic would import a ``workbay_rc`` module that does not exist.
Pages set their icons in Python through :func:`app.gui.theme.icon`.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Final

__all__ = [
    "BuildError",
    "Outcome",
    "build",
    "check",
    "expected_outputs",
    "main",
    "release_translations",
    "released_languages",
    "strip_code_comments",
    "update_translations",
]

ROOT: Final = Path(__file__).resolve().parents[2]
FORMS_DIR: Final = ROOT / "ui"
QRC_FILE: Final = ROOT / "resources" / "workbay.qrc"
GENERATED_DIR: Final = ROOT / "app" / "gui" / "generated"
RESOURCES_MODULE: Final = "resources_rc.py"
TRANSLATIONS_DIR: Final = ROOT / "resources" / "translations"
#: The interface languages besides English (the source language), as the settings name them.
TRANSLATED_LANGUAGES: Final = ("de", "nl", "fr", "da")
#: Languages whose file holds only the texts with plural forms: English is the source language, but
#: ``"%n errors"`` still needs its singular.
PLURAL_ONLY_LANGUAGES: Final = ("en",)

# rcc's format 1 has no timestamps; zlib decompresses in every Qt build (zstd support is optional).
_RCC_OPTIONS: Final = ("-g", "python", "--format-version", "1", "--compress-algo", "zlib")
_UIC_OPTIONS: Final = ("-g", "python")
# Files of the generated package that no tool writes.
_KEPT: Final = frozenset({"__init__.py"})
_TOOL_TIMEOUT: Final = 60
# lupdate hands every ``#:`` comment before a text to the translators as a note; in this project those are
# attribute docs for programmers (no lupdate option turns that off), so they are dropped from the .ts.
# A note meant for translators goes in tr()'s disambiguation argument instead.
_CODE_COMMENT: Final = re.compile(r"\n[ \t]*<extracomment>.*?</extracomment>", re.DOTALL)
# A compiled translation the resource file embeds: ``translations/workbay_de.qm``.
_RELEASED: Final = re.compile(r"<file>translations/workbay_(\w+)\.qm</file>")


class BuildError(Exception):
    """A form or the resource file could not be compiled; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What ``--check`` found: generated files that differ, are missing, or have no source any more."""

    stale: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    orphaned: tuple[str, ...] = ()

    @property
    def up_to_date(self) -> bool:
        """Whether every generated file matches a fresh compile."""
        return not (self.stale or self.missing or self.orphaned)

    def describe(self) -> str:
        """One line per problem, with what to run."""
        lines = [f"stale: {name}" for name in self.stale]
        lines += [f"missing: {name}" for name in self.missing]
        lines += [f"left over (its source is gone): {name}" for name in self.orphaned]
        if lines:
            lines.append("Run: python -m app.gui.build_forms")
        return "\n".join(lines)


def _tool(name: str) -> Path:
    """The Qt tool ``name`` (uic, rcc, lupdate, lrelease) in PySide6, else ``pyside6-<name>`` on PATH."""
    spec = importlib.util.find_spec("PySide6")
    suffix = ".exe" if sys.platform == "win32" else ""
    for location in (spec.submodule_search_locations or []) if spec else []:
        for candidate in (
            Path(location) / "Qt" / "libexec" / f"{name}{suffix}",
            Path(location) / f"{name}{suffix}",
        ):
            if candidate.is_file():
                return candidate
    wrapper = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if wrapper is None:
        raise BuildError(f"the Qt tool {name} was not found; is PySide6-Essentials installed?")
    return Path(wrapper)


def _shown(path: Path) -> str:
    """A source as messages name it: relative to the project (``ui/live_page.ui``)."""
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return f"{path.parent.name}/{path.name}"


def _run(command: Sequence[str], source: Path) -> None:
    try:
        subprocess.run(  # noqa: S603 - the tools of the installed PySide6, on the project's own files
            list(command),
            capture_output=True,
            text=True,
            timeout=_TOOL_TIMEOUT,
            check=True,
            cwd=source.parent,
        )
    except subprocess.CalledProcessError as exc:
        reason = (exc.stderr or exc.stdout or "").strip() or f"exit status {exc.returncode}"
        raise BuildError(f"{_shown(source)} does not compile: {reason}") from None
    except subprocess.TimeoutExpired:
        raise BuildError(f"{_shown(source)}: the compiler did not finish in time") from None


def forms(forms_dir: Path = FORMS_DIR) -> list[Path]:
    """The Designer forms, sorted by name."""
    return sorted(forms_dir.glob("*.ui")) if forms_dir.is_dir() else []


def expected_outputs(forms_dir: Path = FORMS_DIR, qrc_file: Path = QRC_FILE) -> list[str]:
    """The names of the generated modules the sources call for."""
    names = [f"ui_{form.stem}.py" for form in forms(forms_dir)]
    if qrc_file.is_file():
        names.append(RESOURCES_MODULE)
    return names


def _check_form(form: Path) -> None:
    text = form.read_text(encoding="utf-8")
    if "<include location=" in text:
        raise BuildError(
            f"{_shown(form)} includes a resource file; set icons in Python with "
            "app.gui.theme.icon(name) instead (uic would import a module that does not exist)"
        )


def _compile_form(form: Path, out_dir: Path) -> None:
    _check_form(form)
    _run([str(_tool("uic")), *_UIC_OPTIONS, "-o", str(out_dir / f"ui_{form.stem}.py"), form.name], form)


def _compile_resources(qrc_file: Path, out_dir: Path) -> None:
    _run([str(_tool("rcc")), *_RCC_OPTIONS, "-o", str(out_dir / RESOURCES_MODULE), qrc_file.name], qrc_file)


def build(
    out_dir: Path = GENERATED_DIR,
    *,
    forms_dir: Path = FORMS_DIR,
    qrc_file: Path = QRC_FILE,
    only: Sequence[str] = (),
) -> list[Path]:
    """Compile every form and the resources into ``out_dir``; returns the files written.

    Args:
        out_dir: where the modules go.
        forms_dir: where the forms are.
        qrc_file: the resource list.
        only: form names (``live_page``, or ``resources`` for the resource file) to compile instead of all.

    Raises:
        BuildError: a source does not compile (the first such, by name), or ``only`` names no source.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = {Path(name).stem for name in only}
    chosen = [form for form in forms(forms_dir) if not wanted or form.stem in wanted]
    unknown = wanted - {form.stem for form in chosen} - {"resources"}
    if unknown:
        raise BuildError(f"no form named {', '.join(sorted(unknown))} in {forms_dir}")
    jobs: list[tuple[Callable[[Path, Path], None], Path]] = [(_compile_form, form) for form in chosen]
    if qrc_file.is_file() and (not wanted or "resources" in wanted):
        jobs.append((_compile_resources, qrc_file))
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(job, source, out_dir) for job, source in jobs]
        for future in futures:
            future.result()
    return [out_dir / _output_name(source) for _job, source in jobs]


def _output_name(source: Path) -> str:
    return RESOURCES_MODULE if source.suffix == ".qrc" else f"ui_{source.stem}.py"


def check(
    generated_dir: Path = GENERATED_DIR, *, forms_dir: Path = FORMS_DIR, qrc_file: Path = QRC_FILE
) -> Outcome:
    """Compile into a temporary directory and compare with ``generated_dir``."""
    with tempfile.TemporaryDirectory(prefix="workbay-forms-") as temp:
        fresh_dir = Path(temp)
        build(fresh_dir, forms_dir=forms_dir, qrc_file=qrc_file)
        stale: list[str] = []
        missing: list[str] = []
        expected = expected_outputs(forms_dir, qrc_file)
        for name in expected:
            committed = generated_dir / name
            if not committed.is_file():
                missing.append(name)
            elif committed.read_bytes() != (fresh_dir / name).read_bytes():
                stale.append(name)
    present = {path.name for path in generated_dir.glob("*.py")} - _KEPT
    orphaned = sorted(present - set(expected))
    return Outcome(stale=tuple(stale), missing=tuple(missing), orphaned=tuple(orphaned))


def _sources(sources: Sequence[Path]) -> list[Path]:
    return [
        path
        for source in sources
        for path in ([source] if source.is_file() else sorted(source.rglob("*")))
        if path.suffix in {".py", ".ui"} and GENERATED_DIR not in path.parents
    ]


def strip_code_comments(ts_file: Path) -> None:
    """Drop the notes lupdate made of the code's ``#:`` comments (they are for programmers)."""
    text = ts_file.read_text(encoding="utf-8")
    stripped = _CODE_COMMENT.sub("", text)
    if stripped != text:
        ts_file.write_text(stripped, encoding="utf-8")


def update_translations(
    *, sources: Sequence[Path] = (ROOT / "app" / "gui", FORMS_DIR), out_dir: Path = TRANSLATIONS_DIR
) -> list[Path]:
    """Extract every ``tr()`` text of the GUI and the forms into ``workbay_<language>.ts`` (``lupdate``).

    Existing translations are kept; texts no longer used are marked obsolete, not dropped, so that a
    translator's work is never lost. Source locations are left out: they would change with every edit.
    The English file gets only the texts with plural forms.
    """
    files = [str(path) for path in _sources(sources)]
    out_dir.mkdir(parents=True, exist_ok=True)
    full = [out_dir / f"workbay_{language}.ts" for language in TRANSLATED_LANGUAGES]
    plural_only = [out_dir / f"workbay_{language}.ts" for language in PLURAL_ONLY_LANGUAGES]
    lupdate = [str(_tool("lupdate")), "-silent", "-locations", "none"]
    _run([*lupdate, *files, "-ts", *map(str, full)], out_dir / "workbay.ts")
    if plural_only:
        _run([*lupdate, "-pluralonly", *files, "-ts", *map(str, plural_only)], out_dir / "workbay.ts")
    targets = full + plural_only
    for target in targets:
        strip_code_comments(target)
    return targets


def released_languages(qrc_file: Path = QRC_FILE) -> list[str]:
    """The languages whose compiled translation the resource file embeds, in its order."""
    if not qrc_file.is_file():
        return []
    return _RELEASED.findall(qrc_file.read_text(encoding="utf-8"))


def release_translations(
    out_dir: Path = TRANSLATIONS_DIR, *, ts_dir: Path = TRANSLATIONS_DIR, qrc_file: Path = QRC_FILE
) -> list[Path]:
    """Compile ``workbay_<language>.ts`` into ``out_dir/workbay_<language>.qm`` for each embedded language.

    Raises:
        BuildError: a listed language has no .ts, or lrelease refuses it.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in released_languages(qrc_file):
        source = ts_dir / f"workbay_{language}.ts"
        if not source.is_file():
            raise BuildError(
                f"{_shown(qrc_file)} embeds workbay_{language}.qm, but {_shown(source)} is missing"
            )
        target = out_dir / f"workbay_{language}.qm"
        _run([str(_tool("lrelease")), "-silent", str(source), "-qm", str(target)], source)
        written.append(target)
    return written


def _remove_orphans(generated_dir: Path, expected: Sequence[str]) -> list[str]:
    removed = []
    for path in sorted(generated_dir.glob("*.py")):
        if path.name not in _KEPT and path.name not in expected:
            path.unlink()
            removed.append(path.name)
    return removed


def main(argv: Sequence[str] | None = None) -> int:
    """Build (or with ``--check`` verify) the generated modules; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m app.gui.build_forms",
        description="Compile ui/*.ui and resources/workbay.qrc into app/gui/generated.",
    )
    parser.add_argument(
        "--check", action="store_true", help="compile to a temporary directory and list stale files (exit 1)"
    )
    parser.add_argument(
        "--translations",
        action="store_true",
        help="first update resources/translations/workbay_<language>.ts from the tr() texts (lupdate) "
        "and compile the languages the resource file lists (lrelease)",
    )
    parser.add_argument(
        "names",
        nargs="*",
        metavar="FORM",
        help="compile only these forms (e.g. live_page, or resources for the .qrc); default: everything",
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            outcome = check()
            if not outcome.up_to_date:
                print(outcome.describe(), file=sys.stderr)  # noqa: T201 - a command-line tool
                return 1
            print("The generated forms and resources are up to date.")  # noqa: T201
            return 0
        written = []
        if args.translations:
            # Before the build: the resources embed the compiled translations.
            written += update_translations()
            written += release_translations()
        built = build(only=args.names)
        written += built
        removed = [] if args.names else _remove_orphans(GENERATED_DIR, [path.name for path in built])
    except BuildError as exc:
        print(f"build_forms: {exc}", file=sys.stderr)  # noqa: T201
        return 1
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")  # noqa: T201
    for name in removed:
        print(f"removed {name} (its source is gone)")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
