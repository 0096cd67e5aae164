"""Interface words in gettext catalogues (generator/i18n.py): the checked-in template matches what
`pybabel extract` finds in the templates and the code, every language translates every word with
all its plural forms and the same placeholders, and a word no catalogue has fails the build."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from jinja2 import Environment

from generator import formats, i18n
from generator.model.certificates import STATUSES
from generator.model.languages import Languages
from generator.pages import labels
from generator.pages.labels import label, label_n

ROOT = Path(__file__).resolve().parent.parent
LANGS = Languages.of(["vi", "en", "zh"], {"zh": ["en", "vi"]})
VI, EN, ZH = LANGS
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _messages(path: Path) -> dict[str, object]:
    with path.open("rb") as f:
        return {(m.id if isinstance(m.id, str) else m.id[0]): m for m in read_po(f) if m.id}


def _forms(message) -> tuple[str, ...]:
    return tuple(message.string) if isinstance(message.string, (tuple, list)) else (message.string,)


def _extract(folder: Path, keywords: tuple[str, ...]) -> dict[str, object]:
    """What `pybabel extract` finds in the project with `keywords`, the way a translator runs it."""
    out = folder / "found.pot"
    subprocess.run([str(Path(sys.executable).parent / "pybabel"), "-q", "extract", "-F", str(i18n.MAPPING),
                    "--no-default-keywords", *(arg for keyword in keywords for arg in ("-k", keyword)),
                    "-o", str(out), *i18n.SOURCES], cwd=ROOT, check=True, capture_output=True)
    return _messages(out)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, object]:
    return _extract(tmp_path_factory.mktemp("pot"), i18n.KEYWORDS)


def test_the_checked_in_template_is_what_extraction_finds(extracted):
    template = _messages(i18n.TEMPLATE)
    assert sorted(extracted) == sorted(template)
    assert {k for k, m in extracted.items() if m.pluralizable} == {k for k, m in template.items() if m.pluralizable}
    assert {"n_products", "status_valid", "home", "verify_checking"} <= set(extracted)


@pytest.mark.parametrize("code", i18n.available())
def test_every_language_translates_every_word(code, extracted):
    found = _messages(i18n.po_path(code))
    assert sorted(set(extracted) - set(found)) == [], "words missing: run pybabel update (generator/i18n.py)"
    assert sorted(set(found) - set(extracted)) == [], "words no template or code uses any more"
    for key, message in found.items():
        forms = _forms(message)
        assert not message.fuzzy, f"{code}: {key} is marked fuzzy"
        assert all(forms), f"{code}: {key} is not translated"
        if message.pluralizable:
            assert len(forms) == i18n.catalogue(code).num_plurals, f"{code}: {key} lacks plural forms"


@pytest.mark.parametrize("code", [c for c in i18n.available() if c != "en"])
def test_translations_keep_the_placeholders_of_english(code):
    english, other = _messages(i18n.po_path("en")), _messages(i18n.po_path(code))
    for key, message in other.items():
        wanted = {tuple(sorted(set(PLACEHOLDER.findall(f)))) for f in _forms(english[key])}
        for form in _forms(message):
            assert tuple(sorted(set(PLACEHOLDER.findall(form)))) in wanted, f"{code}: {key}: {form!r}"


def test_the_catalogues_header_gives_each_languages_locale():
    assert [str(i18n.locale(c)) for c in ("vi", "en", "zh")] == ["vi_VN", "en_US", "zh_Hans_CN"]
    assert [formats.og_locale(c) for c in ("vi", "en", "zh")] == ["vi_VN", "en_US", "zh_CN"]


def test_words_made_at_run_time_cover_the_models_values():
    from generator.load.kinds import LOCALITY_KINDS, PRODUCER_KINDS

    wanted = {f"status_{s}" for s in STATUSES} | {f"verdict_{s}" for s in STATUSES}
    wanted |= {f"verdict_{s}_line" for s in STATUSES} | {f"kind_{k}" for k in PRODUCER_KINDS}
    wanted |= {f"locality_{k}" for k in LOCALITY_KINDS} | {f"lang_{c}" for c in i18n.available()}
    wanted |= {f"label_today_{s}" for s in STATUSES if s != "expiring"}
    assert sorted(wanted - set(labels.DYNAMIC)) == []


def test_plural_forms_follow_each_languages_rule():
    assert [label_n(EN, "n_products", n) for n in (0, 1, 2)] == ["0 products", "1 product", "2 products"]
    assert label_n(EN, "n_products", 1500, n="1,500") == "1,500 products"
    assert [label_n(VI, "n_products", n) for n in (1, 2)] == ["1 sản phẩm", "2 sản phẩm"]
    assert label_n(ZH, "n_products", 1) == "1 个产品"
    with pytest.raises(TypeError, match="plural forms"):
        label(EN, "n_products", n=2)
    with pytest.raises(TypeError, match="whole number"):
        label_n(EN, "n_products", "2")


def test_a_word_no_catalogue_has_fails_the_page():
    page = Environment(autoescape=True).from_string('<h1>{{ L("certificat") }}</h1>')
    with pytest.raises(KeyError, match="certificat"):
        page.render(L=lambda key, **kw: label(ZH, key, **kw))
    assert Environment().from_string('{{ L("certificate") }}').render(L=lambda k: label(ZH, k)) == "认证证书"


@pytest.fixture
def locales(tmp_path, monkeypatch):
    """A copy of the catalogues that a test may edit, read instead of the real ones."""
    copy = tmp_path / "locales"
    shutil.copytree(i18n.LOCALES, copy)
    monkeypatch.setattr(i18n, "LOCALES", copy)
    i18n.refresh()
    yield copy
    monkeypatch.undo()
    i18n.refresh()


def test_an_untranslated_or_fuzzy_word_falls_back_along_the_chain(locales):
    po = locales / "zh" / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8")
    text = text.replace('msgid "certificate"\nmsgstr "认证证书"', 'msgid "certificate"\nmsgstr ""')
    text = text.replace('msgid "decision"\nmsgstr "决定"', '#, fuzzy\nmsgid "decision"\nmsgstr "决定"')
    po.write_text(text, encoding="utf-8")
    i18n.refresh()
    assert (label(ZH, "certificate"), label(ZH, "decision"), label(ZH, "home")) == ("Certificate", "Decision", "首页")


def test_a_language_without_a_catalogue_is_named_with_the_file_to_add(locales):
    with pytest.raises(LookupError, match=r"'ko'.*locales/ko/LC_MESSAGES/messages.po"):
        i18n.catalogue("ko")
    (locales / "ko" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(locales / "en" / "LC_MESSAGES" / "messages.po", locales / "ko" / "LC_MESSAGES" / "messages.po")
    i18n.refresh()
    assert "ko" in i18n.available() and label("ko", "home") == "Home"


def test_the_build_refuses_a_language_without_catalogue_and_rereads_an_edited_one(locales):
    import os

    from mkdocs.exceptions import PluginError

    from generator.plugin import OcopPlugin

    plugin = OcopPlugin()
    plugin.languages = Languages.of(["vi", "en", "ko"])
    with pytest.raises(PluginError, match="ocop: languages: language 'ko' has no interface catalogue"):
        plugin._read_catalogues()
    plugin.languages = LANGS
    plugin._read_catalogues()
    assert label(ZH, "home") == "首页"
    po = locales / "zh" / "LC_MESSAGES" / "messages.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "首页"', 'msgstr "主页"'), encoding="utf-8")
    os.utime(po, ns=(po.stat().st_atime_ns, po.stat().st_mtime_ns + 10**9))
    plugin._read_catalogues()  # what on_config does before each rebuild of `mkdocs serve`
    assert label(ZH, "home") == "主页"


# Messages for staff: English in the code, Vietnamese in vi/LC_MESSAGES/staff.po.
STAFF_PO = i18n.LOCALES / "vi" / "LC_MESSAGES" / f"{i18n.STAFF}.po"
NAMED = re.compile(r"(?<!\{)\{(\w+)[^{}]*\}")


@pytest.fixture(scope="module")
def staff_extracted(tmp_path_factory) -> dict[str, object]:
    return _extract(tmp_path_factory.mktemp("pot"), i18n.STAFF_KEYWORDS)


def test_every_staff_message_is_in_the_template_and_in_vietnamese(staff_extracted):
    assert sorted(staff_extracted) == sorted(_messages(i18n.STAFF_TEMPLATE))
    found = _messages(STAFF_PO)
    assert sorted(set(staff_extracted) - set(found)) == [], "messages missing: pybabel update -D staff"
    assert sorted(set(found) - set(staff_extracted)) == [], "messages no code uses any more"
    assert [k for k, m in found.items() if m.fuzzy or not m.string] == []
    assert len(found) > 400  # the validation messages, the commands' output, prompts and help


def test_vietnamese_messages_use_the_values_the_code_passes():
    """A Vietnamese text may use the English text's values, and those the code adds for Vietnamese
    only (named ..._vi: a date written dd/mm/yyyy, a name in Vietnamese)."""
    for key, message in _messages(STAFF_PO).items():
        extra = set(NAMED.findall(message.string)) - set(NAMED.findall(key))
        assert {n for n in extra if n != "vi" and not n.endswith("_vi") and not n.startswith("vi_")} == set(), key


def test_a_staff_message_in_both_languages():
    assert i18n.en_vi("the file is empty; fill in the fields of the template") == (
        "the file is empty; fill in the fields of the template", "tệp rỗng; hãy điền các trường theo mẫu")
    en, vi = i18n.en_vi("{key}: {day} is in the future (today is {today}); check the year", key="issued_on",
                        day="2027-01-02", today="2026-12-02", day_vi="02/01/2027", today_vi="02/12/2026")
    assert (en, vi) == ("issued_on: 2027-01-02 is in the future (today is 2026-12-02); check the year",
                        "issued_on: ngày 02/01/2027 ở tương lai (hôm nay là 02/12/2026); hãy kiểm tra năm")
    assert i18n.vi_en("a sentence nobody translated, {n}", n=3) == ("a sentence nobody translated, 3",) * 2


def test_validation_messages_come_from_the_catalogue(tmp_path):
    import datetime as dt

    from generator.rules import validate

    (tmp_path / "products").mkdir()
    (tmp_path / "products" / "x.yml").write_bytes(b"")
    _, issues = validate(str(tmp_path), dt.date(2026, 12, 2))
    empty = [i for i in issues if i.rule == "empty-file"]
    assert [(i.en, i.vi) for i in empty] == [("the file is empty; fill in the fields of the template",
                                              "tệp rỗng; hãy điền các trường theo mẫu")]


def test_a_script_gets_every_plural_form_by_cldr_category():
    from generator.pages.labels import label_forms

    assert label_forms(EN, "results") == {"other": "{n} results", "one": "{n} result"}
    for lang, word in ((VI, "{n} kết quả"), (ZH, "{n} 个结果")):  # one form, whatever CLDR's categories
        forms = label_forms(lang, "results")
        assert "other" in forms and set(forms.values()) == {word}
