"""`ocop rules`: every rule id the checks can report, from the registry in generator/ruleids.py."""

from __future__ import annotations

import sys

from generator.commands import add_lang
from generator.i18n import vi_en

HELP = vi_en("list every rule id the checks can report")


def arguments(parser, say) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text", help=say(
        *vi_en("text: one id a line; json: machine-readable")))
    add_lang(parser, say)


def run(args, today, say) -> int:
    from generator.ruleids import as_json, as_text

    sys.stdout.write(as_json(args.lang) if args.format == "json" else as_text(args.lang))
    return 0
