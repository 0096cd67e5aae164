"""Typed options of the `ocop` MkDocs plugin (mkdocs.yml: plugins: - ocop: {...})."""

from __future__ import annotations

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config


class OcopConfig(Config):
    # The catalogue repository, relative to mkdocs.yml.
    root = opt.Type(str, default=".")
    # The build date, YYYY-MM-DD; default SOURCE_DATE_EPOCH, else the real date.
    today = opt.Optional(opt.Type(str))
    # Language of the build log and its validation messages: vi (default) or en. `ocop` commands
    # run beside this mkdocs.yml follow it too, unless given --lang.
    messages = opt.Choice(("vi", "en"), default="vi")
    # Where processed photos are kept between builds, relative to mkdocs.yml.
    cache_dir = opt.Type(str, default=".cache/ocop")
    # Write booklet-vi.pdf and booklet-en.pdf into the site (skipped by `mkdocs serve`).
    booklet = opt.Type(bool, default=False)
    booklet_paper = opt.Choice(("A4", "A5"), default="A4")
    # The staff editor at /admin/ (Sveltia CMS): the GitHub repository it opens pull requests
    # on, owner/name; left out, no editor is written.
    editor_repo = opt.Optional(opt.Type(str))
    editor_branch = opt.Type(str, default="main")
