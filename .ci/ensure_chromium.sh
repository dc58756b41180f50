#!/usr/bin/env bash
# Headless Chromium and its driver for the browser tests (tests/test_browser.py), from Debian.
# Never fails: without a browser those tests are skipped, with the reason, and the rest still runs.
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium, chromium-driver and fonts-noto-cjk for the browser tests (apt-get)"
    # fonts-noto-cjk: without it Chinese renders as boxes in the screenshots.
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null; then
        exit 0
    fi
    echo "could not install Chromium: the browser tests will be skipped"
    exit 0
fi
echo "no /usr/bin/chromium or /usr/bin/chromedriver, and no root apt-get to install them: the browser tests will be skipped"
echo "  (as root: apt-get install chromium chromium-driver fonts-noto-cjk)"
exit 0
