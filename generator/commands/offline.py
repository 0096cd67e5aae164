"""`ocop offline`: a copy of the site that works opened from disk (generator/offline/command.py
does the work)."""

from __future__ import annotations

from generator.i18n import vi_en

HELP = vi_en("a copy of the site that works opened from disk or a USB stick (no internet)")


def arguments(parser, say) -> None:
    from generator.commands import add_lang, add_root
    from generator.offline.command import WORDS

    words = WORDS[say.lang]
    parser.add_argument("--output", metavar="PATH", help=words["output"])
    parser.add_argument("--zip", action="store_true", help=words["zip"])
    parser.add_argument("--site", metavar="DIR", help=words["site"])
    add_root(parser, say)
    add_lang(parser, say)


def run(args, today, say) -> int:
    from generator.offline.command import run as offline_run

    return offline_run(args, today)
