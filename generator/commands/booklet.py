"""`ocop booklet`: the printable catalogue (PDF) in one language.

`--lang` is any of the site's languages (`languages:` of the ocop plugin in mkdocs.yml: vi, en and
zh in the sample); it is checked once the catalogue folder is known, so argparse takes any word.
Messages are in English when the booklet is, else in the language `ocop` speaks (Vietnamese unless
`messages: en`). A Chinese booklet needs a CJK font on the machine (generator/booklet/cjk.py):
without one the command says what to install and writes nothing."""

from __future__ import annotations

import sys
from pathlib import Path

from generator import issues as fmt
from generator.commands import add_root, add_today
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
    parser.add_argument("--lang", default=say.lang, metavar=say(*vi_en("LANG")), help=say(
        *vi_en("language of the booklet, one of the site's languages (languages in mkdocs.yml, e.g. vi, en, zh); "
               "with en the messages are in English too")))
    parser.add_argument("--font-dir", metavar=say(*vi_en("FOLDER")), help=say(
        *vi_en("a folder holding the CJK font for a Chinese booklet, e.g. NotoSansCJK-Regular.ttc (default: the "
               "machine's fonts, package fonts-noto-cjk)")))
    add_today(parser, say)
    add_root(parser, say)


def run(args, today, say) -> int:
    from generator.booklet.build import print_photos, write_booklet
    from generator.load.settings import configured_languages
    from generator.pages.site import SiteData
    from generator.rules import validate

    root = Path(args.root)
    langs = configured_languages(root)
    font_dir = Path(args.font_dir) if args.font_dir else None
    refused = _refused(args.lang, langs.codes, font_dir, say)
    if refused:
        return refused
    catalogue, found = validate(str(root), today)
    errors, _, _ = fmt.counts(found)
    if errors:
        for issue in found:
            print(fmt.format_text(issue, say.lang), file=sys.stderr)
        print(fmt.summary(found, say.lang), file=sys.stderr)
        return 1
    output = Path(args.output or f"booklet-{args.lang}.pdf")
    site_url = args.site_url if args.site_url is not None else _site_url(root)
    site = SiteData(catalogue, today, langs)
    photos, problems = print_photos(site, root, root / ".cache" / "ocop")
    if problems:  # photos the cache cannot use, at their records' lines, as `ocop validate` reports
        problems = fmt.ordered(problems)
        for issue in problems:
            print(fmt.format_text(issue, say.lang), file=sys.stderr)
        print(fmt.summary(problems, say.lang), file=sys.stderr)
        if fmt.counts(problems)[0]:
            return 1
    plan = write_booklet(site, root, output, lang=args.lang, paper=args.paper,
                         include_expired=args.include_expired, site_url=site_url, dividers=args.dividers,
                         print_shop=args.print_shop, photos=photos, font_dir=font_dir)
    print(say(f"{output}: {plan.total} trang", f"{output}: {plan.total} pages"))
    return 0


def _refused(lang: str, codes: tuple[str, ...], font_dir: Path | None, say) -> int:
    """Before any work: 2 for a language the site does not have, 1 for a Chinese booklet with no
    CJK font to print it (each with its message printed), else 0."""
    from generator.booklet.cjk import FontMissing, find_faces, needs_cjk

    if lang not in codes:
        print(say(*vi_en("ocop booklet: error: --lang: '{lang}' is not one of the site's languages; choose from "
                         "{codes} (languages in mkdocs.yml)", lang=lang, codes=', '.join(codes))), file=sys.stderr)
        return 2
    if needs_cjk(lang):
        try:
            find_faces(font_dir)
        except FontMissing as missing:
            print(missing.message(say.lang), file=sys.stderr)
            return 1
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
