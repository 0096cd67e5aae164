"""argparse speaking Vietnamese: usage, section titles, the help flag and its own error messages
("invalid choice", "required", ...) in the run's language."""

from __future__ import annotations

import argparse
import re
import sys

from generator.commands.lang import Say
from generator.i18n import en_vi, vi_en

# argparse's error messages (Python 3.11-3.13 wording) and their Vietnamese.
_ERRORS = (
    en_vi("argument (.+?): invalid choice: '?(.*?)'? \\(choose from (.+)\\)"),
    en_vi("argument (.+?): invalid int value: '(.*)'"),
    en_vi("argument (.+?): expected one argument"),
    en_vi("the following arguments are required: (.+)"),
    en_vi("unrecognized arguments: (.+)"),
    en_vi("argument (.+?): ignored explicit argument '(.*)'"),
)


def translate_error(message: str) -> str:
    for pattern, vi in _ERRORS:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, vi, message)
    return message


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own texts follow `say` (Vietnamese by default)."""

    def __init__(self, *args, say: Say = Say(), **kwargs):
        self.say = say
        kwargs.setdefault("formatter_class", _formatter(say))
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = say(*vi_en("arguments"))
        self._optionals.title = say(*vi_en("options"))
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=say(*vi_en("show this help and exit")))

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("parser_class", lambda **kw: Parser(say=self.say, **kw))
        return super().add_subparsers(**kwargs)

    def error(self, message):
        self.print_usage(sys.stderr)
        if self.say.lang == "vi":
            self.exit(2, f"{self.prog}: lỗi: {translate_error(message)}\n")
        self.exit(2, f"{self.prog}: error: {message}\n")


def _formatter(say: Say):
    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage, actions, groups, prefix=None):
            return super().add_usage(usage, actions, groups, say(*vi_en("usage: ")) if prefix is None else prefix)

    return Formatter
