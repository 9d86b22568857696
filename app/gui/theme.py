"""Workbay's look: the style sheet with its accent colour and sizes, the fonts, and the icons.

``resources/styles/workbay.qss`` holds the rules with ``{{placeholders}}``; :func:`stylesheet` fills them
from a :class:`Theme`: one accent colour (Workbay's blue until the service provider's theme colour arrives
after login) and the sizes of a desk or of a touch kiosk. Colours derived from the accent (hover, pressed,
the text on it) are computed so that any brand colour stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from types import MappingProxyType
from typing import Final

from PySide6.QtCore import QByteArray, QFile, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

__all__ = [
    "DEFAULT_ACCENT",
    "Theme",
    "apply_theme",
    "brand_colour",
    "colour",
    "current_theme",
    "header_ink",
    "icon",
    "load_resources",
    "on_accent",
    "pixmap",
    "repolish",
    "stylesheet",
]

#: Workbay's own accent, used until (and unless) the service provider gives a theme colour.
DEFAULT_ACCENT: Final = "#1464c8"
#: The colour the icons are drawn in; :func:`icon` can recolour them.
ICON_INK: Final = "#1f2933"

_PLACEHOLDER: Final = re.compile(r"\{\{(\w+)\}\}")
_WHITE: Final = QColor("#ffffff")
_INK: Final = QColor(ICON_INK)
_CANVAS: Final = QColor("#f3f5f7")
# WCAG's minimum contrast for body text.
_TEXT_CONTRAST: Final = 4.5


@dataclass(frozen=True, slots=True)
class Theme:
    """What the style sheet depends on."""

    accent: str = DEFAULT_ACCENT
    #: The header's background (the provider's ``portal_header_background_color``); "" for plain white.
    header: str = ""
    kiosk: bool = False

    @property
    def body_pt(self) -> int:
        """The body text size in points."""
        return 13 if self.kiosk else 11

    @property
    def target_px(self) -> int:
        """The least height of anything pressed by a finger."""
        return 56 if self.kiosk else 44


_current = Theme()


def load_resources() -> None:
    """Register the compiled resources (icons, style sheet) with Qt; safe to call more than once."""
    # Importing the generated module registers its data with Qt as a side effect.
    import app.gui.generated.resources_rc  # noqa: F401, PLC0415


def _read_resource(path: str) -> bytes:
    load_resources()
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"resource {path} is missing; run python -m app.gui.build_forms")
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def brand_colour(text: str | None) -> str | None:
    """A colour from the service provider (``#1a7f37``, ``rgb(...)``, a name) as ``#rrggbb``, or None.

    None for anything Qt cannot read, and for a fully transparent colour: a brand colour that cannot be
    used is ignored, never an error.
    """
    if not text or not text.strip():
        return None
    value = text.strip()
    # Bare hex as some portals store it ("1a7f37").
    if re.fullmatch(r"[0-9a-fA-F]{6}|[0-9a-fA-F]{3}", value):
        value = "#" + value
    colour = QColor(value)
    if not colour.isValid() or colour.alpha() == 0:
        return None
    return colour.name(QColor.NameFormat.HexRgb)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _text_on(background: QColor) -> QColor:
    """White or Workbay's ink, whichever reads better on ``background``."""
    return _WHITE if contrast(_WHITE, background) >= contrast(_INK, background) else _INK


def _readable_on(colour: QColor, *backgrounds: QColor) -> QColor:
    """``colour`` darkened until it reads as text on every one of ``backgrounds``.

    A pale brand yellow becomes an ochre; a colour that reads already is kept as it is.
    """
    result = QColor(colour)
    for _ in range(20):
        if all(contrast(result, background) >= _TEXT_CONTRAST for background in backgrounds):
            break
        result = result.darker(115)
    return result


def _accent_fill(brand: QColor) -> QColor:
    """The brand colour as the background of text (a primary button, the current step).

    Kept as it is when white or ink reads on it; a mid-tone on which neither does (a mid green, a coral)
    is darkened just as far as white text then reads, which keeps the brand recognisable.
    """
    if max(contrast(_WHITE, brand), contrast(_INK, brand)) >= _TEXT_CONTRAST:
        return QColor(brand)
    result = QColor(brand)
    for _ in range(30):
        result = result.darker(105)
        if contrast(_WHITE, result) >= _TEXT_CONTRAST:
            break
    return result


def _mix(colour: QColor, other: QColor, share: float) -> QColor:
    """``share`` of ``colour`` over ``other``."""
    return QColor.fromRgbF(
        colour.redF() * share + other.redF() * (1 - share),
        colour.greenF() * share + other.greenF() * (1 - share),
        colour.blueF() * share + other.blueF() * (1 - share),
    )


@cache
def _values(theme: Theme) -> Mapping[str, str]:
    accent = _accent_fill(QColor(brand_colour(theme.accent) or DEFAULT_ACCENT))
    on_accent = _text_on(accent)
    if on_accent == _WHITE:
        hover, pressed = accent.darker(112), accent.darker(130)
    else:
        # Dark text on a light accent: darkening would eat its contrast, so hover and pressed lighten.
        hover, pressed = _mix(accent, _WHITE, 0.85), _mix(accent, _WHITE, 0.7)
    soft = _mix(accent, _WHITE, 0.12)
    header = QColor(brand_colour(theme.header) or "#ffffff")
    header_ink = _text_on(header)
    k = theme.kiosk
    target = theme.target_px
    body = theme.body_pt
    return MappingProxyType(
        {
            "accent": accent.name(),
            "accent_hover": hover.name(),
            "accent_pressed": pressed.name(),
            "accent_soft": soft.name(),
            "accent_soft_hover": _mix(accent, _WHITE, 0.2).name(),
            "accent_line": _mix(accent, _WHITE, 0.45).name(),
            # Accent-coloured text sits on white, on the grey canvas and on the accent's own tint (badges).
            "accent_ink": _readable_on(accent, _WHITE, _CANVAS, soft).name(),
            "on_accent": on_accent.name(),
            # The tick in a checked box is drawn in the colour of text on the accent.
            "check_icon": "check-white" if on_accent == _WHITE else "check",
            "header_bg": header.name(),
            "header_ink": header_ink.name(),
            "header_muted": _mix(header_ink, header, 0.7).name(),
            "header_chip": _mix(header_ink, header, 0.08).name(),
            "header_chip_line": _mix(header_ink, header, 0.25).name(),
            "ink": ICON_INK,
            "muted": "#56616b",
            "canvas": _CANVAS.name(),
            "surface": "#ffffff",
            "hover": "#eef2f6",
            "line": "#dbe1e7",
            "line_faint": "#eef1f4",
            "line_strong": "#b9c3cd",
            "disabled_bg": "#e4e8ec",
            "disabled_ink": "#7b8792",
            "danger": "#b42318",
            "warning_ink": "#8a5a00",
            "warning_line": "#d99a00",
            "success": "#1a7f37",
            "font_pt": str(body),
            "heading_pt": str(body + 7),
            "subheading_pt": str(body + 2),
            "hint_pt": str(body - 1),
            "button_h": str(target),
            "header_button_h": str(target - 8),
            "input_h": str(target - 4),
            "row_h": str(target - 4),
            "button_pad": str(22 if k else 18),
            "primary_pad": str(32 if k else 26),
            "nav_button_w": str(200 if k else 150),
            "pin_key": str(80 if k else 64),
            "step_h": str(target - 10),
            "step_radius": str((target - 10) // 2),
            "indicator": str(28 if k else 22),
            "indicator_radius": str(14 if k else 11),
            "spin_button": str(36 if k else 28),
            "scrollbar": str(22 if k else 14),
            "scrollbar_radius": str(9 if k else 5),
        }
    )


@cache
def _template() -> str:
    return _read_resource(":/styles/workbay.qss").decode("utf-8")


def stylesheet(theme: Theme | None = None) -> str:
    """The complete style sheet for ``theme`` (default: the current one).

    Raises:
        KeyError: the style sheet names a placeholder this module does not fill (a typo in the QSS).
    """
    values = _values(theme or _current)
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], _template())


