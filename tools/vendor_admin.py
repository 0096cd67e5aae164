"""Copy the staff editor (Sveltia CMS, and the `yaml` library: both pinned in package.json) from node_modules into
generator/admin/vendor, so `pip install -e . && mkdocs build` needs no npm.

    npm ci && python tools/vendor_admin.py

The editor's stylesheet names three fonts on cdn.jsdelivr.net; the copy names the same font
files, shipped in the package's npm/assets folder, beside it instead. Nothing else changes:
tests/test_admin.py runs this into a temporary folder and compares it with the checked-in copy.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "node_modules" / "@sveltia" / "cms"
FONTS = {  # the CDN address in the stylesheet: the file in npm/assets (its name without the hash)
    "https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2":
        "source-sans-3-latin-wght-normal",
    "https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2": "noto-mono-latin-400-normal",
    "https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2":
        "material-symbols-outlined-latin-wght-normal",
}


def vendor(package: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "fonts").mkdir(exist_ok=True)
    script = (package / "dist" / "sveltia-cms.js").read_text(encoding="utf-8")
    assets = package / "npm" / "assets"
    for url, stem in FONTS.items():
        if script.count(url) != 1:
            raise SystemExit(f"{url} is not named once in sveltia-cms.js: update FONTS for this version")
        (found,) = [p for p in assets.glob("*.woff2") if re.fullmatch(re.escape(stem) + r"-[\w-]{8}", p.stem)]
        shutil.copyfile(found, out / "fonts" / f"{stem}.woff2")
        licence = stem.split("-latin-")[0] + ".LICENSE.txt"
        shutil.copyfile(assets / licence, out / "fonts" / licence)
        script = script.replace(url, f"fonts/{stem}.woff2")
    if "cdn.jsdelivr.net/fontsource" in script:
        raise SystemExit("sveltia-cms.js names a font not in FONTS")
    (out / "sveltia-cms.js").write_text(script, encoding="utf-8")
    shutil.copyfile(package / "LICENSE.txt", out / "LICENSE.txt")
    shutil.copyfile(package / "locales" / "vi.json", out / "vi.json")
    # the YAML library (eemeli/yaml, ISC) as browser modules, for the record formats (ocop-format.js)
    yaml_package = package.parent.parent / "yaml"
    shutil.rmtree(out / "yaml", ignore_errors=True)
    shutil.copytree(yaml_package / "browser" / "dist", out / "yaml")
    shutil.copyfile(yaml_package / "LICENSE", out / "yaml" / "LICENSE")


if __name__ == "__main__":
    vendor(PACKAGE, Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "generator" / "admin" / "vendor")
