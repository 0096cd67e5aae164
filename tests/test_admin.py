"""The staff editor at /admin/ (Sveltia CMS): its configuration is generated from the loader's
field list, validates against the editor's own schema, and what the editor saves the loader reads.

The browser tests run the real editor in Chromium on its test backend, which keeps the
repository's files in the browser's origin private file system (the same file code as its
local-repository mode): the sample's records go in, the form is filled as staff would, and the
files the editor wrote come out into a copy of the sample that `ocop validate` checks."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.load.settings import configured_languages
from generator.admin import SVELTIA_VERSION, VENDOR, build_config, write_admin
from generator.admin.hints import HINTS_VI, LABELS_VI
from generator.load.catalogue import slugify
from generator.load.kinds import KINDS
from generator.load.shapes import Enum, Hint, List, Obj, OneOf
from generator.model.categories import SETS
from generator.model.text import Text
from generator.rules import validate
from tests.browser import serve
from tests.conftest import TODAY
from tests.sitebuild import ROOT

PACKAGE = ROOT / "node_modules" / "@sveltia" / "cms"
RECORDS = ("mkdocs.yml", "province.yml", "products", "producers", "fairs", "plans")  # mkdocs.yml: the languages


def _need_package():
    if not PACKAGE.exists():
        pytest.skip("npm ci is needed for the editor's package")


def test_the_vendored_editor_is_the_pinned_package(tmp_path):
    """generator/admin/vendor is tools/vendor_admin.py run on the version package.json pins."""
    _need_package()
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["@sveltia/cms"]
    assert pinned == SVELTIA_VERSION == json.loads((PACKAGE / "package.json").read_text())["version"]
    sys.path.insert(0, str(ROOT / "tools"))
    from vendor_admin import vendor

    vendor(PACKAGE, tmp_path / "vendor")
    fresh = {p.relative_to(tmp_path / "vendor").as_posix(): p.read_bytes()
             for p in sorted((tmp_path / "vendor").rglob("*")) if p.is_file()}
    kept = {p.relative_to(VENDOR).as_posix(): p.read_bytes() for p in sorted(VENDOR.rglob("*")) if p.is_file()}
    assert fresh.keys() == kept.keys() and "LICENSE.txt" in kept
    assert [name for name in fresh if fresh[name] != kept[name]] == []
    assert b"cdn.jsdelivr.net/fontsource" not in kept["sveltia-cms.js"]


def test_the_configuration_validates_against_the_editors_own_schema():
    _need_package()
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((PACKAGE / "schema" / "sveltia-cms.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    config = build_config("example/ocop")
    assert [e.message for e in validator.iter_errors(config)] == []
    config["publish_mode"] = "pull_requests"  # the schema does catch a mistake
    assert list(validator.iter_errors(config))


def _walk(shape, name=None):
    if isinstance(shape, Hint):
        shape = shape.shape
    yield name, shape
    children = (shape.fields.items() if isinstance(shape, Obj) else [(None, shape.item)] if isinstance(shape, List)
                else [(None, o) for o in shape.options] if isinstance(shape, OneOf) else [])
    for child_name, child in children:
        yield from _walk(child, child_name)


def test_every_field_and_choice_has_vietnamese_and_every_description_a_vietnamese_hint():
    names, docs, choices = set(), set(), set()
    for kind in KINDS.values():
        for name, shape in _walk(kind):
            names.add(name)
            docs.add(getattr(shape, "doc", ""))
            if isinstance(shape, Enum):
                choices.update(map(str, shape.choices))
    assert sorted((names | choices) - set(LABELS_VI) - {None}) == []
    assert sorted(docs - set(HINTS_VI) - {""}) == []
    assert sorted(set(HINTS_VI) - docs) == []  # none left over from a description since reworded


def _fields(config, collection):
    (found,) = [c for c in config["collections"] if c["name"] == collection]
    return found.get("fields") or found["files"][0]["fields"]


def test_the_form_has_the_fields_of_the_field_list():
    config = build_config("example/ocop")
    for kind, collection in (("product", "products"), ("producer", "producers"), ("fair", "fairs"),
                             ("plan", "plans"), ("province", "province")):
        fields = _fields(config, collection)
        assert [f["name"] for f in fields] == list(KINDS[kind].fields)
        assert {f["name"] for f in fields if f["required"]} == KINDS[kind].required
    product = {f["name"]: f for f in _fields(config, "products")}
    assert [o["value"] for o in product["category"]["options"]] == list(SETS) and len(SETS) == 26
    assert product["category"]["options"][13]["label"] == "14 – Rượu trắng / White spirits"
    assert [o["value"] for o in product["stars"]["options"]] == [3, 4, 5]
    assert product["producer"]["collection"] == "producers"
    assert product["locality"]["value_field"] == "localities.*.slug"
    assert product["certificate"]["fields"][3] == {
        "name": "issued_on", "label": "Ngày ký", "hint": "Ngày ký quyết định.", "required": True,
        "widget": "datetime", "type": "date", "format": "YYYY-MM-DD"}
    assert [f["name"] for f in product["name"]["fields"]] == ["vi", "en"]
    assert product["images"]["widget"] == "image" and product["images"]["multiple"]
    assert [f["name"] for f in product["where_to_buy"]["fields"]] == ["name", "url", "address", "locality"]
    assert product["history"]["widget"] == "list"
    assert product["barcode"]["pattern"] == [r"^(\d{8}|\d{12,14})$",
                                             "Chưa đúng dạng: Mã vạch GTIN 8, 12, 13 hoặc 14 chữ số, gồm cả số kiểm tra."]
    assert config["publish_mode"] == "editorial_workflow"
    assert config["backend"]["auth_methods"] == ["token"]


def test_the_built_site_serves_the_editor(sample_site):
    admin = sample_site / "admin"
    assert (admin / "sveltia-cms.js").read_bytes() == (VENDOR / "sveltia-cms.js").read_bytes()
    assert (admin / "LICENSE.txt").exists() and (admin / "locales" / "vi.json").exists()
    html = (admin / "index.html").read_text(encoding="utf-8")
    assert "connect-src 'self' blob: data: https://api.github.com;" in html
    assert "unpkg" not in html and "jsdelivr" not in html
    config = yaml.safe_load((admin / "config.yml").read_text(encoding="utf-8"))
    assert config["backend"]["repo"] == "example/ocop"
    assert config == json.loads(json.dumps(build_config("example/ocop", "main", configured_languages(ROOT).codes)))


# --- the editor in Chromium -------------------------------------------------------------------

_SEED = """async (files) => {
  const root = await navigator.storage.getDirectory();
  try { await root.removeEntry('sveltia-cms-test', {recursive: true}); } catch (e) {}
  const top = await root.getDirectoryHandle('sveltia-cms-test', {create: true});
  for (const [path, b64] of Object.entries(files)) {
    let dir = top;
    const parts = path.split('/');
    for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, {create: true});
    const writable = await (await dir.getFileHandle(parts.at(-1), {create: true})).createWritable();
    await writable.write(Uint8Array.from(atob(b64), c => c.charCodeAt(0)));
    await writable.close();
  }
}"""

_DUMP = """async () => {
  const out = {};
  const walk = async (dir, prefix) => {
    for await (const [name, handle] of dir.entries()) {
      if (handle.kind === 'directory') { await walk(handle, prefix + name + '/'); continue; }
      const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
      out[prefix + name] = btoa(text);
    }
  };
  await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test'), '');
  return out;
}"""


def _sample_copy(folder: Path, with_photos: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in RECORDS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=None if with_photos else shutil.ignore_patterns("*.jpg",
                                                                                                      "*.png"))
        else:
            shutil.copyfile(source, folder / name)
    return folder


class Editor:
    """The editor served from a built /admin/ with the test backend, over the given repository."""

    def __init__(self, page, base: str, repo: Path):
        self.page, self.base, self.repo = page, base, repo

    def open(self, button: str = "Làm việc với kho mã nguồn thử nghiệm"):
        files = {p.relative_to(self.repo).as_posix(): base64.b64encode(p.read_bytes()).decode()
                 for p in sorted(self.repo.rglob("*")) if p.is_file()}
        self.page.goto(self.base + "admin/missing")  # the origin, to fill its private file system
        self.page.evaluate(_SEED, files)
        self.page.goto(self.base + "admin/")
        self.page.get_by_role("button", name=button).click()
        self.page.locator("[role=navigation], nav").first.wait_for()

    def field(self, key: str):
        """The field's section; the editor renders fields as they scroll into view."""
        found = self.page.locator(f'section.field[data-key-path="{key}"]').first  # not the preview's
        for _ in range(40):
            if found.count():
                try:
                    found.scroll_into_view_if_needed(timeout=3000)
                    return found
                except Exception:  # re-rendered meanwhile: look again
                    continue
            self.page.mouse.move(300, 600)
            self.page.mouse.wheel(0, 500)
            self.page.wait_for_timeout(150)
        raise AssertionError(f"no field {key} in the form")

    def fill(self, key: str, text: str):
        section = self.field(key)
        try:
            section.locator("input, textarea").first.fill(text, timeout=5000)
        except Exception:
            self.page.screenshot(path="/tmp/cms18x/fail.png")
            open("/tmp/cms18x/fail.html", "w").write(section.evaluate("e => e.outerHTML"))
            raise

    def choose(self, key: str, option: str):
        self.field(key).locator("[role=combobox]").first.click()
        self.page.get_by_role("option", name=option).first.click()

    def edit(self, folder: str, slug: str):
        self.page.goto(self.base + f"admin/#/collections/{folder}/entries/{slug}")
        self.page.wait_for_timeout(1500)

    def save(self):
        self.page.get_by_role("button", name="Lưu", exact=True).click()
        self.page.get_by_role("button", name="Lưu", exact=True).wait_for(state="detached", timeout=20000) \
            if False else self.page.wait_for_timeout(2500)

    def written(self) -> dict[str, bytes]:
        return {path: base64.b64decode(b64) for path, b64 in self.page.evaluate(_DUMP).items()}


