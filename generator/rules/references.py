"""Every slug a record names must exist.

`unknown-producer`, `unknown-locality`, `unknown-product`: a slug that resolves to no file.
    good: ``producer: htx-yen-tu`` with producers/htx-yen-tu.yml present
    bad:  ``producer: htx-yen-tuu`` (no such file)

A locality written as a name, or as the slug of a commune's name before the July 2025
reorganisation, is matched against the names in province.yml (`name`, `formerly`):
    bad:  ``locality: bang-ca`` → "xã Bằng Cả" is now part of xã Quảng La: ``locality: quang-la``
    bad:  ``locality: xã Quảng La`` → write its slug: ``locality: quang-la``

`producer-without-products` (warning): a producer no product names.

A slug whose file exists but could not be loaded (a YAML syntax error, say) is not reported
again here: that file's own error is the one to fix.
"""

from __future__ import annotations

import difflib
import re

from generator.issues import emits, error, warning
from generator.load.catalogue import slugify
from generator.load.shapes import SLUG
from generator.model.text import fold
from generator.i18n import en_vi, vi_en

_WHAT = {
    "unknown-producer": ("producer", *vi_en("producers/")),
    "unknown-product": ("product", *vi_en("products/")),
    "unknown-locality": ("locality", "xã/phường", "province.yml"),
}


def _dangling(loc, key, slug, known, rule):
    en, vi, where = _WHAT[rule]
    close = difflib.get_close_matches(slug, list(known), n=1, cutoff=0.75)
    tip_en = f'; did you mean "{close[0]}"?' if close else ""
    tip_vi = f'; có phải ý bạn là "{close[0]}"?' if close else ""
    shown = key
    return error(loc, rule, *en_vi('{shown}: no {en} "{slug}" in {where}{tip_en}', shown=shown, en=en, slug=slug,
                                   where=where, tip_en=tip_en, vi=vi, tip_vi=tip_vi))


_KIND_WORDS = re.compile(r"^(?:xa|phuong|thi-tran|thi-xa|dac-khu|huyen|quan)-")


def _core(name: str) -> str:
    """A place name as a slug without its kind word: "xã Bằng Cả" and "xa-bang-ca" give "bang-ca"."""
    return _KIND_WORDS.sub("", slugify(name))


class Places:
    """The province's localities by slug, and by the cores of their current and former names."""

    def __init__(self, cat):
        localities = cat.province.localities if cat.province else ()
        self.by_slug = {loc.slug: loc for loc in localities}
        self.by_name: dict[str, list] = {}
        self.by_former: dict[str, list] = {}
        for loc in localities:
            self.by_name.setdefault(_core(loc.name.vi), []).append(loc)
            for old in loc.formerly:
                self.by_former.setdefault(_core(old), []).append((old, loc))

    def check(self, loc, key, written):
        """The issue for a locality value that is not a slug of province.yml, or None."""
        if not self.by_slug or written in self.by_slug:
            return None
        core = _core(written)
        shown = key
        former = self.by_former.get(core)
        if former and core not in self.by_slug:
            old = former[0][0]
            became = [place for _, place in former]
            names = " / ".join(p.name.vi for p in became)
            slugs = " / ".join(p.slug for p in became)
            field_name = key.rsplit(".", 1)[-1]
            same = fold(" ".join(written.split())) == fold(old)
            was_en = f'"{written}" is a name' if same else f'"{written}" is {old}, a name'
            was_vi = f'"{written}" là tên' if same else f'"{written}" là {old}, tên'
            return error(loc, "unknown-locality",
                         *en_vi("{shown}: {was_en} from before the July 2025 reorganisation; it is now part of "
                                "{names_en}: write {field_name}: {slugs}", shown=shown, was_en=was_en,
                                names_en=' / '.join((p.name.get('en') for p in became)), field_name=field_name,
                                slugs=slugs, was_vi=was_vi, names_vi=names))
        named = self.by_name.get(core)
        if named and not re.fullmatch(SLUG, written):
            place = named[0]
            return error(loc, "unknown-locality",
                         *en_vi("{shown}: write the slug of {name}, not its name: {field}: {slug}", shown=shown,
                                name=place.name.get('en'), field=key.rsplit('.', 1)[-1], slug=place.slug,
                                name_vi=place.name.vi))
        if not re.fullmatch(SLUG, written):
            return error(loc, "bad-format",
                         *en_vi("{shown}: expected the slug of a commune or ward in province.yml (lowercase "
                                'letters a-z, digits and hyphens, e.g. {next}), found "{written}"', shown=shown,
                                next=next(iter(self.by_slug)), written=written))
        return _dangling(loc, key, written, self.by_slug, "unknown-locality")


@emits("unknown-locality", "unknown-producer")
def products(cat, ctx):
    places = ctx.places
    for p in cat.products.values():
        if p.producer and p.producer not in cat.producers and p.producer not in cat.unloaded.get("producers", ()):
            yield _dangling(p.source.at("producer"), "producer", p.producer, cat.producers, "unknown-producer")
        if p.locality:
            found = places.check(p.source.at("locality"), "locality", p.locality)
            if found:
                yield found
        for i, shop in enumerate(p.where_to_buy):
            key = f"where_to_buy[{i}].locality"
            found = places.check(p.source.at(key), key, shop.locality) if shop.locality else None
            if found:
                yield found


@emits("producer-without-products", "unknown-locality")
def producers(cat, ctx):
    places = ctx.places
    for m in cat.producers.values():
        found = places.check(m.source.at("locality"), "locality", m.locality) if m.locality else None
        if found:
            yield found
        if m.slug not in ctx.products_by_producer and not cat.unloaded.get("products"):
            yield warning(m.source.at(), "producer-without-products",
                          *en_vi('no product names producer "{slug}"; it will get a page without products',
                                 slug=m.slug))


@emits("unknown-locality", "unknown-producer", "unknown-product")
def fairs(cat, ctx):
    places = ctx.places
    for f in cat.fairs.values():
        for i, slug in enumerate(f.exhibitors):
            if slug not in cat.producers and slug not in cat.unloaded.get("producers", ()):
                key = f"exhibitors[{i}]"
                yield _dangling(f.source.at(key), key, slug, cat.producers, "unknown-producer")
        for i, slug in enumerate(f.products):
            if slug not in cat.products and slug not in cat.unloaded.get("products", ()):
                key = f"products[{i}]"
                yield _dangling(f.source.at(key), key, slug, cat.products, "unknown-product")
        if f.venue and f.venue.locality:
            found = places.check(f.source.at("venue.locality"), "venue.locality", f.venue.locality)
            if found:
                yield found


@emits("unknown-locality")
def plans(cat, ctx):
    for plan in cat.plans.values():
        for t_index, target in enumerate(plan.targets):
            for i, slug in enumerate(target.where.get("localities", ())):
                key = f"targets[{t_index}].where.localities[{i}]"
                if ctx.localities and slug not in ctx.localities:
                    yield _dangling(plan.source.at(key), key, slug, ctx.localities, "unknown-locality")


RULES = (products, producers, fairs, plans)
