"""The catalogue's records. Each carries its `Source`: the file it came from and the line and
column of every value in it, so a rule can point at the exact place a problem is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterator, Mapping

from generator.model.text import Text


@dataclass(frozen=True, slots=True)
class Loc:
    """A place in a file; line and column are 1-based."""

    path: str
    line: int = 1
    column: int = 1


@dataclass(frozen=True, slots=True)
class Source:
    """Where a record came from: its file (relative, POSIX) and the position of each value.

    `positions` maps a dotted path such as ``certificate.issued_on`` or ``images[1]`` to
    (line, column). `at` falls back to the nearest enclosing value, then to the file start.
    """

    path: str
    positions: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    def at(self, key: str = "") -> Loc:
        while key:
            pos = self.positions.get(key)
            if pos:
                return Loc(self.path, *pos)
            key = _parent(key)
        return Loc(self.path, *self.positions.get("", (1, 1)))


def _parent(key: str) -> str:
    cut = max(key.rfind("."), key.rfind("["))
    return key[:cut] if cut > 0 else ""


@dataclass(frozen=True, slots=True)
class Locality:
    slug: str
    name: Text
    kind: str
    code: str | None = None
    formerly: tuple[str, ...] = ()
    source: Source | None = None


@dataclass(frozen=True, slots=True)
class FormerProvince:
    """A province merged into this one in 2025: its decisions and product codes stay valid."""

    name: Text
    code: str | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    """The provincial OCOP office, where the public reports a suspect label (province.yml `contact`)."""

    name: Text | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None


@dataclass(frozen=True, slots=True)
class Province:
    name: Text
    code: str
    formerly: tuple[FormerProvince, ...] = ()
    kind: str = "province"  # or "city": a centrally-run city (thành phố trực thuộc trung ương)
    city_since: dt.date | None = None  # when it became one; None: throughout
    notice: Text | None = None
    localities: tuple[Locality, ...] = ()
    source: Source = Source("province.yml")
    contact: Contact | None = None


@dataclass(frozen=True, slots=True)
class ScoreParts:
    a: float
    b: float
    c: float


@dataclass(frozen=True, slots=True)
class Certificate:
    decision: str | None
    issued_by: str | None
    issued_on: dt.date | None
    level: str | None = None
    expires_on: dt.date | None = None
    revoked_on: dt.date | None = None
    revoked_reason: Text | None = None
    renewal_pending_until: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Price:
    low: int
    high: int
    unit: Text | None = None


@dataclass(frozen=True, slots=True)
class Shop:
    name: Text
    url: str | None = None
    address: str | None = None
    locality: str | None = None


@dataclass(frozen=True, slots=True)
class Recognition:
    """An earlier recognition: its stars and, as far as written, its certificate and score."""

    stars: int | None
    decision: str | None
    issued_on: dt.date | None
    issued_by: str | None = None
    score: float | None = None


@dataclass(frozen=True, slots=True)
class Product:
    slug: str
    source: Source
    name: Text | None
    producer: str | None
    category: str | None
    stars: int | None
    certificate: Certificate
    locality: str | None
    description: Text | None
    score: float | None = None
    score_parts: ScoreParts | None = None
    code: str | None = None
    address_as_recognised: str | None = None
    story: Text | None = None
    images: tuple[str, ...] = ()
    captions: tuple[Text | None, ...] = ()  # one per photo when any photo has a caption
    packaging: Text | None = None
    ingredients: Text | None = None
    usage: Text | None = None
    price: Price | None = None
    barcode: str | None = None
    traceability_url: str | None = None
    certifications: tuple[str, ...] = ()
    where_to_buy: tuple[Shop, ...] = ()
    history: tuple[Recognition, ...] = ()
    category_written: str | None = None  # as in the file, when it was an older name or unknown


@dataclass(frozen=True, slots=True)
class Producer:
    slug: str
    source: Source
    name: Text | None
    kind: str | None
    locality: str | None
    tax_code: str | None = None
    representative: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    location: tuple[float, float] | None = None
    about: Text | None = None
    logo: str | None = None
    images: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Venue:
    name: Text | None
    address: str | None = None
    locality: str | None = None


@dataclass(frozen=True, slots=True)
class Fair:
    slug: str
    source: Source
    name: Text | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    venue: Venue | None
    theme: Text | None = None
    organisers: tuple[Text, ...] = ()
    booths: int | None = None
    exhibitors: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Target:
    """A plan target: computed from the catalogue (`count` set) or reported by hand (`actual`)."""

    label: Text | None
    target: float | None
    count: str | None = None
    where: Mapping[str, tuple] = field(default_factory=dict)
    unit: Text | None = None
    actual: float | None = None
    as_of: dt.date | None = None
    source: Text | None = None

    @property
    def computed(self) -> bool:
        return self.count is not None


@dataclass(frozen=True, slots=True)
class Plan:
    slug: str
    source: Source
    title: Text | None
    document: str | None
    issued_on: dt.date | None
    period: tuple[dt.date | None, dt.date | None]
    summary: Text | None = None
    targets: tuple[Target, ...] = ()


@dataclass(frozen=True)
class Catalogue:
    """Everything loaded from one repository, keyed by slug, in file-name order."""

    root: str
    province: Province | None
    products: Mapping[str, Product]
    producers: Mapping[str, Producer]
    fairs: Mapping[str, Fair]
    plans: Mapping[str, Plan]
    # slugs of the files that could not be loaded, by folder: rules say nothing more about them
    # (a fair naming a product whose file is broken is not reported as naming an unknown product)
    unloaded: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def photos(self) -> Iterator[tuple[str, Product | Producer, str, str]]:
        """(folder, record, field, path relative to the folder) of every product and producer
        photo, logos included: the photo rule reports on the field, pages name a photo
        "<folder>/<path>" ("products/x/a.jpg")."""
        for p in self.products.values():
            for i, image in enumerate(p.images):
                yield "products", p, f"images[{i}]", image
        for m in self.producers.values():
            for i, image in enumerate(m.images):
                yield "producers", m, f"images[{i}]", image
            if m.logo:
                yield "producers", m, "logo", m.logo
