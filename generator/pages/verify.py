"""The label check ("Is this OCOP label real?"): its page in each language, the list of labels
no longer valid (a page and open data), and what their templates need.

The check itself runs in the browser (`theme_overrides/assets/ocop/verify.js`) over the files of
`verify_data.py`; the page carries the words, badges and the office to report to. Every status
and date comes from `SiteData.info`, as everywhere else.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from markupsafe import Markup

from generator import formats
from generator.i18n import N_
from generator.model.certificates import STATUSES, add_months
from generator.pages import badges, urls
from generator.pages.labels import label, label_text
from generator.pages.site import PageSpec, SiteData
from generator.pages.verify_data import FOLDER, lapsed_since, text_order

LAPSED_MONTHS = 24  # how far back the list of labels no longer valid goes
LAPSED_PAGE = 100  # rows per page of that list
LAPSED_CSV = "data/no-longer-valid.csv"
LAPSED_JSON = "data/no-longer-valid.json"
# The words verify.js writes, by key (the page's language only).
SCRIPT_WORDS = (
    N_("verify_checking"), N_("verify_unavailable"), N_("verify_scan"), N_("verify_scan_stop"), N_("verify_scan_help"),
    N_("verify_scan_failed"), N_("verdict_not_found"), N_("verdict_not_found_line"), N_("verdict_bad_check_digit"),
    N_("verdict_reason"), N_("verdict_producer"), N_("verdict_decision"), N_("verdict_open"), N_("verdict_vi_name"), N_("verdict_many"),
    N_("verdict_more"), *(f"verdict_{s}" for s in STATUSES), *(f"verdict_{s}_line" for s in STATUSES),
    *(f"status_{s}" for s in STATUSES),
)


def lapsed(site: SiteData) -> list[tuple[dt.date, str]]:
    """(first day no longer valid, slug) of the products whose label stopped being valid in the
    last LAPSED_MONTHS months, newest first (`SiteData.lapsed` keeps it for the build)."""
    start = add_months(site.today, -LAPSED_MONTHS)
    rows = []
    for slug, info in site.info.items():
        since = lapsed_since(info.product.certificate, info.status)
        if since is not None and start <= since <= site.today:
            rows.append((since, slug))
    return sorted(rows, key=lambda row: (-row[0].toordinal(), row[1]))


def lapsed_pages(site: SiteData, lang: str) -> list[PageSpec]:
    """The pages of the list of labels no longer valid (the check page itself is one page per
    language, made from generator/pages/kinds.py)."""
    lapsed_title = label_text("lapsed", site.languages)
    count = max(1, -(-len(site.lapsed) // LAPSED_PAGE))
    return [PageSpec(urls.lapsed(lang, n), lang, "lapsed", "", lapsed_title, params=(n,)) for n in range(1, count + 1)]


def verify_context(site: SiteData, spec: PageSpec) -> dict:
    lang = spec.lang
    province = site.catalogue.province
    words = {key: label(lang, key) for key in SCRIPT_WORDS}
    words["province"] = province.name.get(lang) if province else ""
    # not words: how to read the records' texts (verify_data.texts) and write their dates
    words.update(lang=str(lang), languages=text_order(site.languages), chain=list(site.languages[lang].chain),
                 date_format=formats.intl_date(lang))
    return {
        "province": province, "contact": province.contact if province else None,
        "data_date": site.today, "data_root": FOLDER, "script_words": _script_json(words),
        "verdict_badges": {f"{n}-{state}": Markup(badges.badge_svg(n, state, lang)) for n in (3, 4, 5)
                           for state in STATUSES},
    }


def lapsed_context(site: SiteData, spec: PageSpec) -> dict:
    (number,) = spec.params or (1,)
    rows = site.lapsed[(number - 1) * LAPSED_PAGE: number * LAPSED_PAGE]
    cat = site.catalogue
    return {
        "rows": [(since, cat.products[slug], site.info[slug], cat.producers.get(cat.products[slug].producer))
                 for since, slug in rows],
        "number": number, "pages": max(1, -(-len(site.lapsed) // LAPSED_PAGE)), "total": len(site.lapsed),
        "window_start": add_months(site.today, -LAPSED_MONTHS), "data_date": site.today,
        "contact": cat.province.contact if cat.province else None,
        "lapsed_csv": LAPSED_CSV, "lapsed_json": LAPSED_JSON,
    }


def _script_json(data: dict) -> Markup:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


# --- open data -------------------------------------------------------------------------------------------
def lapsed_columns(languages) -> tuple[str, ...]:
    """The columns of the list of labels no longer valid: a name and a reason per configured
    language (`name_vi`, `name_en`, `name_zh`...), each the record's own text or empty."""
    codes = text_order(languages)
    return ("slug", *(f"name_{c}" for c in codes), "stars", "status", "not_valid_since", "decision", "issued_by",
            "issued_on", "expires_on", "renewal_pending_until", "revoked_on", *(f"revoked_reason_{c}" for c in codes),
            "producer", "producer_name", "barcode", "code", "page")


def _lapsed_rows(site: SiteData):
    cat = site.catalogue
    codes = text_order(site.languages)
    for since, slug in site.lapsed:
        p, info = cat.products[slug], site.info[slug]
        c, maker = p.certificate, cat.producers.get(p.producer)
        reason = c.revoked_reason
        yield {"slug": slug, **{f"name_{code}": p.name.own(code) or "" for code in codes}, "stars": p.stars,
               "status": info.status, "not_valid_since": since.isoformat(), "decision": c.decision,
               "issued_by": c.issued_by, "issued_on": c.issued_on.isoformat(), "expires_on": info.expires_on.isoformat(),
               "renewal_pending_until": c.renewal_pending_until.isoformat() if c.renewal_pending_until else "",
               "revoked_on": c.revoked_on.isoformat() if c.revoked_on else "",
               **{f"revoked_reason_{code}": (reason.own(code) or "") if reason else "" for code in codes},
               "producer": p.producer, "producer_name": maker.name.vi if maker and maker.name else "",
               "barcode": p.barcode or "", "code": p.code or "", "page": urls.product(slug, "vi")}


def lapsed_files(site: SiteData):
    """(site path, text) of the list of labels no longer valid as CSV and JSON."""
    rows = list(_lapsed_rows(site))
    out = io.StringIO()
    writer = csv.DictWriter(out, lapsed_columns(site.languages), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    yield LAPSED_CSV, "\ufeff" + out.getvalue()  # BOM: spreadsheet programs then read Vietnamese correctly
    province = site.catalogue.province
    data = {"province": {"name": {str(lang): province.name.get(lang) for lang in site.languages},
                         "code": province.code} if province else None,
            "date": site.today.isoformat(), "since": add_months(site.today, -LAPSED_MONTHS).isoformat(),
            "labels": rows}
    yield LAPSED_JSON, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
