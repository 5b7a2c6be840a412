"""Run-time hook taking the place of PyInstaller's pyi_rth_pyside6, which imports PySide6.QtCore at every
start to register a qt.conf that PySide6's own wheel already provides. That import would load Qt into
the parse workers and the headless commands (about 0.1 s each); this only says where the plug-ins are."""

import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6") if sys.platform == "win32" else os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
