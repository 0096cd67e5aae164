"""The `ocop` command: validate, new, report, booklet, schema, init.

Exit codes: 0 clean; 1 problems found (errors, or warnings under --strict) or nothing written;
2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from generator import issues as fmt
from generator.dates import resolve_today
from generator.load.kinds import PRODUCER_KINDS


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        today = resolve_today(getattr(args, "today", None))
    except ValueError:
        parser.error(f"--today: expected a date YYYY-MM-DD, found {args.today!r}")
    if sys.stdout.encoding and sys.stdout.encoding.lower().replace("-", "") != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")
    return args.run(args, today)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ocop", description="OCOP catalogue generator")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    val = sub.add_parser("validate", help="check every record against the OCOP rules")
    val.add_argument("--format", choices=("text", "github", "json"), default="text")
    val.add_argument("--strict", action="store_true", help="warnings also fail")
    _common(val)
    val.set_defaults(run=run_validate)

    new = sub.add_parser("new", help="write a skeleton record (never overwrites)")
    new.add_argument("kind", choices=("product", "producer", "fair"))
    for flag in ("name", "slug", "producer", "category", "stars", "locality", "kind_of", "starts_on", "ends_on",
                 "venue", "decision", "issued_by", "issued_on"):
        new.add_argument(f"--{flag.replace('_', '-')}", dest=flag,
                         **({"choices": PRODUCER_KINDS, "help": "producer kind"} if flag == "kind_of" else {}))
    new.add_argument("--no-input", action="store_true", help="never ask; leave missing fields empty")
    _root(new)
    new.set_defaults(run=run_new)

    report = sub.add_parser("report", help="reports for staff")
    report.add_argument("what", choices=("expiring",))
    report.add_argument("--within", type=int, metavar="DAYS",
                        help="certificates expiring within DAYS days (default: the 180-day renewal window)")
    report.add_argument("--format", choices=("text", "json"), default="text")
    _common(report)
    report.set_defaults(run=run_report)

    booklet = sub.add_parser("booklet", help="the printable catalogue (PDF)")
    booklet.add_argument("--paper", choices=("A4", "A5"), default="A4")
    booklet.add_argument("--include-expired", action="store_true", help="also expired and revoked products")
    booklet.add_argument("--dividers", action="store_true", help="a title page before each chapter (large print runs)")
    booklet.add_argument("--print-shop", action="store_true", help="3 mm bleed and crop marks, for a print house")
    booklet.add_argument("--output", help="where to write the PDF (default: booklet-<lang>.pdf)")
    booklet.add_argument("--site-url", help="the site's address, for the QR codes (default: site_url of mkdocs.yml)")
    booklet.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the booklet and messages")
    booklet.add_argument("--today", help="the date of the data, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)")
    _root(booklet)
    booklet.set_defaults(run=run_booklet)

    from generator.init.command import add_parser as add_init
    add_init(sub)

    schema = sub.add_parser("schema", help="write schemas/*.schema.json")
    _root(schema)
    schema.set_defaults(run=run_schema)
    return parser


def _root(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", default=".", help="the catalogue repository (default: current folder)")


def _common(parser: argparse.ArgumentParser) -> None:
    _root(parser)
    parser.add_argument("--today", help="the date to judge certificates by, YYYY-MM-DD "
                        "(default: SOURCE_DATE_EPOCH, else today)")
    parser.add_argument("--lang", choices=("en", "vi"), default="en", help="language of the messages")


def run_validate(args, today) -> int:
    from generator.rules import validate

    _, found = validate(args.root, today)
    if args.format == "json":
        print(fmt.as_json(found, args.lang))
    else:
        line = fmt.format_github if args.format == "github" else fmt.format_text
        for issue in found:
            print(line(issue, args.lang))
        print(fmt.summary(found, args.lang), file=sys.stderr if args.format == "github" else sys.stdout)
    errors, warnings, _ = fmt.counts(found)
    return 1 if errors or (args.strict and warnings) else 0


def run_report(args, today) -> int:
    from generator.report import expiring, format_rows
    from generator.rules import validate

    catalogue, found = validate(args.root, today)
    errors, _, _ = fmt.counts(found)
    if errors:
        print(fmt.summary(found, args.lang), file=sys.stderr)
    rows = expiring(catalogue, today, args.within)
    if args.format == "json":
        print(json.dumps([{"path": r.product.source.path, "slug": r.product.slug, "stars": r.product.stars,
                           "expires_on": r.expires_on.isoformat(), "days_left": r.days_left, "window": r.window}
                          for r in rows], ensure_ascii=False, indent=2))
    else:
        print(format_rows(rows, args.lang))
    return 0


def run_new(args, today) -> int:
    from generator.skeletons import QUESTIONS, create

    values = {k: v for k, v in vars(args).items() if isinstance(v, str) and k not in ("root", "kind")}
    if args.kind_of:
        values["kind"] = values.pop("kind_of")
    values.pop("kind_of", None)
    interactive = not args.no_input and sys.stdin.isatty()
    for key, question in QUESTIONS[args.kind]:
        if not values.get(key) and interactive:
            values[key] = input(f"{question}: ").strip()
    if not values.get("name") and not values.get("slug"):
        print("ocop new: a name is needed (--name \"Tên sản phẩm\")", file=sys.stderr)
        return 2
    try:
        path = create(Path(args.root), args.kind, values)
    except FileExistsError as exc:
        print(f"ocop new: {exc.filename} already exists; nothing was written. "
              f"Choose another --slug. / Tệp đã tồn tại, không ghi đè.", file=sys.stderr)
        return 1
    print(f"{path}: written; fill in the empty fields, then run: ocop validate")
    return 0


def run_booklet(args, today) -> int:
    from generator.booklet.build import write_booklet
    from generator.pages.site import SiteData
    from generator.rules import validate

    root = Path(args.root)
    catalogue, found = validate(str(root), today)
    errors, _, _ = fmt.counts(found)
    if errors:
        for issue in found:
            print(fmt.format_text(issue, args.lang), file=sys.stderr)
        print(fmt.summary(found, args.lang), file=sys.stderr)
        return 1
    output = Path(args.output or f"booklet-{args.lang}.pdf")
    site_url = args.site_url if args.site_url is not None else _site_url(root)
    plan = write_booklet(SiteData(catalogue, today), root, output, lang=args.lang, paper=args.paper,
                         include_expired=args.include_expired, site_url=site_url, dividers=args.dividers,
                         print_shop=args.print_shop)
    print(f"{output}: {plan.total} pages")
    return 0


def _site_url(root: Path) -> str:
    """site_url from mkdocs.yml beside the catalogue, if there is one."""
    import yaml

    config = root / "mkdocs.yml"
    if not config.is_file():
        return ""
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}
    except yaml.YAMLError:
        return ""
    return data.get("site_url", "") if isinstance(data, dict) else ""


def run_schema(args, today) -> int:
    from generator.schema import write_schemas

    for path in write_schemas(Path(args.root) / "schemas"):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
