#!/usr/bin/env python3
"""Write a realistic synthetic OCOP catalogue of N products, for benchmarks.

    .venv/bin/python benchmarks/make_catalogue.py 20000 benchmarks/out/catalogue-20000-s1 --seed 1

The catalogue imitates the sample data of this repository: Vietnamese names (NFC, with diacritics)
built from product kinds x place names x brand words, bilingual Markdown descriptions of 2-5
sentences, one producer per ~2.5 products covering every producer kind, stars 3/4/5 at about
70/27/3 %, all 26 product sets, certificates dated 2021-2026 and signed by the body the regime of
the day allows (SPEC §2.1), scores inside the star band with parts that add up, GTIN-13 barcodes
with the 893 prefix, a few fairs and two plans. The province (localities) is copied from the
repository's province.yml when there is one (--province), else 50 localities are made up.

A share of products (--photo-share) get 1-2 photos. A pool of 40 small JPEGs is drawn once and
hard-linked (copied when links are impossible, or with --copy-photos) into products/<slug>/, so
20,000 products take seconds, not minutes.

The output is deterministic for a given N, seed, photo share, date and province file, and passes
`ocop validate --root OUT_DIR --today 2026-11-23` with no errors and no warnings. OUT_DIR is
replaced only when it is empty or was written by this script (it holds `.synthetic.json`).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import shutil
import sys
import textwrap
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import words as W  # noqa: E402

MARKER = ".synthetic.json"
DEFAULT_TODAY = dt.date(2026, 11, 23)
POOL_SIZE = 40
PHOTO_SIZE = (800, 600)

# Regime boundaries (SPEC §2.1): who signs which star, and the A/B/C maxima.
D148 = dt.date(2023, 2, 24)
DISTRICTS_END = dt.date(2025, 7, 1)  # districts abolished: from this day the province signs 3★
D26 = dt.date(2026, 5, 22)
MAE_SINCE = dt.date(2025, 3, 1)
MARD, MAE = "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường"
STAR_WEIGHTS = ((3, 70), (4, 27), (5, 3))
YEAR_WEIGHTS = {2021: 12, 2022: 15, 2023: 17, 2024: 21, 2025: 20, 2026: 15}


# ----------------------------------------------------------------------------------------------- text

def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """ASCII form of a Vietnamese name, keeping capitals: "Đầm Hà" -> "Dam Ha"."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c))


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


