"""The About box: name, icon, version, licence, Qt and Python versions."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__
from .icons import app_icon

LICENCE = "MIT"


def about_text() -> str:
    """The About box's rich text: every inserted value escaped."""
    what = QCoreApplication.translate("About", "Uma bancada offline para ofertas de emprego público (BEP). "
                                               "Os ficheiros da pasta nunca são alterados.")
    licence = QCoreApplication.translate("About", "Licença: %1").replace("%1", LICENCE)
    versions = (QCoreApplication.translate("About", "Qt %1 · PySide6 %2 · Python %3")
                .replace("%1", qVersion()).replace("%2", PySide6.__version__)
                .replace("%3", platform.python_version()))
    title = f"<h3>Vagas Desktop {html.escape(__version__)}</h3>"
    return title + "".join(f"<p>{html.escape(text)}</p>" for text in (what, licence, versions))


def about_box(parent: QWidget) -> QMessageBox:
    """The About box, built but not shown (tests inspect it; show_about opens it)."""
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("About", "Sobre o Vagas Desktop"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def show_about(parent: QWidget) -> QMessageBox:
    """Open the About box window-modal without blocking (open(), not exec())."""
    box = about_box(parent)
    box.open()
    return box
