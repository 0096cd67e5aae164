"""Languages as configuration: the fallback chain, URLs, interface words, the loader and the
translations report follow mkdocs.yml's `languages` and `fallbacks`."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.catalogue import build_record
from generator.load.settings import configured_languages
from generator.model.languages import Languages
from generator.model.text import Text
from generator.pages import urls
from generator.pages.labels import label
from generator.translations import missing

ROOT = Path(__file__).resolve().parent.parent
LANGS = Languages.of(["vi", "en", "zh"], {"zh": ["en", "vi"]})
VI, EN, ZH = LANGS


@pytest.mark.parametrize("text, lang, shown, value", [
    (Text("Chả mực", "Squid cake", zh="墨鱼饼"), ZH, "zh", "墨鱼饼"),
    (Text("Chả mực", "Squid cake"), ZH, "en", "Squid cake"),
    (Text("Chả mực"), ZH, "vi", "Chả mực"),
    (Text("Chả mực", zh="墨鱼饼"), EN, "vi", "Chả mực"),
    (Text("Chả mực", "Squid cake", zh="墨鱼饼"), VI, "vi", "Chả mực"),
])
def test_text_falls_back_along_the_chain(text, lang, shown, value):
    assert (text.lang_of(lang), text.get(lang)) == (shown, value)


def test_a_language_without_configured_fallbacks_falls_back_to_vietnamese():
    zh = Languages.of(["vi", "en", "zh"])["zh"]
    assert zh.chain == ("zh", "vi") and Text("Chả mực", "Squid cake").get(zh) == "Chả mực"


@pytest.mark.parametrize("codes, fallbacks, problem", [
    (["en"], {}, "must include vi"),
    (["vi", "en", "en"], {}, "listed twice"),
    (["vi", "ZH"], {}, "found 'ZH'"),
    (["vi", "zh"], {"zh": ["fr"]}, "falls back to fr"),
    (["vi", "en"], {"zh": ["en"]}, "zh is not one of the languages"),
])
def test_unusable_configurations_are_refused(codes, fallbacks, problem):
    with pytest.raises(ValueError, match=problem):
        Languages.of(codes, fallbacks)


def test_urls_of_each_language():
    assert [urls.product("x", lang) for lang in LANGS] == ["products/x/", "en/products/x/", "zh/products/x/"]
    assert urls.verify(ZH) == "zh/verify/"  # the label check's word, from the chain (zh -> en)
    assert urls.other_lang("zh/verify/no-longer-valid/page-2/", ZH, VI) == "kiem-tra/het-hieu-luc/page-2/"
    assert urls.other_lang("kiem-tra/", VI, ZH) == "zh/verify/"


def test_interface_words_are_in_each_language():
    assert [label(lang, "certificate") for lang in LANGS] == ["Giấy chứng nhận", "Certificate", "认证证书"]


def test_the_loader_accepts_configured_languages_only():
    text = "name: {vi: Chả mực, zh: 墨鱼饼}\n".encode()
    _, with_zh = build_record(text, "products/x.yml", "product", "x", ("vi", "en", "zh"))
    _, without = build_record(text, "products/x.yml", "product", "x", ("vi", "en"))
    assert not [i for i in with_zh if i.rule == "unknown-key"]
    assert [(i.loc.line, i.rule) for i in without if i.rule == "unknown-key"] == [(1, "unknown-key")]


def test_the_sample_is_configured_for_three_languages():
    assert configured_languages(ROOT).codes == ("vi", "en", "zh")
    assert configured_languages(ROOT)["zh"].chain == ("zh", "en", "vi")


def test_translations_report_lists_exactly_the_records_left_without_chinese():
    from generator.rules import validate
    import datetime as dt

    catalogue, _ = validate(str(ROOT), dt.date(2026, 11, 23))
    no_name = {m.path for m in missing(catalogue, LANGS) if m.lang == "zh" and m.field in ("name", "title")}
    records = [*catalogue.products.values(), *catalogue.producers.values(), *catalogue.fairs.values(),
               *catalogue.plans.values()]
    untranslated = {r.source.path for r in records if (getattr(r, "name", None) or r.title).own("zh") is None}
    assert no_name == untranslated
    assert len({p.slug for p in catalogue.products.values() if p.name.own("zh")}) == 10
    assert all(p.name.own("zh") for p in catalogue.products.values() if p.stars == 5)
    found = missing(catalogue, LANGS)
    assert ("zh", "products/ga-tien-yen.yml", "story") in {(m.lang, m.path, m.field) for m in found}
    assert ("zh", "products/ga-tien-yen.yml", "name") not in {(m.lang, m.path, m.field) for m in found}


def test_ocop_report_translations_prints_each_language(capsys):
    from generator.cli import main

    assert main(["report", "translations", "--root", str(ROOT), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("en: ") and "\nzh: " in out
    assert "  products/trung-ga-tien-yen.yml: name, description" in out


def test_ocop_new_writes_a_line_for_each_configured_language(tmp_path):
    from generator.skeletons import create

    (tmp_path / "mkdocs.yml").write_text("plugins:\n  - ocop:\n      languages: [vi, en, zh]\n", encoding="utf-8")
    text = create(tmp_path, "product", {"name": "Chả mực"}).read_text(encoding="utf-8")
    assert "\n  vi:  # " in text and "\n  en:  # " in text and "\n  zh:  # " in text
    (tmp_path / "mkdocs.yml").write_text("plugins:\n  - ocop: {}\n", encoding="utf-8")
    assert "zh:" not in create(tmp_path, "product", {"name": "Chả cá"}).read_text(encoding="utf-8")


def test_the_staff_editor_has_a_box_for_each_configured_language():
    from generator.admin import build_config

    def boxes(value):
        if isinstance(value, dict):
            if value.get("name") == "description" and value.get("widget") == "object":
                yield [f["name"] for f in value["fields"]]
            for item in value.values():
                yield from boxes(item)
        elif isinstance(value, list):
            for item in value:
                yield from boxes(item)

    assert next(boxes(build_config("o/r", "main", ("vi", "en", "zh")))) == ["vi", "en", "zh"]
    assert next(boxes(build_config("o/r"))) == ["vi", "en"]


def test_the_built_site_marks_languages_and_lists_three_alternates(sample_site):
    sitemap = (sample_site / "sitemap.xml").read_text(encoding="utf-8")
    entry = sitemap[sitemap.index("/zh/products/cha-muc-ha-long/</loc>"):]
    entry = entry[:entry.index("</url>")]
    assert [line.split('hreflang="')[1][:2] for line in entry.splitlines() if "hreflang" in line] == ["vi", "en", "zh"]
    page = (sample_site / "zh/products/trung-ga-tien-yen/index.html").read_text(encoding="utf-8")
    assert '<html lang="zh"' in page
    assert '<span lang="en">Tien Yen free-range eggs</span>' in page  # the name falls back to English
    assert '<p class="ocop-fallback">此内容以越南语显示（尚无中文译文）。</p><div lang="vi">' in page
    assert 'hreflang="vi" lang="vi" class="md-select__link">Tiếng Việt</a>' in page
    # the hand-written pages exist in vi and en only: the Chinese menu lists the English ones
    assert 'href="../../../en/about/"' in page and "zh/about/" not in page


def test_chinese_pages_name_the_visitors_cjk_fonts_and_the_site_ships_none():
    """Be Vietnam Pro first (Latin and Vietnamese letters), then each system's Simplified Chinese font
    (tests/test_browser.py reads the font list Chromium computes for a Chinese page)."""
    import re

    css = (ROOT / "theme_overrides" / "assets" / "ocop" / "ocop.css").read_text(encoding="utf-8")
    [rule] = re.findall(r":lang\(zh\) \{([^}]*)\}", css)
    assert " ".join(rule.split()) == ('--md-text-font-family: "Be Vietnam Pro", "PingFang SC", "Hiragino Sans GB", '
                                      '"Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;')
    assert len(re.findall(r"@font-face", css)) == 2  # Be Vietnam Pro's two weights, no CJK web font
    assert sorted(p.name for p in (ROOT / "theme_overrides" / "assets" / "fonts").iterdir()) == [
        "OFL.txt", "be-vietnam-pro-400.woff2", "be-vietnam-pro-700.woff2"]
