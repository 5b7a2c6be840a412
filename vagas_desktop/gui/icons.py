"""Icons: the bundled Lucide SVGs tinted with the palette's text colour, re-tinted on a theme switch."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMenu

from ..paths import resources_dir
from .theme import theme_manager

log = logging.getLogger(__name__)

ICON_DIR = "icons/lucide"
APP_ICON = "icons/vagas-desktop.svg"
_SIZES = (16, 20, 24, 32, 48, 64)  # QIcon picks the nearest, so toolbars, menus and HiDPI stay sharp


def icon_path(name: str) -> Path:
    return resources_dir() / ICON_DIR / f"{name}.svg"


@functools.cache
def _svg(name: str) -> bytes:
    return icon_path(name).read_bytes()


def _render(svg: bytes, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(svg))
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@functools.cache
def _tinted(name: str, normal: str, disabled: str) -> QIcon:
    try:
        svg = _svg(name)
    except OSError:
        log.exception("icon %s is missing", name)
        return QIcon()
    result = QIcon()
    for colour, mode in ((normal, QIcon.Mode.Normal), (disabled, QIcon.Mode.Disabled)):
        tinted = svg.replace(b"currentColor", colour.encode())  # Lucide strokes with currentColor
        for size in _SIZES:
            result.addPixmap(_render(tinted, size), mode)
    return result


def icon(name: str) -> QIcon:
    """resources/icons/lucide/NAME.svg in the current palette's text colour (greyed when disabled)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = app.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    return _tinted(name, _opaque(normal), _opaque(disabled))


def _opaque(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


@functools.cache
def app_icon() -> QIcon:
    """The application's own icon (window, about box, .desktop), in full colour."""
    try:
        svg = (resources_dir() / APP_ICON).read_bytes()
    except OSError:
        log.exception("the application icon is missing")
        return QIcon()
    result = QIcon()
    for size in (*_SIZES, 128, 256):
        result.addPixmap(_render(svg, size))
    return result


class ThemedIcons(QObject):
    """Icons set on actions and menus, set again in the new colours after every theme switch."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._bound: list[tuple[QAction | QMenu, str]] = []
        theme_manager().changed.connect(self.refresh)

    def bind(self, target: QAction | QMenu, name: str) -> None:
        self._bound.append((target, name))
        target.setIcon(icon(name))

    def refresh(self) -> None:
        for target, name in self._bound:
            target.setIcon(icon(name))

    def name_of(self, target: QAction | QMenu) -> str | None:
        """The icon bound to target (tests)."""
        return next((name for bound, name in self._bound if bound is target), None)
