"""footdrop_gui.core must stay free of Qt and the database, so it runs and tests anywhere."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import footdrop_gui.core

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'sqlite3', '_sqlite3'):
            raise ImportError('core imported ' + name)
sys.meta_path.insert(0, Block())
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
print('ok')
"""


def test_core_imports_without_qt_or_sqlite() -> None:
    modules = [
        f"footdrop_gui.core.{m.name}" for m in pkgutil.iter_modules(footdrop_gui.core.__path__)
    ]
    assert "footdrop_gui.core.catalog" in modules
    done = subprocess.run(
        [sys.executable, "-c", BLOCKER, *modules], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
