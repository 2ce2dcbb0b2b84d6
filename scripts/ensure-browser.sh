#!/usr/bin/env bash
# Make sure Debian's Chromium and its WebDriver are installed, for the browser
# tests of the QA review page (tests/serve/test_review_browser.py).
# Idempotent: does nothing when both binaries are already there.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "ensure-browser: chromium/chromedriver missing and not root (no sudo): install 'chromium chromium-driver'" >&2
        exit 1
    fi
fi

echo "ensure-browser: installing Debian packages chromium and chromium-driver" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
test -x /usr/bin/chromium && test -x /usr/bin/chromedriver
