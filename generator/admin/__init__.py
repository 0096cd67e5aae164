"""The staff editor at /admin/: Sveltia CMS (vendored, pinned in package.json) with a
configuration generated from the loader's field list (generator.load.kinds), so the form, the
JSON Schemas and the validator describe the same fields.

Written once per build (not per page): index.html, config.yml, sveltia-cms.js and its licence.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from generator import i18n
from generator.admin.hints import HINTS_VI, LABELS_VI
from generator.files import write_atomic
from generator.load.kinds import FOLDERS, KINDS
from generator.load.shapes import Date, Email, Enum, Hint, List, Num, Obj, OneOf, Shape, ShortOrLong, Str, Text, Url
from generator.model.categories import SETS
from generator.model.languages import PRIMARY
from generator.pages.labels import label

VENDOR = Path(__file__).parent / "vendor"
SVELTIA_VERSION = "0.221.1"  # the version in package.json; tests/test_admin.py checks they agree

_COLLECTIONS = {  # kind: (collection name, Vietnamese label, singular)
    "product": ("products", "Sản phẩm OCOP", "sản phẩm"),
    "producer": ("producers", "Chủ thể sản xuất", "chủ thể"),
    "fair": ("fairs", "Hội chợ", "hội chợ"),
    "plan": ("plans", "Kế hoạch", "kế hoạch"),
}
_PHOTO_FIELDS = {("product", "images"), ("producer", "images"), ("producer", "logo")}
_PHOTO_TYPES = "image/jpeg,image/png,image/webp"


def _hint(shape: Shape, extra: dict | None = None) -> str:
    doc = getattr(shape, "doc", "")
    text = HINTS_VI.get(doc, "")
    examples = (extra or {}).get("examples")
    if examples:
        text += (" " if text else "") + "Ví dụ: " + ", ".join(str(e) for e in examples) + "."
    return text


def _base(name: str, shape: Shape, required: bool, hint: str) -> dict:
    out = {"name": name, "label": LABELS_VI.get(name, name)}
    if hint:
        out["hint"] = hint
    out["required"] = required
    return out


def _pattern(shape: Str | Url | Email) -> list[str] | None:
    if isinstance(shape, Email):
        return ["^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "Cần địa chỉ thư điện tử, ví dụ htx@example.vn"]
    if isinstance(shape, Url):
        return (["^https://\\S+$", "Cần địa chỉ web bắt đầu bằng https://"] if shape.https_only
                else ["^https?://\\S+$", "Cần địa chỉ web bắt đầu bằng http:// hoặc https://"])
    if shape.pattern:
        vi = shape.hint[1] if shape.hint else f"Cần văn bản dạng {shape.pattern}"
        return [f"^(?:{shape.pattern})$", vi[0].upper() + vi[1:]]
    return None


def field(kind: str, name: str, shape: Shape, required: bool = False) -> dict:
    """The Sveltia CMS field for one record field (`kind` picks the relations and photo folders)."""
    extra: dict = {}
    if isinstance(shape, Hint):
        shape, extra = shape.shape, shape.extra
    out = _base(name, shape, required, _hint(shape, extra))
    if name == "producer" and kind == "product":
        return {**out, "widget": "relation", "collection": "producers", "value_field": "{{slug}}",
                "search_fields": ["name.vi", "name"], "display_fields": ["name.vi"]}
    if name == "locality":
        return {**out, **_LOCALITY}
    if name == "category" and kind == "product":
        out["hint"] = HINTS_VI[shape.doc]
        return {**out, "widget": "select", "dropdown_threshold": 0,
                "options": [{"label": f"{code} – {s.name.vi} / {s.name.en}", "value": code}
                            for code, s in SETS.items()]}
    if (kind, name) in _PHOTO_FIELDS:
        photo = {**out, "widget": "image", "accept": _PHOTO_TYPES, "choose_url": False}
        return {**photo, "multiple": True} if isinstance(shape, List) else photo
    if "enum" in extra:
        values = extra["enum"]
        return {**out, "widget": "select", "options": [{"label": str(v), "value": v} for v in values]}
    if isinstance(shape, Text):
        inner = "text" if shape.markdown else "string"
        return {**out, "widget": "object", "collapsed": False, "summary": "{{fields.vi}}", "fields": [
            {"name": "vi", "label": "Tiếng Việt", "widget": inner, "required": True},
            {"name": "en", "label": "Tiếng Anh (English)", "widget": inner, "required": False},
        ]}
    if isinstance(shape, (Str, Url, Email)):
        pattern = _pattern(shape)
        if "pattern" in extra:  # a hint for editors: the rules give the precise message, the form a first one
            pattern = [extra["pattern"], "Chưa đúng dạng: " + out.get("hint", "")]
        return {**out, "widget": "string", **({"pattern": pattern} if pattern else {})}
    if isinstance(shape, Num):
        num = {**out, "widget": "number", "value_type": "int" if shape.integer else "float"}
        if shape.minimum is not None:
            num["min"] = shape.minimum
        if shape.maximum is not None:
            num["max"] = shape.maximum
        return num
    if isinstance(shape, Date):
        return {**out, "widget": "datetime", "type": "date", "format": "YYYY-MM-DD"}
    if isinstance(shape, Enum):
        return {**out, "widget": "select",
                "options": [{"label": LABELS_VI.get(str(c), str(c)), "value": c} for c in shape.choices]}
    if isinstance(shape, Obj):
        return {**out, "widget": "object", "collapsed": False, "fields": _fields(kind, shape)}
    if isinstance(shape, List):
        return {**out, **_list(kind, name, shape.item)}
    raise TypeError(f"no editor field for {type(shape).__name__}")  # a new shape needs a case here


def _list(kind: str, name: str, item: Shape) -> dict:
    if isinstance(item, Hint):
        item = item.shape
    if name in ("exhibitors", "products") and kind == "fair":
        target = "producers" if name == "exhibitors" else "products"
        return {"widget": "relation", "multiple": True, "collection": target, "value_field": "{{slug}}",
                "search_fields": ["name.vi", "name"], "display_fields": ["name.vi"]}
    if isinstance(item, Enum):
        return {"widget": "select", "multiple": True,
                "options": [{"label": LABELS_VI.get(str(c), str(c)), "value": c} for c in item.choices]}
    if isinstance(item, OneOf):  # the options told apart by their keys: one form with all their fields
        merged: dict[str, Shape] = {}
        required = set.intersection(*(o.required for o in item.options))
        for option in item.options:
            merged.update(option.fields)
        item = Obj(merged, required=required)
    if isinstance(item, Obj):
        return {"widget": "list", "collapsed": False, "fields": _fields(kind, item)}
    sub = field(kind, "item", item, required=True)
    sub.pop("label", None)
    return {"widget": "list", "field": {**sub, "label": "Mục"}}


def _fields(kind: str, shape: Obj) -> list[dict]:
    return [field(kind, name, sub, name in shape.required) for name, sub in shape.fields.items()]


_LOCALITY = {"widget": "relation", "collection": "province", "file": "province",
             "value_field": "localities.*.slug", "search_fields": ["localities.*.name.vi", "localities.*.slug"],
             "display_fields": ["localities.*.name.vi"]}


def _collection(kind: str) -> dict:
    name, label, singular = _COLLECTIONS[kind]
    out = {
        "name": name, "label": label, "label_singular": singular, "folder": FOLDERS[kind],
        "extension": "yml", "format": f"ocop-{kind}", "create": True,
        "identifier_field": "name.vi" if "name" in KINDS[kind].fields else "title.vi",
        "slug": "{{fields.%s}}" % ("name.vi" if "name" in KINDS[kind].fields else "title.vi"),
        "summary": "{{fields.%s}}" % ("name.vi" if "name" in KINDS[kind].fields else "title.vi"),
        "fields": _fields(kind, KINDS[kind]),
    }
    if kind in ("product", "producer"):
        # photos beside the record: products/<slug>/photo.jpg, written as <slug>/photo.jpg
        out["media_folder"] = "{{slug}}"
        out["public_folder"] = "{{slug}}"
    return out


def _province_collection() -> dict:
    """province.yml, hidden: the communes and wards the locality fields choose from."""
    return {"name": "province", "label": "Tỉnh, xã, phường", "hide": True, "format": "ocop-province",
            "files": [{"name": "province", "label": "Tỉnh", "file": "province.yml",
                       "fields": _fields("province", KINDS["province"])}]}


def text_paths(shape: Shape, prefix: str = "") -> list[str]:
    """Dotted paths of the localized (Text) fields, `*` for list items: `where_to_buy.*.name`."""
    if isinstance(shape, Hint):
        shape = shape.shape
    if isinstance(shape, Text):
        return [prefix]
    if isinstance(shape, Obj):
        return [p for name, sub in shape.fields.items() for p in text_paths(sub, f"{prefix}.{name}" if prefix else name)]
    if isinstance(shape, List):
        return text_paths(shape.item, f"{prefix}.*")
    if isinstance(shape, OneOf):
        return sorted({p for option in shape.options for p in text_paths(option, prefix)})
    return []


def long_paths(shape: Shape, prefix: str = "") -> dict[str, str]:
    """Dotted paths (`*` for list items) of the values that may be written short or long, each
    with the key the short value has in the long form: {"images.*": "file"}."""
    if isinstance(shape, Hint):
        shape = shape.shape
    if isinstance(shape, ShortOrLong):
        return {prefix: shape.key}
    if isinstance(shape, Obj):
        return {p: k for name, sub in shape.fields.items()
                for p, k in long_paths(sub, f"{prefix}.{name}" if prefix else name).items()}
    if isinstance(shape, List):
        return long_paths(shape.item, f"{prefix}.*")
    return {}


def record_formats() -> dict:
    """ocop-fields.json, read by ocop-format.js: per kind, its localized fields, the values that
    may be written long (a photo with its caption), and the schema comment its files start with."""
    out = {kind: {"text": text_paths(KINDS[kind]), "long": long_paths(KINDS[kind]),
                  "schema": f"../schemas/{kind}.schema.json"} for kind in FOLDERS}
    out["province"] = {"text": text_paths(KINDS["province"]), "long": long_paths(KINDS["province"]),
                       "schema": "schemas/province.schema.json"}
    return out


def build_config(repo: str, branch: str = "main", langs: tuple[str, ...] = ("vi", "en")) -> dict:
    """The editor's config.yml as a dict: GitHub backend signed in with a personal access token,
    every change a branch and a pull request (editorial workflow). Localized text has a box for
    each of the configured `langs`."""
    config = {
        "backend": {"name": "github", "repo": repo, "branch": branch, "auth_methods": ["token"],
                    "commit_messages": {"create": "Thêm {{collection}} “{{slug}}” (biểu mẫu)",
                                        "update": "Sửa {{collection}} “{{slug}}” (biểu mẫu)",
                                        "delete": "Xóa {{collection}} “{{slug}}” (biểu mẫu)",
                                        "uploadMedia": "Tải ảnh “{{path}}” lên",
                                        "deleteMedia": "Xóa ảnh “{{path}}”"}},
        "publish_mode": "editorial_workflow",
        "app_title": "Biên tập danh mục OCOP",
        "media_folder": "products",
        "public_folder": "/products",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-", "trim": True,
                 "lowercase": True},
        "output": {"omit_empty_optional_fields": True, "yaml": {"indent_size": 2}},
        "collections": [_collection(kind) for kind in _COLLECTIONS] + [_province_collection()],
    }
    return _with_languages(config, tuple(langs))


def _language_label(code: str) -> str:
    """A language box's label in the (Vietnamese) editor: "Tiếng Việt", "Tiếng Anh (English)"."""
    if code == PRIMARY:
        return label(PRIMARY, "language_name")
    if code not in i18n.available():
        return code
    name = label(PRIMARY, f"lang_{code}")
    return f"{name[:1].upper()}{name[1:]} ({label(code, 'language_name')})"


