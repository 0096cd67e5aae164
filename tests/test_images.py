"""The photo pipeline: size maths (tables), Pillow processing on generated pictures, the cache."""

from __future__ import annotations

import io
import json
import os
import re
import struct
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from generator.images import process
from generator.images.cache import Ensured, Options, PhotoCache
from generator.images.placeholder import PLACEHOLDER_SIZE, placeholder_svg
from generator.images.results import PhotoSet, Problem
from generator.images.sizes import Rendition, renditions, scaled_height, srcset, target_widths

HASH = "0123456789abcdef" * 2

# --- size maths ---------------------------------------------------------------------------------


@pytest.mark.parametrize("source_width, widths, expected", [
    (4000, (320, 640, 1280), [320, 640, 1280]),
    (1281, (320, 640, 1280), [320, 640, 1280]),
    (1280, (320, 640, 1280), [320, 640, 1280]),   # exactly the largest: no extra width
    (1000, (320, 640, 1280), [320, 640, 1000]),
    (640, (320, 640, 1280), [320, 640]),
    (500, (320, 640, 1280), [320, 500]),           # never upscale: 640 and 1280 become 500
    (320, (320, 640, 1280), [320]),
    (100, (320, 640, 1280), [100]),
    (2000, (960, 480, 480), [480, 960]),           # sorted, duplicates dropped
    (2000, (0, -5, 480), [480]),                   # nonsense widths ignored
])
def test_target_widths(source_width, widths, expected):
    assert target_widths(source_width, widths) == expected


@pytest.mark.parametrize("source, width, expected", [
    ((4000, 3000), 640, 480),
    ((3024, 4032), 320, 427),    # 426.67: nearest
    ((640, 427), 320, 214),      # 213.5: half rounds up
    ((1000, 333), 320, 107),     # 106.56
    ((1000, 1), 320, 1),         # never zero
    ((500, 500), 500, 500),
])
def test_scaled_height(source, width, expected):
    assert scaled_height(source, width) == expected


@pytest.mark.parametrize("width, height, fmt, quality, name", [
    (640, 480, "webp", 80, "0123456789abcdef-640x480-q80.webp"),
    (640, 480, "jpeg", 80, "0123456789abcdef-640x480-q80.jpg"),
    (320, 240, "jpeg", 72, "0123456789abcdef-320x240-q72.jpg"),
])
def test_file_name_encodes_every_parameter(width, height, fmt, quality, name):
    rendition = Rendition(HASH, width, height, fmt, quality)
    assert rendition.file_name == name
    assert Rendition(HASH, width, height, fmt, quality).file_name == name  # stable


@pytest.mark.parametrize("kwargs", [
    {"format": "png"}, {"width": 0}, {"height": -1}, {"quality": 0}, {"quality": 101},
])
def test_rendition_refuses_nonsense(kwargs):
    args = {"source_hash": HASH, "width": 10, "height": 10, "format": "webp", "quality": 80} | kwargs
    with pytest.raises(ValueError):
        Rendition(**args)


def test_renditions_of_a_small_photo():
    got = [(r.format, r.width, r.height, r.quality) for r in renditions(HASH, (500, 375))]
    assert got == [("webp", 320, 240, 80), ("webp", 500, 375, 80),
                   ("jpeg", 320, 240, 80), ("jpeg", 500, 375, 80)]


@pytest.mark.parametrize("prefix, expected", [
    ("/assets/photos", "/assets/photos/{a} 320w, /assets/photos/{b} 640w"),
    ("../assets/photos/", "../assets/photos/{a} 320w, ../assets/photos/{b} 640w"),
    ("", "{a} 320w, {b} 640w"),
])
def test_srcset(prefix, expected):
    small, large = Rendition(HASH, 320, 240, "webp", 80), Rendition(HASH, 640, 480, "webp", 80)
    assert srcset([large, small], prefix) == expected.format(a=small.file_name, b=large.file_name)


