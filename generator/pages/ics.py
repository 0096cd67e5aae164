"""iCalendar (RFC 5545) files for trade fairs: one per fair and one feed of all fairs.

Deterministic: UID from the slug, DTSTAMP from the build date, all-day events (DTEND is the day
after the last day, as RFC 5545 says for DATE values). Both names are given: Vietnamese as the
SUMMARY, English in the description.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from generator.model.records import Fair


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets are folded (continuation lines start with a space)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def event(fair: Fair, stamp: dt.date, host: str, url: str = "") -> list[str]:
    name = fair.name
    lines = [
        "BEGIN:VEVENT",
        f"UID:{fair.slug}@{host}",
        f"DTSTAMP:{stamp.strftime('%Y%m%d')}T000000Z",
        f"DTSTART;VALUE=DATE:{fair.starts_on.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(fair.ends_on + dt.timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY;LANGUAGE=vi:{_escape(name.vi)}",
    ]
    description = [name.en] if name.en else []
    if fair.theme:
        description.append(fair.theme.vi)
    if description:
        lines.append(f"DESCRIPTION:{_escape(chr(10).join(description))}")
    if fair.venue:
        where = ", ".join(x for x in (fair.venue.name.vi if fair.venue.name else "", fair.venue.address or "") if x)
        lines.append(f"LOCATION:{_escape(where)}")
    if url:
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def calendar(fairs: Iterable[Fair], stamp: dt.date, host: str, url_of=lambda fair: "") -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//OCOP catalogue generator//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH"]
    for fair in fairs:
        lines += event(fair, stamp, host, url_of(fair))
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
