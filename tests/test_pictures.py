"""One page of every kind, both languages, at 390 and 1280 px, in Chromium: every img, svg and
figure in the content has a size, every image loads, no text runs out of its box, nothing is 404."""

from __future__ import annotations

import subprocess
import sys

import pytest

from generator.rules import validate
from tests.browser import serve
from tests.conftest import TODAY
from tests.pictures import look_at
from tests.sitebuild import ROOT, build, scaffold


def test_sample_pages_as_a_visitor_sees_them(sample_site, catalogue, browser):
    missing: list[str] = []
    with serve(sample_site, missing=missing) as url:
        problems = look_at(browser, url, catalogue, missing)
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_a_thousand_product_catalogue_as_a_visitor_sees_it(tmp_path_factory, browser):
    root = tmp_path_factory.mktemp("thousand")
    made = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_catalogue.py"), "1000", str(root)],
                          capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    scaffold(root)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("booklet: true", "booklet: false"), encoding="utf-8")
    run = build(root, root / "site")
    assert run.returncode == 0, run.stderr
    catalogue = validate(str(root), TODAY)[0]
    missing: list[str] = []
    with serve(root / "site", missing=missing) as url:
        problems = look_at(browser, url, catalogue, missing)
    assert not problems, "\n".join(problems)


# The width each gallery photo is drawn at, and the width its `sizes` promised the browser.
PHOTO_WIDTHS = """() => [...document.querySelectorAll('.ocop-gallery img')].map(img => {
  const entries = img.sizes.split(/,(?![^(]*\\))/).map(s => s.trim());
  const media = e => e.startsWith('(') ? e.slice(0, e.indexOf(')') + 1) : '';  // one (feature) each
  const chosen = entries.find(e => !media(e) || matchMedia(media(e)).matches);
  const length = chosen.slice(media(chosen).length).trim();
  const probe = document.createElement('div');
  probe.style.cssText = `position:absolute;top:0;left:0;width:${length}`;
  document.body.append(probe);
  const promised = probe.getBoundingClientRect().width;
  probe.remove();
  return {drawn: img.getBoundingClientRect().width, promised, alt: img.alt, loading: img.loading,
          priority: img.getAttribute('fetchpriority')};
})"""


def test_product_photos_name_the_product_load_lazily_below_the_fold_and_sizes_fit(sample_site, catalogue, browser):
    """One photo, two, three; at a phone's width, each layout breakpoint of ocop.css, and a wide screen."""
    with serve(sample_site) as url:
        for width in (390, 800, 1000, 1280, 1700):
            context = browser.new_context(viewport={"width": width, "height": 900})
            tab = context.new_page()
            for slug in ("banh-chung-den-binh-lieu", "cha-ca-ha-long", "ruou-mo-yen-tu"):
                product = catalogue.products[slug]
                for lang in ("vi", "en") if width == 390 else ("vi",):
                    tab.goto(f"{url}{'en/' if lang == 'en' else ''}products/{slug}/")
                    photos = tab.evaluate(PHOTO_WIDTHS)
                    assert len(photos) == len(product.images)
                    name = product.name.get(lang)
                    assert photos[0]["alt"] == name and photos[0]["priority"] == "high"
                    assert photos[0]["loading"] == "auto"
                    for n, photo in enumerate(photos[1:], start=2):
                        assert photo["alt"] == f"{name} ({n}/{len(photos)})" and photo["loading"] == "lazy"
                    for photo in photos:  # never a blurry rendition, never one far too big
                        assert 0.9 * photo["drawn"] <= photo["promised"] <= 1.3 * photo["drawn"] + 8, (slug, photo, width)
            context.close()


def test_a_caption_written_in_the_record_is_the_photos_text_alternative(sample_site, catalogue, browser):
    """cha-muc-ha-long writes its second and third photos as {file, caption}; the cover has none."""
    product = catalogue.products["cha-muc-ha-long"]
    assert product.captions[0] is None and product.captions[1] and product.captions[2]
    with serve(sample_site) as url:
        context = browser.new_context(viewport={"width": 390, "height": 844})
        tab = context.new_page()
        for lang in ("vi", "en"):
            tab.goto(f"{url}{'en/' if lang == 'en' else ''}products/cha-muc-ha-long/")
            photos = tab.evaluate(PHOTO_WIDTHS)
            assert [p["alt"] for p in photos] == [product.name.get(lang), product.captions[1].get(lang),
                                                  product.captions[2].get(lang)]
            assert all(p["drawn"] > 0 for p in photos)
        context.close()