def _with_languages(value, langs: tuple[str, ...]):
    """`value` with each localized text's boxes (vi, en) replaced by one box per language of `langs`."""
    if isinstance(value, list):
        return [_with_languages(item, langs) for item in value]
    if not isinstance(value, dict):
        return value
    boxes = value.get("fields")
    if isinstance(boxes, list) and [b.get("name") for b in boxes] == ["vi", "en"] and value.get("widget") == "object":
        inner = boxes[0]["widget"]
        return {**value, "fields": [{"name": code, "label": _language_label(code), "widget": inner,
                                     "required": code == "vi"} for code in langs]}
    return {key: _with_languages(item, langs) for key, item in value.items()}


INDEX_HTML = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; \
style-src 'self' 'unsafe-inline'; img-src 'self' blob: data: https://avatars.githubusercontent.com; \
connect-src 'self' blob: data: https://api.github.com; worker-src 'self' blob:; font-src 'self' data:; \
media-src 'self' blob:">
<title>Biên tập danh mục OCOP</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script src="local-files.js"></script>
<script src="sveltia-cms.js"></script>
<script type="module" src="ocop-format.js"></script>
</body>
</html>
"""


def write_admin(site_dir: Path, repo: str, branch: str = "main", langs: tuple[str, ...] = ("vi", "en")) -> None:
    """/admin/ of the built site. The Content-Security-Policy keeps the promise of no request to
    anyone but this site and the GitHub API (the editor would otherwise fetch optional helpers,
    such as an EXIF reader, from a CDN; it carries on without them)."""
    folder = site_dir / "admin"
    text = yaml.safe_dump(build_config(repo, branch, langs), allow_unicode=True, sort_keys=False, width=1000)
    fields = json.dumps(record_formats(), ensure_ascii=False, indent=1) + "\n"
    for name, data in (("index.html", INDEX_HTML), ("config.yml", text), ("ocop-fields.json", fields)):
        write_atomic(folder / name, data.encode("utf-8"))
    copies = [(VENDOR / name, name) for name in ("sveltia-cms.js", "LICENSE.txt")]
    copies += [(VENDOR / "vi.json", "locales/vi.json")]
    copies += [(Path(__file__).parent / name, name) for name in ("local-files.js", "ocop-format.js")]
    copies += [(source, source.relative_to(VENDOR).as_posix())
               for tree in ("fonts", "yaml") for source in sorted((VENDOR / tree).rglob("*")) if source.is_file()]
    for source, name in copies:  # each file whole or not at all: a served site may be read meanwhile
        with source.open("rb") as original:
            write_atomic(folder / name, lambda handle, original=original: shutil.copyfileobj(original, handle))
