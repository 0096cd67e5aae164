"""Records' Markdown to safe HTML: hostile input stays text, normal Markdown renders."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from generator.model.text import Text
from generator.pages.markdown import (
    is_safe_image, is_safe_link, markdown_html, text_html, url_scheme,
)


class _Collect(HTMLParser):
    """The tags and attributes a browser would build from the HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parsed(html: str) -> list[tuple[str, dict[str, str | None]]]:
    collect = _Collect()
    collect.feed(html)
    return collect.tags


def assert_harmless(html: str) -> None:
    for tag, attrs in parsed(html):
        assert tag in {"p", "a", "em", "strong", "span", "code", "pre", "ul", "ol", "li",
                       "blockquote", "img", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br"}
        assert not any(name.startswith("on") for name in attrs), attrs
        for name in ("href", "src"):
            if attrs.get(name) is not None:
                assert url_scheme(attrs[name]) in (None, "http", "https", "mailto", "tel")


HOSTILE = [
    ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
    ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
    ("<iframe src=https://evil.example></iframe>",
     "<p>&lt;iframe src=https://evil.example&gt;&lt;/iframe&gt;</p>"),
    ('<a href="javascript:alert(1)">x</a>',
     '<p>&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;</p>'),
    ("<div>\n<script>alert(1)</script>\n</div>",
     "<p>&lt;div&gt;\n&lt;script&gt;alert(1)&lt;/script&gt;\n&lt;/div&gt;</p>"),
    ("Giá <b onmouseover=alert(1)>rẻ</b>", "<p>Giá &lt;b onmouseover=alert(1)&gt;rẻ&lt;/b&gt;</p>"),
    ("<!-- x --><svg onload=alert(1)>", "<p>&lt;!-- x --&gt;&lt;svg onload=alert(1)&gt;</p>"),
    ("[x](javascript:alert(1))", "<p><span>x</span></p>"),
    ("[x](JaVaScRiPt:alert(1))", "<p><span>x</span></p>"),
    ("[x](  javascript:alert(1))", "<p><span>x</span></p>"),
    ("[x](<javascript:alert(1)>)", "<p><span>x</span></p>"),
    ("[x](&#106;avascript:alert(1))", "<p><span>x</span></p>"),
    ("[x](&#x6A;avascript&colon;alert(1))", "<p><span>x</span></p>"),
    ("[x](java&#x09;script:alert(1))", "<p><span>x</span></p>"),
    ("[x](vbscript:msgbox(1))", "<p><span>x</span></p>"),
    ("[x](data:text/html;base64,PHNjcmlwdD4=)", "<p><span>x</span></p>"),
    ("[x](file:///etc/passwd)", "<p><span>x</span></p>"),
    ("[*x*](javascript:alert(1) \"t\")", "<p><span><em>x</em></span></p>"),
    ("[x][1]\n\n[1]: javascript:alert(1)", "<p><span>x</span></p>"),
    ("<javascript:alert(1)>", "<p>&lt;javascript:alert(1)&gt;</p>"),
    ("![p](data:image/png;base64,AAAA)", "<p><span>p</span></p>"),
    ("![p](javascript:alert(1))", "<p><span>p</span></p>"),
    ("![tracker](https://t.example/p.gif)", "<p><span>tracker</span></p>"),
    ("![tracker](//t.example/p.gif)", "<p><span>tracker</span></p>"),
    ('[x](https://ex.vn "a\\" onclick=\\"alert(1)")', None),
    ("\x02amp\x03#106;avascript:alert(1)", None),
]


@pytest.mark.parametrize("source, expected", HOSTILE)
def test_hostile_input_stays_text(source, expected):
    html = markdown_html(source)
    if expected is not None:
        assert html == expected
    assert_harmless(html)
    assert "<script" not in html and "<iframe" not in html


@pytest.mark.parametrize(
    "source, expected",
    [
        ("*nghiêng* và **đậm**", "<p><em>nghiêng</em> và <strong>đậm</strong></p>"),
        ("- một\n- hai", "<ul>\n<li>một</li>\n<li>hai</li>\n</ul>"),
        ("1. một\n2. hai", "<ol>\n<li>một</li>\n<li>hai</li>\n</ol>"),
        ("[OCOP](https://ocop.gov.vn/)", '<p><a href="https://ocop.gov.vn/">OCOP</a></p>'),
        ("[x](http://ex.vn/?a=1&b=2)", '<p><a href="http://ex.vn/?a=1&amp;b=2">x</a></p>'),
        ("[x](HTTPS://EX.VN)", '<p><a href="HTTPS://EX.VN">x</a></p>'),
        ('[x](https://ex.vn "Tiêu đề")', '<p><a href="https://ex.vn" title="Tiêu đề">x</a></p>'),
        ("[gọi](tel:+842033812345)", '<p><a href="tel:+842033812345">gọi</a></p>'),
        ("[thư](mailto:htx@ex.vn)", '<p><a href="mailto:htx@ex.vn">thư</a></p>'),
        ("[sp](/san-pham/ruou-mo/)", '<p><a href="/san-pham/ruou-mo/">sp</a></p>'),
        ("[sp](../ruou-mo/)", '<p><a href="../ruou-mo/">sp</a></p>'),
        ("[mua](#mua)", '<p><a href="#mua">mua</a></p>'),
        ("<https://ocop.gov.vn/>", '<p><a href="https://ocop.gov.vn/">https://ocop.gov.vn/</a></p>'),
        ("![Rượu mơ](/anh/ruou-mo.webp)", '<p><img alt="Rượu mơ" src="/anh/ruou-mo.webp"></p>'),
        ("`<b>`", "<p><code>&lt;b&gt;</code></p>"),
        ("5 < 6 & 7 > 3", "<p>5 &lt; 6 &amp; 7 &gt; 3</p>"),
        ("&copy; HTX", "<p>&copy; HTX</p>"),
        ("", ""),
    ],
)
def test_normal_markdown_renders(source, expected):
    assert markdown_html(source) == expected


def test_email_autolink_is_a_mailto_link():
    [(tag, attrs)] = parsed(markdown_html("<htx@ex.vn>"))[1:]
    assert tag == "a" and attrs["href"] == "mailto:htx@ex.vn"


def test_converter_reuse_does_not_leak_references():
    first = markdown_html("[x][r]\n\n[r]: https://ex.vn/")
    assert first == '<p><a href="https://ex.vn/">x</a></p>'
    assert markdown_html("[x][r]") == "<p>[x][r]</p>"


@pytest.mark.parametrize(
    "url, scheme, link, image",
    [
        ("https://ex.vn", "https", True, False),
        ("mailto:a@ex.vn", "mailto", True, False),
        ("TEL:+84", "tel", True, False),
        ("/a/b.webp", None, True, True),
        ("b.webp", None, True, True),
        ("//ex.vn/a.gif", None, False, False),  # another host: write https:// for a link
        ("/\\ex.vn/a.gif", None, False, False),  # what a browser reads as //ex.vn/a.gif
        ("\\\\ex.vn\\a.gif", None, False, False),
        ("/&#9;/ex.vn/a.gif", None, False, False),
        ("/\t/ex.vn/a.gif", None, False, False),
        ("&#47;&#47;ex.vn/a.gif", None, False, False),
        ("java&#9;script:x", "javascript", False, False),
        ("/a\\b.webp", None, True, True),
        ("javascript:x", "javascript", False, False),
        (" \x01java\tscr\nipt:x", "javascript", False, False),
        ("&#106;avascript:x", "javascript", False, False),
        ("data:image/png,xx", "data", False, False),
        ("ftp://ex.vn", "ftp", False, False),
        ("java\\script:x", None, True, True),
    ],
)
def test_url_checks(url, scheme, link, image):
    assert url_scheme(url) == scheme
    assert is_safe_link(url) is link
    assert is_safe_image(url) is image


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (None, "vi", ""),
        (Text("**Mơ**", "**Apricot**"), "vi", "<p><strong>Mơ</strong></p>"),
        (Text("**Mơ**", "**Apricot**"), "en", "<p><strong>Apricot</strong></p>"),
        (Text("**Mơ**"), "en", '<div lang="vi"><p><strong>Mơ</strong></p></div>'),
        (Text("<script>x</script>"), "en", '<div lang="vi"><p>&lt;script&gt;x&lt;/script&gt;</p></div>'),
    ],
)
def test_text_html(text, lang, expected):
    assert text_html(text, lang) == expected


def test_no_tag_survives_a_fuzz_of_html_fragments():
    fragments = ["<", ">", "script", "img", " src=x", " onerror=alert(1)", "\n", "javascript:",
                 "[a](", ")", "&#106;", "<a href=", '"', "`", "*", "\\"]
    for i in range(len(fragments)):
        for j in range(len(fragments)):
            source = fragments[i] + fragments[j] + fragments[(i + j) % len(fragments)]
            html = markdown_html(source)
            assert_harmless(html)
            assert not re.search(r"<(script|img|iframe|svg)\b", html)
