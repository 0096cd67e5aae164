"""Records kept between builds: a cached load gives what a fresh load gives, sees every edit,
and a cache file that is broken or from other code is ignored."""

from __future__ import annotations

import os

import pytest

from generator import issues as fmt
from generator.load import cache as load_cache
from generator.load import catalogue as loader
from generator.load.cache import LoadCache
from generator.load.catalogue import load_catalogue
from generator.rules import validate
from tests.conftest import PRODUCT, TODAY, write_catalogue

BROKEN = "name: Rượu mơ\nstars: 4\ndescription: a: b\n"  # a ':' inside a value, line 3
SECOND = PRODUCT.replace("Rượu mơ Yên Tử", "Trà hoa vàng")


@pytest.fixture
def repo(tmp_path):
    """A catalogue with a second product, a broken file and a badly named one; and its cache folder."""
    root = write_catalogue(tmp_path / "repo", {"products/tra-hoa-vang.yml": SECOND,
                                               "products/hong.yml": BROKEN, "products/Bad Name.yml": SECOND})
    return root, tmp_path / "cache"


def load(root, folder) -> tuple[object, list, LoadCache]:
    cache = LoadCache.open(folder)
    catalogue, found = load_catalogue(root, cache)
    cache.save()
    return catalogue, found, cache


def cached_validate(root, folder):
    cache = LoadCache.open(folder)
    result = validate(str(root), TODAY, cache)
    cache.save()
    return result


def lines(found) -> list[str]:
    return [fmt.format_text(issue) for issue in fmt.ordered(found)]


def test_cached_validation_equals_a_fresh_one(repo):
    root, folder = repo
    fresh = validate(str(root), TODAY)
    cold = cached_validate(root, folder)
    warm = cached_validate(root, folder)
    assert cold == fresh and warm == fresh
    assert "products/hong.yml:3:15: error: YAML syntax: a ':' inside a value; put the whole value in quotes " \
           "[yaml-syntax]" in lines(warm[1])
    assert any(issue.rule == "bad-slug" for issue in warm[1])


def test_unchanged_files_are_not_parsed_again(repo, monkeypatch):
    root, folder = repo
    first, found, _ = load(root, folder)
    monkeypatch.setattr(loader, "read_node", lambda *args: pytest.fail("an unchanged file was parsed"))
    again, found_again, cache = load(root, folder)
    assert again == first and lines(found_again) == lines(found)
    assert cache.changed == set() and not cache.complete_miss


def test_first_load_counts_everything_as_changed(repo):
    root, folder = repo
    _, _, cache = load(root, folder)
    assert cache.complete_miss
    assert "products/tra-hoa-vang.yml" in cache.changed and "province.yml" in cache.changed


def test_an_edited_file_is_loaded_again(repo):
    root, folder = repo
    load(root, folder)
    (root / "products/tra-hoa-vang.yml").write_text(SECOND.replace("stars: 4", "stars: 5"), encoding="utf-8")
    catalogue, _, cache = load(root, folder)
    assert catalogue.products["tra-hoa-vang"].stars == 5
    assert cache.changed == {"products/tra-hoa-vang.yml"}
    assert catalogue == load_catalogue(root)[0]


def test_a_fixed_file_loses_its_issue(repo):
    root, folder = repo
    load(root, folder)
    (root / "products/hong.yml").write_text(SECOND, encoding="utf-8")
    catalogue, found, cache = load(root, folder)
    assert "hong" in catalogue.products and not [i for i in found if i.loc.path == "products/hong.yml"]
    assert cache.changed == {"products/hong.yml"}


def test_a_deleted_file_disappears(repo):
    root, folder = repo
    load(root, folder)
    (root / "products/tra-hoa-vang.yml").unlink()
    catalogue, _, cache = load(root, folder)
    assert "tra-hoa-vang" not in catalogue.products
    assert cache.changed == {"products/tra-hoa-vang.yml"}
    _, _, after = load(root, folder)
    assert after.changed == set()


def test_an_unchanged_catalogue_does_not_rewrite_the_cache(repo):
    root, folder = repo
    cached_validate(root, folder)
    written = (folder / load_cache.FILE_NAME).stat().st_mtime_ns
    (folder / load_cache.FILE_NAME).touch()  # any rewrite would change the time again
    touched = (folder / load_cache.FILE_NAME).stat().st_mtime_ns
    cached_validate(root, folder)
    assert written <= touched == (folder / load_cache.FILE_NAME).stat().st_mtime_ns
    assert [p.name for p in folder.iterdir()] == [load_cache.FILE_NAME]


