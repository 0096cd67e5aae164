"""`ocop schema`: writes schemas/*.schema.json from the same field list the loader uses."""

from __future__ import annotations

from pathlib import Path

from generator.commands import add_root
from generator.i18n import vi_en

HELP = vi_en("write schemas/*.schema.json")


def arguments(parser, say) -> None:
    add_root(parser, say)


def run(args, today, say) -> int:
    from generator.load.settings import configured_languages
    from generator.schema import write_schemas

    langs = configured_languages(args.root).codes  # localized text takes a key per configured language
    for path in write_schemas(Path(args.root) / "schemas", langs):
        print(path)
    return 0