@pytest.fixture
def editor(browser, tmp_path):
    site = tmp_path / "site"
    write_admin(site, "example/ocop")
    config = yaml.safe_load((site / "admin" / "config.yml").read_text(encoding="utf-8"))
    config["backend"] = {"name": "test-repo"}  # the one difference from the published configuration
    (site / "admin" / "config.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
                                               encoding="utf-8")
    repo = _sample_copy(tmp_path / "repo", with_photos=False)
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    outside: list[str] = []
    with serve(site) as base:
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((base, "blob:", "data:")) else None)
        yield Editor(page, base, repo)
    context.close()
    assert outside == []  # no CDN, no third party: the test backend does not even call GitHub


def _ocop_validate(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator.cli", "validate", "--root", str(folder),
                           "--today", TODAY.isoformat()], capture_output=True, text=True)


def test_a_product_created_in_the_form_with_a_photo_validates(editor, tmp_path):
    editor.open()
    page = editor.page
    page.goto(editor.base + "admin/#/collections/products/new")
    name = "Mắm ruốc Đầm Hà thử nghiệm"
    editor.fill("name.vi", name)
    editor.fill("name.en", "Dam Ha shrimp paste")
    editor.choose("producer", "Hợp tác xã Nông nghiệp Yên Tử")
    editor.choose("category", "09 – Tương, nước mắm, gia vị dạng lỏng khác / Sauces, fish sauce and other liquid condiments")
    editor.field("stars").get_by_role("radio", name="4").click()
    editor.fill("certificate.decision", "4321/QĐ-UBND")
    editor.fill("certificate.issued_by", "UBND tỉnh Quảng Ninh")
    editor.fill("certificate.issued_on", "2026-10-15")
    editor.choose("locality", "xã Đầm Hà")
    editor.fill("description.vi", "Mắm ruốc làm từ ruốc biển Đầm Hà, ủ chượp 6 tháng.")
    editor.fill("traceability_url", "https://truyxuat.example.vn/mam-ruoc-dam-ha")
    photo = ROOT / "products" / "ca-koi-quang-yen" / "cover.jpg"
    editor.field("images").locator("input[type=file]").first.set_input_files(str(photo))
    page.wait_for_timeout(1000)
    editor.save()
    written = editor.written()
    slug = slugify(name)
    assert slug == "mam-ruoc-dam-ha-thu-nghiem"
    assert f"products/{slug}.yml" in written, sorted(written)[:5]
    assert written[f"products/{slug}/cover.jpg"] == photo.read_bytes()
    text = written[f"products/{slug}.yml"].decode("utf-8")
    record = yaml.safe_load(text)
    assert record["images"] == [f"{slug}/cover.jpg"]
    assert record["stars"] == 4 and record["locality"] == "dam-ha" and record["producer"] == "htx-nong-nghiep-yen-tu"
    out = _sample_copy(tmp_path / "checked", with_photos=True)
    for path, data in written.items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(data)
    run = _ocop_validate(out)
    assert run.returncode == 0, run.stdout + run.stderr
    catalogue, issues = validate(str(out), TODAY)
    assert [i for i in issues if slug in i.loc.path] == []
    product = catalogue.products[slug]
    assert product.certificate.issued_on == dt.date(2026, 10, 15)
    assert (product.category, product.stars, product.name.vi, product.name.en) == (
        "09", 4, name, "Dam Ha shrimp paste")


