#!/usr/bin/env bash
# Make dist/footdrop-<version>-linux-<machine>.tar.gz from the bundle dist/footdrop/.
#
# It unpacks to one folder, footdrop-<version>/, that runs from wherever it is put:
#   footdrop                the app (double-click it, or run it)
#   _internal/              what the app needs
#   add-to-menu.sh          adds the app to your applications menu, for you only
#   share/                  the menu entry, icons and AppStream metainfo it installs
# Usage: packaging/build-tarball.sh   (after the .deb's icons: run by `make dist`)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

python="${PYTHON:-$root/.venv/bin/python}"
app_id="io.github.footdrop.FootDrop"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' footdrop_gui/__init__.py)"
name="footdrop-$version"
stage="build/tarball/$name"
tarball="dist/$name-linux-$(uname -m).tar.gz"

[ -x dist/footdrop/footdrop ] || { echo "build-tarball: run 'make dist' first" >&2; exit 1; }
rm -rf build/tarball
mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/icons"
cp -al dist/footdrop/. "$stage/" 2>/dev/null || cp -a dist/footdrop/. "$stage/"
"$python" packaging/render_icons.py build/packaging/icons
cp -r build/packaging/icons/hicolor "$stage/share/icons/hicolor"
install -m 644 packaging/footdrop.desktop "$stage/share/applications/footdrop.desktop"
install -m 644 "packaging/$app_id.metainfo.xml" "$stage/share/metainfo/$app_id.metainfo.xml"
install -m 755 packaging/add-to-menu.sh "$stage/add-to-menu.sh"

tar -C build/tarball --owner=0 --group=0 --numeric-owner -czf "$tarball" "$name"
echo "build-tarball: $tarball ($(du -h "$tarball" | cut -f1))"
