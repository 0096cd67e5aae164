"""One way to report a photo problem (generator/images/results.py): whoever finds it (the photo
rule of `ocop validate`, the build's photo cache, `ocop booklet`), it is an Issue at the line of
the record naming the photo, worded the same, in the language asked for."""

from __future__ import annotations

import io
import logging

import pytest
from PIL import Image

from generator import cli
from generator.images import cache as cache_module
from generator.images import results
from generator.images.photos import photo_sets
from generator.rules import validate
from tests.conftest import PRODUCT, TODAY, write_catalogue

LINE = 14  # the line of "  - ruou-mo-yen-tu/a.jpg" in the product below
WORDS_EN = ('images[1]: "products/ruou-mo-yen-tu/a.jpg" could not be converted (the converter stopped, perhaps '
            "out of memory); build again, and if it persists export it again as a smaller JPEG")
WORDS_VI = ('images[1]: "products/ruou-mo-yen-tu/a.jpg" không chuyển đổi được (trình chuyển đổi dừng, có thể do '
            "thiếu bộ nhớ); hãy build lại, nếu vẫn lỗi hãy xuất lại ảnh dạng JPEG nhỏ hơn")


def _with_photo(root):
    buffer = io.BytesIO()
    Image.effect_noise((64, 48), 64).convert("RGB").save(buffer, "JPEG")
    return write_catalogue(root, {"products/ruou-mo-yen-tu/a.jpg": buffer.getvalue(),
                                  "products/ruou-mo-yen-tu.yml": PRODUCT + "images:\n  - ruou-mo-yen-tu/a.jpg\n"})


@pytest.fixture
def converter_dies(monkeypatch):
    """The converter failing on every photo (as when it runs out of memory), after validation
    has accepted the photo."""

    def dying(image, wanted):
        raise MemoryError("out of memory")

    monkeypatch.setattr(cache_module, "render_all", dying)


def test_the_photo_cache_reports_at_the_records_line(tmp_path, converter_dies):
    root = _with_photo(tmp_path)
    catalogue, found = validate(str(root), TODAY)
    assert found == []
    issues = photo_sets(catalogue, root, tmp_path / ".cache").issues
    assert [(i.loc.path, i.loc.line, i.loc.column, i.rule, i.severity) for i in issues] == [
        ("products/ruou-mo-yen-tu.yml", LINE, 5, "image-failed", "error")]
    assert (issues[0].message("en"), issues[0].message("vi")) == (WORDS_EN, WORDS_VI)


def test_the_rule_and_the_cache_word_a_damaged_photo_alike(tmp_path):
    shown = "products/ruou-mo-yen-tu/a.jpg"
    (tmp_path / "a.jpg").write_bytes(b"\xff\xd8\xff garbage")
    from_cache = cache_module.PhotoCache(tmp_path / "cache").ensure([tmp_path / "a.jpg"]).problems[0]
    root = write_catalogue(tmp_path / "cat", {"products/ruou-mo-yen-tu/a.jpg": b"\xff\xd8\xff garbage",
                                              "products/ruou-mo-yen-tu.yml": PRODUCT + "images:\n  - ruou-mo-yen-tu/a.jpg\n"})
    from_rule = validate(str(root), TODAY)[1][0]
    for lang in ("en", "vi"):
        assert from_rule.message(lang) == f"images[1]: {from_cache.message(lang, shown)}"


def test_the_booklet_reports_photo_problems_and_writes_nothing(tmp_path, converter_dies, capsys):
    root = _with_photo(tmp_path)
    code = cli.main(["booklet", "--root", str(root), "--today", "2026-11-23", "--output", str(tmp_path / "b.pdf")])
    err = capsys.readouterr().err
    assert code == 1 and not (tmp_path / "b.pdf").exists()
    assert f"products/ruou-mo-yen-tu.yml:{LINE}:5: lỗi: {WORDS_VI} [image-failed]" in err


def test_the_build_reports_photo_problems_at_the_records_line_in_its_language(tmp_path, converter_dies, caplog):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    from tests.sitebuild import scaffold

    root = scaffold(_with_photo(tmp_path))
    config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        build(config)
    assert f"products/ruou-mo-yen-tu.yml:{LINE}:5: lỗi: {WORDS_VI} [image-failed]" in caplog.text
    assert not (tmp_path / "site" / "index.html").exists()


def test_a_too_large_photo_is_worded_with_its_pixel_count(tmp_path):
    problem = results.too_large("a.jpg", 61_000_000, 60_000_000)
    assert problem.message("en") == ('"a.jpg" has too many pixels: 61,000,000, at most 60,000,000; resize it '
                                     "(2000 pixels wide is plenty)")
