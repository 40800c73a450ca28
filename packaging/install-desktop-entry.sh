#!/bin/sh
# Put Workshop in the Linux desktop's menu for this user: the icon sizes (from resources/icons, rendered
# by `make icons`) into the hicolor theme, and workshop.desktop with Exec pointing at the bundle.
# Usage: packaging/install-desktop-entry.sh [BUNDLE_FOLDER]   (default: dist/workshop)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=$(cd "${1:-$here/../dist/workshop}" && pwd)
[ -x "$bundle/workshop" ] || { echo "$bundle/workshop: not a Workshop bundle" >&2; exit 2; }
icons="$bundle/_internal/resources/icons"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$icons/workshop-$size.png" "$data/icons/hicolor/${size}x${size}/apps/workshop.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/applications"
cp "$icons/workshop.svg" "$data/icons/hicolor/scalable/apps/workshop.svg"
# The bundle's path quoted as the Desktop Entry spec asks: \ " ` $ escaped inside the quotes, each backslash
# doubled again for the string, % as %%. (A sed replacement had read "R&D" as the matched text.)
quoted=$(printf '%s' "$bundle/workshop" | sed -e 's/\\/\\\\\\\\/g' -e 's/"/\\\\"/g' -e 's/`/\\\\`/g' \
    -e 's/\$/\\\\$/g' -e 's/%/%%/g')
EXEC="Exec=\"$quoted\" %f" awk '/^Exec=/ { print ENVIRON["EXEC"]; next } { print }' "$here/workshop.desktop" \
    > "$data/applications/workshop.desktop"
command -v update-desktop-database > /dev/null && update-desktop-database "$data/applications" || true
# The .workshop file type, so that a double click on an engagement file opens it here.
mkdir -p "$data/mime/packages"
cp "$here/workshop-mime.xml" "$data/mime/packages/workshop.xml"
command -v update-mime-database > /dev/null && update-mime-database "$data/mime" || true
echo "$data/applications/workshop.desktop"
