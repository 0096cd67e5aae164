"""The subcommands of `ocop`, one module each.

A command module has `HELP` (Vietnamese, English), `arguments(parser, say)` adding its options,
and `run(args, today, say) -> int` (the exit code). To add a command, write its module here and
add its name to `COMMANDS`; `generator/cli.py` does the rest. Heavy imports go inside `run`, so
`ocop --help` stays quick.
"""

from __future__ import annotations

import argparse

from generator.commands.lang import LANGS, Say
from generator.i18n import vi_en

COMMANDS = ("validate", "new", "renew", "report", "booklet", "init", "offline", "schema", "rules")


def add_root(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument("--root", default=".", metavar=say(*vi_en("FOLDER")), help=say(*vi_en("the catalogue repository (default: "
                                                                                                    "current folder)")))


def add_today(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument("--today", metavar=say(*vi_en("DATE")), help=say(
        *vi_en("the date to judge certificates by, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)")))


def add_lang(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument("--lang", choices=LANGS, default=say.lang, help=say(
        *vi_en("language of the messages: vi (default) or en")))


def add_common(parser: argparse.ArgumentParser, say: Say) -> None:
    """--root, --today and --lang: what every command reading the catalogue takes."""
    add_root(parser, say)
    add_today(parser, say)
    add_lang(parser, say)
