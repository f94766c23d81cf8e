#!/usr/bin/env bash
# Start the installed app the way a desktop does when someone double-clicks its menu entry,
# on a virtual screen, as a new user (empty home folder), and take a screenshot.
#
#   packaging/check-desktop-launch.sh [DESKTOP_FILE] [SCREENSHOT]
#     DESKTOP_FILE  default /usr/share/applications/footdrop.desktop (the .deb's)
#     SCREENSHOT    default /tmp/deb-launch.png
#
# The command is the entry's Exec= line (field codes such as %U removed), run through the
# PATH from the new home folder, as a launcher does. Fails unless a window titled
# "Foot Drop Exercises" appears within 60 s. Needs xvfb-run, xdotool and ImageMagick (import).
set -euo pipefail
desktop="${1:-/usr/share/applications/footdrop.desktop}"
shot="${2:-/tmp/deb-launch.png}"

if [ -z "${FOOTDROP_INSIDE_XVFB:-}" ]; then
  exec env FOOTDROP_INSIDE_XVFB=1 xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$desktop" "$shot"
fi

exec_line="$(sed -n 's/^Exec=//p' "$desktop" | head -n 1 | sed 's/ *%[fFuUdDnNickvm]//g')"
[ -n "$exec_line" ] || { echo "check-desktop-launch: no Exec= line in $desktop" >&2; exit 1; }
home="$(mktemp -d)"
log="$home/launch.log"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$home"' EXIT
echo "check-desktop-launch: Exec=$exec_line (HOME=$home, DISPLAY=$DISPLAY)"
(cd "$home" && HOME="$home" XDG_DATA_HOME="" XDG_CONFIG_HOME="" eval "exec $exec_line" >"$log" 2>&1) &
pid=$!
if ! window="$(timeout 60 xdotool search --sync --onlyvisible --name 'Foot Drop Exercises' | head -n 1)"; then
  echo "check-desktop-launch: no window appeared within 60 s; the app said:" >&2
  cat "$log" >&2
  exit 1
fi
sleep 3  # let the first-run notices open over the window, as a new user sees them
kill -0 "$pid" 2>/dev/null || { echo "check-desktop-launch: the app quit:" >&2; cat "$log" >&2; exit 1; }
# The first window is the opening one (same title); the main window has replaced it by now.
window="$(xdotool search --onlyvisible --name '^Foot Drop Exercises$' | tail -n 1)"
import -window root "$shot"
echo "check-desktop-launch: window $window ($(xdotool getwindowname "$window")) shown; screenshot $shot"
xprop -id "$window" WM_CLASS
# The window's own icon (taskbars and window switchers): its first two numbers are its size.
icon="$(xprop -notype -id "$window" 32c _NET_WM_ICON | sed -n 's/^_NET_WM_ICON = \([0-9]*\), \([0-9]*\),.*/\1x\2/p')"
[ -n "$icon" ] || { echo "check-desktop-launch: the window has no icon" >&2; exit 1; }
echo "check-desktop-launch: window icon ${icon}"
