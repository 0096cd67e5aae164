"""`ocop report expiring`: certificates to renew, for staff.

Under Decision 26/2026 Art. 7.6 a renewal dossier is filed no earlier than 180 and no later than
120 days before expiry. By default the report lists every current certificate expiring within
180 days and says, for each, whether that window is open, or already closed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.dates import dmy
from generator.model import certificates as certs
from generator.model.records import Catalogue, Product


@dataclass(frozen=True)
class Row:
    product: Product
    expires_on: dt.date
    days_left: int
    window: str  # "open", "closed" (fewer than 120 days left), "not-yet"


def expiring(catalogue: Catalogue, today: dt.date, within: int | None = None) -> list[Row]:
    horizon = within if within is not None else certs.RENEWAL_WINDOW_DAYS
    rows = []
    for product in catalogue.products.values():
        ends = certs.expiry(product.certificate)
        if ends is None or certs.status(product.certificate, today) == "revoked":
            continue
        days = (ends - today).days
        if 0 <= days <= horizon:
            rows.append(Row(product, ends, days, _window(days)))
    return sorted(rows, key=lambda r: (r.expires_on, r.product.slug))


def _window(days: int) -> str:
    if days > certs.RENEWAL_WINDOW_DAYS:
        return "not-yet"
    return "open" if days >= certs.RENEWAL_FILE_BY_DAYS else "closed"


_WINDOW = {
    "en": {"open": "renewal window open: file by {by}", "closed": "renewal window closed on {by}; file at once",
           "not-yet": "renewal window opens on {opens}"},
    "vi": {"open": "đang trong thời hạn nộp hồ sơ: nộp trước {by}",
           "closed": "đã quá hạn nộp hồ sơ ({by}); hãy nộp ngay", "not-yet": "thời hạn nộp hồ sơ mở từ {opens}"},
}


def format_rows(rows: list[Row], lang: str = "en") -> str:
    if not rows:
        return "Không có giấy chứng nhận nào sắp hết hạn." if lang == "vi" else "No certificate expires in that time."
    lines = []
    for r in rows:
        by = r.expires_on - dt.timedelta(days=certs.RENEWAL_FILE_BY_DAYS)
        opens = r.expires_on - dt.timedelta(days=certs.RENEWAL_WINDOW_DAYS)
        show = dmy if lang == "vi" else dt.date.isoformat
        note = _WINDOW[lang][r.window].format(by=show(by), opens=show(opens))
        name = r.product.name.get(lang) if r.product.name else r.product.slug
        if lang == "vi":
            head = f"{r.product.source.path}: {name} ({r.product.stars} sao) hết hạn {dmy(r.expires_on)}, còn {r.days_left} ngày"
        else:
            head = f"{r.product.source.path}: {name} ({r.product.stars}★) expires {r.expires_on}, in {r.days_left} days"
        lines.append(f"{head}; {note}")
    return "\n".join(lines)
