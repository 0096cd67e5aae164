"""The recognition certificate: its dates, expiry, revocation and renewal (who signed it:
rules/signers.py).

`date-in-future`: decision and revocation dates cannot be after today.

`expiry-mismatch`: a certificate is valid 36 months; a written `expires_on` must say so.
    good: issued 2024-05-10, ``expires_on: 2027-05-10``   bad: ``expires_on: 2028-05-10``

`revoked-before-issued`: a revocation cannot precede the decision.

`renewal-pending-window`: `renewal_pending_until` lies after expiry, at most 180 days after it
(Decision 26/2026 Art. 12).

`decision-format` (warning): a decision number looks like ``1234/QĐ-UBND``.

`history-order`: earlier recognitions are dated before the current decision, with 3–5 stars.

`traceability-recommended` (warning): from Decision 26/2026 on, 4★ and 5★ need an electronic
traceability code on the label; give its `traceability_url`.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.issues import emits, error, warning
from generator.model import certificates as certs
from generator.model.regimes import OCOP_STARS, regime_on
from generator.rules.context import dmy
from generator.i18n import en_vi

_DECISION = re.compile(r"\d+[A-Za-z]?/(?:\d{4}/)?QĐ-[\wĐđ.&-]+", re.U)


@emits("date-in-future", "revoked-before-issued")
def dates(cat, ctx):
    today = ctx.today
    for p in cat.products.values():
        c = p.certificate
        for key, day in (("issued_on", c.issued_on), ("revoked_on", c.revoked_on)):
            if day and day > today:
                yield _future(p.source.at(f"certificate.{key}"), f"certificate.{key}", day, today)
        for i, h in enumerate(p.history):
            if h.issued_on and h.issued_on > today:
                yield _future(p.source.at(f"history[{i}].issued_on"), f"history[{i}].issued_on", h.issued_on, today)
        if c.revoked_on and c.issued_on and c.revoked_on < c.issued_on:
            yield error(p.source.at("certificate.revoked_on"), "revoked-before-issued",
                        *en_vi("certificate.revoked_on: {revoked_on} is before the decision date {issued_on}",
                               revoked_on=c.revoked_on, issued_on=c.issued_on, revoked_on_vi=dmy(c.revoked_on),
                               issued_on_vi=dmy(c.issued_on)))


def _future(loc, key, day, today):
    return error(loc, "date-in-future", *en_vi("{key}: {day} is in the future (today is {today}); check the year",
                                               key=key, day=day, today=today, day_vi=dmy(day), today_vi=dmy(today)))


@emits("expiry-mismatch", "renewal-pending-window")
def expiry(cat, ctx):
    for p in cat.products.values():
        c = p.certificate
        ends = certs.expiry(c)
        if ends is None:
            continue
        if c.expires_on and c.expires_on != ends:
            yield error(p.source.at("certificate.expires_on"), "expiry-mismatch",
                        *en_vi("certificate.expires_on: a certificate issued on {issued_on} is valid for 36 "
                               "months, until {ends}, not {expires_on}; correct it or remove expires_on (it is "
                               "computed)", issued_on=c.issued_on, ends=ends, expires_on=c.expires_on,
                               issued_on_vi=dmy(c.issued_on), ends_vi=dmy(ends), expires_on_vi=dmy(c.expires_on)))
        pending = c.renewal_pending_until
        latest = ends + dt.timedelta(days=certs.RENEWAL_GRACE_DAYS)
        if pending and not (ends < pending <= latest):
            yield error(p.source.at("certificate.renewal_pending_until"), "renewal-pending-window",
                        *en_vi("certificate.renewal_pending_until: a pending renewal keeps the certificate after "
                               "its expiry ({ends}) for at most 180 days, so between {first_day} and {latest}; "
                               "found {pending}", ends=ends, first_day=ends + dt.timedelta(days=1), latest=latest,
                               pending=pending, ends_vi=dmy(ends), first_day_vi=dmy(ends + dt.timedelta(days=1)),
                               latest_vi=dmy(latest), pending_vi=dmy(pending)))


@emits("decision-format")
def decision_format(cat, ctx):
    for p in cat.products.values():
        entries = [("certificate.decision", p.certificate.decision)]
        entries += [(f"history[{i}].decision", h.decision) for i, h in enumerate(p.history)]
        for key, number in entries:
            if number and not _DECISION.fullmatch(number.replace(" ", "")):
                yield warning(p.source.at(key), "decision-format",
                              *en_vi('{key}: "{number}" does not look like a decision number such as 1234/QĐ-UBND',
                                     key=key, number=number))


@emits("history-order")
def history(cat, ctx):
    for p in cat.products.values():
        for i, h in enumerate(p.history):
            if h.stars is not None and h.stars not in OCOP_STARS:
                yield error(p.source.at(f"history[{i}].stars"), "history-order",
                            *en_vi("history[{i}].stars: expected 3, 4 or 5, found {stars}", i=i, stars=h.stars))
            issued = p.certificate.issued_on
            if h.issued_on and issued and h.issued_on >= issued:
                yield error(p.source.at(f"history[{i}].issued_on"), "history-order",
                            *en_vi("history[{i}].issued_on: an earlier recognition must be dated before the "
                                   "current decision ({issued}), found {issued_on}", i=i, issued=issued,
                                   issued_on=h.issued_on, issued_vi=dmy(issued), issued_on_vi=dmy(h.issued_on)))


@emits("traceability-recommended")
def traceability(cat, ctx):
    for p in cat.products.values():
        c = p.certificate
        if p.stars in (4, 5) and c.issued_on and regime_on(c.issued_on).id == "26/2026" and not p.traceability_url:
            yield warning(p.source.at("stars"), "traceability-recommended",
                          *en_vi("traceability_url: {stars}-star products recognised under Decision 26/2026 carry "
                                 "an electronic traceability code; add its address", stars=p.stars))


RULES = (dates, expiry, decision_format, history, traceability)
