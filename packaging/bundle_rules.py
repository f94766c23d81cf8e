"""What a Foot Drop Exercises bundle keeps and leaves out: shared by build.spec and the bench's
trimmed reference window (packaging/minimal/minimal_trimmed.spec), built by the same rules.

- Qt plug-ins are filtered by type (PLUGINS) before PyInstaller analyses them, so the
  libraries an unwanted plug-in links (GTK's, the eglfs ones) never enter the bundle.
- Of Qt's own translations, only qtbase_xx.qm for the app's languages (translations/*.ts)
  stay: Qt's words on standard buttons ("Cancel") then follow the app's language.
- After the build, the Python runtime's debugging symbols are stripped (Linux).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# Standard-library parts a desktop app never needs.
STDLIB_EXCLUDES = [
    "tkinter", "_tkinter", "unittest", "pydoc_data", "lib2to3", "idlelib", "ensurepip", "venv",
    "distutils", "setuptools", "pip", "test", "readline", "ssl",
]  # fmt: skip

# Qt plug-ins by type: None keeps all of that type, a tuple keeps files whose name contains
# one of its words, an empty tuple drops the type. Types not named are kept.
PLUGINS: dict[str, tuple[str, ...] | None] = {
    # X11 and Wayland; offscreen and minimal for --self-test without a display; Windows, macOS.
    "platforms": ("qxcb.", "qwayland.", "qoffscreen.", "qminimal.", "qwindows.", "qcocoa."),
    "imageformats": ("svg",),  # the icon and drawings; PNG is built into QtGui
    "iconengines": None,  # the SVG icon engine
    "platforminputcontexts": ("compose", "ibus"),  # not the virtual keyboard
    # The desktop portal's file dialogs. Not GTK 3's: it would load the system's GTK over the
    # bundle's older copies of GTK's own libraries (pango, cairo, ...), and the app draws with
    # its own palettes anyway.
    "platformthemes": ("xdgdesktopportal",),
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    "wayland-graphics-integration-server": (),  # only for compositors
    "multimedia": ("ffmpeg",),  # the FFmpeg backend on every system
    "texttospeech": ("speechd", "flite", "sapi", "winrt", "darwin", "macos"),  # not "mock"
    "styles": None,  # Windows' native style
    "egldeviceintegrations": (),  # for eglfs only
    "generic": (),  # evdev/tuio input for embedded platforms
    "tls": (),  # the app makes no network connections (QtNetwork itself stays)
    "networkinformation": (),
}
# Qt libraries nothing kept links; a stray hook could otherwise pull them in. EglFS: linked
# only by the eglfs platform plug-ins left out above.
UNUSED_LIBRARIES = (
    "Qt6Pdf", "Qt6VirtualKeyboard", "Qt6WebEngine", "Qt63D", "Qt6Quick3D", "Qt6EglFS",
    "Qt6EglFsKms",
)  # fmt: skip

# The CUPS print plug-in's library and what it alone links (TLS, IDN, Avahi ...): printing
# uses the system's libcups, which every Linux desktop that prints has (the .deb then
# depends on libcups2); carried, they added ~8 MB. Without it, Qt offers to print to a file.
SYSTEM_PRINTING = (
    "libcups.", "libavahi-client.", "libavahi-common.", "libgnutls.", "libgmp.", "libhogweed.",
    "libnettle.", "libidn2.", "libp11-kit.", "libtasn1.", "libunistring.",
)  # fmt: skip


def keep(entry: tuple[str, ...]) -> bool:
    """Whether a collected file (dest, source, kind) belongs in the bundle."""
    dest = entry[0].replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if re.search(r"(^|/)PySide6/(Qt/)?translations/", dest):
        return name in {f"qtbase_{code}.qm" for code in app_languages()}
    plugin = re.search(r"(^|/)PySide6/(Qt/)?plugins/([^/]+)/", dest)
    if plugin:
        wanted = PLUGINS.get(plugin.group(3))
        return wanted is None or any(word in name for word in wanted)
    return not any(lib in name for lib in (*UNUSED_LIBRARIES, *SYSTEM_PRINTING))


def app_languages() -> set[str]:
    """The languages the app is translated into: those with a translations/footdrop_xx.ts."""
    folder = Path(__file__).resolve().parent.parent / "translations"
    return {path.stem.removeprefix("footdrop_") for path in folder.glob("footdrop_*.ts")}


def filter_qt_plugins_before_analysis() -> None:
    """Make PyInstaller's Qt hooks collect only the plug-ins keep() accepts."""
    try:
        from PyInstaller.utils.hooks.qt import QtLibraryInfo  # type: ignore[import-untyped]
    except ImportError:  # another PyInstaller: filter_toc() after Analysis still applies
        return
    collect = QtLibraryInfo.collect_plugins
    if getattr(collect, "footdrop_filtered", False):
        return

    def collect_plugins(self: object, plugin_type: str) -> list[tuple[str, str]]:
        found = collect(self, plugin_type)
        return [(src, dest) for src, dest in found if keep((f"{dest}/{Path(src).name}", src))]

    collect_plugins.footdrop_filtered = True  # type: ignore[attr-defined]
    QtLibraryInfo.collect_plugins = collect_plugins


def filter_toc(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [entry for entry in toc if keep(entry)]


def strippable(folder: Path) -> list[Path]:
    """The Python runtime's ELF files in a one-folder bundle: libpython, lib-dynload, system libs.

    Nothing else: PyInstaller's own strip=True strips every binary, and that breaks libraries
    patched after linking (numpy.libs' OpenBLAS: "ELF load command address/offset not
    page-aligned"; Qt's FFmpeg libraries, after which Qt finds no multimedia backend). Wheels
    ship their own libraries stripped anyway; a self-built Python may not (libpython alone
    then carries ~17 MB of symbols).
    """
    internal = folder / "_internal"
    candidates = [*internal.glob("*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    found = []
    for path in sorted(candidates):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def strip_bundle(folder: Path) -> int:
    """Strip the bundle's Python runtime; returns the bytes saved (0 where there is no strip)."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return 0
    saved = 0
    for path in strippable(folder):
        before = path.stat().st_size
        subprocess.run([strip, "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved
