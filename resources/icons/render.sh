#!/bin/sh
# Renders the hicolor PNGs from hcloud-desktop.svg (run after changing the
# SVG; the PNGs are committed so a build needs no SVG renderer).
# Needs rsvg-convert (Debian: librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" hcloud-desktop.svg -o "hicolor/${size}x${size}/apps/hcloud-desktop.png"
done
cp hicolor/128x128/apps/hcloud-desktop.png hcloud-desktop.png
