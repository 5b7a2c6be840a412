"""The theme: every colour the app paints, as (light, dark) pairs, and the live switch between them."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

log = logging.getLogger(__name__)


class Scheme(enum.Enum):
    """Which member of each colour pair is painted."""

    LIGHT = "light"
    DARK = "dark"


class ThemeChoice(enum.Enum):
    """View ▸ Tema: follow the desktop, or force one scheme."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


# Every colour the app paints: role -> (light, dark). Text colours keep 4.5:1 (WCAG AA) against every
# background they are drawn on in their scheme, with room for other desktops' palettes
# (tests/test_theme.py measures them as the widgets show them).
COLOURS: dict[str, tuple[str, str]] = {
    # the postings table
    "closed_text": ("#666666", "#a8a8a8"),  # rows past their deadline
    "star": ("#7d5200", "#f2c14e"),  # the ★ of a bookmarked posting
    "ghost_text": ("#5e4f94", "#c3b5f5"),  # tracked postings missing from the folder
    "today_bg": ("#ffe0d6", "#5c2620"),  # rows closing today
    "soon_bg": ("#fff1c2", "#4a3b12"),  # rows closing within a week
    # the deadline phrase: "countdown_" + a core.deadline.DeadlineState value
    "countdown_unknown": ("#666666", "#a8a8a8"),
    "countdown_upcoming": ("#1f5f8b", "#7cc7e8"),  # opens later ("a abrir")
    "countdown_open": ("#2e6b31", "#7fcf86"),
    "countdown_soon": ("#8f5200", "#f5b458"),
    "countdown_today": ("#b02a1e", "#ff9a8f"),
    "countdown_closed": ("#666666", "#a8a8a8"),
    # the detail pane (and the PDF, always light)
    "heading": ("#1f3a5f", "#9cc3f0"),
    "link": ("#1a5fb4", "#8cb8f2"),
    "muted": ("#666666", "#b0b0b0"),  # field labels, history, secondary lines
    "border": ("#d0d0d0", "#4a4a4a"),  # lines, not text
    "placeholder": ("#666666", "#a8a8a8"),
    "notice": ("#8a4b00", "#f2b366"),
    "highlight_bg": ("#fff3a0", "#e0c341"),  # search words: the text on it is highlight_text
    "highlight_text": ("#1a1a1a", "#111111"),
    # widgets
    "hint_text": ("#7d5200", "#f0c060"),  # the search toolbar's hint about a malformed query
    "banner_bg": ("#efeaff", "#3a3150"),  # "this posting is not in this folder"
    "banner_text": ("#4b3f72", "#ddd5ff"),
    # the statistics charts: bars on the base colour (kept at text contrast, so thin bars stay visible)
    "chart_bar": ("#2a6399", "#7fb0e0"),
    "chart_bar_active": ("#173d63", "#bcdaf7"),  # the bar under the mouse or the keyboard's current bar
    "chart_bar_muted": ("#666666", "#a8a8a8"),  # closed postings, "outros", no value
    # paper (PDF reports use the light values): the header row of their tables, under "heading" text
    "table_head_bg": ("#e8eef6", "#2b3645"),
}

