"""`ocop report expiring`: certificates to renew (generator/report.py); `ocop report translations`:
what each configured language is missing (generator/translations.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from generator import issues as fmt
from generator.files import write_atomic
from generator.commands import add_common
from generator.i18n import vi_en

HELP = vi_en("reports for staff: certificates to renew, missing translations")


def arguments(parser, say) -> None:
    parser.add_argument("what", choices=("expiring", "translations"), help=say(
        *vi_en("expiring: certificates to renew; translations: what each language is missing, per file and field")))
    parser.add_argument("--within", type=int, metavar=say(*vi_en("DAYS")), help=say(
        *vi_en("certificates expiring within DAYS days (default: the 180-day renewal window)")))
    parser.add_argument("--format", choices=("text", "json", "csv"), default="text", help=say(
        *vi_en("csv: opens in Excel (with a byte-order mark)")))
    parser.add_argument("--output", metavar=say(*vi_en("FILE")), help=say(
        *vi_en("write the report to this file instead of the screen")))
    add_common(parser, say)


def run(args, today, say) -> int:
    from generator.report import as_csv, as_records, expiring, format_rows
    from generator.rules import validate

    catalogue, found = validate(args.root, today)
    errors, _, _ = fmt.counts(found)
    if errors:
        print(fmt.summary(found, args.lang), file=sys.stderr)
    if args.what == "translations":
        return _translations(args, catalogue, say)
    rows = expiring(catalogue, today, args.within)
    if args.format == "json":
        text = json.dumps(as_records(rows, say), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        text = as_csv(rows, say)
    else:
        text = format_rows(rows, today, say) + "\n"
    if args.output:
        write_atomic(Path(args.output), text.encode("utf-8"))
        print(say(*vi_en("{output}: {n_rows} rows written", output=args.output, n_rows=len(rows))))
    else:
        sys.stdout.write(text)
    return 0


def _translations(args, catalogue, say) -> int:
    from generator.load.settings import configured_languages
    from generator.translations import as_records, format_text, missing

    langs = configured_languages(args.root)
    found = missing(catalogue, langs)
    if args.format == "json":
        text = json.dumps(as_records(found), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        text = "lang,file,field\r\n" + "".join(f"{m.lang},{m.path},{m.field}\r\n" for m in found)
    else:
        text = format_text(found, langs, say) + "\n"
    if args.output:
        write_atomic(Path(args.output), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return 0
