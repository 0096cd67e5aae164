"""`ocop rules`: every rule id the checks can report, from the registry in generator/ruleids.py."""

from __future__ import annotations

import sys

from generator.commands import add_lang

HELP = ("liệt kê mọi mã quy tắc mà phép kiểm tra có thể báo", "list every rule id the checks can report")


def arguments(parser, say) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text", help=say(
        "text: mỗi mã một dòng; json: cho máy đọc", "text: one id a line; json: machine-readable"))
    add_lang(parser, say)


def run(args, today, say) -> int:
    from generator.ruleids import as_json, as_text

    sys.stdout.write(as_json(args.lang) if args.format == "json" else as_text(args.lang))
    return 0
