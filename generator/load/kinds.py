"""The shape of each record kind (SPEC §2). `ocop schema` writes these as JSON Schema."""

from __future__ import annotations

from generator.load.shapes import (
    SLUG, Date, Email, Enum, Hint, Int, List, Num, Obj, OneOf, ShortOrLong, Slug, Str, Text, Url,
)
from generator.model.hygiene import NAME
from generator.i18n import en_vi

PRODUCER_KINDS = ("cooperative", "cooperative-group", "enterprise", "branch", "farm", "household", "association")
# Vietnamese names accepted for `kind` (and shown beside the codes): the first name of each kind is
# the one `ocop new` offers.
PRODUCER_KIND_NAMES = {
    "hợp tác xã": "cooperative", "htx": "cooperative", "tổ hợp tác": "cooperative-group",
    "doanh nghiệp": "enterprise", "công ty": "enterprise", "chi nhánh": "branch", "trang trại": "farm",
    "hộ kinh doanh": "household", "hộ sản xuất": "household", "hộ gia đình": "household",
    "hội": "association", "hiệp hội": "association",
}
LOCALITY_KINDS = ("commune", "ward", "special-zone")
LEVELS = ("district", "province", "ministry")
PROVINCE_KINDS = ("province", "city")

_md = lambda doc: Text(doc, markdown=True)  # noqa: E731
_name = lambda doc="": Text(doc, role=NAME)  # noqa: E731 - one line, no invisible characters, not blank


def _place(doc: str) -> Hint:
    """A locality: a slug of province.yml. Any text loads, so that the rule (rules/references.py)
    can say what a name means, e.g. that "xã Bằng Cả" is now xã Quảng La."""
    return Hint(Str(doc), {"pattern": f"^(?:{SLUG})$"})


CERTIFICATE = Obj({
    "decision": Str("Decision number, e.g. 1234/QĐ-UBND"),
    "issued_by": Str("The body that signed, as printed on the decision, e.g. UBND tỉnh …"),
    "level": Enum(LEVELS, "district, province or ministry; only needed when issued_by does not say"),
    "issued_on": Date("Date of the decision"),
    "expires_on": Date("Optional; always issued_on + 36 months"),
    "revoked_on": Date("Date the recognition was revoked"),
    "revoked_reason": Text("Why it was revoked"),
    "renewal_pending_until": Date("Renewal under way: valid until this date, at most 180 days after expiry"),
}, required={"decision", "issued_by", "issued_on"})

# An earlier recognition: the certificate it had, moved here whole at a renewal (`ocop renew`),
# with the stars and score it gave.
RECOGNITION = Obj({
    "stars": Int("Stars"),
    "score": Num("Average council score 0-100", minimum=0, maximum=100),
    "score_parts": Obj({"a": Num("Part A", minimum=0), "b": Num("Part B", minimum=0), "c": Num("Part C", minimum=0)},
                       required={"a", "b", "c"}, doc="Scores of parts A, B and C"),
    **CERTIFICATE.fields,
}, required={"stars", "issued_on"}, doc="An earlier recognition")

SHOP = OneOf([
    Obj({"name": _name("Shop name"), "url": Url("Online shop address")}, required={"name", "url"}),
    Obj({"name": _name("Point of sale"), "address": Str("Street address"), "locality": _place("Locality slug")},
        required={"name", "address"}),
], pick=lambda keys: 0 if "url" in keys or "address" not in keys else 1)

PRODUCT = Obj({
    "name": _name("Product name"),
    "producer": Slug("Slug of a file in producers/"),
    "category": Hint(Str("OCOP product set 01-26 (Decision 26/2026), or an older set name"),
                     {"examples": ["01", "14", "26"]}),
    "stars": Hint(Int("3, 4 or 5 stars"), {"enum": [3, 4, 5]}),
    "score": Num("Average council score 0-100", minimum=0, maximum=100),
    "score_parts": Obj({
        "a": Num("Part A: product and community strength", minimum=0),
        "b": Num("Part B: marketing", minimum=0),
        "c": Num("Part C: quality", minimum=0),
    }, required={"a", "b", "c"}, doc="Scores of parts A, B and C; they add up to score"),
    "code": Hint(Str("OCOP product code T-X-STT-YYYY (or T-H-X-STT-YYYY before 2025)"),
                 {"pattern": r"^\d{2}(-\d{3})?-\d{5}-\d+-\d{4}$"}),
    "certificate": CERTIFICATE,
    "locality": _place("Slug of a commune or ward in province.yml"),
    "address_as_recognised": Str("The address as printed on the decision"),
    "description": _md("Description (Markdown)"),
    "story": _md("Product story (Markdown)"),
    "images": List(ShortOrLong(Str(), Obj({
        "file": Str("Photo path relative to the products/ folder"),
        "caption": _name("What the photo shows, for people who cannot see it (the product's name when left out)"),
    }, required={"file"}), "file"),
        "Photos: a path relative to the products/ folder, or {file: path, caption: text}; the first is the cover"),
    "packaging": Text("Packaging"),
    "ingredients": Text("Ingredients"),
    "usage": Text("How to use"),
    "price": Obj({
        "from": Int("Lowest price in VND", minimum=0),
        "to": Int("Highest price in VND", minimum=0),
        "unit": Text("Per unit, e.g. chai 500 ml"),
    }, required={"from"}, doc="Price in Vietnamese dong"),
    "barcode": Hint(Str("GTIN-8/12/13/14 with its check digit"), {"pattern": r"^(\d{8}|\d{12,14})$"}),
    "traceability_url": Url("Electronic traceability stamp (https)", https_only=True),
    "certifications": List(Str(), "e.g. VietGAP, HACCP, ISO 22000"),
    "where_to_buy": List(SHOP, "Online shops {name, url} or points of sale {name, address, locality}"),
    "history": List(RECOGNITION, "Earlier recognitions: the old certificate as it was, with its stars and score"),
}, required={"name", "producer", "category", "stars", "certificate", "locality", "description"})

