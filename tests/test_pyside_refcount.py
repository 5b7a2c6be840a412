"""Regression guard: PySide6 6.12.0 on CPython 3.11 aborts after thousands of signal emissions.

It drops a reference to True per emission into a Python slot and to None per model reset;
the process dies with 'Fatal Python error: bool_dealloc'. This runs the pattern in a
subprocess so a bad release fails this test instead of crashing users.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
import sys
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

class Emitter(QObject):
    fired = Signal(bool)

class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3
    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 2
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None

app = QCoreApplication(sys.argv)
hits = []
emitter = Emitter()
emitter.fired.connect(lambda flag: hits.append(flag))
for _ in range(20_000):
    emitter.fired.emit(True)
model = Model()
for _ in range(5_000):
    model.beginResetModel()
    model.endResetModel()
    model.data(model.index(0, 0))
assert len(hits) == 20_000 and all(hits)
print("clean")
"""


def test_many_signals_and_resets_exit_cleanly() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "clean"
