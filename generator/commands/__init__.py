"""The subcommands of `ocop`, one module each.

A command module has `HELP` (Vietnamese, English), `arguments(parser, say)` adding its options,
and `run(args, today, say) -> int` (the exit code). To add a command, write its module here and
add its name to `COMMANDS`; `generator/cli.py` does the rest. Heavy imports go inside `run`, so
`ocop --help` stays quick.
"""

from __future__ import annotations

import argparse

from generator.commands.lang import LANGS, Say

COMMANDS = ("validate", "new", "renew", "report", "booklet", "init", "offline", "schema", "rules")


def add_root(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument("--root", default=".", metavar=say("THƯ_MỤC", "FOLDER"), help=say("thư mục kho dữ liệu (mặc định: thư mục hiện tại)",
                                                        "the catalogue repository (default: current folder)"))


def add_today(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument("--today", metavar=say("NGÀY", "DATE"), help=say(
        "ngày dùng để xét hiệu lực giấy chứng nhận, dạng YYYY-MM-DD (mặc định: SOURCE_DATE_EPOCH, nếu không có "
        "thì hôm nay)", "the date to judge certificates by, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)"))


def add_lang(parser: argparse.ArgumentParser, say: Say) -> None:
    parser.add_argument("--lang", choices=LANGS, default=say.lang, help=say(
        "ngôn ngữ của thông báo: vi (mặc định) hoặc en", "language of the messages: vi (default) or en"))


def add_common(parser: argparse.ArgumentParser, say: Say) -> None:
    """--root, --today and --lang: what every command reading the catalogue takes."""
    add_root(parser, say)
    add_today(parser, say)
    add_lang(parser, say)
