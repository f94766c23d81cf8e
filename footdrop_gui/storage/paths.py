"""Where the user's data folder is: --data-dir, then $FOOTDROP_DATA_DIR, then the OS default."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from footdrop_gui.core.translation import translate

ENV_VAR = "FOOTDROP_DATA_DIR"
APP_DIR_NAME = "footdrop"


class DataDirError(OSError):
    """The data folder cannot be created or used; the message says which and why."""


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """The data folder the user asked for, or the platform default; not created here."""
    env = os.environ if environ is None else environ
    chosen = cli_value or env.get(ENV_VAR) or None
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def ensure_data_dir(path: Path) -> Path:
    """Create the folder private to the user (0700) if missing; refuse a file or unwritable dir."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise DataDirError(
            translate(
                "DataFolder", "{path} is a file, not a folder. Choose another data folder."
            ).format(path=path)
        ) from exc
    except OSError as exc:
        raise DataDirError(
            translate(
                "DataFolder",
                "The data folder {path} could not be created ({reason}). "
                "Choose another folder with --data-dir.",
            ).format(path=path, reason=exc.strerror)
        ) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataDirError(
            translate(
                "DataFolder",
                "The data folder {path} cannot be written to. "
                "Choose another folder with --data-dir.",
            ).format(path=path)
        )
    return path


def cache_dir(data_dir: Path) -> Path:
    """Where the app keeps what it can make again (drawn thumbnails); never the user's files."""
    return data_dir / "cache"
