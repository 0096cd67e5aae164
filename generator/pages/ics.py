"""iCalendar (RFC 5545) files for trade fairs: one per fair and one feed of all fairs.

Written with the `icalendar` library, which escapes text values as RFC 5545 says (backslashes,
semicolons, commas, line breaks) and folds long lines, so no value from a record can end a line
and start a property of its own. Dates are bounded when the records are loaded
(generator/load/shapes.py), so the day after a fair's last day always exists.

Deterministic: UID from the slug, DTSTAMP from the build date, all-day events (DTEND is the day
after the last day, as RFC 5545 says for DATE values). Both names are given: Vietnamese as the
SUMMARY, English in the description.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from icalendar import Calendar, Event

from generator.model.records import Fair


def event(fair: Fair, stamp: dt.date, host: str, url: str = "") -> Event:
    entry = Event()
    entry.add("uid", f"{fair.slug}@{host}")
    entry.add("dtstamp", dt.datetime(stamp.year, stamp.month, stamp.day, tzinfo=dt.timezone.utc))
    entry.add("dtstart", fair.starts_on)
    entry.add("dtend", fair.ends_on + dt.timedelta(days=1))
    entry.add("summary", fair.name.vi, parameters={"LANGUAGE": "vi"})
    description = [fair.name.en] if fair.name.en else []
    if fair.theme:
        description.append(fair.theme.vi)
    if description:
        entry.add("description", "\n".join(description))
    if fair.venue:
        where = ", ".join(x for x in (fair.venue.name.vi if fair.venue.name else "", fair.venue.address or "") if x)
        entry.add("location", where)
    if url:
        entry.add("url", url)
    return entry


def calendar(fairs: Iterable[Fair], stamp: dt.date, host: str, url_of=lambda fair: "") -> str:
    feed = Calendar()
    feed.add("version", "2.0")
    feed.add("prodid", "-//OCOP catalogue generator//EN")
    feed.add("calscale", "GREGORIAN")
    feed.add("method", "PUBLISH")
    for fair in fairs:
        feed.add_component(event(fair, stamp, host, url_of(fair)))
    return feed.to_ical().decode("utf-8")
