#!/usr/bin/env bash
# Screenshots of the app in a real X server (Xvfb), at the sizes and in the schemes the UX
# guide asks for: 1280x800 and 1024x600, light and dark. Needs xvfb, xdotool, imagemagick.
# Usage: docs/screenshots/capture.sh [main|safety ...]   (default: main)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
views=("${@:-main}")

shoot() {  # size scheme view
  local size=$1 scheme=$2 view=$3 dir
  dir=$(mktemp -d)
  {
    [ "$view" = safety ] || printf '[safety]\nacknowledged_version=1\n[you]\naffected_side=left\n'
    printf '[appearance]\nscheme=%s\n' "$scheme"
  } >"$dir/settings.ini"
  xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
    size=$1 dir=$2 file=$3 view=$4
    .venv/bin/footdrop --data-dir "$dir" & app=$!
    for _ in $(seq 100); do
      win=$(xdotool search --onlyvisible --name "^Foot Drop Exercises$" 2>/dev/null | head -1) || true
      [ -n "$win" ] && break
      sleep 0.1
    done
    sleep 2  # the opening window gives way to the main window (same title, same place)
    win=$(xdotool search --onlyvisible --name "^Foot Drop Exercises$" | tail -1)
    xdotool windowmove "$win" 0 0 windowsize "$win" "${size%x*}" "${size#*x}"
    sleep 1
    import -window root "$file"
    kill "$app"
  ' _ "$size" "$dir" "$out/$view-$scheme-$size.png" "$view"
  rm -rf "$dir"
  echo "$out/$view-$scheme-$size.png"
}

for view in "${views[@]}"; do
  for size in 1280x800 1024x600; do
    for scheme in light dark; do shoot "$size" "$scheme" "$view"; done
  done
done
