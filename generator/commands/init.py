"""`ocop init`: a new catalogue for a province (generator/init/command.py does the work)."""

from __future__ import annotations

HELP = ("tạo danh mục mới cho một tỉnh trong thư mục trống (không bao giờ ghi đè)",
        "start a catalogue for a province in an empty folder (never overwrites)")


def arguments(parser, say) -> None:
    from generator.init.command import arguments as init_arguments

    init_arguments(parser, say)
    parser.set_defaults(lang=say.lang)  # Vietnamese unless --lang en


def run(args, today, say) -> int:
    from generator.init.command import run as init_run

    return init_run(args, today)