_R = QPalette.ColorRole
# The palettes set when the desktop cannot give the chosen scheme itself (no colour scheme API, or
# the offscreen platform). Light is Fusion's own; dark is its counterpart.
PALETTES: dict[Scheme, dict[QPalette.ColorRole, str]] = {
    Scheme.LIGHT: {
        _R.Window: "#efefef", _R.WindowText: "#000000", _R.Base: "#ffffff", _R.AlternateBase: "#f7f7f7",
        _R.Text: "#000000", _R.Button: "#efefef", _R.ButtonText: "#000000", _R.BrightText: "#ffffff",
        _R.Highlight: "#308cc6", _R.HighlightedText: "#ffffff", _R.Link: "#1a5fb4", _R.LinkVisited: "#6a3fa0",
        _R.ToolTipBase: "#ffffdc", _R.ToolTipText: "#000000", _R.PlaceholderText: "#6b6b6b",
        _R.Light: "#ffffff", _R.Midlight: "#cacaca", _R.Mid: "#b8b8b8", _R.Dark: "#9f9f9f", _R.Shadow: "#767676",
    },
    Scheme.DARK: {
        _R.Window: "#2d2d2d", _R.WindowText: "#e8e8e8", _R.Base: "#1f1f1f", _R.AlternateBase: "#272727",
        _R.Text: "#e8e8e8", _R.Button: "#353535", _R.ButtonText: "#e8e8e8", _R.BrightText: "#ffffff",
        _R.Highlight: "#2f6fb3", _R.HighlightedText: "#ffffff", _R.Link: "#8cb8f2", _R.LinkVisited: "#c3b5f5",
        _R.ToolTipBase: "#2d2d2d", _R.ToolTipText: "#e8e8e8", _R.PlaceholderText: "#9a9a9a",
        _R.Light: "#4a4a4a", _R.Midlight: "#3c3c3c", _R.Mid: "#262626", _R.Dark: "#1a1a1a", _R.Shadow: "#0d0d0d",
    },
}
_DISABLED_TEXT = {Scheme.LIGHT: "#8a8a8a", Scheme.DARK: "#7a7a7a"}
# Styles that paint from the native theme and ignore a palette: a forced scheme needs Fusion there.
_PALETTE_BLIND_STYLES = frozenset({"windowsvista", "macos"})
_INDICATORS = frozenset({QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                         QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck})
_INDICATOR_WINDOW = "#8a8a8a"  # Fusion outlines a check box in Window.darker(): from this, a mid grey


