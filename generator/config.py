"""Typed options of the `ocop` MkDocs plugin (mkdocs.yml: plugins: - ocop: {...})."""

from __future__ import annotations

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config

from generator.model.languages import DEFAULT


class OcopConfig(Config):
    # The catalogue repository, relative to mkdocs.yml.
    root = opt.Type(str, default=".")
    # The build date, YYYY-MM-DD; default SOURCE_DATE_EPOCH, else the real date.
    today = opt.Optional(opt.Type(str))
    # The site's languages in order: the first at the site root, each other under /<code>/. Records
    # may hold text in each of them; Vietnamese is required (generator/model/languages.py).
    languages = opt.ListOfItems(opt.Type(str), default=list(DEFAULT))
    # Where a language looks when a record has no text in it, e.g. {zh: [en, vi]}; Vietnamese last.
    fallbacks = opt.Type(dict, default={})
    # Language of the build log and its validation messages: vi (default) or en. `ocop` commands
    # run beside this mkdocs.yml follow it too, unless given --lang.
    messages = opt.Choice(("vi", "en"), default="vi")
    # Where processed photos are kept between builds, relative to mkdocs.yml.
    cache_dir = opt.Type(str, default=".cache/ocop")
    # Write booklet-vi.pdf and booklet-en.pdf into the site (skipped by `mkdocs serve`).
    booklet = opt.Type(bool, default=False)
    # The languages a booklet is printed in (its fonts cover Latin and Vietnamese script).
    booklet_languages = opt.ListOfItems(opt.Type(str), default=list(DEFAULT))
    booklet_paper = opt.Choice(("A4", "A5"), default="A4")
    # The staff editor at /admin/ (Sveltia CMS): the GitHub repository it opens pull requests
    # on, owner/name; left out, no editor is written.
    editor_repo = opt.Optional(opt.Type(str))
    editor_branch = opt.Type(str, default="main")
