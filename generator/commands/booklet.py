"""`ocop booklet`: the printable catalogue (PDF) in one language."""

from __future__ import annotations

import sys
from pathlib import Path

from generator import issues as fmt
from generator.commands import add_root, add_today
from generator.commands.lang import LANGS, Say
from generator.i18n import vi_en

HELP = vi_en("the printable catalogue (PDF)")


def arguments(parser, say) -> None:
    parser.add_argument("--paper", choices=("A4", "A5"), default="A4", help=say(*vi_en("paper size")))
    parser.add_argument("--include-expired", action="store_true", help=say(
        *vi_en("also expired and revoked products")))
    parser.add_argument("--dividers", action="store_true", help=say(
        *vi_en("a title page before each chapter (large print runs)")))
    parser.add_argument("--print-shop", action="store_true", help=say(
        *vi_en("3 mm bleed and crop marks, for a print house")))
    parser.add_argument("--output", help=say(*vi_en("where to write the PDF (default: booklet-<lang>.pdf)")))
    parser.add_argument("--site-url", help=say(*vi_en("the site's address, for the QR codes (default: site_url of "
                                                      "mkdocs.yml)")))
    parser.add_argument("--lang", choices=LANGS, default=say.lang, help=say(
        *vi_en("language of the booklet and messages")))
    add_today(parser, say)
    add_root(parser, say)


def run(args, today, say) -> int:
    from generator.booklet.build import print_photos, write_booklet
    from generator.pages.site import SiteData
    from generator.rules import validate

    say = Say(args.lang)
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
    site = SiteData(catalogue, today)
    photos, problems = print_photos(site, root, root / ".cache" / "ocop")
    if problems:  # photos the cache cannot use, at their records' lines, as `ocop validate` reports
        problems = fmt.ordered(problems)
        for issue in problems:
            print(fmt.format_text(issue, args.lang), file=sys.stderr)
        print(fmt.summary(problems, args.lang), file=sys.stderr)
        if fmt.counts(problems)[0]:
            return 1
    plan = write_booklet(site, root, output, lang=args.lang, paper=args.paper,
                         include_expired=args.include_expired, site_url=site_url, dividers=args.dividers,
                         print_shop=args.print_shop, photos=photos)
    print(say(f"{output}: {plan.total} trang", f"{output}: {plan.total} pages"))
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
