"""Screenshots of the staff editor (/admin/) on the sample, for docs/form-editor.md and
docs/en/form-editor.md: the sign-in page, and a new product's form with a photo, in both
languages. The form runs on the editor's test backend, as tests/test_admin.py does.

    .venv/bin/python tools/editor_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from generator.admin import write_admin  # noqa: E402
from tests.browser import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
from tests.test_admin import Editor, _sample_copy  # noqa: E402

OUT = ROOT / "docs" / "images" / "editor"
SIGN_IN = {"vi": "Đăng nhập bằng mã truy cập", "en": "Sign In Using Access Token"}
TEST_REPO = {"vi": "Làm việc với kho mã nguồn thử nghiệm", "en": "Work with Test Repository"}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        tmp = Path(tmp)
        write_admin(tmp / "github", "example/ocop")
        write_admin(tmp / "test", "example/ocop")
        config_path = tmp / "test" / "admin" / "config.yml"
        config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
        config["backend"] = {"name": "test-repo"}
        config_path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
        repo = _sample_copy(tmp / "repo", with_photos=False)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for lang, locale in (("vi", "vi-VN"), ("en", "en-US")):
            page = browser.new_context(locale=locale, viewport={"width": 1280, "height": 800}).new_page()
            with serve(tmp / "github") as base:
                page.goto(base + "admin/")
                page.get_by_role("button", name=SIGN_IN[lang]).wait_for()
                page.screenshot(path=str(OUT / f"{lang}-sign-in.png"))
            with serve(tmp / "test") as base:
                editor = Editor(page, base, repo)
                editor.open(TEST_REPO[lang])
                page.goto(base + "admin/#/collections/products/new")
                editor.fill("name.vi", "Mắm ruốc Đầm Hà")
                editor.fill("name.en", "Dam Ha shrimp paste")
                editor.choose("producer", "Hợp tác xã Nông nghiệp Yên Tử")
                editor.choose("category", "09 – Tương, nước mắm, gia vị dạng lỏng khác / "
                                          "Sauces, fish sauce and other liquid condiments")
                editor.field("stars").get_by_role("radio", name="4").click()
                page.mouse.move(300, 400)
                page.mouse.wheel(0, -5000)
                page.wait_for_timeout(500)
                page.screenshot(path=str(OUT / f"{lang}-form.png"))
                editor.fill("certificate.decision", "4321/QĐ-UBND")
                editor.fill("certificate.issued_by", "UBND tỉnh Quảng Ninh")
                editor.fill("certificate.issued_on", "2026-10-15")
                editor.choose("locality", "xã Đầm Hà")
                editor.fill("description.vi", "Mắm ruốc làm từ ruốc biển Đầm Hà, ủ chượp 6 tháng.")
                images = editor.field("images")
                images.locator("input[type=file]").first.set_input_files(
                    str(ROOT / "products" / "ca-koi-quang-yen" / "cover.jpg"))
                page.wait_for_timeout(1500)
                images.scroll_into_view_if_needed()
                page.screenshot(path=str(OUT / f"{lang}-photo.png"))
            page.context.close()
        browser.close()
    for path in sorted(OUT.glob("*.png")):
        print(path)


if __name__ == "__main__":
    main()
