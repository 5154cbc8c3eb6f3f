#!/usr/bin/env bash
# Regenerate docs/worksheet.png, the README's picture of the worksheet: the seed article's worksheet
# printed to PDF by headless Chromium, as tests/test_worksheet_browser.py does, first page at 60 dpi.
# Needs quizgen installed (`make install`), and Debian's chromium and poppler-utils packages.
set -euo pipefail
cd "$(dirname "$0")/.."

QUIZGEN=${QUIZGEN:-.venv/bin/quizgen}
SEED=${SEED:-seeds/000_68994aef2ec81e38.txt}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$CHROMIUM" ]; then
    echo "make_screenshot: chromium not found (apt-get install chromium)" >&2
    exit 1
fi
if ! command -v pdftoppm >/dev/null 2>&1; then
    echo "make_screenshot: pdftoppm not found (apt-get install poppler-utils)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$QUIZGEN" make "$SEED" --format html --out "$work" >/dev/null
sheet=$(ls "$work"/*.html)
# --no-sandbox: CI and this machine run as root; the page is our own file.
# The --disable-* flags keep Chromium off the network, which is closed here anyway.
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage \
    --user-data-dir="$work/profile" --no-pdf-header-footer --print-to-pdf="$work/worksheet.pdf" \
    "file://$sheet" >/dev/null 2>&1
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/worksheet.pdf" docs/worksheet
echo "wrote docs/worksheet.png"
