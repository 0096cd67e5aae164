"""Certificate arithmetic: expiry and status (who signed: model/bodies.py).

Pure functions over dates, tested with tables.
"""

from __future__ import annotations

import calendar
import datetime as dt

from generator.model.records import Certificate

VALID_MONTHS = 36
RENEWAL_WINDOW_DAYS = 180  # the renewal window opens 180 days before expiry (26/2026 Art. 7.6)
RENEWAL_FILE_BY_DAYS = 120  # ... and closes 120 days before expiry
RENEWAL_GRACE_DAYS = 180  # a pending renewal keeps the certificate at most 180 days past expiry

STATUSES = ("valid", "expiring", "renewal-pending", "expired", "revoked")


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus `months` calendar months; the 29th-31st clip to the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expiry(cert: Certificate) -> dt.date | None:
    """The last day of validity: 36 months after the decision."""
    return add_months(cert.issued_on, VALID_MONTHS) if cert.issued_on else None


def status(cert: Certificate, today: dt.date) -> str:
    """One of STATUSES. The certificate is valid through its expiry date."""
    if cert.revoked_on and cert.revoked_on <= today:
        return "revoked"
    ends = expiry(cert)
    if ends is None:
        return "valid"
    if today > ends:
        pending = cert.renewal_pending_until
        return "renewal-pending" if pending and today <= pending else "expired"
    return "expiring" if (ends - today).days <= RENEWAL_WINDOW_DAYS else "valid"


def is_current(state: str) -> bool:
    """Whether a product in this state may show its star badge as certified."""
    return state in ("valid", "expiring", "renewal-pending")
