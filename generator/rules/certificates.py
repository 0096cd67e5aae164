"""The recognition certificate: who signed it, its dates, expiry, revocation and renewal.

`signer-level-unknown`: the level of the signing body (district, province, ministry) must be
known. It is read from `issued_by` ("Bộ …" ministry; "tỉnh" province; "huyện", "quận", "thị xã"
district; "thành phố X" province when X is this province or a former one, else a district-level
city); otherwise write `level`.
    good: ``issued_by: UBND tỉnh Quảng Ninh``
    bad:  ``issued_by: Hội đồng OCOP`` without ``level``

`signer-level-mismatch`: a `level` that contradicts `issued_by`.
    bad: ``issued_by: UBND huyện Ba Chẽ`` with ``level: province``

`signer-not-allowed`: the level may sign that star rating under the decision in force on the
date: a district signed 3★ only under Decision 148 (24/02/2023–05/07/2025); 4★ is signed by the
province; 5★ by the ministry.
    good: 3★ by ``UBND huyện Ba Chẽ`` on 2024-04-15
    bad:  3★ by ``UBND huyện Ba Chẽ`` on 2022-04-15 (Decision 1048: the province signs 3★)

`ministry-name` (warning): the ministry was renamed on 01/03/2025 (Bộ Nông nghiệp và Phát triển
nông thôn → Bộ Nông nghiệp và Môi trường).

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

from generator.issues import error, warning
from generator.model import certificates as certs
from generator.model.regimes import OCOP_STARS, allowed_signers, ministry_on, regime_on
from generator.rules.context import dmy

LEVEL_VI = {"district": "cấp huyện", "province": "cấp tỉnh", "ministry": "cấp bộ"}
_DECISION = re.compile(r"\d+[A-Za-z]?/(?:\d{4}/)?QĐ-[\wĐđ.&-]+", re.U)


def signer(cat, ctx):
    for p in cat.products.values():
        c = p.certificate
        if not c.issued_by:
            continue
        derived = certs.level_of(c.issued_by, ctx.province_names)
        at = p.source.at("certificate.issued_by")
        if derived is None and c.level is None:
            yield error(at, "signer-level-unknown",
                        f'certificate.issued_by: cannot tell whether "{c.issued_by}" is a district, a province or '
                        "the ministry; write the body as printed (e.g. UBND tỉnh …) or add level: district, "
                        "province or ministry",
                        f'certificate.issued_by: không xác định được "{c.issued_by}" là cấp huyện, cấp tỉnh hay cấp '
                        "bộ; hãy ghi đúng như trên quyết định (ví dụ UBND tỉnh …) hoặc thêm level: district, "
                        "province hoặc ministry")
            continue
        if derived and c.level and derived != c.level:
            yield error(p.source.at("certificate.level"), "signer-level-mismatch",
                        f'certificate.level: "{c.level}" contradicts issued_by "{c.issued_by}", which is '
                        f"{derived} level; remove level or correct it",
                        f'certificate.level: "{c.level}" mâu thuẫn với issued_by "{c.issued_by}" '
                        f"({LEVEL_VI[derived]}); hãy xóa level hoặc sửa lại")
            continue
        level = c.level or derived
        yield from _allowed(p, level, at)
        yield from _ministry_name(p, level, at)


def _allowed(p, level, at):
    c = p.certificate
    if c.issued_on is None or p.stars not in OCOP_STARS:
        return
    regime = regime_on(c.issued_on)
    allowed = allowed_signers(regime, p.stars)
    if level in allowed:
        return
    who = " or ".join(allowed)
    who_vi = " hoặc ".join(LEVEL_VI[a] for a in allowed)
    yield error(at, "signer-not-allowed",
                f'certificate.issued_by: under {regime.name} (in force on {c.issued_on}) a {p.stars}-star '
                f'certificate is signed at {who} level, not by "{c.issued_by}" ({level} level); '
                "check the signer, the stars and the date",
                f'certificate.issued_by: theo {regime.name} (áp dụng ngày {dmy(c.issued_on)}) giấy chứng nhận '
                f'{p.stars} sao do {who_vi} ký, không phải "{c.issued_by}" ({LEVEL_VI[level]}); '
                "hãy kiểm tra cơ quan ký, số sao và ngày")


def _ministry_name(p, level, at):
    c = p.certificate
    if level != "ministry" or c.issued_on is None:
        return
    expected = ministry_on(c.issued_on)
    written = c.issued_by.casefold()
    if "nông nghiệp" in written and ("môi trường" in written) != ("Môi trường" in expected):
        yield warning(at, "ministry-name",
                      f'certificate.issued_by: on {c.issued_on} the ministry was called "{expected}"',
                      f'certificate.issued_by: vào ngày {dmy(c.issued_on)} bộ có tên "{expected}"')


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
                        f"certificate.revoked_on: {c.revoked_on} is before the decision date {c.issued_on}",
                        f"certificate.revoked_on: {dmy(c.revoked_on)} sớm hơn ngày quyết định {dmy(c.issued_on)}")


def _future(loc, key, day, today):
    return error(loc, "date-in-future", f"{key}: {day} is in the future (today is {today}); check the year",
                 f"{key}: ngày {dmy(day)} ở tương lai (hôm nay là {dmy(today)}); hãy kiểm tra năm")


def expiry(cat, ctx):
    for p in cat.products.values():
        c = p.certificate
        ends = certs.expiry(c)
        if ends is None:
            continue
        if c.expires_on and c.expires_on != ends:
            yield error(p.source.at("certificate.expires_on"), "expiry-mismatch",
                        f"certificate.expires_on: a certificate issued on {c.issued_on} is valid for 36 months, "
                        f"until {ends}, not {c.expires_on}; correct it or remove expires_on (it is computed)",
                        f"certificate.expires_on: giấy chứng nhận cấp ngày {dmy(c.issued_on)} có hiệu lực 36 tháng, "
                        f"đến {dmy(ends)}, không phải {dmy(c.expires_on)}; hãy sửa hoặc xóa expires_on (tự tính)")
        pending = c.renewal_pending_until
        latest = ends + dt.timedelta(days=certs.RENEWAL_GRACE_DAYS)
        if pending and not (ends < pending <= latest):
            yield error(p.source.at("certificate.renewal_pending_until"), "renewal-pending-window",
                        f"certificate.renewal_pending_until: a pending renewal keeps the certificate after its "
                        f"expiry ({ends}) for at most 180 days, so between {ends + dt.timedelta(days=1)} and "
                        f"{latest}; found {pending}",
                        f"certificate.renewal_pending_until: khi đang đánh giá lại, giấy chứng nhận được giữ sau ngày "
                        f"hết hạn ({dmy(ends)}) tối đa 180 ngày, tức từ {dmy(ends + dt.timedelta(days=1))} đến "
                        f"{dmy(latest)}; nhưng thấy {dmy(pending)}")


def decision_format(cat, ctx):
    for p in cat.products.values():
        entries = [("certificate.decision", p.certificate.decision)]
        entries += [(f"history[{i}].decision", h.decision) for i, h in enumerate(p.history)]
        for key, number in entries:
            if number and not _DECISION.fullmatch(number.replace(" ", "")):
                yield warning(p.source.at(key), "decision-format",
                              f'{key}: "{number}" does not look like a decision number such as 1234/QĐ-UBND',
                              f'{key}: "{number}" không giống số quyết định, ví dụ 1234/QĐ-UBND')


def history(cat, ctx):
    for p in cat.products.values():
        for i, h in enumerate(p.history):
            if h.stars is not None and h.stars not in OCOP_STARS:
                yield error(p.source.at(f"history[{i}].stars"), "history-order",
                            f"history[{i}].stars: expected 3, 4 or 5, found {h.stars}",
                            f"history[{i}].stars: cần 3, 4 hoặc 5, nhưng thấy {h.stars}")
            issued = p.certificate.issued_on
            if h.issued_on and issued and h.issued_on >= issued:
                yield error(p.source.at(f"history[{i}].issued_on"), "history-order",
                            f"history[{i}].issued_on: an earlier recognition must be dated before the current "
                            f"decision ({issued}), found {h.issued_on}",
                            f"history[{i}].issued_on: lần công nhận trước phải trước quyết định hiện tại "
                            f"({dmy(issued)}), nhưng thấy {dmy(h.issued_on)}")


def traceability(cat, ctx):
    for p in cat.products.values():
        c = p.certificate
        if p.stars in (4, 5) and c.issued_on and regime_on(c.issued_on).id == "26/2026" and not p.traceability_url:
            yield warning(p.source.at("stars"), "traceability-recommended",
                          f"traceability_url: {p.stars}-star products recognised under Decision 26/2026 carry an "
                          "electronic traceability code; add its address",
                          f"traceability_url: sản phẩm {p.stars} sao công nhận theo Quyết định 26/2026 phải có mã "
                          "truy xuất nguồn gốc điện tử; hãy thêm địa chỉ của mã")


RULES = (signer, dates, expiry, decision_format, history, traceability)