def current_theme() -> Theme:
    """The theme last applied."""
    return _current


def on_accent() -> str:
    """The colour of text and icons on the current accent colour (a primary button)."""
    return _values(_current)["on_accent"]


def colour(name: str) -> QColor:
    """A colour of the current theme by its name in the style sheet (``surface``, ``muted``, ``accent_soft``).

    For widgets that paint themselves and should look like the styled ones around them.

    Raises:
        KeyError: no colour has that name.
    """
    value = QColor(_values(_current)[name])
    if not value.isValid():
        raise KeyError(name)
    return value


def header_ink() -> str:
    """The colour of text and icons on the current header's background."""
    return _text_on(QColor(brand_colour(_current.header) or "#ffffff")).name()


def apply_theme(
    app: QApplication,
    *,
    accent: str | None = None,
    header: str | None = None,
    kiosk: bool | None = None,
) -> Theme:
    """Style the whole application; arguments left None keep their current value. Returns the theme."""
    global _current  # noqa: PLW0603 - one application, one look
    changes: dict[str, object] = {}
    if accent is not None:
        changes["accent"] = brand_colour(accent) or DEFAULT_ACCENT
    if header is not None:
        changes["header"] = brand_colour(header) or ""
    if kiosk is not None:
        changes["kiosk"] = kiosk
    theme = replace(_current, **changes)  # type: ignore[arg-type]
    font = QFont(app.font())
    font.setPointSize(theme.body_pt)
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme))
    _current = theme
    return theme


@cache
def _svg(name: str) -> bytes:
    return _read_resource(f":/icons/{name}.svg")


@cache
def icon(name: str, colour: str | None = None) -> QIcon:
    """The SVG icon ``name`` (a file in ``resources/icons`` without ``.svg``), optionally recoloured."""
    if colour is None:
        load_resources()
        return QIcon(f":/icons/{name}.svg")
    svg = _svg(name).replace(ICON_INK.encode(), (brand_colour(colour) or ICON_INK).encode())
    result = QIcon()
    for size in (16, 24, 32, 48, 64):
        result.addPixmap(_render(svg, size))
    return result


def _render(svg: bytes, size: int) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415 - only recoloured icons need it

    renderer = QSvgRenderer(QByteArray(svg))
    image = QPixmap(QSize(size, size))
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def pixmap(name: str, size: int, colour: str | None = None) -> QPixmap:
    """The icon ``name`` drawn as a square of ``size`` device-independent pixels."""
    return icon(name, colour).pixmap(QSize(size, size))


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property the QSS selects on changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
