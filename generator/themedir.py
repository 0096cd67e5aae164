"""The generator's own templates and assets (`theme_overrides/` of the generator's source tree),
for catalogues that do not carry a copy of them.

A catalogue started with `ocop init` has no `custom_dir`: the plugin puts this folder in
Material's template path, after the catalogue's own `custom_dir` when it has one (so a province
can still override a single template) and before Material's. The sample, whose `custom_dir` is
this very folder, is left as it is.
"""

from __future__ import annotations

from pathlib import Path

THEME = Path(__file__).resolve().parent.parent / "theme_overrides"


def add_generator_theme(dirs: list[str], custom_dir: str | None) -> bool:
    """Insert THEME into the template folders `dirs` (a MkDocs theme's, in order of precedence)
    unless it is there already; True when it was added."""
    if not THEME.is_dir() or any(Path(d).resolve() == THEME for d in dirs):
        return False
    dirs.insert(1 if custom_dir else 0, str(THEME))
    return True