def _loaded(folder: Path, files: dict[str, bytes] | None = None):
    if files:
        for path, data in files.items():
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_bytes(data)
    catalogue, issues = validate(str(folder), TODAY)
    return catalogue, issues


def _bare(record):
    return dataclasses.replace(record, source=None)


def test_editing_stars_and_certificate_of_a_record_changes_only_those(editor, tmp_path):
    editor.open()
    editor.edit("products", "ca-koi-quang-yen")
    editor.field("stars").get_by_role("radio", name="4").click()
    editor.fill("certificate.decision", "5555/QĐ-UBND")
    editor.fill("certificate.issued_by", "UBND tỉnh Quảng Ninh")
    editor.fill("certificate.issued_on", "2026-09-01")
    editor.fill("traceability_url", "https://truyxuat.example.vn/ca-koi")
    editor.save()
    text = editor.written()["products/ca-koi-quang-yen.yml"].decode("utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/product.schema.json\nname:\n")
    assert "stars: 4\n" in text
    assert "certificate:\n  decision: 5555/QĐ-UBND\n  issued_by: UBND tỉnh Quảng Ninh\n  issued_on: 2026-09-01\n" in text
    before, _ = _loaded(_sample_copy(tmp_path / "before", with_photos=True))
    after, issues = _loaded(_sample_copy(tmp_path / "after", with_photos=True),
                            {"products/ca-koi-quang-yen.yml": text.encode("utf-8")})
    assert [i for i in issues if "ca-koi" in i.loc.path] == []
    old, new = before.products["ca-koi-quang-yen"], after.products["ca-koi-quang-yen"]
    assert (new.stars, new.certificate.decision, new.certificate.issued_on) == (4, "5555/QĐ-UBND", dt.date(2026, 9, 1))
    assert _bare(new) == _bare(dataclasses.replace(old, stars=4, certificate=new.certificate,
                                                   traceability_url=new.traceability_url))


