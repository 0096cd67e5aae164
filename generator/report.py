"""`ocop report expiring`: certificates to renew, for staff.

Under Decision 26/2026 Art. 7.6 a renewal dossier is filed no earlier than 180 and no later than
120 days before expiry. The report has three sections: certificates already expired (to renew
or to take down), renewals under way (`renewal_pending_until`), and certificates expiring within
180 days (or `--within DAYS`), each saying whether the filing window is open or closed. Every
row names the producer and its phone, the decision and who signed it, so staff can call.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from generator import formats
from generator.dates import dmy
from generator.model import certificates as certs
from generator.model.records import Catalogue, Product
from generator.say import Say
from generator.i18n import vi_en

SECTIONS = ("expired", "renewal-pending", "expiring")


@dataclass(frozen=True)
class Row:
    section: str  # one of SECTIONS
    product: Product
    producer: str  # the producer's name (its slug when it has no file)
    phone: str
    expires_on: dt.date
    days_left: int  # negative once expired
    window: str  # "open", "closed" (fewer than 120 days left), "not-yet", "" (expired, pending)


def expiring(catalogue: Catalogue, today: dt.date, within: int | None = None) -> list[Row]:
    """Every expired, renewal-pending and soon-expiring certificate, by section then expiry."""
    horizon = within if within is not None else certs.RENEWAL_WINDOW_DAYS
    rows = []
    for product in catalogue.products.values():
        ends = certs.expiry(product.certificate)
        state = certs.status(product.certificate, today)
        if ends is None or state == "revoked":
            continue
        days = (ends - today).days
        if state in ("expired", "renewal-pending"):
            section, window = state, ""
        elif 0 <= days <= horizon:
            section, window = "expiring", _window(days)
        else:
            continue
        maker = catalogue.producers.get(product.producer or "")
        rows.append(Row(section, product, maker.name.vi if maker and maker.name else (product.producer or ""),
                        (maker.phone or "") if maker else "", ends, days, window))
    return sorted(rows, key=lambda r: (SECTIONS.index(r.section), r.expires_on, r.product.slug))


def _window(days: int) -> str:
    if days > certs.RENEWAL_WINDOW_DAYS:
        return "not-yet"
    return "open" if days >= certs.RENEWAL_FILE_BY_DAYS else "closed"


def _date(say: Say):
    """How the report's text writes a date: 01/03/2027 in Vietnamese, Mar 1, 2027 in English
    (generator/formats.py); JSON keeps ISO dates, and so does the English CSV (spreadsheets read them)."""
    return lambda day: formats.date(day, say.lang)


def _note(row: Row, say: Say) -> str:
    by = row.expires_on - dt.timedelta(days=certs.RENEWAL_FILE_BY_DAYS)
    opens = row.expires_on - dt.timedelta(days=certs.RENEWAL_WINDOW_DAYS)
    show = _date(say)
    if row.section == "expired":
        return say(*vi_en("expired {value} days ago; renew it or record the revocation", value=-row.days_left))
    if row.section == "renewal-pending":
        until = row.product.certificate.renewal_pending_until
        return say(*vi_en("renewal under way, valid until {show}", show=show(until)))
    return {
        "open": say(*vi_en("renewal window open: file by {show}", show=show(by))),
        "closed": say(*vi_en("renewal window closed on {show}; file at once", show=show(by))),
        "not-yet": say(*vi_en("renewal window opens on {show}", show=show(opens))),
    }[row.window]


_HEADINGS = {
    "expired": vi_en("Expired"),
    "renewal-pending": vi_en("Renewal under way"),
    "expiring": vi_en("Expiring"),
}


def headline(rows: list[Row], today: dt.date, say: Say) -> str:
    n = {s: sum(1 for r in rows if r.section == s) for s in SECTIONS}
    return say(*vi_en("OCOP certificates to renew, {today}: {expiring} expiring, {pending} renewal under way, "
                      "{expired} expired.", today=_date(say)(today), expiring=n['expiring'],
                      pending=n['renewal-pending'], expired=n['expired'], today_vi=dmy(today)))


def format_rows(rows: list[Row], today: dt.date, say: Say) -> str:
    lines = [headline(rows, today, say)]
    for section in SECTIONS:
        chosen = [r for r in rows if r.section == section]
        if not chosen:
            continue
        lines += ["", f"{say(*_HEADINGS[section])} ({len(chosen)}):"]
        for r in chosen:
            p, c = r.product, r.product.certificate
            name = p.name.get(say.lang) if p.name else p.slug
            contact = ", ".join(x for x in (r.producer, r.phone) if x)
            if say.lang == "vi":
                head = f"{p.source.path}: {name} ({p.stars} sao) hết hạn {dmy(r.expires_on)}"
                head += f", còn {r.days_left} ngày" if r.days_left >= 0 else ""
                signed = f"QĐ {c.decision or '?'} của {c.issued_by or '?'}"
            else:
                head = f"{p.source.path}: {name} ({p.stars}★) expires {_date(say)(r.expires_on)}"
                head += f", in {r.days_left} days" if r.days_left >= 0 else ""
                signed = f"decision {c.decision or '?'} by {c.issued_by or '?'}"
            lines.append(f"- {head}; {_note(r, say)}")
            lines.append(f"  {contact}; {signed}")
    return "\n".join(lines)


COLUMNS = (
    ("section", *vi_en("Section")), ("path", *vi_en("File")), ("name", *vi_en("Product")),
    ("stars", *vi_en("Stars")), ("producer", *vi_en("Producer")), ("phone", *vi_en("Phone")),
    ("decision", *vi_en("Decision")), ("issued_by", *vi_en("Signed by")),
    ("issued_on", *vi_en("Issued on")), ("expires_on", *vi_en("Expires on")),
    ("days_left", *vi_en("Days left")), ("note", *vi_en("Note")),
)


def as_records(rows: list[Row], say: Say) -> list[dict]:
    out = []
    for r in rows:
        p, c = r.product, r.product.certificate
        out.append({
            "section": r.section, "path": p.source.path, "slug": p.slug,
            "name": p.name.get(say.lang) if p.name else p.slug, "stars": p.stars, "producer": r.producer,
            "phone": r.phone, "decision": c.decision, "issued_by": c.issued_by,
            "issued_on": c.issued_on.isoformat() if c.issued_on else None,
            "expires_on": r.expires_on.isoformat(), "days_left": r.days_left, "window": r.window,
            "note": _note(r, say),
        })
    return out


def as_csv(rows: list[Row], say: Say) -> str:
    """CSV with a byte-order mark, so Excel reads the Vietnamese letters as UTF-8; dates as
    DD/MM/YYYY in Vietnamese, column names in the run's language."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([say(vi, en) for _, vi, en in COLUMNS])
    for record in as_records(rows, say):
        record["section"] = say(*_HEADINGS[record["section"]])
        if say.lang == "vi":
            for key in ("issued_on", "expires_on"):
                if record[key]:
                    record[key] = dmy(dt.date.fromisoformat(record[key]))
        writer.writerow(["" if record[key] is None else record[key] for key, _, _ in COLUMNS])
    return "\ufeff" + out.getvalue()
