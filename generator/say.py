"""One message in the staff's language: every text a command or report prints is written in both
languages at the place it is printed, ``say("Đã ghi tệp", "written")``. A shared helper, so that
modules below the commands (generator/report.py) speak the same way without importing them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Say:
    """Picks the Vietnamese or the English text of a message."""

    lang: str = "vi"

    def __call__(self, vi: str, en: str) -> str:
        return en if self.lang == "en" else vi