# One record of each kind, the fullest product, and records written with plain-text (not {vi, en})
# names and descriptions: each opened in the form, its Vietnamese name edited, saved.
ROUND_TRIP = [("products", "cha-muc-ha-long", "name.vi"), ("products", "mam-ngan-dam-ha", "name.vi"),
              ("products", "trung-ga-tien-yen", "name.vi"),
              ("producers", "to-hop-tac-nuoi-ong-ky-thuong", "name.vi"),
              ("fairs", "festival-ocop-viet-nam-2025", "name.vi"), ("plans", "ke-hoach-ocop-2026-2030", "title.vi")]


def test_a_record_saved_from_the_form_loads_equal_but_for_the_edited_field(editor, tmp_path):
    editor.open()
    before, _ = _loaded(_sample_copy(tmp_path / "before", with_photos=True))
    saved = {}
    for folder, slug, key in ROUND_TRIP:
        editor.edit(folder, slug)
        old = getattr(before, folder)[slug]
        editor.fill(key, getattr(old, key.split(".")[0]).vi + " (sửa)")
        editor.save()
        saved[f"{folder}/{slug}.yml"] = editor.written()[f"{folder}/{slug}.yml"]
    after, issues = _loaded(_sample_copy(tmp_path / "after", with_photos=True), saved)
    assert [str(i) for i in issues if any(path in i.loc.path for path in saved)] == []
    assert saved["products/mam-ngan-dam-ha.yml"].decode("utf-8").startswith(
        "# yaml-language-server: $schema=../schemas/product.schema.json\n"
        "name: Mắm ngán Đầm Hà (sửa)\n")  # plain text stays plain text
    assert "  - file: cha-muc-ha-long/dia-cha.jpg\n    caption:" in saved["products/cha-muc-ha-long.yml"].decode("utf-8")
    for folder, slug, key in ROUND_TRIP:
        old, new = getattr(before, folder)[slug], getattr(after, folder)[slug]
        name = key.split(".")[0]
        edited = getattr(old, name)
        others = {code: edited.own(code) for code in edited.languages() if code != "vi"}
        assert getattr(new, name) == Text(edited.vi + " (sửa)", **others)
        assert _bare(new) == _bare(dataclasses.replace(old, **{name: getattr(new, name)})), slug
