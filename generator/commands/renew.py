"""`ocop renew products/<slug>.yml`: a renewal. The current certificate (decision, signer, date,
with its stars and score) is moved into `history` as it was, and the new decision asked for and
written in its place (generator/renewal.py). Every answer is checked with the rules of `ocop
validate` as it is typed; Ctrl-C stops without writing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.commands import add_common
from generator.commands.ask import Asker, Stopped
from generator.commands.lang import Say
from generator.i18n import vi_en

HELP = vi_en("renewal: move the current certificate into history and write the new decision")


def arguments(parser, say) -> None:
    parser.add_argument("file", metavar=say(*vi_en("FILE")), help=say(
        *vi_en("the product file, e.g. products/ruou-mo-yen-tu.yml")))
    for flag, vi, en in (("decision", *vi_en("the new decision number")),
                         ("issued-by", *vi_en("who signed the new decision")),
                         ("issued-on", *vi_en("its date, YYYY-MM-DD")),
                         ("stars", *vi_en("the new stars (default: unchanged)")),
                         ("score", *vi_en("the new score (optional)"))):
        parser.add_argument(f"--{flag}", metavar=say(*vi_en("VALUE")), help=say(vi, en))
    parser.add_argument("--no-input", action="store_true", help=say(
        *vi_en("never ask; needs --decision, --issued-by, --issued-on")))
    add_common(parser, say)


def run(args, today, say: Say) -> int:
    from generator import issues as fmt
    from generator.commands.draft import Draft
    from generator.files import write_atomic
    from generator.load import load_catalogue
    from generator.renewal import NotRenewable, Renewal, renew

    root = Path(args.root)
    path, slug = _product_file(root, args.file)
    rel = f"products/{path.name}"
    if slug is None:
        print(say(*vi_en("ocop renew: no product file {file}; write it as products/<slug>.yml", file=args.file)), file=sys.stderr)
        return 2
    catalogue, found = load_catalogue(root)
    product = catalogue.products.get(slug)
    if product is None or any(i.severity == fmt.ERROR and i.loc.path == rel for i in found):
        print(say(*vi_en("{rel}: fix this file's errors before renewing it:", rel=rel)), file=sys.stderr)
        for issue in found:
            if issue.loc.path == rel:
                print("  " + fmt.format_text(issue, say.lang), file=sys.stderr)
        return 1
    text = path.read_text(encoding="utf-8")
    values = {"decision": args.decision or "", "issued_by": args.issued_by or "", "issued_on": args.issued_on or "",
              "stars": args.stars or "", "score": args.score or ""}
    draft = Draft(catalogue, "product", slug, today)
    try:
        renew(text, Renewal())
    except NotRenewable as exc:
        print(f"{rel}: {exc.vi if say.lang == 'vi' else exc.en}", file=sys.stderr)
        return 1
    if args.no_input or not sys.stdin.isatty():
        if not all(values[k] for k in ("decision", "issued_by", "issued_on")):
            print(say(*vi_en("ocop renew: needs --decision, --issued-by and --issued-on")), file=sys.stderr)
            return 2
    else:
        try:
            _ask(Asker(say), product, text, values, draft, today, say)
        except Stopped:
            print(say(*vi_en("\nStopped; the file was not changed.")), file=sys.stderr)
            return 130
    new_text = renew(text, Renewal(**values))
    write_atomic(path, new_text.encode("utf-8"))
    old = product.certificate
    print(say(*vi_en("{rel} updated: the old certificate ({decision}) is now in history; new decision: {values}.",
                     rel=rel, decision=old.decision, values=values['decision'])))
    left = draft.issues(new_text)
    if left:
        print(say(*vi_en("To look at:")))
        for issue in left:
            print("  " + fmt.format_text(issue, say.lang))
    return 0


def _product_file(root: Path, given: str) -> tuple[Path, str | None]:
    """The product file named on the command line (relative to the catalogue, or to the current
    folder) and its slug; None when there is no such file in products/."""
    candidates = [Path(given), root / given, root / "products" / given, root / "products" / f"{given}.yml"]
    for path in candidates:
        if path.is_file() and path.parent.resolve() == (root / "products").resolve():
            return path, path.stem
    return Path(given), None


def _ask(asker: Asker, product, text: str, values: dict, draft, today, say: Say) -> None:
    from generator.dates import dmy
    from generator.model import certificates as certs
    from generator.renewal import Renewal, renew

    old = product.certificate
    ends = certs.expiry(old)
    asker.print(say(
        *vi_en("Current certificate: {stars} stars, decision {decision} of {issued_on} by {issued_by}, expires "
               "{ends}.", stars=product.stars, decision=old.decision, issued_on=old.issued_on,
               issued_by=old.issued_by, ends=ends, issued_on_vi=dmy(old.issued_on), ends_vi=dmy(ends))))
    asker.print(say(*vi_en("It will move into history. Type the new decision (Ctrl-C stops without writing).")))
    entry = len(product.history)

    def check(name, keys, extra=None):
        def run(answer: str) -> list[tuple[str, str]]:
            problems = extra(answer) if extra else []
            trial = renew(text, Renewal(**{**values, name: answer}))
            problems += [(i.severity, i.message(say.lang)) for i in draft.issues(trial, keys)]
            return problems
        return run

    def not_the_old(answer: str) -> list[tuple[str, str]]:
        if "".join(answer.split()).casefold() == "".join((old.decision or "").split()).casefold():
            return [("error", say(*vi_en("this is the old decision number; type the number of the new decision")))]
        return []

    questions = (
        ("decision", say(*vi_en("New decision number")), ("certificate.decision",), not_the_old, "", False),
        ("issued_by", say(*vi_en("Signed by")), ("certificate.issued_by",), None, old.issued_by or "", False),
        ("issued_on", say(*vi_en("Date of the decision (YYYY-MM-DD)")),
         ("certificate.issued_on", f"history[{entry}].issued_on"), None, "", False),
        ("stars", say(*vi_en("Stars")), ("stars",), None, str(product.stars or ""), False),
        ("score", say(*vi_en("Council score")), ("score",), None, "", True),
    )
    for name, question, keys, extra, default, optional in questions:
        given = values.get(name)
        if given and not asker.report(check(name, keys, extra)(given)):
            continue
        values[name] = asker.text(question, check(name, keys, extra), default, optional)