def test_photoset_cover_and_json_round_trip():
    photo = PhotoSet(HASH, 500, 375, tuple(renditions(HASH, (500, 375))))
    assert photo.cover == Rendition(HASH, 500, 375, "jpeg", 80)
    assert photo.cover_size == (500, 375)
    assert [r.width for r in photo.of_format("webp")] == [320, 500]
    assert photo.srcset("/p", "jpeg").endswith("-500x375-q80.jpg 500w")
    assert PhotoSet.from_json(HASH, json.loads(json.dumps(photo.to_json()))) == photo


# --- pictures made for the tests ----------------------------------------------------------------

SECRET = b"SECRET-GPS-PLACE"


def _halves(size, left, right, mode="RGB"):
    """A picture whose left half is `left` and right half `right`: shows rotations."""
    image = Image.new(mode, size, left)
    image.paste(right, (size[0] // 2, 0, size[0], size[1]))
    return image


def _phone_jpeg(path: Path) -> Path:
    """800x400 JPEG, red left / blue right, EXIF Orientation 6 (rotate 90° clockwise), GPS, XMP."""
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 2.0), 3: "E", 4: (107.0, 5.0, 6.0),
                    18: SECRET.decode()}
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">SECRET-XMP</x:xmpmeta>'
    _halves((800, 400), (220, 20, 20), (20, 20, 220)).save(path, "JPEG", exif=exif, xmp=xmp)
    return path


def _icc_rgb(description: str, red, green, blue) -> bytes:
    """A minimal ICC v2 RGB matrix/TRC profile (gamma 2.2) with the given D50 primaries."""
    def xyz(values):
        return b"XYZ \0\0\0\0" + b"".join(struct.pack(">i", round(v * 65536)) for v in values)
    text = description.encode() + b"\0"
    desc = (b"desc\0\0\0\0" + struct.pack(">I", len(text)) + text + b"\0" * 8
            + b"\0\0\0" + b"\0" * 67)
    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, 0x0233) + b"\0\0"
    tags = [(b"desc", desc), (b"wtpt", xyz((0.9642, 1.0, 0.8249))), (b"rXYZ", xyz(red)),
            (b"gXYZ", xyz(green)), (b"bXYZ", xyz(blue)), (b"rTRC", curve), (b"gTRC", curve),
            (b"bTRC", curve)]
    offset, table, body = 128 + 4 + 12 * len(tags), b"", b""
    for sig, data in tags:
        data += b"\0" * (-len(data) % 4)
        table += sig + struct.pack(">II", offset + len(body), len(data))
        body += data
    size = offset + len(body)
    header = (struct.pack(">I", size) + b"lcms" + struct.pack(">I", 0x02100000) + b"mntrRGB XYZ "
              + b"\0" * 12 + b"acsp" + b"\0" * 24 + struct.pack(">I", 0)
              + xyz((0.9642, 1.0, 0.8249))[8:] + b"\0" * 48)
    return header + struct.pack(">I", len(tags)) + table + body


SRGB_RED, SRGB_GREEN, SRGB_BLUE = (0.4361, 0.2225, 0.0139), (0.3851, 0.7169, 0.0971), \
    (0.1431, 0.0606, 0.7141)


def _prepare_and_render(path: Path, widths=(320, 640, 1280)):
    image = process.prepare(path)
    assert not isinstance(image, Problem), image
    wanted = renditions(HASH, image.size, widths)
    return image, dict(process.render_all(image, wanted))


def _decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


# --- processing ---------------------------------------------------------------------------------


