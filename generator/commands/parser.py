"""argparse speaking Vietnamese: usage, section titles, the help flag and its own error messages
("invalid choice", "required", ...) in the run's language."""

from __future__ import annotations

import argparse
import re
import sys

from generator.commands.lang import Say

# argparse's error messages (Python 3.11-3.13 wording) and their Vietnamese.
_ERRORS = (
    (r"argument (.+?): invalid choice: '?(.*?)'? \(choose from (.+)\)", r"\1: không có lựa chọn '\2'; hãy chọn một trong \3"),
    (r"argument (.+?): invalid int value: '(.*)'", r"\1: cần một số nguyên, nhưng thấy '\2'"),
    (r"argument (.+?): expected one argument", r"\1: cần một giá trị sau tùy chọn này"),
    (r"the following arguments are required: (.+)", r"thiếu: \1"),
    (r"unrecognized arguments: (.+)", r"không hiểu: \1"),
    (r"argument (.+?): ignored explicit argument '(.*)'", r"\1: không nhận giá trị '\2'"),
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
        self._positionals.title = say("tham số", "arguments")
        self._optionals.title = say("tùy chọn", "options")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=say("hiện hướng dẫn này rồi thoát", "show this help and exit"))

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
            return super().add_usage(usage, actions, groups, say("Cách dùng: ", "usage: ") if prefix is None else prefix)

    return Formatter
