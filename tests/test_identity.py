"""The site's name, description and footer and the booklet's title come from province.yml, in each
language; mkdocs.yml may still set them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from mkdocs.config.defaults import MkDocsConfig

from generator.model.records import Province
from generator.model.text import Text
from generator.pages.identity import bare_name, configs_by_language, identity


def _province(vi, en=None, kind=None):
    if kind is None:
        return Province(name=Text(vi, en), code="00")
    return SimpleNamespace(name=Text(vi, en), code="00", kind=kind)  # province.yml `kind` (rules12)


@pytest.mark.parametrize("written, bare", [
    ("Hà Nội", "Hà Nội"), ("Thành phố Cần Thơ", "Cần Thơ"), ("thành phố Huế", "Huế"), ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
    ("TP Hải Phòng", "Hải Phòng"), ("Tỉnh Lào Cai", "Lào Cai"), ("Tĩnh Gia", "Tĩnh Gia"),
])
def test_bare_name_drops_the_level_word(written, bare):
    assert bare_name(written) == bare


@pytest.mark.parametrize("province, vi, en", [
    (_province("Lào Cai", "Lao Cai"), ("OCOP Lào Cai", "Danh mục sản phẩm OCOP tỉnh Lào Cai", "Danh mục sản phẩm OCOP Lào Cai"),
     ("OCOP Lao Cai", "OCOP product catalogue of Lao Cai province", "OCOP product catalogue, Lao Cai")),
    (_province("Hà Nội", "Hanoi", kind="city"),
     ("OCOP Hà Nội", "Danh mục sản phẩm OCOP thành phố Hà Nội", "Danh mục sản phẩm OCOP Hà Nội"),
     ("OCOP Hanoi", "OCOP product catalogue of Hanoi", "OCOP product catalogue, Hanoi")),
    (_province("Thành phố Cần Thơ"),  # no English name: folded; "Thành phố" in the name: a city
     ("OCOP Cần Thơ", "Danh mục sản phẩm OCOP thành phố Cần Thơ", "Danh mục sản phẩm OCOP Cần Thơ"),
     ("OCOP Can Tho", "OCOP product catalogue of Can Tho", "OCOP product catalogue, Can Tho")),
])
def test_identity_in_each_language(province, vi, en):
    ident = identity(province)
    for lang, (name, footer, booklet) in (("vi", vi), ("en", en)):
        assert (ident.site_name.get(lang), ident.footer.get(lang), ident.booklet_title.get(lang)) == (name, footer, booklet)


def _config(**values) -> MkDocsConfig:
    config = MkDocsConfig()
    config.update({"site_name": "", **values})
    return config


def test_pages_of_each_language_see_their_own_names():
    config = _config()
    configs = configs_by_language(config, identity(_province("Hà Nội", "Hanoi", kind="city")))
    assert configs["vi"] is config
    assert (configs["vi"].site_name, configs["en"].site_name) == ("OCOP Hà Nội", "OCOP Hanoi")
    assert configs["en"].copyright == "OCOP product catalogue of Hanoi"
    assert configs["en"].site_description == "Catalogue of OCOP (One Commune One Product) products of Hanoi"


def test_mkdocs_yml_still_overrides():
    config = _config(site_name="OCOP Thủ đô", copyright="© Sở Nông nghiệp và Môi trường Hà Nội")
    configs = configs_by_language(config, identity(_province("Hà Nội", "Hanoi", kind="city")))
    assert configs["en"].site_name == configs["vi"].site_name == "OCOP Thủ đô"
    assert configs["en"].copyright == "© Sở Nông nghiệp và Môi trường Hà Nội"
    assert configs["en"].site_description.startswith("Catalogue of OCOP")  # not written: from province.yml


def test_names_are_escaped_once_for_templates_without_autoescaping():
    configs = configs_by_language(_config(), identity(_province("Hà <Nội> & Co")))
    assert str(configs["vi"].site_name) == "OCOP Hà &lt;Nội&gt; &amp; Co"
    from markupsafe import escape
    assert str(escape(configs["vi"].site_name)) == "OCOP Hà &lt;Nội&gt; &amp; Co"  # `| e` does not escape twice


def test_identity_is_worked_out_once_per_build_for_pages_and_booklets(monkeypatch, tmp_path):
    """The pages' configurations and both booklets take the one `SiteData.identity`."""
    import datetime as dt

    from generator.booklet.render import Booklet, BookletOptions
    from generator.model.records import Catalogue
    from generator.pages import site as site_module
    from generator.pages.site import SiteData

    calls = []
    monkeypatch.setattr(site_module, "identity", lambda province, langs=(): calls.append(province) or identity(province, langs))
    province = _province("Lào Cai", "Lao Cai")
    site = SiteData(Catalogue(str(tmp_path), province, {}, {}, {}, {}), dt.date(2026, 6, 1))
    configs = configs_by_language(_config(), site.identity)
    titles = [Booklet(site, BookletOptions(lang=lang, cache=tmp_path))._title() for lang in ("vi", "en")]
    assert calls == [province]
    assert titles == ["Danh mục sản phẩm OCOP Lào Cai", "OCOP product catalogue, Lao Cai"]
    assert configs["en"].site_name == "OCOP Lao Cai"
