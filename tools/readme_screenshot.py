"""Take the README's phone-width screenshot of a product page from a real build.

    .venv/bin/mkdocs build && .venv/bin/python tools/readme_screenshot.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

OUT = ROOT / ".readme" / "product-phone.png"


def main(url: str = "products/ruou-mo-yen-tu/") -> None:
    OUT.parent.mkdir(exist_ok=True)
    with sync_playwright() as p, serve(ROOT / "site") as base:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
        page.goto(base + url)
        page.screenshot(path=str(OUT), full_page=False)
        browser.close()
    print(OUT)


if __name__ == "__main__":
    main(*sys.argv[1:])
