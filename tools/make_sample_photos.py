"""Draw the sample catalogue's photos.

The sample products and producers are fictional, so their "photos" are simple illustrations: a coloured
background, a recognisable shape (bottle, jar, pack, leaf, flower, fish, pottery, a bay with islands...) and
the product's short name. The script uses Pillow only, draws with Pillow's default font, needs no network
and is deterministic: running it twice writes byte-identical files.

    .venv/bin/python tools/make_sample_photos.py            # write all photos and logos
    .venv/bin/python tools/make_sample_photos.py --check    # only list files that are missing

One photo is deliberately awkward, to exercise the image pipeline: a 4200x2800 JPEG whose pixels are stored
rotated, with EXIF Orientation=6 ("rotate 90 degrees clockwise to display") and GPS tags for a spot on
Quan Lan island. A correct build shows it upright (2800x4200, portrait) and strips the GPS position.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from PIL.TiffImagePlugin import IFDRational

ROOT = Path(__file__).resolve().parent.parent
W, H = 1200, 900

# Palettes: (background top, background bottom, main colour, accent colour)
PALETTES = {
    "amber": ((250, 226, 170), (214, 150, 70), (150, 70, 30), (250, 205, 60)),
    "apricot": ((255, 236, 200), (240, 170, 90), (235, 140, 40), (120, 150, 60)),
    "sea": ((190, 225, 240), (40, 110, 160), (20, 70, 120), (240, 200, 90)),
    "deepsea": ((120, 180, 210), (15, 55, 95), (235, 235, 225), (230, 120, 60)),
    "leaf": ((220, 240, 200), (90, 150, 80), (40, 110, 50), (240, 210, 70)),
    "tea": ((235, 240, 215), (150, 170, 110), (70, 100, 40), (180, 60, 40)),
    "gold": ((255, 245, 200), (230, 190, 60), (200, 150, 20), (90, 130, 50)),
    "rice": ((250, 245, 230), (220, 200, 150), (200, 170, 90), (120, 90, 50)),
    "earth": ((240, 225, 205), (170, 120, 80), (110, 70, 40), (60, 110, 120)),
    "clay": ((235, 230, 220), (150, 140, 130), (60, 110, 110), (200, 190, 170)),
    "coal": ((200, 200, 205), (50, 50, 60), (25, 25, 30), (220, 190, 120)),
    "berry": ((245, 220, 230), (170, 60, 90), (120, 30, 60), (250, 210, 120)),
    "lilac": ((240, 230, 250), (150, 120, 190), (220, 90, 160), (90, 140, 70)),
    "red": ((255, 225, 210), (200, 70, 50), (170, 30, 30), (250, 220, 100)),
    "indigo": ((225, 225, 245), (60, 60, 120), (180, 30, 40), (240, 200, 60)),
    "mineral": ((230, 245, 250), (120, 190, 220), (60, 150, 200), (250, 250, 250)),
    "forest": ((215, 235, 215), (40, 90, 60), (110, 60, 30), (60, 140, 60)),
    "koi": ((200, 230, 240), (40, 120, 140), (240, 110, 40), (250, 250, 250)),
}

# products/<slug>/<file>: (motif, palette, label). The first file of a product is its cover.
PHOTOS: dict[str, list[tuple[str, str, str, str]]] = {
    "ruou-mo-yen-tu": [
        ("cover.jpg", "bottle", "apricot", "RUOU MO YEN TU"),
        ("qua-mo.jpg", "fruit", "apricot", "MO LONG YEN TU"),
        ("hop-qua.webp", "giftbox", "berry", "HOP QUA"),
    ],
    "o-mai-mo-yen-tu": [("cover.jpg", "jar", "apricot", "O MAI MO")],
    "vai-chin-som-phuong-nam": [
        ("cover.jpg", "fruit", "red", "VAI CHIN SOM"),
        ("vuon-vai.jpg", "tree", "leaf", "VUON VAI PHUONG NAM"),
    ],
    "cha-muc-ha-long": [
        ("cover.jpg", "patties", "sea", "CHA MUC HA LONG"),
        ("dia-cha.jpg", "patties", "amber", "CHA MUC"),
        ("dong-goi.png", "pack", "sea", "500 G"),
    ],
    "cha-ca-ha-long": [("cover.jpg", "patties", "deepsea", "CHA CA")],
    "tra-hoa-vang-ba-che": [
        ("cover.jpg", "flower", "gold", "TRA HOA VANG"),
        ("hop-tra.jpg", "pack", "gold", "BA CHE"),
        ("am-tra.webp", "cup", "gold", "TRA HOA VANG"),
    ],
    "nuoc-tra-hoa-vang-dong-chai": [("cover.jpg", "bottle", "gold", "NUOC TRA HOA VANG")],
    "ba-kich-tim-say-kho-ba-che": [("cover.jpg", "roots", "berry", "BA KICH TIM")],
    "ruou-ba-kich-ba-che": [("cover.jpg", "bottle", "berry", "RUOU BA KICH")],
    "mat-ong-rung-ba-che": [("cover.jpg", "jar", "amber", "MAT ONG RUNG")],
    "mien-dong-binh-lieu": [
        ("cover.jpg", "noodles", "rice", "MIEN DONG BINH LIEU"),
        ("phoi-mien.jpg", "noodles", "leaf", "PHOI MIEN"),
    ],
    "banh-chung-den-binh-lieu": [("cover.jpg", "parcel", "forest", "BANH CHUNG DEN")],
    "tinh-dau-hoi-binh-lieu": [("cover.png", "vial", "earth", "TINH DAU HOI")],
    "sa-sung-kho-quan-lan": [
        ("cover.jpg", "worms", "sea", "SA SUNG QUAN LAN"),
        ("bai-trieu.jpg", "seascape", "sea", "BAI TRIEU QUAN LAN"),
    ],
    "nuoc-mam-cai-rong": [
        ("cover.jpg", "bottle", "amber", "NUOC MAM CAI RONG"),
        ("chum-mam.jpg", "jar", "earth", "CHUM UA"),
    ],
    "nuoc-mam-cot-ca-com-cai-rong": [("cover.jpg", "bottle", "deepsea", "NUOC MAM COT")],
    "ga-tien-yen": [
        ("cover.jpg", "chicken", "leaf", "GA TIEN YEN"),
        ("dan-ga.jpg", "chicken", "earth", "GA DOI"),
    ],
    "ngan-dam-ha": [("cover.jpg", "shells", "sea", "NGAN DAM HA")],
    "dong-trung-ha-thao-say-thang-hoa": [("cover.jpg", "jar", "red", "DONG TRUNG HA THAO")],
    "dau-goi-thao-duoc-nguoi-dao": [("cover.webp", "bottle", "forest", "DAU GOI DUOC LIEU")],
    "lan-ho-diep-hoang-tan": [
        ("cover.jpg", "flower", "lilac", "LAN HO DIEP"),
        ("nha-kinh.jpg", "flower", "leaf", "NHA LAN"),
    ],
    "cay-canh-tung-la-han": [("cover.jpg", "bonsai", "clay", "TUNG LA HAN")],
    "ca-koi-quang-yen": [("cover.jpg", "fish", "koi", "CA KOI")],
    "diem-du-lich-cong-dong-quan-lan": [
        ("cover.jpg", "seascape", "sea", "QUAN LAN"),
        # 4200x2800 stored, EXIF Orientation=6 and GPS: see make_big_exif_photo().
        ("bai-bien-quan-lan.jpg", "big", "sea", ""),
    ],
    "tour-trai-nghiem-lang-chai-cong-dong": [("cover.jpg", "seascape", "mineral", "LANG CHAI CONG DONG")],
    "tui-theu-tho-cam-dao-thanh-phan": [
        ("cover.jpg", "textile", "indigo", "THO CAM DAO"),
        ("hoa-van.png", "textile", "red", "HOA VAN"),
    ],
    "binh-gom-men-ran-dong-trieu": [
        ("cover.jpg", "vase", "clay", "GOM DONG TRIEU"),
        ("lo-nung.jpg", "vase", "earth", "MEN RAN"),
    ],
    "gao-nep-cai-hoa-vang-dong-trieu": [("cover.jpg", "pack", "rice", "NEP CAI HOA VANG")],
    "nuoc-khoang-quang-hanh": [("cover.jpg", "bottle", "mineral", "NUOC KHOANG")],
    "che-xanh-duong-hoa": [
        ("cover.jpg", "leaf", "tea", "CHE DUONG HOA"),
        ("doi-che.jpg", "tree", "tea", "DOI CHE"),
    ],
    "tranh-than-da-ha-long": [("cover.jpg", "frame", "coal", "TRANH THAN DA")],
    "dong-ho-than-da-ha-long": [("cover.jpg", "clock", "coal", "DONG HO THAN DA")],
}

# producers/<slug>/logo.png: (initials, palette)
LOGOS = {
    "htx-nong-nghiep-yen-tu": ("YT", "apricot"),
    "cong-ty-co-phan-thuc-pham-hon-gai": ("HG", "sea"),
    "htx-tra-hoa-vang-thanh-son": ("TS", "gold"),
    "hoi-du-lich-cong-dong-quan-lan": ("QL", "sea"),
    "htx-gom-dong-trieu-xanh": ("DT", "clay"),
}


# ----------------------------------------------------------------------------------------------------
# drawing helpers


def font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # very old Pillow: bitmap font without sizes
        return ImageFont.load_default()


def mix(a, b, t):
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def shade(c, f):
    """Darken (f < 1) or lighten (f > 1) a colour."""
    if f < 1:
        return tuple(round(v * f) for v in c)
    return tuple(round(v + (255 - v) * (f - 1)) for v in c)


def gradient(size, top, bottom):
    w, h = size
    img = Image.new("RGB", size, top)
    d = ImageDraw.Draw(img)
    for y in range(h):
        d.line([(0, y), (w, y)], fill=mix(top, bottom, y / max(1, h - 1)))
    return img


def table(d, pal):
    top, bottom, main, accent = pal
    d.rectangle([0, 660, W, H], fill=shade(bottom, 0.85))
    d.ellipse([300, 700, 900, 780], fill=shade(bottom, 0.7))


def bottle(d, pal, x=600, scale=1.0):
    _, _, main, accent = pal
    bw, bh = 200 * scale, 420 * scale
    base = 740
    top = base - bh
    d.rounded_rectangle([x - bw / 2, top + 140 * scale, x + bw / 2, base], radius=int(40 * scale), fill=main)
    d.polygon([(x - bw / 2, top + 150 * scale), (x - 35 * scale, top + 40 * scale),
               (x + 35 * scale, top + 40 * scale), (x + bw / 2, top + 150 * scale)], fill=main)
    d.rectangle([x - 35 * scale, top - 20 * scale, x + 35 * scale, top + 45 * scale], fill=main)
    d.rectangle([x - 40 * scale, top - 50 * scale, x + 40 * scale, top - 10 * scale], fill=accent)
    d.rounded_rectangle([x - bw / 2 + 20 * scale, top + 210 * scale, x + bw / 2 - 20 * scale, top + 330 * scale],
                        radius=10, fill=shade(accent, 1.4))
    d.line([(x - bw / 2 + 30 * scale, top + 170 * scale), (x - bw / 2 + 30 * scale, base - 30 * scale)],
           fill=shade(main, 1.5), width=max(3, int(10 * scale)))


def jar(d, pal, x=600):
    _, _, main, accent = pal
    d.rounded_rectangle([x - 160, 420, x + 160, 740], radius=60, fill=main)
    d.rectangle([x - 120, 370, x + 120, 430], fill=accent)
    d.rounded_rectangle([x - 120, 520, x + 120, 640], radius=12, fill=shade(accent, 1.5))
    d.ellipse([x - 120, 450, x - 80, 700], fill=shade(main, 1.4))


def pack(d, pal, x=600):
    _, _, main, accent = pal
    d.polygon([(x - 180, 300), (x + 180, 300), (x + 210, 740), (x - 210, 740)], fill=main)
    d.rectangle([x - 180, 270, x + 180, 310], fill=shade(main, 0.7))
    d.ellipse([x - 90, 430, x + 90, 610], fill=shade(accent, 1.3))
    leaf(d, pal, x, 520, 60, colour=shade(main, 0.8))


def giftbox(d, pal, x=600):
    _, _, main, accent = pal
    d.rectangle([x - 260, 420, x + 260, 740], fill=main)
    d.rectangle([x - 280, 380, x + 280, 440], fill=shade(main, 0.8))
    d.rectangle([x - 25, 380, x + 25, 740], fill=accent)
    d.ellipse([x - 110, 320, x - 10, 390], outline=accent, width=14)
    d.ellipse([x + 10, 320, x + 110, 390], outline=accent, width=14)


def leaf(d, pal, cx, cy, r, colour=None, angle=0.0):
    _, _, main, _ = pal
    colour = colour or main
    pts = []
    for i in range(40):
        t = math.pi * 2 * i / 40
        px, py = r * 0.45 * math.sin(t), r * math.cos(t) * (1 if math.cos(t) > 0 else 1.1)
        ca, sa = math.cos(angle), math.sin(angle)
        pts.append((cx + px * ca - py * sa, cy + px * sa + py * ca))
    d.polygon(pts, fill=colour)
    d.line([(cx + r * math.sin(angle), cy - r * math.cos(angle)),
            (cx - r * math.sin(angle), cy + r * math.cos(angle))], fill=shade(colour, 1.4), width=4)


def leaves(d, pal):
    for i, (cx, cy, r, a) in enumerate([(480, 470, 150, -0.6), (700, 430, 170, 0.5), (600, 560, 130, 0.05),
                                         (380, 600, 110, -1.2), (820, 600, 110, 1.1)]):
        leaf(d, pal, cx, cy, r, colour=shade(pal[2], 1 + 0.08 * i), angle=a)


def flower(d, pal, cx=600, cy=430, r=150):
    _, _, main, accent = pal
    d.line([(cx, cy), (cx - 30, 760)], fill=(60, 110, 50), width=14)
    leaf(d, pal, cx - 90, 640, 90, colour=(70, 130, 60), angle=-1.0)
    for i in range(5):
        t = math.pi * 2 * i / 5 - math.pi / 2
        px, py = cx + r * 0.65 * math.cos(t), cy + r * 0.65 * math.sin(t)
        d.ellipse([px - r * 0.5, py - r * 0.5, px + r * 0.5, py + r * 0.5], fill=main)
    d.ellipse([cx - r * 0.3, cy - r * 0.3, cx + r * 0.3, cy + r * 0.3], fill=accent)


def fruit(d, pal):
    _, _, main, accent = pal
    d.line([(600, 260), (520, 420), (600, 260), (700, 430), (600, 260), (610, 470)], fill=(90, 70, 40), width=10)
    for cx, cy in [(500, 470), (600, 510), (700, 470), (550, 600), (660, 610), (600, 690), (460, 600), (750, 590)]:
        d.ellipse([cx - 70, cy - 70, cx + 70, cy + 70], fill=main)
        d.ellipse([cx - 40, cy - 45, cx - 10, cy - 15], fill=shade(main, 1.4))
    leaf(d, pal, 700, 300, 90, colour=accent, angle=1.0)


def tree(d, pal):
    _, bottom, main, accent = pal
    for x0 in (250, 600, 950):
        d.rectangle([x0 - 20, 520, x0 + 20, 700], fill=(110, 70, 40))
        d.ellipse([x0 - 170, 300, x0 + 170, 580], fill=shade(main, 1.1))
        for k in range(6):
            ox, oy = (k * 53) % 220 - 110, (k * 37) % 160 - 60
            d.ellipse([x0 + ox - 18, 430 + oy - 18, x0 + ox + 18, 430 + oy + 18], fill=accent)


def patties(d, pal):
    d.ellipse([260, 470, 940, 760], fill=(245, 245, 240))
    d.ellipse([300, 495, 900, 735], fill=(230, 230, 225))
    for cx, cy in [(470, 580), (620, 560), (760, 600), (540, 660), (690, 680)]:
        d.ellipse([cx - 90, cy - 55, cx + 90, cy + 55], fill=(200, 140, 60))
        d.ellipse([cx - 70, cy - 42, cx + 60, cy + 30], fill=(225, 175, 90))
    leaf(d, pal, 380, 520, 60, colour=(70, 140, 60), angle=-1.2)


def noodles(d, pal):
    _, _, main, accent = pal
    d.pieslice([330, 360, 870, 800], 0, 180, fill=shade(main, 0.7))
    for i in range(22):
        y = 520 + (i % 7) * 10
        d.arc([350 + i * 8, y - 120, 850 - i * 6, y + 80], 200, 340, fill=(240, 235, 225), width=6)
    d.line([(760, 330), (600, 560)], fill=(120, 80, 40), width=10)
    d.line([(800, 340), (640, 565)], fill=(120, 80, 40), width=10)


def parcel(d, pal):
    _, _, main, accent = pal
    d.rectangle([400, 400, 800, 740], fill=shade(main, 0.9))
    for k in range(4):
        d.line([(400 + k * 133, 400), (400 + k * 133, 740)], fill=(180, 160, 110), width=10)
        d.line([(400, 400 + k * 113), (800, 400 + k * 113)], fill=(180, 160, 110), width=10)
    d.rectangle([420, 380, 780, 420], fill=(30, 35, 30))


def vial(d, pal):
    bottle(d, pal, x=470, scale=0.7)
    bottle(d, pal, x=720, scale=0.9)
    for k in range(5):  # star anise
        t = math.pi * 2 * k / 5
        d.ellipse([300 + 60 * math.cos(t) - 30, 700 + 60 * math.sin(t) - 18,
                   300 + 60 * math.cos(t) + 30, 700 + 60 * math.sin(t) + 18], fill=(120, 60, 30))


def roots(d, pal):
    _, _, main, _ = pal
    for k in range(9):
        y = 470 + k * 28
        d.line([(330 + (k % 3) * 30, y), (520, y - 20), (700, y + 15), (880 - (k % 2) * 40, y - 10)],
               fill=shade(main, 0.9 + 0.05 * k), width=26, joint="curve")
        d.ellipse([510, y - 32, 540, y - 8], fill=shade(main, 0.7))


def worms(d, pal):
    d.rectangle([300, 520, 900, 740], fill=(200, 170, 120))
    for k in range(7):
        y = 560 + k * 24
        d.line([(340, y), (460, y - 18), (600, y + 10), (740, y - 12), (860, y)], fill=(235, 215, 170),
               width=16, joint="curve")


def shells(d, pal):
    for cx, cy, _a in [(470, 560, -0.3), (640, 520, 0.2), (560, 660, 0.0), (760, 640, 0.5)]:
        d.ellipse([cx - 110, cy - 65, cx + 110, cy + 65], fill=(220, 215, 205))
        for k in range(5):
            d.arc([cx - 110 + k * 18, cy - 65 + k * 10, cx + 110 - k * 18, cy + 65 - k * 10], 180, 360,
                  fill=(160, 150, 140), width=3)


def chicken(d, pal):
    _, _, main, accent = pal
    body = (150, 80, 35)
    d.ellipse([400, 420, 760, 700], fill=body)
    d.ellipse([660, 300, 800, 440], fill=body)
    d.polygon([(800, 360), (860, 375), (800, 395)], fill=(240, 190, 40))
    d.polygon([(690, 300), (715, 250), (735, 300), (760, 255), (775, 310)], fill=(210, 30, 30))
    d.ellipse([745, 340, 765, 360], fill=(20, 20, 20))
    d.polygon([(420, 520), (300, 380), (340, 560)], fill=(40, 70, 50))
    d.line([(560, 690), (540, 780)], fill=(230, 180, 40), width=12)
    d.line([(640, 690), (660, 780)], fill=(230, 180, 40), width=12)


def cup(d, pal):
    _, _, main, accent = pal
    d.ellipse([300, 680, 900, 770], fill=(235, 230, 215))
    d.rounded_rectangle([440, 520, 760, 720], radius=60, fill=(245, 240, 230))
    d.ellipse([450, 505, 750, 555], fill=main)
    d.arc([720, 560, 840, 680], 270, 90, fill=(245, 240, 230), width=22)
    flower(d, pal, 370, 420, 80)


def bonsai(d, pal):
    d.rectangle([420, 640, 780, 740], fill=(90, 110, 120))
    d.line([(600, 640), (560, 520), (640, 420), (590, 330)], fill=(100, 70, 40), width=40, joint="curve")
    for cx, cy, r in [(470, 470, 110), (700, 400, 120), (590, 300, 100), (760, 520, 80)]:
        d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], fill=(50, 110, 60))


def fish(d, pal):
    _, _, main, accent = pal
    for cx, cy, s, col in [(520, 470, 1.0, main), (760, 640, 0.75, accent), (380, 680, 0.6, main)]:
        d.ellipse([cx - 170 * s, cy - 70 * s, cx + 170 * s, cy + 70 * s], fill=col)
        d.polygon([(cx + 150 * s, cy), (cx + 260 * s, cy - 80 * s), (cx + 260 * s, cy + 80 * s)], fill=col)
        d.ellipse([cx - 40 * s, cy - 50 * s, cx + 60 * s, cy + 10 * s], fill=(250, 250, 250) if col == main else main)
        d.ellipse([cx - 130 * s, cy - 20 * s, cx - 110 * s, cy], fill=(20, 20, 20))


def seascape(d, pal, w=W, h=H):
    top, bottom, main, accent = pal
    horizon = int(h * 0.55)
    d.rectangle([0, horizon, w, h], fill=shade(main, 1.1))
    for k in range(7):  # karst islands
        cx = int(w * (0.08 + 0.14 * k))
        ih = int(h * (0.18 + 0.07 * ((k * 3) % 4)))
        iw = int(w * 0.09)
        d.polygon([(cx - iw, horizon), (cx - iw * 0.6, horizon - ih), (cx, horizon - ih * 1.1),
                   (cx + iw * 0.5, horizon - ih * 0.8), (cx + iw, horizon)], fill=shade((60, 100, 80), 0.8 + 0.05 * k))
    d.ellipse([w * 0.78, h * 0.1, w * 0.88, h * 0.1 + w * 0.1], fill=accent)
    bx, by = int(w * 0.45), int(h * 0.75)  # boat
    s = w / 1200
    d.polygon([(bx - 120 * s, by), (bx + 120 * s, by), (bx + 90 * s, by + 40 * s), (bx - 90 * s, by + 40 * s)],
              fill=(120, 60, 30))
    d.polygon([(bx, by - 170 * s), (bx, by - 5 * s), (bx + 110 * s, by - 5 * s)], fill=(200, 70, 40))
    for k in range(6):
        y = horizon + int((h - horizon) * (0.15 + 0.13 * k))
        d.line([(w * 0.05 + k * 40 * s, y), (w * 0.3 + k * 40 * s, y)], fill=shade(main, 1.4), width=max(2, int(4 * s)))


def textile(d, pal):
    _, _, main, accent = pal
    d.rectangle([250, 250, 950, 760], fill=(30, 30, 60))
    for row in range(6):
        for col in range(8):
            cx, cy = 290 + col * 88, 290 + row * 88
            d.polygon([(cx, cy - 36), (cx + 36, cy), (cx, cy + 36), (cx - 36, cy)], fill=main if (row + col) % 2 else accent)
            d.ellipse([cx - 8, cy - 8, cx + 8, cy + 8], fill=(250, 250, 250))
    d.rectangle([250, 250, 950, 270], fill=accent)
    d.rectangle([250, 740, 950, 760], fill=accent)


def vase(d, pal):
    _, _, main, accent = pal
    d.ellipse([420, 360, 780, 700], fill=main)
    d.rectangle([530, 260, 670, 420], fill=main)
    d.ellipse([510, 240, 690, 290], fill=shade(main, 0.7))
    d.rectangle([500, 680, 700, 740], fill=shade(main, 0.8))
    for k in range(14):  # crackle glaze
        x0, y0 = 450 + (k * 67) % 300, 400 + (k * 41) % 260
        d.line([(x0, y0), (x0 + 30, y0 + 18), (x0 + 44, y0 - 10)], fill=shade(main, 1.5), width=2)


def frame(d, pal):
    """A coal-art picture: a dark bay with islands in a wooden frame."""
    d.rectangle([250, 220, 950, 740], fill=(120, 90, 50))
    d.rectangle([280, 250, 920, 710], fill=(20, 20, 24))
    seaview = Image.new("RGB", (640, 460), (20, 20, 24))
    seascape(ImageDraw.Draw(seaview), ((0, 0, 0), (0, 0, 0), (45, 45, 50), (200, 200, 200)), 640, 460)
    return seaview, (280, 250)


def clock(d, pal):
    d.ellipse([380, 270, 820, 710], fill=(25, 25, 30))
    d.ellipse([400, 290, 800, 690], outline=(220, 190, 120), width=8)
    for k in range(12):
        t = math.pi * 2 * k / 12
        d.line([(600 + 170 * math.cos(t), 490 + 170 * math.sin(t)), (600 + 190 * math.cos(t), 490 + 190 * math.sin(t))],
               fill=(220, 190, 120), width=8)
    d.line([(600, 490), (600, 360)], fill=(230, 230, 230), width=12)
    d.line([(600, 490), (700, 540)], fill=(230, 230, 230), width=10)


MOTIFS = {
    "bottle": lambda d, p: bottle(d, p), "jar": jar, "pack": pack, "giftbox": giftbox, "leaf": leaves,
    "flower": lambda d, p: flower(d, p), "fruit": fruit, "tree": tree, "patties": patties, "noodles": noodles,
    "parcel": parcel, "vial": vial, "roots": roots, "worms": worms, "shells": shells, "chicken": chicken,
    "cup": cup, "bonsai": bonsai, "fish": fish, "seascape": lambda d, p: seascape(d, p), "textile": textile,
    "vase": vase, "frame": frame, "clock": clock,
}
NO_TABLE = {"seascape", "tree", "textile", "frame"}


def label(img, text):
    if not text:
        return
    d = ImageDraw.Draw(img)
    f = font(48)
    x0, y0, x1, y1 = d.textbbox((0, 0), text, font=f)
    tw, th = x1 - x0, y1 - y0
    bx, by = (img.width - tw) // 2, img.height - th - 70
    d.rounded_rectangle([bx - 30, by - 22, bx + tw + 30, by + th + 26], radius=18, fill=(255, 255, 255))
    d.text((bx - x0, by - y0), text, font=f, fill=(40, 40, 40))


def draw_photo(motif: str, palette: str, text: str) -> Image.Image:
    pal = PALETTES[palette]
    img = gradient((W, H), pal[0], pal[1])
    d = ImageDraw.Draw(img)
    if motif not in NO_TABLE:
        table(d, pal)
    inset = MOTIFS[motif](d, pal)
    if inset:  # a motif may return a picture to paste, e.g. the framed painting
        img.paste(*inset)
    label(img, text)
    return img


def save(img: Image.Image, path: Path, **extra) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix in (".jpg", ".jpeg"):
        img.save(path, "JPEG", quality=80, optimize=True, **extra)
    elif suffix == ".png":
        img.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, "PNG", optimize=True)
    elif suffix == ".webp":
        img.save(path, "WEBP", quality=78, method=6)
    else:
        raise ValueError(f"unsupported photo type: {path}")


def make_big_exif_photo(path: Path) -> None:
    """A 4200x2800 JPEG stored sideways, with Orientation=6 and GPS tags (Quan Lan island)."""
    upright = gradient((2800, 4200), (250, 210, 160), (120, 170, 210))  # dawn sky, portrait
    d = ImageDraw.Draw(upright)
    sea = gradient((2800, 1900), (90, 160, 200), (20, 70, 120))
    upright.paste(sea, (0, 2300))
    beach = gradient((2800, 700), (235, 215, 170), (205, 180, 130))
    upright.paste(beach, (0, 3500))
    seascape_islands(d, 2800, 2300)
    d.ellipse([1900, 900, 2300, 1300], fill=(255, 235, 170))
    # Stored pixels are the upright picture turned 90 degrees anticlockwise; Orientation=6 tells viewers to
    # turn it back clockwise.
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    assert stored.size == (4200, 2800)

    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 CW to display
    exif[0x010F] = "OCOP sample camera"  # Make
    exif[0x0110] = "Illustration"  # Model
    exif[0x0132] = "2025:10:04 06:12:00"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps[0] = b"\x02\x03\x00\x00"  # GPSVersionID
    gps[1] = "N"
    gps[2] = (IFDRational(20), IFDRational(53), IFDRational(1530, 100))  # 20°53'15.3" N
    gps[3] = "E"
    gps[4] = (IFDRational(107), IFDRational(29), IFDRational(4210, 100))  # 107°29'42.1" E
    save(stored, path, exif=exif.tobytes())


def seascape_islands(d: ImageDraw.ImageDraw, w: int, horizon: int) -> None:
    for k in range(5):
        cx = int(w * (0.1 + 0.2 * k))
        ih = 350 + 120 * ((k * 3) % 4)
        iw = 260
        d.polygon([(cx - iw, horizon), (cx - iw * 0.5, horizon - ih), (cx + 40, horizon - ih * 1.1),
                   (cx + iw * 0.6, horizon - ih * 0.7), (cx + iw, horizon)], fill=(70 + 10 * k, 105 + 8 * k, 95 + 6 * k))


def draw_logo(initials: str, palette: str) -> Image.Image:
    pal = PALETTES[palette]
    img = Image.new("RGB", (512, 512), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.ellipse([16, 16, 496, 496], fill=pal[2])
    d.ellipse([56, 56, 456, 456], outline=pal[3], width=14)
    leaf(d, pal, 256, 150, 60, colour=pal[3])
    f = font(150)
    x0, y0, x1, y1 = d.textbbox((0, 0), initials, font=f)
    d.text(((512 - (x1 - x0)) / 2 - x0, 300 - (y1 - y0) / 2 - y0), initials, font=f, fill=(255, 255, 255))
    return img


def planned_files() -> list[Path]:
    files = [ROOT / "products" / slug / name for slug, items in PHOTOS.items() for name, *_ in items]
    files += [ROOT / "producers" / slug / "logo.png" for slug in LOGOS]
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="list missing files, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        missing = [p for p in planned_files() if not p.exists()]
        for p in missing:
            print(f"missing: {p.relative_to(ROOT)}")
        return 1 if missing else 0

    for slug, items in PHOTOS.items():
        for name, motif, palette, text in items:
            path = ROOT / "products" / slug / name
            if motif == "big":
                make_big_exif_photo(path)
            else:
                save(draw_photo(motif, palette, text), path)
    for slug, (initials, palette) in LOGOS.items():
        save(draw_logo(initials, palette), ROOT / "producers" / slug / "logo.png")
    total = sum(p.stat().st_size for p in planned_files())
    print(f"wrote {len(planned_files())} files, {total / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
