"""Checked mappings -> frozen records. The shape checker has already reported every bad or
missing value; here a missing value simply becomes None."""

from __future__ import annotations

from typing import Any

from generator.model import categories
from generator.model.text import Text
from generator.model.records import (
    Certificate, Contact, Fair, FormerProvince, Locality, Plan, Price, Producer, Product, Province, Recognition,
    ScoreParts, Shop, Source, Target, Venue,
)


def _captions(images: list[dict]) -> tuple:
    """Each photo's caption (None where it has none), or () when no photo has one."""
    captions = tuple(i.get("caption") for i in images if "file" in i)
    return captions if any(captions) else ()


def product(slug: str, source: Source, d: dict[str, Any]) -> Product:
    parts = d.get("score_parts")
    price = d.get("price")
    written = d.get("category")
    code, how = categories.resolve(written) if written else (None, None)
    return Product(
        slug=slug, source=source, name=d.get("name"), producer=d.get("producer"),
        category=code, category_written=written if how != "number" else None, stars=d.get("stars"), certificate=certificate(d.get("certificate", {})),
        locality=d.get("locality"), description=d.get("description"), score=d.get("score"),
        score_parts=ScoreParts(parts["a"], parts["b"], parts["c"]) if parts and len(parts) == 3 else None,
        code=d.get("code"), address_as_recognised=d.get("address_as_recognised"), story=d.get("story"),
        images=tuple(i["file"] for i in d.get("images", ()) if "file" in i),
        captions=_captions(d.get("images", ())), packaging=d.get("packaging"), ingredients=d.get("ingredients"),
        usage=d.get("usage"),
        price=Price(price["from"], price.get("to", price["from"]), price.get("unit"))
        if price and "from" in price else None,
        barcode=d.get("barcode"), traceability_url=d.get("traceability_url"),
        certifications=tuple(d.get("certifications", ())),
        where_to_buy=tuple(Shop(s.get("name"), s.get("url"), s.get("address"), s.get("locality"))
                           for s in d.get("where_to_buy", ())),
        history=tuple(Recognition(h.get("stars"), h.get("decision"), h.get("issued_on"), h.get("issued_by"),
                                  h.get("score")) for h in d.get("history", ())),
    )


def certificate(d: dict[str, Any]) -> Certificate:
    return Certificate(
        decision=d.get("decision"), issued_by=d.get("issued_by"), issued_on=d.get("issued_on"),
        level=d.get("level"), expires_on=d.get("expires_on"), revoked_on=d.get("revoked_on"),
        revoked_reason=d.get("revoked_reason"), renewal_pending_until=d.get("renewal_pending_until"),
    )


def producer(slug: str, source: Source, d: dict[str, Any]) -> Producer:
    location = d.get("location")
    return Producer(
        slug=slug, source=source, name=d.get("name"), kind=d.get("kind"), locality=d.get("locality"),
        tax_code=d.get("tax_code"), representative=d.get("representative"), address=d.get("address"),
        phone=d.get("phone"), email=d.get("email"), website=d.get("website"),
        location=(location["lat"], location["lon"]) if location and len(location) == 2 else None,
        about=d.get("about"), logo=d.get("logo"), images=tuple(d.get("images", ())),
    )


def fair(slug: str, source: Source, d: dict[str, Any]) -> Fair:
    venue = d.get("venue")
    return Fair(
        slug=slug, source=source, name=d.get("name"), starts_on=d.get("starts_on"), ends_on=d.get("ends_on"),
        venue=Venue(venue.get("name"), venue.get("address"), venue.get("locality")) if venue else None,
        theme=d.get("theme"), organisers=tuple(d.get("organisers", ())), booths=d.get("booths"),
        exhibitors=tuple(d.get("exhibitors", ())), products=tuple(d.get("products", ())), url=d.get("url"),
    )


def plan(slug: str, source: Source, d: dict[str, Any]) -> Plan:
    period = d.get("period", {})
    return Plan(
        slug=slug, source=source, title=d.get("title"), document=d.get("document"),
        issued_on=d.get("issued_on"), period=(period.get("from"), period.get("to")),
        summary=d.get("summary"), targets=tuple(_target(t) for t in d.get("targets", ())),
    )


def _target(d: dict[str, Any]) -> Target:
    where = {k: tuple(v) for k, v in d.get("where", {}).items()}
    return Target(
        label=d.get("label"), target=d.get("target"), count=d.get("count"), where=where, unit=d.get("unit"),
        actual=d.get("actual"), as_of=d.get("as_of"), source=d.get("source"),
    )


def province(source: Source, d: dict[str, Any]) -> Province:
    localities = tuple(
        Locality(slug=loc["slug"], name=loc.get("name") or Text(loc["slug"]), kind=loc.get("kind", "commune"),
                 code=loc.get("code"), formerly=tuple(loc.get("formerly", ())), source=source)
        for loc in d.get("localities", ()) if "slug" in loc
    )
    formerly = tuple(FormerProvince(f["name"], f.get("code")) for f in d.get("formerly", ()) if "name" in f)
    return Province(name=d.get("name") or Text("?"), code=d.get("code", ""), formerly=formerly,
                    kind=d.get("kind", "province"), city_since=d.get("city_since"),
                    notice=d.get("notice"), localities=localities, source=source,
                    contact=_contact(d.get("contact")))


def _contact(d: dict[str, Any] | None) -> Contact | None:
    if not d:
        return None
    return Contact(name=d.get("name"), phone=d.get("phone"), email=d.get("email"), address=d.get("address"))


BUILDERS = {"product": product, "producer": producer, "fair": fair, "plan": plan}
