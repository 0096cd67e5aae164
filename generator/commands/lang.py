"""The language staff read the `ocop` command in: Vietnamese unless asked otherwise.

`--lang en` on the command line wins; else `messages:` of the `ocop` plugin in mkdocs.yml (the same
option that sets the build log's language); else Vietnamese. Every text the command prints is
written in both languages at the place it is printed: ``say("Đã ghi tệp", "written")``.
"""

from __future__ import annotations

from pathlib import Path

from generator.say import Say

__all__ = ["LANGS", "Say", "configured", "language"]

LANGS = ("vi", "en")


def language(argv: list[str]) -> str:
    """The language of this run, from `argv` (before argparse has seen it) or mkdocs.yml."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGS:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGS:
            return arg[7:]
    root = next((argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg == "--root"), ".")
    return configured(Path(root) / "mkdocs.yml") or "vi"


def configured(config: Path) -> str | None:
    """`messages:` of the ocop plugin in this mkdocs.yml, if it sets one."""
    import yaml

    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    plugins = data.get("plugins") if isinstance(data, dict) else None
    for entry in plugins if isinstance(plugins, list) else []:
        options = entry.get("ocop") if isinstance(entry, dict) else None
        if isinstance(options, dict) and options.get("messages") in LANGS:
            return options["messages"]
    return None
