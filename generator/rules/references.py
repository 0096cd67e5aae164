"""Every slug a record names must exist.

`unknown-producer`, `unknown-locality`, `unknown-product`: a slug that resolves to no file.
    good: ``producer: htx-yen-tu`` with producers/htx-yen-tu.yml present
    bad:  ``producer: htx-yen-tuu`` (no such file)

`producer-without-products` (warning): a producer no product names.
"""

from __future__ import annotations

import difflib

from generator.issues import error, warning

_WHAT = {
    "unknown-producer": ("producer", "chủ thể", "producers/"),
    "unknown-product": ("product", "sản phẩm", "products/"),
    "unknown-locality": ("locality", "xã/phường", "province.yml"),
}


def _dangling(loc, key, slug, known, rule):
    en, vi, where = _WHAT[rule]
    close = difflib.get_close_matches(slug, list(known), n=1, cutoff=0.75)
    tip_en = f'; did you mean "{close[0]}"?' if close else ""
    tip_vi = f'; có phải ý bạn là "{close[0]}"?' if close else ""
    return error(loc, rule, f'{key}: no {en} "{slug}" in {where}{tip_en}',
                 f'{key}: không có {vi} "{slug}" trong {where}{tip_vi}')


def products(cat, ctx):
    for p in cat.products.values():
        if p.producer and p.producer not in cat.producers:
            yield _dangling(p.source.at("producer"), "producer", p.producer, cat.producers, "unknown-producer")
        if p.locality and ctx.localities and p.locality not in ctx.localities:
            yield _dangling(p.source.at("locality"), "locality", p.locality, ctx.localities, "unknown-locality")
        for i, shop in enumerate(p.where_to_buy):
            if shop.locality and ctx.localities and shop.locality not in ctx.localities:
                key = f"where_to_buy[{i}].locality"
                yield _dangling(p.source.at(key), key, shop.locality, ctx.localities, "unknown-locality")


def producers(cat, ctx):
    for m in cat.producers.values():
        if m.locality and ctx.localities and m.locality not in ctx.localities:
            yield _dangling(m.source.at("locality"), "locality", m.locality, ctx.localities, "unknown-locality")
        if m.slug not in ctx.products_by_producer:
            yield warning(m.source.at(), "producer-without-products",
                          f'no product names producer "{m.slug}"; it will get a page without products',
                          f'chưa có sản phẩm nào thuộc chủ thể "{m.slug}"; trang của chủ thể sẽ không có sản phẩm')


def fairs(cat, ctx):
    for f in cat.fairs.values():
        for i, slug in enumerate(f.exhibitors):
            if slug not in cat.producers:
                key = f"exhibitors[{i}]"
                yield _dangling(f.source.at(key), key, slug, cat.producers, "unknown-producer")
        for i, slug in enumerate(f.products):
            if slug not in cat.products:
                key = f"products[{i}]"
                yield _dangling(f.source.at(key), key, slug, cat.products, "unknown-product")
        if f.venue and f.venue.locality and ctx.localities and f.venue.locality not in ctx.localities:
            yield _dangling(f.source.at("venue.locality"), "venue.locality", f.venue.locality, ctx.localities,
                            "unknown-locality")


def plans(cat, ctx):
    for plan in cat.plans.values():
        for t_index, target in enumerate(plan.targets):
            for i, slug in enumerate(target.where.get("localities", ())):
                key = f"targets[{t_index}].where.localities[{i}]"
                if ctx.localities and slug not in ctx.localities:
                    yield _dangling(plan.source.at(key), key, slug, ctx.localities, "unknown-locality")


RULES = (products, producers, fairs, plans)
