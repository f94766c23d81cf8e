#!/usr/bin/env bash
# Make dist/footdrop_<version>_<arch>.deb from the PyInstaller bundle dist/footdrop/.
#
#   /opt/footdrop/                       the bundle (program: /opt/footdrop/footdrop)
#   /usr/bin/footdrop                    a link to it, so `footdrop` is on the PATH
#   /usr/share/applications/footdrop.desktop        the applications-menu entry
#   /usr/share/icons/hicolor/*/apps/footdrop.{png,svg}  the icon, 16 to 512 px and scalable
#   /usr/share/metainfo/io.github.footdrop.FootDrop.metainfo.xml   for software centres
#
# No maintainer scripts: Debian's triggers refresh the icon cache and the menu when files
# land in those folders. Depends lists the packages that provide the system libraries the
# bundle links but does not carry (found with ldconfig and dpkg -S on this machine), plus
# the Wayland client libraries. Usage: packaging/build-deb.sh   (from anywhere; needs
# dpkg-deb, objdump and the project's .venv for rendering the icons)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

python="${PYTHON:-$root/.venv/bin/python}"
bundle="dist/footdrop"
app_id="io.github.footdrop.FootDrop"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' footdrop_gui/__init__.py)"
arch="$(dpkg --print-architecture)"
maintainer="${DEB_MAINTAINER:-footdrop_gui developers <footdrop@users.noreply.github.com>}"
stage="build/deb/footdrop_${version}_${arch}"
deb="dist/footdrop_${version}_${arch}.deb"

[ -x "$bundle/footdrop" ] || { echo "build-deb: $bundle/footdrop is missing: run 'make dist'" >&2; exit 1; }

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/metainfo" "$stage/usr/share/doc/footdrop" "$stage/usr/share/icons"
cp -a "$bundle" "$stage/opt/footdrop"
ln -s ../../opt/footdrop/footdrop "$stage/usr/bin/footdrop"
install -m 644 packaging/footdrop.desktop "$stage/usr/share/applications/footdrop.desktop"
install -m 644 "packaging/$app_id.metainfo.xml" "$stage/usr/share/metainfo/$app_id.metainfo.xml"
"$python" packaging/render_icons.py build/packaging/icons
cp -r build/packaging/icons/hicolor "$stage/usr/share/icons/hicolor"
install -m 644 packaging/copyright "$stage/usr/share/doc/footdrop/copyright"
chmod -R u=rwX,go=rX "$stage"

# --- Depends ---------------------------------------------------------------------------------
# Every library an ELF file in the bundle links that the bundle does not carry itself.
mapfile -t elves < <(find "$stage/opt/footdrop" -type f \( -name '*.so*' -o -name footdrop \) \
  -exec sh -c 'head -c 4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
declare -A carried=()
while read -r name; do carried["$name"]=1; done < <(find "$stage/opt/footdrop" -name '*.so*' -printf '%f\n')
declare -A needed=()
for elf in "${elves[@]}"; do
  while read -r lib; do
    [ -n "${carried[$lib]:-}" ] || needed["$lib"]=1
  done < <(objdump -p "$elf" | awk '/NEEDED/ {print $2}')
done
declare -A packages=()
unresolved=()
known_libraries="$(ldconfig -p)"
for lib in "${!needed[@]}"; do
  path="$(awk -v lib="$lib" '$1 == lib && /x86-64|AArch64|64bit/ {print $NF; exit}' <<<"$known_libraries")"
  owner=""
  if [ -n "$path" ]; then
    for candidate in "$path" "$(readlink -f "$path")" "/usr$path" "${path#/usr}"; do
      owner="$(dpkg -S "$candidate" 2>/dev/null | sed -n '1s/:.*//p')" || owner=""
      [ -z "$owner" ] || break
    done
  fi
  if [ -n "$owner" ]; then packages["$owner"]=1; else unresolved+=("$lib"); fi
done
# The Wayland platform plug-in's libraries (a machine without Wayland may not have them).
for package in libwayland-client0 libwayland-cursor0 libwayland-egl1 fontconfig-config; do
  packages["$package"]=1
done
# libc6 at least as new as the newest glibc symbol version the bundle uses.
glibc="$(for elf in "${elves[@]}"; do objdump -T "$elf" 2>/dev/null; done \
  | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)"
depends=()
for package in $(printf '%s\n' "${!packages[@]}" | sort); do
  if [ "$package" = libc6 ]; then depends+=("libc6 (>= $glibc)"); else depends+=("$package"); fi
done
[ -n "${packages[libc6]:-}" ] || depends+=("libc6 (>= $glibc)")
if [ "${#unresolved[@]}" -gt 0 ]; then
  echo "build-deb: no package found for ${unresolved[*]} (covered by the fixed list?)" >&2
fi

installed_kib="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
cat > "$stage/DEBIAN/control" <<EOF
Package: footdrop
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_kib
Depends: $(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')
Recommends: speech-dispatcher, fonts-dejavu-core | fonts-freefont-ttf, xkb-data
Section: misc
Priority: optional
Description: calm desktop coach for foot-drop home exercises
 Foot Drop Exercises leads people with foot drop through their home exercises:
 toe lifts, heel lifts, ankle circles, resistance-band pulls, massage, soaks,
 stretches and therapy visits. Each exercise has a drawing and plain steps; a
 follow-along screen counts every hold down, and every rep is saved to a
 history with charts that can be exported for a therapist.
 .
 Sound cues use PulseAudio or PipeWire; spoken cues use speech-dispatcher.
EOF

mkdir -p dist
dpkg-deb --root-owner-group -Zxz -z6 --build "$stage" "$deb" >/dev/null
echo "build-deb: $deb ($(du -h "$deb" | cut -f1)); Depends: ${depends[*]}"
