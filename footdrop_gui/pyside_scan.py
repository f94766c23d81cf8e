"""PySide6 loaded without its scan of every later import.

Once PySide6.QtCore is loaded, PySide reads the whole source file of every module imported
after it, looking for the word "PySide6": this is how it supports its opt-in
`from __feature__ import snake_case` syntax. This app never uses that syntax, and the
reading costs about 20 ms of each start-up (over a hundred modules are imported after Qt,
each read from disk). With the scan off, each module is simply left out of PySide's feature
switching, which is what such a module gets when it does not name PySide6. A PySide6 that
works differently is left as it is.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _named_feature_user(module: ModuleType) -> bool:
    """Whether a module opted in to PySide's features: none of this app's modules does."""
    return False


def skip_feature_scan() -> None:
    """Load PySide6.QtCore, then turn its per-import source scan off (see module doc)."""
    import PySide6.QtCore  # noqa: F401 -- installs PySide's import hook, changed next

    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _named_feature_user  # type: ignore[attr-defined]
