"""`ocop new product|producer|fair`: writes a new record, asking in a terminal for what the
command line did not give.

The name is asked first and its file checked at once: an existing file is never overwritten
(a renewal edits the old file: `ocop renew`). Product sets, producers, kinds and localities are
chosen from numbered lists, found by typing a few letters (old commune names find the commune
they became). Every answer is checked as it is typed, with the loader and the rules of
`ocop validate`; an error asks again, a warning is shown. Ctrl-C stops without writing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.commands import add_common
from generator.commands.ask import Asker, Choice, Stopped
from generator.commands.lang import Say
from generator.load.kinds import PRODUCER_KIND_NAMES, PRODUCER_KINDS
from generator.model.categories import KEYWORDS, SETS
from generator.skeletons import FIELDS, existing, render, slug_for
from generator.i18n import vi_en

HELP = vi_en("write a new record (product, producer, fair); never overwrites")

_FLAGS = {  # command-line option -> key in the file
    "name": "name", "slug": "slug", "producer": "producer", "category": "category", "stars": "stars",
    "locality": "locality", "kind_of": "kind", "phone": "phone", "decision": "certificate.decision",
    "issued_by": "certificate.issued_by", "issued_on": "certificate.issued_on", "description": "description.vi",
    "starts_on": "starts_on", "ends_on": "ends_on", "venue": "venue.name",
}


def arguments(parser, say) -> None:
    parser.add_argument("kind", choices=("product", "producer", "fair"), help=say(
        *vi_en("what to write")))
    for flag in _FLAGS:
        parser.add_argument(f"--{flag.replace('_', '-')}", dest=flag, metavar=say(*vi_en("VALUE")),
                            help=say(*vi_en("producer kind")) if flag == "kind_of" else None)
    parser.add_argument("--no-input", action="store_true", help=say(
        *vi_en("never ask; leave missing fields empty")))
    add_common(parser, say)


def run(args, today, say: Say) -> int:
    from generator.load import load_catalogue

    root = Path(args.root)
    values = {key: getattr(args, flag).strip() for flag, key in _FLAGS.items() if getattr(args, flag)}
    if "kind" in values:
        values["kind"] = PRODUCER_KIND_NAMES.get(values["kind"].casefold(), values["kind"])
    interactive = not args.no_input and sys.stdin.isatty()
    if not interactive:
        return _write(root, args.kind, values, say)
    asker = Asker(say)
    asker.print(say(*vi_en("Press Ctrl-C at any time to stop; the file is written only at the end.")))
    catalogue, _ = load_catalogue(root)
    try:
        _ask_all(asker, catalogue, args.kind, values, root, today, say)
    except Stopped:
        print(say(*vi_en("\nStopped; nothing was written.")), file=sys.stderr)
        return 130
    return _write(root, args.kind, values, say, catalogue, today)


def _write(root: Path, kind: str, values: dict, say: Say, catalogue=None, today=None) -> int:
    slug = slug_for(values)
    if not slug:
        print(say(*vi_en('ocop new: a name is needed (--name "Product name")')),
              file=sys.stderr)
        return 2
    found = existing(root, kind, slug)
    if found:
        print(_exists_message(found.relative_to(root).as_posix(), kind, say), file=sys.stderr)
        return 1
    slug, text = render(kind, values, say.lang)
    path = root / found_folder(kind) / f"{slug}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:
        handle.write(text)
    rel = path.relative_to(root).as_posix()
    print(say(*vi_en("{rel}: written.", rel=rel)))
    if catalogue is not None:
        from generator.commands.draft import Draft
        from generator import issues as fmt

        left = Draft(catalogue, kind, slug, today).issues(text)
        if left:
            print(say(*vi_en("Still to fix or fill in:")))
            for issue in left:
                print("  " + fmt.format_text(issue, say.lang))
    print(say(*vi_en("Fill in the empty fields, then run: ocop validate")))
    return 0


def found_folder(kind: str) -> str:
    from generator.load.kinds import FOLDERS

    return FOLDERS[kind]


def _exists_message(rel: str, kind: str, say: Say) -> str:
    renew = say(*vi_en(" (or run: ocop renew {rel})", rel=rel)) if kind == "product" else ""
    return say(*vi_en("{rel}: this file exists already; for a renewal, edit that file{renew}. Nothing was written.",
                      rel=rel, renew=renew))


def _ask_all(asker: Asker, catalogue, kind: str, values: dict, root: Path, today, say: Say) -> None:
    from generator.commands.draft import Draft

    if kind == "product" and not catalogue.producers:
        asker.print(say(*vi_en("There is no producer in producers/ yet; write one first: ocop new producer")))
        raise Stopped
    _ask_name(asker, kind, values, root, say)
    draft = Draft(catalogue, kind, slug_for(values), today)

    def check(key):
        def run(answer: str) -> list[tuple[str, str]]:
            trial = {**values, key: answer}
            issues = draft.issues(render(kind, trial, say.lang)[1], (key,))
            return [(i.severity, i.message(say.lang)) for i in issues]
        return run

    questions = _questions(kind, catalogue, values, say)
    for key in FIELDS[kind]:
        if key == "name" or key not in questions:
            continue
        if values.get(key):
            problems = check(key)(values[key])
            if not asker.report(problems):
                continue
        question, choices, list_all, default, optional = questions[key](values)
        if choices is not None:
            missing = say(*vi_en("If the producer has no file yet, write it first: ocop new producer")) \
                if key == "producer" else ""
            values[key] = asker.choose(question, choices, list_all, check(key), default, missing,
                                       coded=key == "category").value
        else:
            values[key] = asker.text(question, check(key), default, optional)


def _ask_name(asker: Asker, kind: str, values: dict, root: Path, say: Say) -> None:
    """The name first, and at once whether its file exists."""
    question = {"product": say(*vi_en("Product name")), "producer": say(*vi_en("Producer name")),
                "fair": say(*vi_en("Fair name"))}[kind]
    while True:
        if not values.get("name") and not values.get("slug"):
            values["name"] = asker.text(question)
        slug = slug_for(values)
        found = existing(root, kind, slug) if slug else None
        if slug and not found:
            asker.print(say(*vi_en("   File: {found_folder}/{slug}.yml", found_folder=found_folder(kind), slug=slug)))
            return
        if found:
            asker.print("   ✗ " + _exists_message(found.relative_to(root).as_posix(), kind, say).replace(
                say(*vi_en(" Nothing was written.")), ""))
            asker.print(say(*vi_en("   Type another name, or Ctrl-C to stop.")))
        values.pop("name", None)
        values.pop("slug", None)


def _questions(kind: str, catalogue, values: dict, say: Say) -> dict:
    """key -> a function of the answers so far giving (question, choices or None, list all,
    default, optional)."""
    province = catalogue.province
    places = [_place_choice(loc, say) for loc in (province.localities if province else ())]
    producers = [Choice(slug, f"{m.name.vi if m.name else slug} ({slug})", m.locality or "")
                 for slug, m in catalogue.producers.items()]
    sets = [Choice(code, s.name.vi if say.lang == "vi" else s.name.en, f"{s.name.vi} {KEYWORDS[code]}")
            for code, s in SETS.items()]
    names = {choice: name for name, choice in reversed(list(PRODUCER_KIND_NAMES.items()))}
    kinds = [Choice(k, f"{names[k]} ({k})" if say.lang == "vi" else k, names[k]) for k in PRODUCER_KINDS]
    signer = f"UBND tỉnh {province.name.vi}" if province else ""

    def producer_place(v):
        maker = catalogue.producers.get(v.get("producer", ""))
        return maker.locality if maker and maker.locality else ""

    return {
        "producer": lambda v: (say(*vi_en("Producer (name or slug)")), producers, False, "", False),
        "category": lambda v: (say(*vi_en("Product set")), sets, True, "", False),
        "stars": lambda v: (say(*vi_en("Stars (3, 4 or 5)")), None, False, "", False),
        "locality": lambda v: (say(*vi_en("Commune or ward (new or old name)")), places,
                               False, producer_place(v), False),
        "kind": lambda v: (say(*vi_en("Kind")), kinds, True, "", False),
        "phone": lambda v: (say(*vi_en("Phone number")), None, False, "", True),
        "certificate.decision": lambda v: (say(*vi_en("Decision number (e.g. 1234/QĐ-UBND)")), None, False, "", False),
        "certificate.issued_by": lambda v: (say(*vi_en("Signed by, as printed")),
                                            None, False, signer, False),
        "certificate.issued_on": lambda v: (say(*vi_en("Date of the decision (YYYY-MM-DD)")),
                                            None, False, "", False),
        "description.vi": lambda v: (say(*vi_en("Short description (can be filled in later)")),
                                     None, False, "", True),
        "starts_on": lambda v: (say(*vi_en("First day (YYYY-MM-DD)")), None, False, "", False),
        "ends_on": lambda v: (say(*vi_en("Last day (YYYY-MM-DD)")), None, False,
                              v.get("starts_on", ""), False),
        "venue.name": lambda v: (say(*vi_en("Venue")), None, False, "", False),
    }


def _place_choice(loc, say: Say) -> Choice:
    label = f"{loc.name.vi} ({loc.slug})"
    if loc.formerly:
        label += say(*vi_en("; before July 2025: {formerly}", formerly=', '.join(loc.formerly)))
    return Choice(loc.slug, label, " ".join(loc.formerly))
