"""iCalendar (RFC 5545) files for trade fairs: one per fair and one feed of all fairs.

Written with the `icalendar` library, which escapes text values as RFC 5545 says (backslashes,
semicolons, commas, line breaks) and folds long lines, so no value from a record can end a line
and start a property of its own. Dates are bounded when the records are loaded
(generator/load/shapes.py), so the day after a fair's last day always exists.

Deterministic: UID from the slug, DTSTAMP from the build date (never the clock), all-day events
(DTEND is the day after the last day, as RFC 5545 says for DATE values).

One calendar per site language (generator/pages/urls.py `fair_ics`, `fairs_feed`): the fair's name
(SUMMARY), theme (DESCRIPTION) and venue in that language, falling back along its chain as the
pages do, the language of each text in its LANGUAGE parameter. The same fair keeps one UID in
every language: it is one event.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from icalendar import Calendar, Event

from generator.model.languages import PRIMARY
from generator.model.records import Fair


def event(fair: Fair, stamp: dt.date, host: str, url: str = "", lang: str = PRIMARY) -> Event:
    entry = Event()
    entry.add("uid", f"{fair.slug}@{host}")
    entry.add("dtstamp", dt.datetime(stamp.year, stamp.month, stamp.day, tzinfo=dt.timezone.utc))
    entry.add("dtstart", fair.starts_on)
    entry.add("dtend", fair.ends_on + dt.timedelta(days=1))
    entry.add("summary", fair.name.get(lang), parameters={"LANGUAGE": fair.name.lang_of(lang)})
    if fair.theme:
        entry.add("description", fair.theme.get(lang), parameters={"LANGUAGE": fair.theme.lang_of(lang)})
    if fair.venue:
        where = ", ".join(x for x in (fair.venue.name.get(lang) if fair.venue.name else "", fair.venue.address or "") if x)
        entry.add("location", where)
    if url:
        entry.add("url", url)
    return entry


def calendar(fairs: Iterable[Fair], stamp: dt.date, host: str, url_of=lambda fair: "", lang: str = PRIMARY) -> str:
    """The fairs as one calendar in `lang` (a `Lang`, for its fallback chain)."""
    feed = Calendar()
    feed.add("version", "2.0")
    feed.add("prodid", "-//OCOP catalogue generator//EN")
    feed.add("calscale", "GREGORIAN")
    feed.add("method", "PUBLISH")
    for fair in fairs:
        feed.add_component(event(fair, stamp, host, url_of(fair), lang))
    return feed.to_ical().decode("utf-8")