def test_phone_photo_is_rotated_and_stripped_of_all_metadata(tmp_path):
    source = _phone_jpeg(tmp_path / "phone.jpg")
    raw = source.read_bytes()
    assert SECRET in raw and b"Exif" in raw and Image.open(source).getexif().get_ifd(0x8825)

    image, outputs = _prepare_and_render(source)

    assert image.size == (400, 800)
    assert [(r.format, r.width, r.height) for r in outputs] == [
        ("webp", 320, 640), ("jpeg", 320, 640), ("webp", 400, 800), ("jpeg", 400, 800)]
    for rendition, data in outputs.items():
        decoded = _decoded(data)
        assert decoded.size == (rendition.width, rendition.height)
        assert len(decoded.getexif()) == 0 and not decoded.getexif().get_ifd(0x8825)
        assert not {"exif", "xmp", "icc_profile", "XML:com.adobe.xmp"} & set(decoded.info)
        for marker in (b"Exif", SECRET, b"SECRET-XMP", b"PhoneMaker", b"ICC_PROFILE", b"ICCP"):
            assert marker not in data, (rendition.file_name, marker)
        top = decoded.convert("RGB").getpixel((decoded.width // 2, 5))
        bottom = decoded.convert("RGB").getpixel((decoded.width // 2, decoded.height - 5))
        assert top[0] > 150 > top[2] and bottom[2] > 150 > bottom[0]  # left half went to the top


def test_jpeg_output_is_progressive(tmp_path):
    _, outputs = _prepare_and_render(_phone_jpeg(tmp_path / "phone.jpg"))
    jpeg = next(data for r, data in outputs.items() if r.format == "jpeg")
    assert _decoded(jpeg).info.get("progressive") or _decoded(jpeg).info.get("progression")


def test_same_input_gives_the_same_bytes(tmp_path):
    source = _phone_jpeg(tmp_path / "phone.jpg")
    _, first = _prepare_and_render(source)
    _, second = _prepare_and_render(source)
    assert first == second


def test_transparent_png_keeps_alpha_in_webp_and_is_white_in_jpeg(tmp_path):
    picture = Image.new("RGBA", (400, 300), (0, 0, 0, 0))
    picture.paste((200, 30, 30, 255), (100, 75, 300, 225))
    picture.save(tmp_path / "logo.png")
    image, outputs = _prepare_and_render(tmp_path / "logo.png")
    assert image.mode == "RGBA"
    for rendition, data in outputs.items():
        decoded = _decoded(data)
        if rendition.format == "webp":
            assert decoded.mode == "RGBA" and decoded.getpixel((2, 2))[3] == 0
        else:
            assert decoded.mode == "RGB" and min(decoded.getpixel((2, 2))) > 245


def test_opaque_alpha_is_dropped(tmp_path):
    Image.new("RGBA", (50, 40), (10, 200, 10, 255)).save(tmp_path / "opaque.png")
    image, _ = _prepare_and_render(tmp_path / "opaque.png")
    assert image.mode == "RGB"


def _cmyk_jpeg(path):
    Image.new("CMYK", (120, 90), (0, 255, 255, 0)).save(path, "JPEG")


def _p_transparent(path):
    picture = Image.new("P", (120, 90), 0)
    picture.putpalette([255, 255, 255, 30, 120, 30] + [0] * 762)
    picture.paste(1, (30, 20, 90, 70))
    picture.save(path, "PNG", transparency=0)


def _p_opaque(path):
    picture = Image.new("P", (120, 90), 1)
    picture.putpalette([0, 0, 0, 30, 120, 30] + [0] * 762)
    picture.save(path, "PNG")


def _mpo(path):
    """A phone JPEG holding two pictures (Pillow opens it as MPO); the first one is used."""
    first, second = Image.new("RGB", (120, 90), (255, 0, 0)), Image.new("RGB", (120, 90), "blue")
    first.save(path, "MPO", save_all=True, append_images=[second])
    assert Image.open(path).format == "MPO"


def _grey_16_bit(path):
    Image.new("I;16", (120, 90), 40000).save(path, "PNG")


def _grey_alpha(path):
    Image.new("LA", (120, 90), (90, 128)).save(path, "PNG")


def _bilevel(path):
    Image.new("1", (120, 90), 1).save(path, "PNG")


@pytest.mark.parametrize("make, mode, centre", [
    (_cmyk_jpeg, "RGB", lambda p: p[0] > 200 and p[1] < 60 and p[2] < 60),      # red
    (_mpo, "RGB", lambda p: p[0] > 200 and p[2] < 60),
    (_p_transparent, "RGBA", lambda p: p[:3] == (30, 120, 30) and p[3] == 255),
    (_p_opaque, "RGB", lambda p: p == (30, 120, 30)),
    (_grey_16_bit, "RGB", lambda p: p == (156, 156, 156)),   # scaled 40000/65535, not clipped
    (_grey_alpha, "RGBA", lambda p: p == (90, 90, 90, 128)),
    (_bilevel, "RGB", lambda p: p == (255, 255, 255)),
], ids=["cmyk", "mpo", "p-transparent", "p-opaque", "16-bit", "la", "1-bit"])
def test_modes_convert(tmp_path, make, mode, centre):
    path = tmp_path / "picture"
    make(path)
    image, outputs = _prepare_and_render(path)
    assert image.mode == mode
    assert centre(image.getpixel((60, 45))), image.getpixel((60, 45))
    assert len(outputs) == 2 and all(_decoded(data).size == (120, 90) for data in outputs.values())


def test_non_srgb_profile_is_converted_to_srgb(tmp_path):
    swapped = _icc_rgb("Test RGB with red and green swapped", SRGB_GREEN, SRGB_RED, SRGB_BLUE)
    Image.new("RGB", (64, 48), (200, 0, 0)).save(tmp_path / "p.jpg", icc_profile=swapped)
    image, outputs = _prepare_and_render(tmp_path / "p.jpg")
    red, green, blue = image.getpixel((32, 24))
    assert green > 150 and red < 60 and blue < 60
    assert all(b"ICC_PROFILE" not in data and b"ICCP" not in data for data in outputs.values())


@pytest.mark.parametrize("icc", [
    ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
    b"not a colour profile at all",
], ids=["srgb", "garbage"])
def test_srgb_or_unusable_profile_leaves_pixels_alone(tmp_path, icc):
    Image.new("RGB", (64, 48), (200, 10, 10)).save(tmp_path / "p.png", icc_profile=icc)
    image, outputs = _prepare_and_render(tmp_path / "p.png")
    assert image.getpixel((32, 24)) == (200, 10, 10)
    assert all(b"ICC_PROFILE" not in data and b"ICCP" not in data for data in outputs.values())


def _bomb_png(path: Path, width: int, height: int) -> Path:
    """A tiny PNG whose header claims `width` x `height`: opening must not decode it."""
    buffer = io.BytesIO()
    Image.new("L", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("content, rule", [
    (b"", "image-not-image"),
    (b"\xff\xd8\xff\xe0 this is not really a jpeg", "image-not-image"),
    (b"%PDF-1.7\n", "image-not-image"),
], ids=["empty", "bad-jpeg", "pdf"])
def test_broken_file_is_a_problem(tmp_path, content, rule):
    (tmp_path / "x.jpg").write_bytes(content)
    problem = process.prepare(tmp_path / "x.jpg")
    assert isinstance(problem, Problem) and problem.rule == rule


def test_truncated_jpeg_is_a_problem(tmp_path):
    source = _phone_jpeg(tmp_path / "phone.jpg")
    (tmp_path / "half.jpg").write_bytes(source.read_bytes()[:1500])
    problem = process.prepare(tmp_path / "half.jpg")
    assert isinstance(problem, Problem) and problem.rule == "image-not-image"


def test_too_many_pixels_is_refused(tmp_path):
    Image.new("RGB", (100, 50)).save(tmp_path / "big.png")
    problem = process.prepare(tmp_path / "big.png", max_pixels=4000)
    assert problem == Problem(
        str(tmp_path / "big.png"), "image-too-large",
        "has too many pixels: 5,000, at most 4,000; resize it (2000 pixels wide is plenty)",
        "có quá nhiều điểm ảnh: 5,000, tối đa 4,000; hãy thu nhỏ ảnh (rộng 2000 điểm ảnh là đủ)", 5000)


@pytest.mark.parametrize("width, height", [(9000, 9000), (10000, 10000), (40000, 40000)],
                         ids=["over-our-limit", "over-pillow-warning", "over-pillow-error"])
def test_decompression_bomb_is_refused_without_decoding(tmp_path, width, height):
    problem = process.prepare(_bomb_png(tmp_path / "bomb.png", width, height))
    assert isinstance(problem, Problem) and problem.rule == "image-too-large"


# --- the cache ----------------------------------------------------------------------------------


def _photos(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"p{i}.jpg"
        _halves((700, 500), (20 * i, 100, 50), (50, 20 * i, 200)).save(path, quality=90)
        paths.append(path)
    return paths


@pytest.fixture
def opens(monkeypatch):
    """Counts calls to PIL.Image.open."""
    calls = []
    real = Image.open

    def counting(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(Image, "open", counting)
    return calls


def test_second_ensure_opens_no_image(tmp_path, opens):
    sources = _photos(tmp_path / "src", 3)
    cache = PhotoCache(tmp_path / "cache")
    first = cache.ensure(sources)
    assert len(opens) == 3 and first.processed == 3 and not first.problems
    manifest_time = (tmp_path / "cache" / "manifest.json").stat().st_mtime_ns
    opens.clear()
    second = PhotoCache(tmp_path / "cache").ensure(sources)
    assert opens == [] and second.processed == 0
    assert (tmp_path / "cache" / "manifest.json").stat().st_mtime_ns == manifest_time
    assert second == Ensured(first.photos, [], 0)
    photo = second.photos[sources[0]]
    assert (photo.width, photo.height, photo.cover_size) == (700, 500, (700, 500))
    assert sorted(os.listdir(tmp_path / "cache")) == sorted(
        ["manifest.json"] + [n for p in second.photos.values() for n in p.file_names])


def test_manifest_maps_hash_to_renditions(tmp_path):
    sources = _photos(tmp_path / "src", 1)
    photo = PhotoCache(tmp_path / "cache").ensure(sources).photos[sources[0]]
    manifest = json.loads((tmp_path / "cache" / "manifest.json").read_text())
    assert manifest["photos"] == {photo.source_hash: photo.to_json()}
    assert manifest["photos"][photo.source_hash]["renditions"][0] == {
        "file": f"{photo.source_hash[:16]}-320x229-q80.webp", "width": 320, "height": 229,
        "format": "webp", "quality": 80}


def test_touched_file_is_hashed_again_but_not_reopened(tmp_path, opens):
    sources = _photos(tmp_path / "src", 2)
    PhotoCache(tmp_path / "cache").ensure(sources)
    os.utime(sources[0], ns=(1, 1))
    opens.clear()
    assert PhotoCache(tmp_path / "cache").ensure(sources).processed == 0 and opens == []


def test_changed_photo_missing_file_or_new_width_is_processed_again(tmp_path, opens):
    sources = _photos(tmp_path / "src", 3)
    PhotoCache(tmp_path / "cache").ensure(sources)
    _halves((300, 200), "white", "black").save(sources[0])
    first = PhotoCache(tmp_path / "cache").ensure(sources)
    (tmp_path / "cache" / first.photos[sources[1]].file_names[0]).unlink()
    second = PhotoCache(tmp_path / "cache").ensure(sources)
    third = PhotoCache(tmp_path / "cache", Options(widths=(320, 480))).ensure(sources)
    assert (first.processed, second.processed, third.processed) == (1, 1, 2)  # 300 px: cached
    assert first.photos[sources[0]].width == 300
    assert [r.width for r in third.photos[sources[2]].of_format("jpeg")] == [320, 480]


def test_same_content_twice_is_processed_once(tmp_path):
    sources = _photos(tmp_path / "src", 1)
    copy = tmp_path / "src" / "copy.jpg"
    copy.write_bytes(sources[0].read_bytes())
    result = PhotoCache(tmp_path / "cache").ensure([sources[0], copy, sources[0]])
    assert result.processed == 1 and result.photos[copy] == result.photos[sources[0]]


def test_problems_are_values_and_cached(tmp_path, opens):
    good = _photos(tmp_path / "src", 1)[0]
    bad = tmp_path / "src" / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff garbage")
    gone = tmp_path / "src" / "gone.jpg"
    first = PhotoCache(tmp_path / "cache").ensure([good, bad, gone])
    assert list(first.photos) == [good]
    assert [(p.source, p.rule) for p in first.problems] == [
        (str(bad), "image-not-image"), (str(gone), "image-missing")]
    assert first.problems[0].en == "is not a JPEG, PNG or WebP picture, or it is damaged; export it as JPEG and upload it again"
    assert first.problems[1].message("vi", "a.jpg") == (
        '"a.jpg" không tồn tại; hãy tải ảnh lên hoặc sửa tên (phân biệt chữ hoa, chữ thường)')
    opens.clear()
    second = PhotoCache(tmp_path / "cache").ensure([good, bad, gone])
    assert opens == [] and second.problems == first.problems


def test_unreadable_manifest_is_rebuilt(tmp_path):
    sources = _photos(tmp_path / "src", 1)
    PhotoCache(tmp_path / "cache").ensure(sources)
    (tmp_path / "cache" / "manifest.json").write_text("{not json")
    again = PhotoCache(tmp_path / "cache").ensure(sources)
    assert again.processed == 1 and not again.problems


def test_parallel_run_matches_serial_byte_for_byte(tmp_path):
    sources = _photos(tmp_path / "src", 6)
    parallel = PhotoCache(tmp_path / "a", workers=2).ensure(sources)
    serial = PhotoCache(tmp_path / "b", workers=1).ensure(sources)
    assert parallel.photos == serial.photos and parallel.processed == 6
    names = sorted(os.listdir(tmp_path / "a"))
    assert names == sorted(os.listdir(tmp_path / "b"))
    for name in names:
        if name != "manifest.json":
            assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_interrupted_write_leaves_no_half_file(tmp_path, monkeypatch):
    def interrupted(src, dst):
        raise KeyboardInterrupt

    from generator import files

    monkeypatch.setattr(files.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.write_atomic(tmp_path / "x.webp", b"data")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("link", [True, False])
def test_publish_places_the_files(tmp_path, link):
    sources = _photos(tmp_path / "src", 2)
    cache = PhotoCache(tmp_path / "cache")
    photos = cache.ensure(sources).photos.values()
    placed = cache.publish(photos, tmp_path / "site" / "assets" / "photos", link=link)
    assert len(placed) == 12 and all(p.read_bytes() == cache.folder.joinpath(p.name).read_bytes()
                                    for p in placed)
    assert cache.publish(photos, tmp_path / "site" / "assets" / "photos", link=link) == placed
    assert sorted(os.listdir(tmp_path / "site" / "assets" / "photos")) == [p.name for p in placed]


# --- the placeholder ----------------------------------------------------------------------------


def test_placeholder_is_a_grey_4_by_3_svg_without_text():
    svg = placeholder_svg()
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 400 300" and PLACEHOLDER_SIZE == (400, 300)
    assert not root.findall(".//{http://www.w3.org/2000/svg}text")
    colours = re.findall(r"#([0-9a-f]{6})", svg)
    assert colours and all(c[0:2] == c[2:4] == c[4:6] for c in colours)


@pytest.mark.parametrize("rel", [
    "products/a/p.jpg", "products/a/link.jpg", "products/b/p.jpg", "products/zz/../a/p.jpg",
    "products/../../out/x.jpg", "products/a/missing.jpg", "products/a/p.jpg/..", "products/a/./p.jpg",
])
def test_photo_paths_resolve_as_realpath_does(tmp_path, rel):
    """The photo rule resolves paths itself (faster than os.path.realpath): same answers, except
    that it stops at a symbolic link (refused, never followed)."""
    from generator.rules.images import _resolve

    (tmp_path / "root/products/a").mkdir(parents=True)
    (tmp_path / "out").mkdir()
    (tmp_path / "out/x.jpg").write_bytes(b"x")
    (tmp_path / "root/products/a/p.jpg").write_bytes(b"p")
    (tmp_path / "root/products/a/link.jpg").symlink_to("../../../out/x.jpg")
    (tmp_path / "root/products/b").symlink_to("a")
    root = os.path.realpath(tmp_path / "root")
    path, stat = _resolve(root, rel)
    if rel in ("products/a/link.jpg", "products/b/p.jpg"):
        assert stat == "link" and path == rel.split("/", 1)[1].rsplit("/p.jpg", 1)[0]
        return
    assert path == os.path.realpath(os.path.join(root, rel))
    assert (stat is not None) == os.path.exists(path)
