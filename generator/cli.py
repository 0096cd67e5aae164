"""The `ocop` command. Each subcommand is a module of `generator/commands/` listed in
`generator.commands.COMMANDS`; this file only builds the parser from them and runs the one asked.

Messages, prompts and `--help` are in Vietnamese unless `--lang en` (or `messages: en` in the
plugin's options in mkdocs.yml) asks for English.

Exit codes: 0 done (warnings never fail a check); 1 problems found (errors, or warnings under
--strict) or nothing written; 2 bad usage; 130 stopped with Ctrl-C.
"""

from __future__ import annotations

import importlib
import sys

from generator.commands import COMMANDS
from generator.commands.lang import LANGS, Say, language
from generator.commands.parser import Parser
from generator.dates import resolve_today
from generator.i18n import vi_en


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    say = Say(language(argv))
    for stream in (sys.stdout, sys.stderr):
        if stream.encoding and stream.encoding.lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8")
    parser = build_parser(say)
    args = parser.parse_args(argv)
    try:
        today = resolve_today(getattr(args, "today", None))
    except ValueError:
        parser.error(say(*vi_en("--today: expected a date YYYY-MM-DD, found {today!r}", today=args.today)))
    try:
        lang = getattr(args, "lang", say.lang)  # a booklet's --lang may be a language messages are not in (zh)
        return args.command.run(args, today, Say(lang if lang in LANGS else say.lang))
    except KeyboardInterrupt:
        print(say(*vi_en("\nStopped.")), file=sys.stderr)
        return 130


def build_parser(say: Say) -> Parser:
    parser = Parser(prog="ocop", say=say, description=say(
        *vi_en("OCOP catalogue generator: check the data, write new records, renew, report.")))
    sub = parser.add_subparsers(required=True, metavar=say(*vi_en("COMMAND")), title=say(*vi_en("commands")))
    for name in COMMANDS:
        module = importlib.import_module(f"generator.commands.{name}")
        command = sub.add_parser(name, help=say(*module.HELP), description=say(*module.HELP))
        module.arguments(command, say)
        command.set_defaults(command=module)
    return parser


if __name__ == "__main__":
    sys.exit(main())
