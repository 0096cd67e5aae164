"""Product sets.

`category-unknown`: `category` is one of the 26 product sets of Decision 26/2026, written as its
number "01" to "26".
    good: ``category: "14"`` (Rượu trắng)      bad: ``category: "27"``, ``category: Rượu``

A name that is no set's gives the closest sets by their words: ``category: Trà`` suggests 11
(Chè tươi, chè chế biến) and 12 (Sản phẩm trà từ thực vật khác), and where the list of the 26
sets is.

`category-alias` (warning): an older set name (Decision 148 or 1048 wording) is accepted and
reported as the set it became.
    accepted: ``category: Mỹ phẩm có thành phần từ thảo dược`` → set 19

`category-name` (warning): the set's current name is accepted and reported as its number.
Names are compared whatever the case and the tone placement ("thuỷ"/"thủy", "hoà"/"hòa").
    accepted: ``category: Thịt, thuỷ sản, trứng, sữa tươi`` → set 02

`association-not-tourism`: an association (hội, hiệp hội) may hold community tourism products
(set 26) only.
    good: an association with ``category: "26"``      bad: an association with ``category: "14"``
"""

from __future__ import annotations

from generator.issues import emits, error, warning
from generator.model.categories import SETS, TOURISM_SET, resolve, suggest
from generator.i18n import en_vi

SETS_PAGE = ("docs/product-sets.md", "docs/en/product-sets.md")  # the list of the 26 sets, for staff


@emits("category-alias", "category-name", "category-unknown")
def category(cat, ctx):
    for p in cat.products.values():
        written = p.category_written
        if written is None:
            continue
        at = p.source.at("category")
        if p.category is None:
            yield _unknown(at, written)
        elif resolve(written)[1] == "name":
            name = SETS[p.category].name
            yield warning(at, "category-name",
                          *en_vi('category: "{written}" is set {category} ({en}); write its number: category: '
                                 '"{category}"', written=written, category=p.category, en=name.en, vi=name.vi))
        else:
            name = SETS[p.category].name
            yield warning(at, "category-alias",
                          *en_vi('category: "{written}" is an older name of set {category} ({en}); write '
                                 'category: "{category}"', written=written, category=p.category, en=name.en,
                                 vi=name.vi))


def _unknown(at, written: str):
    close = suggest(written)
    near_en = "; closest: " + ", ".join(f'"{c}" ({SETS[c].name.en})' for c in close) if close else ""
    near_vi = "; gần nhất: " + ", ".join(f'"{c}" ({SETS[c].name.vi})' for c in close) if close else ""
    return error(at, "category-unknown",
                 *en_vi('category: "{written}" is not an OCOP product set; write the set number from "01" to '
                        '"26"{near_en} (the 26 sets are listed in {SETS_PAGE})', written=written, near_en=near_en,
                        SETS_PAGE=SETS_PAGE[1], near_vi=near_vi, SETS_PAGE_vi=SETS_PAGE[0]))


@emits("association-not-tourism")
def association_tourism(cat, ctx):
    """An association (hội, hiệp hội) may hold tourism products (set 26) only."""
    for p in cat.products.values():
        maker = cat.producers.get(p.producer or "")
        if maker and maker.kind == "association" and p.category and p.category != TOURISM_SET:
            yield error(p.source.at("producer"), "association-not-tourism",
                        *en_vi('producer: "{slug}" is an association, which may only hold community tourism '
                               "products (set 26); check the producer or the category", slug=maker.slug))


RULES = (category, association_tourism)
