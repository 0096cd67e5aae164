"""Thin MkDocs glue: load and validate the catalogue before anything is built.

Every issue is logged with its location (warnings count under `mkdocs build --strict`); errors
stop the build once, with a headline naming the first problem.
"""

from __future__ import annotations

import os

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from generator import issues as fmt
from generator.config import OcopConfig
from generator.dates import resolve_today
from generator.rules import validate

log = get_plugin_logger("ocop")


class OcopPlugin(BasePlugin[OcopConfig]):
    def __init__(self):
        self.catalogue = None
        self.today = None

    def on_config(self, config):
        base = os.path.dirname(config.config_file_path or ".")
        root = os.path.normpath(os.path.join(base, self.config.root))
        try:
            self.today = resolve_today(self.config.today)
        except ValueError as exc:
            raise PluginError(f"ocop: today: expected YYYY-MM-DD, found {self.config.today!r}") from exc
        self.catalogue, found = validate(root, self.today)
        lang = self.config.messages
        for issue in found:
            (log.error if issue.severity == fmt.ERROR else log.warning)(fmt.format_text(issue, lang))
        errors, _, _ = fmt.counts(found)
        if errors:
            raise PluginError(fmt.summary(found, lang))
        return config
