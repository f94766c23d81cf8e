#!/bin/sh
# Put Foot Drop Exercises in your applications menu (for you only; no password needed).
# Run it from the unpacked folder, or double-click it. Run it again after moving the folder.
# To take it out again: add-to-menu.sh --remove
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/footdrop.desktop"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  find "$data/icons/hicolor" -name 'footdrop.*' -path '*/apps/*' -delete 2>/dev/null || true
  echo "Foot Drop Exercises is no longer in your applications menu."
  exit 0
fi

mkdir -p "$data/applications"
(cd "$here/share/icons" && find hicolor -type f) | while read -r icon; do
  mkdir -p "$data/icons/$(dirname "$icon")"
  cp "$here/share/icons/$icon" "$data/icons/$icon"
done
# The same entry as the .deb's, but starting the program in this folder.
sed "s|^Exec=footdrop|Exec=\"$here/footdrop\"|" "$here/share/applications/footdrop.desktop" > "$entry"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Foot Drop Exercises is in your applications menu (it runs from $here)."