@pytest.mark.parametrize("garbage", [b"", b"\x80\x05garbage", b"not a pickle at all", b"\x80\x05\x95" + b"\xff" * 40])
def test_a_corrupt_cache_file_is_ignored(repo, garbage):
    root, folder = repo
    folder.mkdir()
    (folder / load_cache.FILE_NAME).write_bytes(garbage)
    catalogue, found, cache = load(root, folder)
    assert cache.complete_miss
    assert (catalogue, lines(found)) == (load_catalogue(root)[0], lines(load_catalogue(root)[1]))
    assert not load(root, folder)[2].complete_miss  # and replaced by a good one


@pytest.mark.parametrize("damage", [lambda b: b[:len(b) // 2], lambda b: b[:60] + b"\xff" * 64 + b[124:]])
def test_a_damaged_cache_file_is_ignored(repo, damage):
    root, folder = repo
    load(root, folder)
    path = folder / load_cache.FILE_NAME
    path.write_bytes(damage(path.read_bytes()))
    catalogue, found, cache = load(root, folder)
    assert cache.complete_miss
    assert (catalogue, lines(found)) == (load_catalogue(root)[0], lines(load_catalogue(root)[1]))


def test_a_cache_written_by_other_code_is_ignored(repo, monkeypatch):
    root, folder = repo
    monkeypatch.setattr(load_cache, "code_version", lambda: "older code")
    load(root, folder)
    monkeypatch.undo()
    (root / "products/tra-hoa-vang.yml").write_text(SECOND.replace("stars: 4", "stars: 5"), encoding="utf-8")
    catalogue, _, cache = load(root, folder)
    assert cache.complete_miss and catalogue.products["tra-hoa-vang"].stars == 5


def test_a_cache_folder_that_cannot_be_written_does_not_stop_validation(repo):
    root, folder = repo
    folder.write_text("a file where the cache folder should be", encoding="utf-8")
    assert cached_validate(root, folder) == validate(str(root), TODAY)


def test_a_serve_rebuild_reuses_the_records_in_memory(repo, monkeypatch):
    root, folder = repo
    _, _, first = load(root, folder)
    monkeypatch.setattr(load_cache, "_read", lambda path: pytest.fail("the cache file was read again"))
    (root / "products/tra-hoa-vang.yml").write_text(SECOND.replace("stars: 4", "stars: 5"), encoding="utf-8")
    following = first.next()
    read = []
    real_read = loader._read
    monkeypatch.setattr(loader, "_read", lambda path, *args: read.append(os.path.basename(path)) or real_read(path, *args))
    catalogue, _ = load_catalogue(root, following)
    assert catalogue.products["tra-hoa-vang"].stars == 5
    assert following.changed == {"products/tra-hoa-vang.yml"} and not following.complete_miss
    assert "tra-hoa-vang.yml" in read and "ruou-mo-yen-tu.yml" not in read  # unchanged: not even read


def test_a_serve_rebuild_sees_a_photo_replaced_by_a_broken_file(tmp_path):
    from PIL import Image

    product = PRODUCT.replace("description:", "images: [ruou-mo-yen-tu/chai.jpg]\ndescription:", 1)
    root = write_catalogue(tmp_path / "repo", {"products/ruou-mo-yen-tu.yml": product})
    (root / "products/ruou-mo-yen-tu").mkdir()
    Image.new("RGB", (40, 30)).save(root / "products/ruou-mo-yen-tu/chai.jpg", "JPEG")
    first = LoadCache.open(tmp_path / "cache")
    assert not [i for i in validate(str(root), TODAY, first)[1] if i.rule.startswith("image")]
    (root / "products/ruou-mo-yen-tu/chai.jpg").write_bytes(b"%PDF-1.7\n")
    found = validate(str(root), TODAY, first.next())[1]
    assert [i.rule for i in found if i.rule.startswith("image")] == ["image-not-image"]


def test_asking_the_system_to_read_ahead_changes_nothing_loaded(tmp_path, monkeypatch):
    """Before reading a folder's files, the loader asks the system to read them all ahead."""
    from tests.conftest import PRODUCT, write_catalogue

    files = {f"products/san-pham-{i:02d}.yml": PRODUCT.replace("Rượu mơ Yên Tử", f"Sản phẩm số {i}")
             for i in range(40)}
    files["products/hong.yml"] = b"name: \xff\xfe\n"  # not UTF-8
    files["products/San Pham.yml"] = PRODUCT  # a bad file name
    write_catalogue(tmp_path, files)
    loader.prefetch([str(tmp_path / "products/gone.yml"), str(tmp_path / "products")])  # no error
    ahead = load_catalogue(tmp_path)
    monkeypatch.setattr(loader, "prefetch", lambda paths, size=0: None)
    assert load_catalogue(tmp_path) == ahead
    assert len(ahead[0].products) == len(files) - 1 + 1  # not the broken file; the base product
    assert {issue.rule for issue in ahead[1]} == {"bad-slug", "not-utf8"}
