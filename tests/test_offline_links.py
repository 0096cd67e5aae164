"""The offline copy's link pass (generator/offline/links.py), page by page."""

from __future__ import annotations

import pytest

from generator.offline.links import file_link, rewrite_page

FILES = {
    "index.html", "en/index.html", "products/x/index.html", "products/y/index.html", "search/index.html",
    "en/search/index.html", "catalogue/stars-5/page-2/index.html", "assets/ocop/ocop.css",
    "assets/photos/a-320.jpg", "assets/photos/a-640.jpg", "fairs.ics", "booklet-vi.pdf", "data/products.csv",
    "data/index.html", "giới-thiệu/index.html",
}


@pytest.mark.parametrize(("page", "value", "expected"), [
    ("products/x/index.html", "../y/", "../y/index.html"),
    ("products/x/index.html", "../y", "../y/index.html"),
    ("products/x/index.html", "../y/#photos", "../y/index.html#photos"),
    ("products/x/index.html", "../../search/?q=ruou+mo&stars=5", "../../search/index.html?q=ruou+mo&stars=5"),
    ("products/x/index.html", "../../", "../../index.html"),
    ("products/x/index.html", "../..", "../../index.html"),
    ("index.html", ".", "./index.html"),
    ("index.html", "./", "./index.html"),
    ("index.html", "en/", "en/index.html"),
    ("en/index.html", "..", "../index.html"),
    ("index.html", "catalogue/stars-5/page-2/", "catalogue/stars-5/page-2/index.html"),
    ("index.html", "gi%E1%BB%9Bi-thi%E1%BB%87u/", "gi%E1%BB%9Bi-thi%E1%BB%87u/index.html"),
    # files, fragments, the page itself and other sites stay as written
    ("products/x/index.html", "../../assets/ocop/ocop.css", "../../assets/ocop/ocop.css"),
    ("products/x/index.html", "../../fairs.ics", "../../fairs.ics"),
    ("index.html", "booklet-vi.pdf", "booklet-vi.pdf"),
    ("index.html", "products/x/index.html", "products/x/index.html"),
    ("index.html", "#main", "#main"),
    ("index.html", "?q=tra", "?q=tra"),
    ("index.html", "", ""),
    ("index.html", "https://example.github.io/ocop/products/x/", "https://example.github.io/ocop/products/x/"),
    ("index.html", "//cdn.example/x/", "//cdn.example/x/"),
    ("index.html", "mailto:htx@example.vn", "mailto:htx@example.vn"),
    ("index.html", "tel:+842033852416", "tel:+842033852416"),
    ("index.html", "geo:21.1,106.7", "geo:21.1,106.7"),
    # nowhere: a missing page, a folder without index.html, the server's root, outside the site
    ("index.html", "products/z/", None),
    ("index.html", "products/", None),
    ("index.html", "/ocop/products/x/", None),
    ("products/x/index.html", "../../../elsewhere/", None),
    ("index.html", "assets/ocop/ocop.css/", None),
])
def test_file_link(page, value, expected):
    assert file_link(page, value, FILES) == expected


PAGE = """<!doctype html>
<html lang="en" class="no-js">
<head><link rel="stylesheet" href="../../assets/ocop/ocop.css"><link rel="next" href='../y/'>
<link rel="canonical" href="https://example.github.io/ocop/products/x/"></head>
<body>
<form class="md-header__option ocop-header-search" role="search" method="get" action="../../en/search/">
  <input name="q" placeholder="Search"><button class="md-header__button md-icon" type="submit"><svg viewBox="0 0 24 24"><path d="M9.5 3"/></svg></button>
</form>
<!-- <a href="../y/">a comment stays as written</a> -->
<script>const html = '<a href="../y/">'; if (x < 1) location.href = "../y/";</script>
<a href="../y/" class="ocop-card__link" title="a &quot;quoted&quot; title with href=&quot;../y/&quot;">Y</a>
<a href=../y/>unquoted</a>
<a href="../../search/?q=tra&amp;stars=5#results">search</a>
<a href="../../">home</a> <a href="#certificate">certificate</a> <a href="mailto:a@example.vn">mail</a>
<img src="../../assets/photos/a-320.jpg" srcset="../../assets/photos/a-320.jpg 320w, ../../assets/photos/a-640.jpg 640w" alt="">
<a href="../z/">gone</a>
<img src="../../assets/photos/missing.jpg" alt="">
</body>
</html>
"""


def test_rewrite_page_changes_only_the_links_and_marks_the_page():
    result = rewrite_page(PAGE, "products/x/index.html", FILES)
    text = result.text
    assert '<html data-ocop-offline lang="en" class="no-js">' in text
    assert '<link rel="next" href=\'../y/index.html\'>' in text
    assert ('<a href="../y/index.html" class="ocop-card__link" title="a &quot;quoted&quot; title with '
            'href=&quot;../y/&quot;">Y</a>') in text
    assert "<a href=../y/index.html>unquoted</a>" in text
    assert '<a href="../../search/index.html?q=tra&amp;stars=5#results">search</a>' in text
    assert '<a href="../../index.html">home</a>' in text
    # as written: comments, scripts, fragments, other sites, files
    assert '<!-- <a href="../y/">a comment stays as written</a> -->' in text
    assert """<script>const html = '<a href="../y/">'; if (x < 1) location.href = "../y/";</script>""" in text
    for kept in ('href="#certificate"', 'href="mailto:a@example.vn"', 'href="../../assets/ocop/ocop.css"',
                 'href="https://example.github.io/ocop/products/x/"'):
        assert kept in text
    assert result.links == 6  # next, card, unquoted, search, home, and the header's search box
    assert result.broken == ((16, "../z/"), (17, "../../assets/photos/missing.jpg"))


def test_header_search_box_becomes_a_link_in_the_page_language():
    text = rewrite_page(PAGE, "products/x/index.html", FILES).text
    assert "ocop-header-search" not in text and 'name="q"' not in text
    start = text.index('<a class="md-header__option ocop-header-offline"')
    link = text[start:text.index("</a>", start) + 4]
    assert 'href="../../en/search/index.html"' in link
    assert '<svg viewBox="0 0 24 24"><path d="M9.5 3"/></svg>' in link
    assert "Search works online only" in link
    vi = rewrite_page(PAGE.replace('lang="en"', 'lang="vi"'), "products/x/index.html", FILES).text
    assert "Tìm kiếm chỉ có khi trực tuyến" in vi


def test_nothing_else_changes():
    """Undo the inserted "index.html" and the marker: the rest of the page is what MkDocs wrote."""
    page = PAGE.replace(PAGE[PAGE.index("<form"):PAGE.index("</form>") + 7], "")
    text = rewrite_page(page, "products/x/index.html", FILES).text
    assert text.replace("index.html", "").replace(" data-ocop-offline", "") == page


@pytest.mark.parametrize("refresh, expected", [
    ('content="2; url=../catalogue/"', 'content="2; url=../catalogue/index.html"'),
    ("content='0;URL=../catalogue/'", "content='0;URL=../catalogue/index.html'"),
    ('content="5"', 'content="5"'),  # a plain reload names no address
])
def test_a_redirect_page_is_sent_to_a_file(refresh, expected):
    page = f'<html lang="vi"><head><meta http-equiv="Refresh" {refresh}></head><body></body></html>'
    out = rewrite_page(page, "products/index.html", {"catalogue/index.html", "products/index.html"})
    assert expected in out.text and out.broken == ()
