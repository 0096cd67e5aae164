"""The catalogue's languages as its mkdocs.yml configures them (`plugins: - ocop: {languages,
fallbacks}`), for the `ocop` commands and whatever loads a repository outside a build: they read the
records as the build would. The build itself has them from MkDocs' validated configuration."""

from __future__ import annotations

from pathlib import Path

from generator.model.languages import DEFAULT, Languages


def plugin_options(config: Path) -> dict:
    """The `ocop` plugin's options in the mkdocs.yml at `config`; {} when there are none or the
    file cannot be read (mkdocs.yml's own errors are MkDocs' to report)."""
    import yaml

    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    plugins = data.get("plugins") if isinstance(data, dict) else None
    for entry in plugins if isinstance(plugins, list) else []:
        options = entry.get("ocop") if isinstance(entry, dict) else None
        if isinstance(options, dict):
            return options
    return {}


def configured_languages(root: str | Path) -> Languages:
    """The languages of the catalogue at `root` (its mkdocs.yml), else vi and en. A configuration
    the build would refuse is taken as the default here: the build reports it."""
    options = plugin_options(Path(root) / "mkdocs.yml")
    codes, fallbacks = options.get("languages", list(DEFAULT)), options.get("fallbacks", {})
    try:
        if not isinstance(codes, list) or not isinstance(fallbacks, dict):
            raise ValueError("languages")
        return Languages.of(codes, {k: v for k, v in fallbacks.items() if isinstance(v, list)})
    except ValueError:
        return Languages.of()
