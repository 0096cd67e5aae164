"""Questions in a terminal: free answers checked as they are typed, and choices from a list,
numbered and searchable by a few letters of a name (diacritics optional).

A checker returns the problems of an answer as (severity, message) pairs: an error asks again,
a warning is shown and the answer kept. Ctrl-C or Ctrl-D stops the command without writing.
"""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass
from typing import Callable, Sequence

from generator.commands.lang import Say
from generator.model.typed import matches
from generator.i18n import vi_en

Check = Callable[[str], list[tuple[str, str]]]


class Stopped(Exception):
    """The user pressed Ctrl-C or Ctrl-D."""


@dataclass(frozen=True)
class Choice:
    value: str  # what is written in the file, e.g. a slug or "14"
    label: str  # what the user reads
    also: str = ""  # more text that finds it (slug, former names)

    def matches(self, query: str) -> bool:
        return matches(query, f"{self.label} {self.value} {self.also}")


class Asker:
    SHOWN = 15  # choices listed at once when a search finds many

    def __init__(self, say: Say, read: Callable[[str], str] = input, out=None):
        self.say = say
        self.read = read
        self.out = out or sys.stdout
        self.coded = False

    def print(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def _input(self, prompt: str) -> str:
        try:
            return unicodedata.normalize("NFC", self.read(prompt)).strip()
        except (KeyboardInterrupt, EOFError) as exc:
            raise Stopped from exc

    def report(self, problems: list[tuple[str, str]]) -> bool:
        """Print the problems; True when one is an error (ask again)."""
        for severity, message in problems:
            mark = self.say(*vi_en("error")) if severity == "error" else self.say(*vi_en("warning"))
            self.print(f"   ✗ {mark}: {message}" if severity == "error" else f"   ! {mark}: {message}")
        return any(severity == "error" for severity, _ in problems)

    def text(self, question: str, check: Check | None = None, default: str = "", optional: bool = False) -> str:
        """A free answer. Enter takes the default; an optional question may be left empty."""
        hint = f" [{default}]" if default else (self.say(*vi_en(" (Enter to skip)")) if optional else "")
        while True:
            answer = self._input(f"{question}{hint}: ") or default
            if not answer and optional:
                return ""
            if not answer:
                self.print(self.say(*vi_en("   ✗ an answer is needed; type it again")))
                continue
            if check and self.report(check(answer)):
                self.print(self.say(*vi_en("   Type it again.")))
                continue
            return answer

    def choose(self, question: str, choices: Sequence[Choice], list_all: bool = False,
               check: Check | None = None, default: str = "", missing: str = "", coded: bool = False) -> Choice:
        """One of `choices`: by its number in the list last shown, its value, or a search.
        `coded` choices are numbered by their own value (the product sets "01"-"26"): typing 12
        always means set 12."""
        self.coded = coded
        shown: list[Choice] = list(choices) if list_all else []
        if list_all:
            self._list(shown)
        by_value = {c.value: c for c in choices}
        hint = self.say(*vi_en("type a number, or a few letters to search"))
        default_hint = f" [{default}]" if default else ""
        while True:
            answer = self._input(f"{question} ({hint}){default_hint}: ") or default
            picked = self._pick(answer, shown, by_value, choices)
            if picked is None and missing and answer:
                self.print(f"   {missing}")
            if isinstance(picked, list):
                shown = picked
                continue
            if picked is None:
                continue
            if check and self.report(check(picked.value)):
                continue
            self.print(f"   → {picked.value}. {picked.label}" if coded else f"   → {picked.label}")
            return picked

    def _pick(self, answer: str, shown: list[Choice], by_value: dict, choices: Sequence[Choice]):
        """The choice meant, a new list to show (several found), or None (nothing found)."""
        if not answer:
            self.print(self.say(*vi_en("   ✗ an answer is needed")))
            return None
        if self.coded and answer.isdigit() and answer.zfill(2) in by_value:
            return by_value[answer.zfill(2)]
        if not self.coded and answer.isdigit() and shown and 1 <= int(answer) <= len(shown):
            return shown[int(answer) - 1]
        if answer in by_value:
            return by_value[answer]
        found = [c for c in choices if c.matches(answer)]
        if len(found) == 1:
            return found[0]
        if not found:
            self.print(self.say(*vi_en('   ✗ nothing found for "{answer}"; try other letters', answer=answer)))
            return None
        self.print(self.say(*vi_en("   {n_found} found:", n_found=len(found))))
        self._list(found[:self.SHOWN])
        if len(found) > self.SHOWN:
            self.print(self.say(*vi_en("   … and {n_found} more; type more letters to narrow",
                                       n_found=len(found) - self.SHOWN)))
        return found[:self.SHOWN]

    def _list(self, choices: Sequence[Choice]) -> None:
        width = len(str(len(choices)))
        for number, choice in enumerate(choices, 1):
            self.print(f"   {choice.value if self.coded else number:>{width}}. {choice.label}")
