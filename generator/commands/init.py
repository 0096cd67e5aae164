"""`ocop init`: a new catalogue for a province (generator/init/command.py does the work)."""

from __future__ import annotations

from generator.i18n import vi_en

HELP = vi_en("start a catalogue for a province in an empty folder (never overwrites)")


def arguments(parser, say) -> None:
    from generator.init.command import arguments as init_arguments

    init_arguments(parser, say)
    parser.set_defaults(lang=say.lang)  # Vietnamese unless --lang en


def run(args, today, say) -> int:
    from generator.init.command import run as init_run

    return init_run(args, today)