class DarkFusionStyle(QProxyStyle):
    """Fusion for the forced dark palette: its check box and radio outlines come from the window
    colour, which on a dark window are as dark as the box itself; here they are drawn mid grey."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802 - Qt override
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element in _INDICATORS:
            option = type(option)(option)  # a copy: the caller's option is used again after us
            option.palette.setColor(_R.Window, QColor(_INDICATOR_WINDOW))
        super().drawPrimitive(element, option, painter, widget)


def colours_for(scheme: Scheme) -> dict[str, str]:
    """Role -> "#rrggbb" of one scheme (the PDF asks for LIGHT whatever the screen shows)."""
    i = 0 if scheme is Scheme.LIGHT else 1
    return {role: pair[i] for role, pair in COLOURS.items()}


def palette_for(scheme: Scheme) -> QPalette:
    """The full palette set when a scheme has to be forced."""
    palette = QPalette()
    for role, name in PALETTES[scheme].items():
        palette.setColor(role, QColor(name))
    disabled = QColor(_DISABLED_TEXT[scheme])
    for role in (_R.WindowText, _R.Text, _R.ButtonText, _R.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def palette_scheme(palette: QPalette) -> Scheme:
    """Dark when the window and base the app paints on are dark, whatever the platform says."""
    lightness = (palette.color(_R.Window).lightness() + palette.color(_R.Base).lightness()) / 2
    return Scheme.DARK if lightness < 128 else Scheme.LIGHT


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque colour."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, from 1 (same) to 21 (black on white); AA text needs 4.5."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class ThemeManager(QObject):
    """The one owner of the scheme: applies View ▸ Tema and follows the desktop; `changed` on every switch.

    The scheme painted is always read from the application palette, because our colours must
    contrast with what Qt actually draws. The palette is made to agree with the wanted scheme (the
    choice, else the desktop's colour scheme when it reports one) by asking Qt for that scheme
    (Qt >= 6.8), and where the platform does not follow, by setting our own palette.
    """

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._choice = ThemeChoice.SYSTEM
        self._forced: Scheme | None = None  # the palette (and maybe style) we set ourselves
        self._native_style = ""  # the style we replaced, to restore
        self._applying = False
        self._scheme = palette_scheme(app.palette())
        self._colours = colours_for(self._scheme)
        # The desktop switching scheme, and any application palette change (ours, a platform's, or
        # QApplication.setPalette from anywhere). paletteChanged is deprecated in Qt 6 but still
        # emitted; the event it stands for is only seen by a filter on every event of the app.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_desktop_scheme)
        app.paletteChanged.connect(self._update)

    # -- what is painted ---------------------------------------------------------------------------
    @property
    def scheme(self) -> Scheme:
        return self._scheme

    @property
    def choice(self) -> ThemeChoice:
        return self._choice

    def colours(self) -> Mapping[str, str]:
        """Role -> "#rrggbb" in the current scheme."""
        return self._colours

    def hex(self, role: str) -> str:
        return self._colours[role]

    def color(self, role: str) -> QColor:
        return QColor(self._colours[role])

    def brush(self, role: str) -> QBrush:
        return QBrush(QColor(self._colours[role]))

    # -- switching ---------------------------------------------------------------------------------
    def set_choice(self, choice: ThemeChoice) -> None:
        """Follow the desktop, or force light or dark."""
        self._choice = choice
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "setColorScheme"):  # Qt >= 6.8; platforms without a scheme ignore it
            if choice is ThemeChoice.SYSTEM:
                hints.unsetColorScheme()
            else:
                hints.setColorScheme(Qt.ColorScheme.Dark if choice is ThemeChoice.DARK else Qt.ColorScheme.Light)
        self._reconcile()

    def _wanted(self) -> Scheme | None:
        """The chosen scheme, else the desktop's; None: whatever the palette is."""
        if self._choice is ThemeChoice.LIGHT:
            return Scheme.LIGHT
        if self._choice is ThemeChoice.DARK:
            return Scheme.DARK
        reported = QGuiApplication.styleHints().colorScheme()
        return {Qt.ColorScheme.Dark: Scheme.DARK, Qt.ColorScheme.Light: Scheme.LIGHT}.get(reported)

    def _on_desktop_scheme(self, *_args: object) -> None:
        self._reconcile()

    def _reconcile(self) -> None:
        """Make the palette agree with the wanted scheme, then announce the result once."""
        wanted = self._wanted()
        self._applying = True  # the palette may flip twice on the way: one announcement at the end
        try:
            if self._forced is not None and self._forced is not wanted:
                self._unforce()
            if wanted is not None and palette_scheme(self._app.palette()) is not wanted:
                self._force(wanted)
        finally:
            self._applying = False
        self._update()

    def _force(self, scheme: Scheme) -> None:
        style = self._app.style().name().lower()
        dark_fusion = scheme is Scheme.DARK and style == "fusion"
        if not self._native_style and (style in _PALETTE_BLIND_STYLES or dark_fusion):
            self._native_style = style
            self._app.setStyle(DarkFusionStyle() if scheme is Scheme.DARK else "Fusion")
        self._forced = scheme
        log.info("setting the %s palette (the platform did not switch)", scheme.value)
        self._app.setPalette(palette_for(scheme))

    def _unforce(self) -> None:
        self._forced = None
        if self._native_style:
            self._app.setStyle(self._native_style)
            self._native_style = ""
        self._app.setPalette(QPalette())  # nothing set: the style's and platform's palette again

    def _update(self, *_args: object) -> None:
        if self._applying:
            return
        scheme = palette_scheme(self._app.palette())
        if scheme is not self._scheme:
            self._scheme = scheme
            self._colours = colours_for(scheme)
            log.info("colour scheme is now %s", scheme.value)
            self.changed.emit()


_manager: ThemeManager | None = None


def theme_manager() -> ThemeManager:
    """The application's theme (made on first use; a QApplication must exist)."""
    global _manager
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the theme needs a QApplication"
    if _manager is None or _manager.parent() is not app:
        _manager = ThemeManager(app)
    return _manager


class _Restyler(QObject):
    """Re-applies a widget's style sheet on every switch; dies with the widget."""

    def __init__(self, widget: QWidget, make_css: Callable[[ThemeManager], str]) -> None:
        super().__init__(widget)
        self._widget, self._make_css = widget, make_css
        theme_manager().changed.connect(self.restyle)
        self.restyle()

    def restyle(self) -> None:
        self._widget.setStyleSheet(self._make_css(theme_manager()))


def keep_styled(widget: QWidget, make_css: Callable[[ThemeManager], str]) -> None:
    """Give widget the style sheet make_css(theme) now and after each scheme switch."""
    _Restyler(widget, make_css)