_BAD_START = set("-?:,[]{}#&*!|>'\"%@` ")
_RESERVED = {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"}
_NUMERIC = re.compile(r"[\d\s+.\-_:]+")


def q(value, flow: bool = False) -> str:
    """A YAML scalar: plain when that is safe (and reads like the sample), else double-quoted."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    s = nfc(str(value))
    bad = (not s or s[0] in _BAD_START or s[-1] in " :" or ": " in s or " #" in s or "\n" in s
           or s.lower() in _RESERVED or _NUMERIC.fullmatch(s) is not None)
    if flow and not bad:
        bad = any(c in s for c in ",[]{}")
    return json.dumps(s, ensure_ascii=False) if bad else s


def text_field(key: str, vi: str, en: str | None = None, long: bool = False, indent: str = "") -> str:
    """A localized field: `key: text`, `key: {vi: .., en: ..}` or folded blocks, like the sample."""
    if long and (len(vi) > 90 or "\n" in vi):
        return f"{indent}{key}:\n" + _block("vi", vi, indent + "  ") + (_block("en", en, indent + "  ") if en else "")
    if en is None:
        return f"{indent}{key}: {q(vi)}\n"
    if len(vi) + len(en) < 80:
        return f"{indent}{key}: {{vi: {q(vi, True)}, en: {q(en, True)}}}\n"
    return f"{indent}{key}:\n{indent}  vi: {q(vi)}\n{indent}  en: {q(en)}\n"


def _block(key: str, text: str, indent: str) -> str:
    inner = indent + "  "
    if "\n" in text:  # Markdown paragraphs: a literal block keeps the blank lines
        lines = [inner + line if line else "" for line in text.split("\n")]
        return f"{indent}{key}: |-\n" + "\n".join(lines) + "\n"
    wrapped = textwrap.wrap(text, width=100, break_long_words=False, break_on_hyphens=False)
    return f"{indent}{key}: >-\n" + "".join(f"{inner}{line}\n" for line in wrapped)


def header(kind: str) -> str:
    return f"# yaml-language-server: $schema=../schemas/{kind}.schema.json\n"


# ---------------------------------------------------------------------------------------------- dates

def add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def random_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def weighted(rng: random.Random, pairs):
    items, weights = zip(*pairs)
    return rng.choices(items, weights)[0]


# ------------------------------------------------------------------------------------------- province

@dataclass
class Locality:
    slug: str
    name: str
    kind: str
    places: list[str]  # place words: the name and former commune names, without "xã"/"phường"
    formerly: list[str]
    code: str = ""  # 5 digits, for product codes
    district: str = ""  # former district, e.g. "huyện Ba Chẽ"
    district_code: str = ""
    centre: tuple[float, float] = (21.0, 107.0)


@dataclass
class Province:
    name: str
    name_en: str
    code: str
    text: str  # province.yml as written
    localities: list[Locality] = field(default_factory=list)


_PREFIX = re.compile(r"^(xã|phường|đặc khu|thị trấn|thị xã|huyện|thành phố)\s+", re.I)


def place_of(name: str) -> str:
    return re.sub(r"\s+\d+$", "", _PREFIX.sub("", name.strip()))


def load_province(path: Path | None, rng: random.Random) -> Province:
    if path and path.is_file():
        import yaml

        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        name = data["name"]
        vi, en = (name["vi"], name.get("en") or fold(name["vi"])) if isinstance(name, dict) else (name, fold(name))
        prov = Province(nfc(vi), en, str(data["code"]), text)
        for loc in data.get("localities", []):
            loc_name = loc["name"]["vi"] if isinstance(loc["name"], dict) else loc["name"]
            formerly = [nfc(f) for f in loc.get("formerly") or []]
            places = list(dict.fromkeys(place_of(n) for n in [nfc(loc_name), *formerly]))
            prov.localities.append(Locality(loc["slug"], nfc(loc_name), loc["kind"], places, formerly,
                                            str(loc.get("code") or "")))
    else:
        prov = _made_up_province(rng)
    _assign_districts(prov, rng)
    return prov


def _made_up_province(rng: random.Random) -> Province:
    """50 localities with made-up two-syllable names, in Quảng Ninh (code 22)."""
    names: list[str] = []
    while len(names) < 50:
        name = f"{rng.choice(W.SYLLABLES)} {rng.choice(W.SYLLABLES)}"
        if name not in names and name.split()[0] != name.split()[1]:
            names.append(name)
    lines = [header("province").replace("../", ""), "name: {vi: Quảng Ninh, en: Quang Ninh}\n", 'code: "22"\n',
             "formerly: []\n", "notice: Dữ liệu tổng hợp cho kiểm thử hiệu năng; mọi tên đều hư cấu.\n", "localities:\n"]
    prov = Province("Quảng Ninh", "Quang Ninh", "22", "")
    for i, name in enumerate(names):
        kind = "ward" if i % 3 == 0 else "commune"
        full = f"{'phường' if kind == 'ward' else 'xã'} {name}"
        code = f"{6600 + i * 7:05d}"
        old = [f"xã {rng.choice(W.SYLLABLES)} {rng.choice(W.SYLLABLES)}" for _ in range(rng.randint(1, 3))]
        slug = slugify(name)
        lines.append(f"  - slug: {slug}\n    name: {{vi: {full}, en: {fold(name)} {kind.title()}}}\n"
                     f"    kind: {kind}\n    code: \"{code}\"\n    formerly: [{', '.join(old)}]\n")
        prov.localities.append(Locality(slug, full, kind, [name, *(place_of(o) for o in old)], old, code))
    prov.text = "".join(lines)
    return prov


def _assign_districts(prov: Province, rng: random.Random) -> None:
    """Former district (signer of 3★ under Decision 148), commune code and map centre of each locality."""
    known = {slug: (district, code) for district, (code, slugs) in W.QN_DISTRICTS.items() for slug in slugs}
    for i, loc in enumerate(prov.localities):
        if prov.code == "22" and loc.slug in known:
            loc.district, loc.district_code = known[loc.slug]
        else:  # made-up districts: four localities each
            head = prov.localities[i - i % 4]
            loc.district, loc.district_code = f"huyện {head.places[0]}", f"{190 + i // 4:03d}"
        loc.code = loc.code or f"{6600 + i * 7:05d}"
        loc.centre = (round(rng.uniform(20.9, 21.55), 4), round(rng.uniform(106.5, 107.9), 4))


# ----------------------------------------------------------------------------------------------- photos

def photo_pool(count: int = POOL_SIZE) -> list[bytes]:
    """Distinct 800x600 JPEGs of flat shapes, the same on every run."""
    from PIL import Image, ImageDraw

    rng = random.Random(20261123)
    pool = []
    for i in range(count):
        bg = tuple(rng.randint(120, 250) for _ in range(3))
        img = Image.new("RGB", PHOTO_SIZE, bg)
        draw = ImageDraw.Draw(img)
        for _ in range(rng.randint(3, 7)):
            colour = tuple(rng.randint(20, 230) for _ in range(3))
            x0, y0 = rng.randint(0, 700), rng.randint(0, 500)
            x1, y1 = x0 + rng.randint(60, 400), y0 + rng.randint(60, 300)
            shape = rng.choice(("ellipse", "rectangle", "polygon"))
            if shape == "polygon":
                draw.polygon([(rng.randint(0, 800), rng.randint(0, 600)) for _ in range(rng.randint(3, 6))], fill=colour)
            else:
                getattr(draw, shape)([x0, y0, x1, y1], fill=colour)
        draw.text((20, 20), f"OCOP #{i + 1}", fill=(30, 30, 30))
        buffer = io.BytesIO()
        img.save(buffer, "JPEG", quality=82)
        pool.append(buffer.getvalue())
    return pool


class PhotoWriter:
    """Writes pool photo i the first time, then hard-links that file (or copies it)."""

    def __init__(self, pool: list[bytes], copy: bool):
        self.pool, self.copy, self.first = pool, copy, {}
        self.written = 0

    def put(self, index: int, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        first = self.first.get(index)
        self.written += 1
        if first is not None and not self.copy:
            try:
                os.link(first, target)
                return
            except OSError:
                self.copy = True  # no hard links here: copy from now on
        if first is None:
            target.write_bytes(self.pool[index])
            self.first[index] = target
        else:
            shutil.copyfile(first, target)


# ------------------------------------------------------------------------------------------ generator

@dataclass
class Maker:
    slug: str
    kind: str
    locality: Locality
    primary_set: str
    name: str
    name_en: str
    products: list[str] = field(default_factory=list)


class Catalogue:
    def __init__(self, n: int, seed: int, photo_share: float, today: dt.date, province: Path | None,
                 copy_photos: bool = False):
        self.n, self.seed, self.photo_share, self.today = n, seed, photo_share, today
        self.rng = random.Random(seed)
        self.prov = load_province(province, self.rng)
        self.locs = self.prov.localities
        self.copy_photos = copy_photos
        self.set_codes = sorted(W.SETS)
        self.set_weights = [W.SETS[s][0] for s in self.set_codes]
        self.slugs: set[str] = set()
        self.decisions: dict[tuple, str] = {}
        self.stt: dict[tuple, int] = {}
        self.batches = self._batch_dates()

    # -- small draws
    def pick_set(self) -> str:
        return self.rng.choices(self.set_codes, self.set_weights)[0]

    def _set_for(self, primary: str) -> str:
        """A producer makes mostly its main product set, sometimes a related one, rarely anything."""
        r = self.rng.random()
        if r < 0.7:
            return primary
        if r < 0.95:
            group = W.GROUP_OF_SET[primary]
            return self.rng.choice([s for s, g in W.GROUP_OF_SET.items() if g == group])
        return self.pick_set()

    def person(self) -> str:
        rng = self.rng
        return f"{rng.choice(W.SURNAMES)} {rng.choice(W.MIDDLE)} {rng.choice(W.GIVEN)}"

    def unique(self, base: str) -> str:
        slug, i = base, 2
        while slug in self.slugs:
            slug, i = f"{base}-{i}", i + 1
        self.slugs.add(slug)
        return slug

    def _batch_dates(self) -> list[dt.date]:
        """Recognition rounds: products are recognised in batches sharing a decision."""
        rng, count = self.rng, max(24, self.n // 20)
        days = set()
        for _ in range(count):
            year = weighted(rng, YEAR_WEIGHTS.items())
            end = min(dt.date(year, 12, 31), self.today)
            days.add(random_day(rng, dt.date(year, 1, 5), end))
        return sorted(days)

    # -- producers
    def make_producers(self) -> list[Maker]:
        count = max(1, round(self.n / 2.5))
        kinds = [k for k, *_ in W.PRODUCER_KINDS]
        weights = [w for _, w, *_ in W.PRODUCER_KINDS]
        makers = []
        for i in range(count):
            kind = kinds[i] if i < len(kinds) and count >= 2 * len(kinds) else self.rng.choices(kinds, weights)[0]
            primary = "26" if kind == "association" else self.pick_set()
            loc = self.rng.choice(self.locs)
            name, name_en, base = self._producer_name(kind, primary, loc)
            makers.append(Maker(self.unique(base), kind, loc, primary, name, name_en))
        return makers

    def _producer_name(self, kind: str, set_code: str, loc: Locality) -> tuple[str, str, str]:
        """(Vietnamese name, English name, slug base); redrawn a few times to avoid a taken slug."""
        rng, prov = self.rng, self.prov
        trades = TRADES_BY_GROUP[W.GROUP_OF_SET[set_code]]
        for attempt in range(12):
            place = rng.choice(loc.places) if rng.random() < 0.9 else rng.choice(rng.choice(self.locs).places)
            trade, trade_en = rng.choice(trades)
            brand = rng.choice(W.BRANDS)
            where = place if attempt < 4 else f"{brand} {place}"
            if kind == "cooperative":
                vi, en = f"Hợp tác xã {trade} {where}", f"{fold(where)} {trade_en} Cooperative"
                base = "htx-" + slugify(f"{trade} {where}")
            elif kind == "enterprise":
                form, form_en = rng.choice((("Công ty TNHH", "Co., Ltd."), ("Công ty Cổ phần", "JSC")))
                name = brand if rng.random() < 0.6 else where
                vi, en = f"{form} {trade} {name}", f"{fold(name)} {trade_en} {form_en}"
                base = slugify(vi)
            elif kind == "household":
                person = self.person()
                vi, en, base = f"Hộ kinh doanh {person}", f"{fold(person)} Household Business", ""
                base = slugify(vi)
            elif kind == "cooperative-group":
                vi, en = f"Tổ hợp tác {trade.lower()} {where}", f"{fold(where)} {trade_en} Cooperative Group"
                base = slugify(vi)
            elif kind == "farm":
                if rng.random() < 0.6:
                    vi, en = f"Trang trại {trade.lower()} {where}", f"{fold(where)} {trade_en} Farm"
                else:
                    person = self.person()
                    vi, en = f"Trang trại {person}", f"{fold(person)} Farm"
                base = slugify(vi)
            elif kind == "branch":
                vi = f"Chi nhánh Công ty Cổ phần {trade} {brand} tại {prov.name}"
                en = f"{fold(brand)} {trade_en} JSC – {prov.name_en} Branch"
                base = slugify(f"Chi nhánh {trade} {brand}" + (f" {place}" if attempt >= 4 else ""))
            else:  # association: community tourism only
                vi, en = f"Hội Du lịch cộng đồng {where}", f"{fold(where)} Community Tourism Association"
                base = slugify(vi)
            if base not in self.slugs:
                break
        return vi, en, base

    # -- products
    def product(self, maker: Maker) -> tuple[str, str]:
        """(slug, YAML text) of one product of `maker`."""
        rng = self.rng
        set_code = "26" if maker.kind == "association" else self._set_for(maker.primary_set)
        loc = maker.locality if rng.random() < 0.85 else rng.choice(self.locs)
        kind_vi, kind_en, name_vi, name_en, place, slug = self._product_name(set_code, loc)
        stars = weighted(rng, STAR_WEIGHTS)
        issued = rng.choice(self.batches)
        signer, decision = self._signer(stars, issued, loc)
        out = [header("product")]
        out.append(text_field("name", name_vi, name_en if rng.random() < 0.6 else None))
        out.append(f"producer: {maker.slug}\ncategory: \"{set_code}\"\nstars: {stars}\n")
        out.append(self._score(stars, issued))
        if rng.random() < 0.25:
            out.append(f"code: \"{self._code(loc, issued)}\"\n")
        out.append(self._certificate(decision, signer, issued))
        out.append(f"locality: {loc.slug}\n")
        if issued < dt.date(2025, 7, 1) and rng.random() < 0.4 and loc.formerly:
            out.append(f"address_as_recognised: {q(self._old_address(loc))}\n")
        ctx = {"kind": kind_vi.lower(), "Kind": kind_vi, "kind_en": kind_en, "place": place, "Place_en": fold(place),
               "place_en": fold(place)}
        group = W.GROUP_OF_SET[set_code]
        vi, en = self._description(group, ctx)
        bilingual = rng.random() < 0.65
        out.append(text_field("description", vi, en if bilingual else None, long=True))
        if rng.random() < 0.15:
            vi, en = self._story(ctx)
            out.append(text_field("story", vi, en if bilingual else None, long=True))
        if rng.random() < self.photo_share:
            names = ["cover.jpg"] + (["anh-2.jpg"] if rng.random() < 0.3 else [])
            self.photos_to_link.extend((rng.randrange(POOL_SIZE), f"products/{slug}/{n}") for n in names)
            out.append(f"images: [{', '.join(f'{slug}/{n}' for n in names)}]\n")
        out.append(self._extras(set_code, group, stars, issued, slug, loc))
        return slug, "".join(out)

    def _product_name(self, set_code: str, loc: Locality):
        rng = self.rng
        for attempt in range(10):
            kind_vi, kind_en = rng.choice(W.SETS[set_code][3])
            place = rng.choice(loc.places) if rng.random() < 0.85 else rng.choice(rng.choice(self.locs).places)
            brand = rng.choice(W.BRANDS)
            r = rng.random() if attempt < 6 else 0.8
            if r < 0.55:
                vi, en = f"{kind_vi} {place}", f"{fold(place)} {kind_en}"
            elif r < 0.75:
                vi, en = f"{kind_vi} {brand}", f"{fold(brand)} {kind_en}"
            elif r < 0.9:
                vi, en = f"{kind_vi} {brand} {place}", f"{fold(brand)} {kind_en} from {fold(place)}"
            else:
                mod_vi, mod_en = rng.choice(W.MODIFIERS)
                vi, en = f"{kind_vi} {mod_vi} {place}", f"{fold(place)} {mod_en} {kind_en}"
            slug = slugify(vi)
            if slug not in self.slugs:
                break
        return kind_vi, kind_en, vi, cap(en), place, self.unique(slug)

    def _signer(self, stars: int, issued: dt.date, loc: Locality) -> tuple[str, str]:
        """The body allowed to sign `stars` on `issued` (SPEC §2.1) and the decision number of that batch."""
        if stars == 5:
            signer = MAE if issued >= MAE_SINCE else MARD
            suffix = "QĐ-BNNMT" if issued >= MAE_SINCE else "QĐ-BNN-VPĐP"
            low, high = 100, 6000
        elif stars == 3 and D148 <= issued < DISTRICTS_END:
            signer, suffix, low, high = f"UBND {loc.district}", "QĐ-UBND", 80, 2500
        else:
            signer, suffix, low, high = f"UBND tỉnh {self.prov.name}", "QĐ-UBND", 150, 4500
        key = (issued, signer)
        if key not in self.decisions:
            self.decisions[key] = f"{self.rng.randint(low, high)}/{suffix}"
        return signer, self.decisions[key]

    def _score(self, stars: int, issued: dt.date) -> str:
        rng = self.rng
        if rng.random() >= 0.55:
            return ""
        low, high = {3: (500, 699), 4: (700, 899), 5: (900, 1000)}[stars]
        top = {3: 685, 4: 860, 5: 960}[stars]  # councils rarely give the top of a band
        tenths = rng.randint(low, top) if rng.random() < 0.9 else rng.randint(low, high)
        if rng.random() < 0.7:
            tenths = max(low, tenths - tenths % 5)  # halves and wholes are the usual
        out = f"score: {fmt_tenths(tenths)}\n"
        if rng.random() < 0.6:
            maxima = (350, 250, 400) if issued < D148 else (400, 250, 350)
            a, b, c = split_score(rng, tenths, maxima)
            out += f"score_parts: {{a: {fmt_tenths(a)}, b: {fmt_tenths(b)}, c: {fmt_tenths(c)}}}\n"
        return out

    def _code(self, loc: Locality, issued: dt.date) -> str:
        key = (loc.slug, issued.year)
        self.stt[key] = self.stt.get(key, 0) + 1
        if issued.year >= 2025:
            return f"{self.prov.code}-{loc.code}-{self.stt[key]}-{issued.year}"
        return f"{self.prov.code}-{loc.district_code}-{loc.code}-{self.stt[key]}-{issued.year}"

    def _certificate(self, decision: str, signer: str, issued: dt.date) -> str:
        rng = self.rng
        out = f"certificate:\n  decision: {q(decision)}\n  issued_by: {q(signer)}\n  issued_on: {issued}\n"
        ends = add_months(issued, 36)
        if rng.random() < 0.1:
            out += f"  expires_on: {ends}\n"
        if rng.random() < 0.015 and issued < self.today - dt.timedelta(days=90):
            revoked = random_day(rng, issued + dt.timedelta(days=60), min(self.today, ends))
            vi, en = rng.choice(W.REVOKE_REASONS)
            out += f"  revoked_on: {revoked}\n" + text_field("revoked_reason", vi, en, indent="  ")
        elif self.today - dt.timedelta(days=200) < ends < self.today + dt.timedelta(days=30) and rng.random() < 0.3:
            out += f"  renewal_pending_until: {ends + dt.timedelta(days=rng.randint(30, 180))}\n"
        return out

    def _old_address(self, loc: Locality) -> str:
        commune = self.rng.choice(loc.formerly)
        return f"{self.rng.choice(W.HAMLETS)}, {commune}, {loc.district}, tỉnh {self.prov.name}"

    def _description(self, group: str, ctx: dict) -> tuple[str, str]:
        rng = self.rng
        count = weighted(rng, ((2, 45), (3, 30), (4, 15), (5, 10)))
        suited = [(vi, en) for groups, vi, en in W.MIDDLES if not groups or group in groups.split()]
        pairs = [rng.choice(W.OPENERS[group])] + rng.sample(suited, min(count - 1, len(suited)))
        days = rng.randint(2, 10)
        ctx = {**ctx, "n": rng.randint(12, 240), "t": rng.randint(2, 80), "d": days, "d2": days + rng.randint(2, 20),
               "g": rng.choice((10, 15, 20, 30))}
        return " ".join(v.format(**ctx) for v, _ in pairs), " ".join(e.format(**ctx) for _, e in pairs)

    def _story(self, ctx: dict) -> tuple[str, str]:
        rng = self.rng
        ctx = {**ctx, "y": rng.choice((50, 70, 100, 200)), "yr": rng.randint(2005, 2020)}
        first, second = rng.sample(W.STORIES, 2)
        if rng.random() < 0.5:
            return first[0].format(**ctx), first[1].format(**ctx)
        return (f"{first[0].format(**ctx)}\n\n{second[0].format(**ctx)}",
                f"{first[1].format(**ctx)}\n\n{second[1].format(**ctx)}")

    def _extras(self, set_code: str, group: str, stars: int, issued: dt.date, slug: str, loc: Locality) -> str:
        rng, out = self.rng, []
        _, (unit_vi, unit_en), (low, high), _ = W.SETS[set_code]
        if group in W.PACKAGING and rng.random() < 0.5:
            pack_vi, pack_en = rng.choice(W.PACKAGING[group])
            out.append(text_field("packaging", pack_vi, cap(pack_en) if rng.random() < 0.5 else None))
        if group in ("food", "drink", "herbal") and rng.random() < 0.3:
            out.append(text_field("ingredients", "Nguyên liệu tự nhiên thu mua tại địa phương, muối, đường",
                                  "Local natural ingredients, salt, sugar" if rng.random() < 0.5 else None))
        if rng.random() < 0.3:
            out.append(text_field("usage", "Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp.",
                                  "Keep in a cool, dry place away from direct sunlight." if rng.random() < 0.5 else None))
        if rng.random() < 0.75:
            start = round(rng.randint(low, high), -3)
            end = int(round(start * rng.choice((1, 1, 1.2, 1.5, 2)), -3))
            unit = (f"{{vi: {q(unit_vi, True)}, en: {q(unit_en, True)}}}" if rng.random() < 0.5
                    else q(unit_vi, True))
            out.append(f"price: {{from: {start}, to: {end}, unit: {unit}}}\n")
        if group in ("food", "drink", "herbal") and rng.random() < 0.3:
            body = "893" + "".join(str(rng.randint(0, 9)) for _ in range(9))
            out.append(f"barcode: \"{body}{gtin_check_digit(body)}\"\n")
        if (stars in (4, 5) and issued >= D26) or rng.random() < 0.2:
            out.append(f"traceability_url: https://truyxuat.example.vn/{self.prov.code}/{slug}\n")
        if group in ("food", "drink", "herbal") and rng.random() < 0.3:
            certs = rng.sample(W.CERTIFICATIONS, rng.randint(1, 2))
            out.append(f"certifications: [{', '.join(q(c, True) for c in certs)}]\n")
        if rng.random() < 0.4:
            out.append(self._shops(slug, loc))
        if issued >= dt.date(2022, 6, 1) and rng.random() < 0.15:
            out.append(self._history(stars, issued))
        return "".join(out)

    def _shops(self, slug: str, loc: Locality) -> str:
        rng, lines = self.rng, ["where_to_buy:\n"]
        if rng.random() < 0.7:
            lines.append("  - {name: {vi: Gian hàng trực tuyến, en: Online shop}, "
                         f"url: \"https://sanocop.example.vn/san-pham/{slug}\"}}\n")
        for _ in range(rng.randint(0 if len(lines) > 1 else 1, 2)):
            shop = rng.choice(self.locs)
            place = shop.places[0]
            lines.append(f"  - name: Cửa hàng OCOP {place}\n"
                         f"    address: {q(f'Số {rng.randint(1, 250)} đường {rng.choice(W.STREETS)}, {shop.name}, tỉnh {self.prov.name}')}\n"
                         f"    locality: {shop.slug}\n")
        return "".join(lines)

    def _history(self, stars: int, issued: dt.date) -> str:
        rng, lines = self.rng, ["history:\n"]
        earlier = add_months(issued, -36) - dt.timedelta(days=rng.randint(0, 60))
        entries = []
        for _ in range(rng.randint(1, 2)):
            was = max(3, stars - rng.choice((0, 0, 1)))
            suffix = "QĐ-BNN-VPĐP" if was == 5 else "QĐ-UBND"
            entries.append(f"  - {{stars: {was}, decision: {rng.randint(100, 4500)}/{suffix}, issued_on: {earlier}}}\n")
            earlier = add_months(earlier, -36)
        return "".join(lines + entries[::-1])

    # -- producers' files
    def producer_yaml(self, m: Maker) -> str:
        rng = self.rng
        out = [header("producer"), text_field("name", m.name, m.name_en if rng.random() < 0.5 else None),
               f"kind: {m.kind}\n"]
        tax = self._tax_code(m.kind)
        if tax:
            out.append(f"tax_code: \"{tax}\"\n")
        out.append(f"representative: {self.person()}\n")
        out.append(f"locality: {m.locality.slug}\n")
        out.append(f"address: {q(f'{rng.choice(W.HAMLETS)}, {m.locality.name}, tỉnh {self.prov.name}')}\n")
        out.append(f"phone: \"{self._phone()}\"\n")
        if rng.random() < 0.5:
            out.append(f"email: {m.slug.replace('-', '')[:20]}@example.vn\n")
        if rng.random() < 0.2:
            out.append(f"website: https://{m.slug.replace('-', '')[:20]}.example.vn\n")
        if rng.random() < 0.6:
            lat, lon = m.locality.centre
            out.append(f"location: {{lat: {lat + rng.uniform(-0.03, 0.03):.4f}, lon: {lon + rng.uniform(-0.03, 0.03):.4f}}}\n")
        if rng.random() < 0.7:
            year, members = rng.randint(1995, 2022), rng.randint(7, 120)
            vi = (f"{m.name} thành lập năm {year}, có {members} thành viên và người lao động. "
                  f"Cơ sở có {len(m.products)} sản phẩm OCOP, bán tại các điểm giới thiệu sản phẩm trong tỉnh.")
            en = (f"Founded in {year}, with {members} members and workers. It has {len(m.products)} OCOP "
                  f"product{'s' if len(m.products) > 1 else ''}, sold in the province's OCOP shops.")
            out.append(text_field("about", vi, en if rng.random() < 0.5 else None, long=True))
        if rng.random() < 0.1:
            self.photos_to_link.append((rng.randrange(POOL_SIZE), f"producers/{m.slug}/logo.jpg"))
            out.append(f"logo: {m.slug}/logo.jpg\n")
        return "".join(out)

    def _tax_code(self, kind: str) -> str | None:
        rng = self.rng
        digits = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
        if kind in ("cooperative", "enterprise") or (kind in ("farm", "cooperative-group") and rng.random() < 0.5):
            return "57" + digits(8)
        if kind == "branch":
            return f"01{digits(8)}-00{rng.randint(1, 9)}"
        if kind == "household":
            return f"0{self.prov.code}{rng.randint(0, 3)}{digits(8)}" if rng.random() < 0.7 else "57" + digits(8)
        return None

    def _phone(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            head = rng.choice(("091", "094", "098", "097", "035", "036", "077", "083", "088", "096"))
            n = f"{head}{rng.randint(0, 9)}{rng.randint(0, 999999):06d}"
            return f"{n[:4]} {n[4:7]} {n[7:]}"
        n = f"0203{rng.randint(3, 8)}{rng.randint(0, 999999):06d}"
        return f"+84 {n[1:4]} {n[4:8]} {n[8:]}" if rng.random() < 0.1 else f"{n[:4]} {n[4:8]} {n[8:]}"

    # -- fairs and plans
    def fairs(self, makers: list[Maker], products: list[str]) -> dict[str, str]:
        rng, prov = self.rng, self.prov
        count = 4 if self.n < 5000 else 6
        templates = [
            ("Hội chợ OCOP {p} – Xuân {y}", "{pe} OCOP Fair – Spring {y}", (2, 1)),
            ("Hội chợ OCOP {p} – Thu {y}", "{pe} OCOP Fair – Autumn {y}", (9, 20)),
            ("Hội chợ OCOP khu vực Đông Bắc {y}", "North-East OCOP Fair {y}", (8, 25)),
            ("Festival OCOP Việt Nam {y}", "Vietnam OCOP Festival {y}", (12, 18)),
            ("Tuần lễ sản phẩm OCOP và đặc sản vùng miền {y}", "OCOP and regional specialities week {y}", (11, 5)),
            ("Hội chợ xúc tiến thương mại sản phẩm OCOP {p} {y}", "{pe} OCOP trade promotion fair {y}", (6, 10)),
        ]
        years = [2024, 2025, 2025, 2026, 2026, 2027]
        out = {}
        for i in range(count):
            vi, en, (month, day) = templates[i % len(templates)]
            year = years[i % len(years)]
            start = dt.date(year, month, day) + dt.timedelta(days=rng.randint(0, 6))
            name_vi, name_en = vi.format(p=prov.name, pe=prov.name_en, y=year), en.format(p=prov.name, pe=prov.name_en, y=year)
            slug = self.unique(slugify(name_vi))
            venue = self.rng.choice(self.locs)
            lines = [header("fair"), text_field("name", name_vi, name_en),
                     text_field("theme", "Sản phẩm OCOP – Tinh hoa đất Mỏ", "OCOP products – the best of the coal country"),
                     f"starts_on: {start}\nends_on: {start + dt.timedelta(days=rng.randint(3, 6))}\n"]
            if "Festival" in vi:
                lines.append("venue:\n  name: Hoàng thành Thăng Long\n  address: 19C Hoàng Diệu, phường Ba Đình, thành phố Hà Nội\n"
                             f"organisers: [{MAE}, UBND thành phố Hà Nội]\n")
            else:
                lines.append(f"venue:\n  name: Trung tâm Hội chợ và Triển lãm {venue.places[0]}\n"
                             f"  address: {q(f'Đường {rng.choice(W.STREETS)}, {venue.name}, tỉnh {prov.name}')}\n"
                             f"  locality: {venue.slug}\n"
                             f"organisers: [Sở Công Thương tỉnh {prov.name}, Sở Nông nghiệp và Môi trường tỉnh {prov.name}]\n")
            lines.append(f"booths: {rng.randint(80, 400)}\n")
            exhibitors = rng.sample(makers, min(len(makers), rng.randint(5, 40)))
            lines.append("exhibitors:\n" + "".join(f"  - {m.slug}\n" for m in exhibitors))
            shown = [p for m in exhibitors for p in m.products][: rng.randint(5, 60)]
            lines.append("products:\n" + "".join(f"  - {p}\n" for p in shown))
            lines.append(f"url: https://ocop.example.vn/hoi-cho/{slug}\n")
            out[slug] = "".join(lines)
        return out

    def plans(self) -> dict[str, str]:
        prov, n, rng = self.prov, self.n, self.rng
        some = [loc.slug for loc in rng.sample(self.locs, min(8, len(self.locs)))]
        hand = ('  - label: {{vi: Cán bộ quản lý OCOP cấp xã được tập huấn, en: Commune OCOP officers trained}}\n'
                '    target: 100\n    unit: "%"\n    actual: {actual}\n    as_of: {as_of}\n'
                '    source: {{vi: Báo cáo số {r}/BC-SNNMT (tổng hợp), en: Report {r}/BC-SNNMT (synthetic)}}\n')
        plans = {
            "ke-hoach-ocop-2021-2025": (
                "Kế hoạch thực hiện Chương trình OCOP tỉnh {p} giai đoạn 2021–2025",
                "Plan for the {pe} OCOP Programme, 2021–2025", "2021-03-10", "2021-01-01", "2025-12-31",
                [("Sản phẩm được công nhận", "Products recognised", "products", "stars: [3, 4, 5]", round(n * 0.55)),
                 ("Sản phẩm đạt 4–5 sao", "Products rated 4–5 stars", "products", "stars: [4, 5]", round(n * 0.15)),
                 ("Hợp tác xã có sản phẩm OCOP", "Cooperatives with an OCOP product", "producers",
                  "producer_kinds: [cooperative]", round(n * 0.1))],
                hand.format(actual=92, as_of="2025-12-31", r=8)),
            "ke-hoach-ocop-2026-2030": (
                "Kế hoạch thực hiện Chương trình OCOP tỉnh {p} giai đoạn 2026–2030",
                "Plan for the {pe} OCOP Programme, 2026–2030", "2026-03-15", "2026-01-01", "2030-12-31",
                [("Sản phẩm đồ uống có cồn", "Alcoholic drinks", "products", 'categories: ["14", "15"]', round(n * 0.05)),
                 ("Sản phẩm của các xã miền núi, hải đảo", "Products from mountain and island communes", "products",
                  f"localities: [{', '.join(some)}]", round(n * 0.05)),
                 ("Sản phẩm 5 sao", "5-star products", "products", "stars: [5]", max(1, round(n * 0.01)))],
                hand.format(actual=85, as_of="2026-09-30", r=12)),
        }
        out = {}
        for slug, (title_vi, title_en, issued, start, end, targets, manual) in plans.items():
            lines = [header("plan"), text_field("title", title_vi.format(p=prov.name), title_en.format(pe=prov.name_en)),
                     f"document: {rng.randint(100, 900)}/KH-UBND\nissued_on: {issued}\n",
                     f"period:\n  from: {start}\n  to: {end}\n",
                     text_field("summary", f"Kế hoạch *tổng hợp* cho kiểm thử hiệu năng, tỉnh {prov.name}.",
                                "A *synthetic* plan for benchmarks."),
                     "targets:\n"]
            for label_vi, label_en, count, where, target in targets:
                lines.append(f"  - label: {{vi: {q(label_vi, True)}, en: {q(label_en, True)}}}\n"
                             f"    count: {count}\n    where:\n      {where}\n    target: {max(1, target)}\n")
            lines.append(manual)
            out[slug] = "".join(lines)
        self.slugs.update(out)
        return out

    # -- everything
    def write(self, out: Path) -> dict:
        started = time.perf_counter()
        self.photos_to_link: list[tuple[int, str]] = []
        makers = self.make_producers()
        owners = list(range(len(makers)))  # every producer gets at least one product
        weights = [self.rng.paretovariate(1.6) for _ in makers]
        owners += self.rng.choices(range(len(makers)), weights, k=max(0, self.n - len(makers)))
        owners = owners[: self.n]
        products: dict[str, str] = {}
        for index in owners:
            maker = makers[index]
            slug, text = self.product(maker)
            maker.products.append(slug)
            products[slug] = text
        producers = {m.slug: self.producer_yaml(m) for m in makers}
        fairs = self.fairs(makers, list(products))
        plans = self.plans()

        prepare(out)
        (out / "province.yml").write_text(self.prov.text, encoding="utf-8")
        (out / "mkdocs.yml").write_text(languages_config(), encoding="utf-8")
        for folder, files in (("products", products), ("producers", producers), ("fairs", fairs), ("plans", plans)):
            (out / folder).mkdir()
            for slug, text in files.items():
                with open(out / folder / f"{slug}.yml", "w", encoding="utf-8", newline="\n") as handle:
                    handle.write(text)
        schemas = REPO / "schemas"
        if schemas.is_dir():
            shutil.copytree(schemas, out / "schemas")
        writer = PhotoWriter(photo_pool(), self.copy_photos)
        for index, rel in self.photos_to_link:
            writer.put(index, out / rel)
        stats = {"products": len(products), "producers": len(producers), "fairs": len(fairs), "plans": len(plans),
                 "photos": writer.written, "seconds": round(time.perf_counter() - started, 2)}
        return stats


TRADES_BY_GROUP = {  # the trade word in a producer's name, by the group of its main product set
    "food": [("Nông nghiệp", "Agricultural"), ("Thực phẩm", "Food"), ("Nông sản", "Farm Produce"),
             ("Chế biến hải sản", "Seafood Processing"), ("Đặc sản", "Specialities"),
             ("Dịch vụ nông nghiệp", "Farm Services")],
    "drink": [("Thực phẩm", "Food"), ("Đặc sản", "Specialities"), ("Nông nghiệp", "Agricultural"),
              ("Đồ uống", "Beverage")],
    "herbal": [("Dược liệu", "Herbal"), ("Thảo dược", "Herbal Remedies"), ("Nông lâm nghiệp", "Agroforestry")],
    "craft": [("Thủ công mỹ nghệ", "Handicrafts"), ("Gốm", "Pottery"), ("Mây tre đan", "Rattan and Bamboo")],
    "plant": [("Sinh vật cảnh", "Ornamentals"), ("Hoa cây cảnh", "Flowers and Plants"), ("Nông nghiệp", "Agricultural")],
    "tour": [("Du lịch", "Tourism"), ("Dịch vụ du lịch", "Tourism Services")],
}


# ------------------------------------------------------------------------------------------- numbers

def fmt_tenths(tenths: int) -> str:
    return str(tenths // 10) if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}"


def split_score(rng: random.Random, total: int, maxima: tuple[int, int, int]) -> tuple[int, int, int]:
    """Parts A, B, C in tenths, each within its maximum, adding up to `total` exactly."""
    share = total / sum(maxima)
    parts = [min(m, max(0, round(m * share * rng.uniform(0.9, 1.1) / 5) * 5)) for m in maxima[:2]]
    parts.append(total - sum(parts))
    for i in (0, 1):  # move any overflow or deficit of C onto A and B
        if parts[2] > maxima[2]:
            move = min(parts[2] - maxima[2], maxima[i] - parts[i])
            parts[i] += move
            parts[2] -= move
        elif parts[2] < 0:
            move = min(-parts[2], parts[i])
            parts[i] -= move
            parts[2] += move
    assert sum(parts) == total and all(0 <= p <= m for p, m in zip(parts, maxima)), (parts, total)
    return tuple(parts)


def gtin_check_digit(body: str) -> int:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


# -------------------------------------------------------------------------------------------- output

def languages_config() -> str:
    """The repository's `languages` and `fallbacks` as a catalogue's own mkdocs.yml, so that
    `ocop validate --root` on the catalogue accepts the languages its province.yml is written in."""
    sys.path.insert(0, str(REPO))
    from generator.load.settings import plugin_options

    options = plugin_options(REPO / "mkdocs.yml")
    kept = {key: options[key] for key in ("languages", "fallbacks") if key in options}
    return "plugins:\n  - ocop:\n" + "".join(f"      {key}: {json.dumps(value)}\n" for key, value in kept.items())


def fingerprint(n: int, seed: int, photo_share: float, today: dt.date, province: Path | None) -> dict:
    """What the output depends on; benchmarks reuse a catalogue only when this matches."""
    digest = hashlib.sha256()
    for path in (Path(__file__), HERE / "words.py"):
        digest.update(path.read_bytes())
    if province and province.is_file():
        digest.update(province.read_bytes())
    digest.update(languages_config().encode())
    return {"n": n, "seed": seed, "photo_share": photo_share, "today": today.isoformat(),
            "source": digest.hexdigest()[:16]}


def prepare(out: Path) -> None:
    """Empty OUT_DIR, refusing to touch a folder this script did not write."""
    if out.exists():
        entries = [p for p in out.iterdir()]
        if entries and not (out / MARKER).is_file():
            raise SystemExit(f"{out} is not empty and was not written by make_catalogue.py; choose another folder")
        for entry in entries:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    out.mkdir(parents=True, exist_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of products")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--photo-share", type=float, default=0.3, help="share of products with photos (0-1)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=DEFAULT_TODAY,
                        help="no date after this one (default 2026-11-23)")
    parser.add_argument("--province", type=Path, default=REPO / "province.yml",
                        help="province.yml to copy (default: the repository's); made up when missing")
    parser.add_argument("--copy-photos", action="store_true", help="copy photos instead of hard-linking them")
    args = parser.parse_args(argv)
    if args.n < 1 or not 0 <= args.photo_share <= 1:
        parser.error("N must be at least 1 and --photo-share between 0 and 1")
    province = args.province if args.province.is_file() else None
    catalogue = Catalogue(args.n, args.seed, args.photo_share, args.today, province, args.copy_photos)
    stats = catalogue.write(args.out_dir)
    counts = {k: v for k, v in stats.items() if k != "seconds"}  # the folder stays byte-identical per seed
    marker = {**fingerprint(args.n, args.seed, args.photo_share, args.today, province), **counts}
    (args.out_dir / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
    print(f"{args.out_dir}: {stats['products']} products, {stats['producers']} producers, {stats['fairs']} fairs, "
          f"{stats['plans']} plans, {stats['photos']} photos in {stats['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