PRODUCER = Obj({
    "name": _name("Producer name"),
    "kind": Enum(PRODUCER_KINDS, "Kind of producer, or its Vietnamese name (hợp tác xã, hộ kinh doanh…)",
                 PRODUCER_KIND_NAMES),
    "tax_code": Hint(Str("10 digits; 10-3 digits for a branch; 12 digits for a household"),
                     {"pattern": r"^(\d{10}|\d{10}-?\d{3}|\d{12})$"}),
    "representative": Str("Legal representative"),
    "locality": _place("Slug of a commune or ward in province.yml"),
    "address": Str("Street address"),
    "phone": Str("Vietnamese phone number"),
    "email": Email("E-mail address"),
    "website": Url("Website"),
    "location": Obj({"lat": Num("Latitude", minimum=-90, maximum=90),
                     "lon": Num("Longitude", minimum=-180, maximum=180)},
                    required={"lat", "lon"}, doc="Map position, inside Vietnam"),
    "about": _md("About the producer (Markdown)"),
    "logo": Str("Logo path relative to the producers/ folder"),
    "images": List(Str(), "Photo paths relative to the producers/ folder"),
}, required={"name", "kind", "locality"})

FAIR = Obj({
    "name": _name("Fair name"),
    "theme": Text("Theme or slogan"),
    "starts_on": Date("First day"),
    "ends_on": Date("Last day"),
    "venue": Obj({"name": _name("Venue"), "address": Str("Address"),
                  "locality": _place("Locality slug, when the venue is in the province")},
                 required={"name"}),
    "organisers": List(_name(), "Organisers"),
    "booths": Int("Number of booths", minimum=0),
    "exhibitors": List(Slug(), "Producer slugs"),
    "products": List(Slug(), "Product slugs"),
    "url": Url("Web page of the fair"),
}, required={"name", "starts_on", "ends_on", "venue"})

WHERE = Obj({
    "stars": List(Int()),
    "categories": List(Str()),
    "localities": List(Slug()),
    "producer_kinds": List(Enum(PRODUCER_KINDS, names=PRODUCER_KIND_NAMES)),
}, doc="Which products count")

TARGET = OneOf([
    Obj({"label": _name("What is measured"), "count": Enum(("products", "producers"), "What to count"),
         "where": WHERE, "target": Num("Target number", minimum=0)},
        required={"label", "count", "target"}, doc="A target computed from the catalogue"),
    Obj({"label": _name("What is measured"), "target": Num("Target", minimum=0), "unit": Text("Unit, e.g. %"),
         "actual": Num("Reached so far", minimum=0), "as_of": Date("Date of the figure"),
         "source": Text("Where the figure comes from")},
        required={"label", "target", "actual", "as_of"}, doc="A target reported by hand"),
], pick=lambda keys: 0 if "count" in keys or "where" in keys else 1)

PLAN = Obj({
    "title": _name("Title of the plan"),
    "document": Str("Document number, e.g. 603/KH-UBND"),
    "issued_on": Date("Date of the document"),
    "period": Obj({"from": Date("First day"), "to": Date("Last day")}, required={"from", "to"}),
    "summary": _md("Summary (Markdown)"),
    "targets": List(TARGET, "Targets"),
}, required={"title", "document", "issued_on", "period", "targets"})

LOCALITY = Obj({
    "slug": Slug("Locality slug"),
    "name": _name("Official name, e.g. phường Hạ Long"),
    "kind": Enum(LOCALITY_KINDS, "commune, ward or special-zone"),
    "code": Str("5-digit code (Decision 19/2025)"),
    "formerly": List(Str(), "Names before the July 2025 reorganisation"),
}, required={"slug", "name", "kind"})

FORMER = Obj({
    "name": _name("Name of the former province, e.g. Hải Dương"),
    "code": Str("Its former 2-digit code, e.g. 30", r"\d{2}",
                en_vi('a 2-digit province code such as "30"')),
}, required={"name", "code"}, doc="A province merged into this one")

CONTACT = Obj({
    "name": _name("The office, e.g. Văn phòng Điều phối nông thôn mới tỉnh"),
    "phone": Str("Phone number"),
    "email": Email("E-mail address"),
    "address": Str("Postal address"),
}, doc="The provincial OCOP office, shown where the public reports a suspect label")

PROVINCE = Obj({
    "name": _name("Province name"),
    "code": Str("2-digit province code (Decision 19/2025)"),
    "kind": Enum(PROVINCE_KINDS, "province, or city for a centrally-run city (thành phố trực thuộc trung ương)"),
    "city_since": Date("When it became a centrally-run city; leave out if it always was"),
    "formerly": List(FORMER, "Provinces merged into this one in 2025: their names and former codes"),
    "notice": Text("A notice shown on every page, e.g. that the data is a sample"),
    "localities": List(LOCALITY, "Communes, wards and special zones"),
    "contact": CONTACT,
}, required={"name", "code", "localities"})

KINDS = {"product": PRODUCT, "producer": PRODUCER, "fair": FAIR, "plan": PLAN, "province": PROVINCE}
FOLDERS = {"product": "products", "producer": "producers", "fair": "fairs", "plan": "plans"}
