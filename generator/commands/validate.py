"""`ocop validate`: every file checked against the OCOP rules, every problem on its line.

Exit 0 when there is no error (warnings are reported but never block publishing), 1 when there
are errors (or warnings, under `--strict`). Under GitHub Actions (`--format github` with
GITHUB_STEP_SUMMARY set) the problems are also written to the job's summary page.
"""

from __future__ import annotations

import os
import sys

from generator import issues as fmt
from generator.commands import add_common
from generator.i18n import vi_en

HELP = vi_en("check every record against the OCOP rules")


def arguments(parser, say) -> None:
    parser.add_argument("--format", choices=("text", "github", "json"), default="text", help=say(
        *vi_en("text: path:line:column lines; github: pull request annotations; json: machine-readable")))
    parser.add_argument("--strict", action="store_true", help=say(
        *vi_en("warnings also fail (by default they do not)")))
    add_common(parser, say)


def run(args, today, say) -> int:
    from generator.rules import validate

    _, found = validate(args.root, today)
    lang = args.lang
    if args.format == "json":
        print(fmt.as_json(found, lang))
    else:
        line = fmt.format_github if args.format == "github" else fmt.format_text
        for issue in found:
            print(line(issue, lang))
        out = sys.stderr if args.format == "github" else sys.stdout
        print(fmt.summary(found, lang), file=out)
        errors, warnings, _ = fmt.counts(found)
        if warnings and not errors and not args.strict:
            print(say(*vi_en("Warnings do not block publishing; fix them when you can.")), file=out)
    if args.format == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as handle:
            handle.write(step_summary(found, say))
    errors, warnings, _ = fmt.counts(found)
    return 1 if errors or (args.strict and warnings) else 0


def step_summary(found: list, say, limit: int = 200) -> str:
    """The problems as a Markdown table for the GitHub job summary."""
    errors, warnings, files = fmt.counts(found)
    head = say(*vi_en("### OCOP data check"))
    if not found:
        return f"{head}\n\n{say('Không có vấn đề nào.', 'No problems found.')}\n"
    counts = say(*vi_en("**{errors} errors, {warnings} warnings in {files} files.**", errors=errors,
                        warnings=warnings, files=files))
    rule = say(*vi_en("Errors block publishing; warnings do not (fix them when you can)."))
    rows = [say(*vi_en("| where | severity | message |")), "| --- | --- | --- |"]
    lang = say.lang
    for issue in found[:limit]:
        severity = fmt.format_text(issue, lang).split(": ", 2)[1]
        message = issue.message(lang).replace("|", "\\|")
        rows.append(f"| `{issue.loc.path}:{issue.loc.line}` | {severity} | {message} [{issue.rule}] |")
    more = say(*vi_en("\n… and {n_found} more\n", n_found=len(found) - limit)) \
        if len(found) > limit else ""
    return "\n".join([head, "", counts, rule, "", *rows]) + "\n" + more
