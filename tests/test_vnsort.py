"""Vietnamese dictionary order and the ASCII fold."""

from __future__ import annotations

import random
import unicodedata

import pytest

from generator.pages.vnsort import fold, sort_key


@pytest.mark.parametrize(
    "before, after",
    [
        ("Dừa", "Đũa"),
        ("Đũa", "Em"),
        ("Anh", "Ăn"),
        ("Ăn", "Âm"),
        ("Ôm", "Ơn"),
        ("Ông", "Ơn"),
        ("Ơn", "Phở"),
        ("Cà phê", "Chả mực"),
        ("Chả mực", "Chè"),
        ("Cà phê", "Chè"),
        ("Ba kích", "Bà"),
        ("Ba kích tím", "Bà Đen"),
        ("Bà", "Bà Đen"),
        ("Bánh", "Bánh chưng"),
        ("Bánh chưng", "Bánh đa"),
        ("Mác", "Mai"),
        ("Mạ", "Mác"),
        ("Ung", "Ưng"),
        ("Ưng", "Vải"),
        ("Em", "Ếch"),
        ("Ếch", "Gà"),
        ("Ốc", "Ơi"),
        ("Xoài", "Yến"),
        ("Cafe", "Gà"),
        ("Vải", "Wasabi"),
        ("Wasabi", "Xoài"),
        ("Yến", "Zeolit"),
        ("Ích", "Jam"),
        ("Jam", "Kẹo"),
        ("1 nắng", "A"),
        ("Trà số 2", "Trà số 10"),
        ("Trà số 09", "Trà số 10"),
        ("Trà 2024", "Trà A"),
        ("Rượu-mơ", "Rượu nếp"),
    ],
)
def test_order(before, after):
    assert sort_key(before) < sort_key(after)
    assert sorted([after, before], key=sort_key) == [before, after]


@pytest.mark.parametrize(
    "syllables",
    [
        "ma mà mả mã má mạ",
        "a à ả ã á ạ",
        "ơn ờn ởn ỡn ớn ợn",
        "ưng ừng ửng ững ứng ựng",
        "yên yền yển yễn yến yện",
    ],
)
def test_tone_order(syllables):
    words = syllables.split()
    assert sorted(reversed(words), key=sort_key) == words
    assert sorted(random.Random(1).sample(words, len(words)), key=sort_key) == words


@pytest.mark.parametrize(
    "one, other",
    [
        ("Rượu Mơ", "rượu mơ"),
        ("RƯỢU MƠ", "rượu mơ"),
        ("ĐŨA", "đũa"),
        ("Ba  kích", "ba kích"),
        ("Chè Thái Nguyên", "chè thái nguyên"),
        ("Rượu, mơ", "rượu mơ"),
        ("Trà 007", "trà 7"),
    ],
)
def test_equal_keys(one, other):
    assert sort_key(one) == sort_key(other)


@pytest.mark.parametrize(
    "text",
    ["Rượu mơ Yên Tử", "Đũa tre", "Ỷ", "Mắm tôm Hạ Long", "Cà phê Buôn Ma Thuột", "Nước mắm Phú Quốc"],
)
def test_nfd_equals_nfc(text):
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != unicodedata.normalize("NFC", text)
    assert sort_key(nfd) == sort_key(text)
    assert fold(nfd) == fold(text)


def test_mixed_case_list():
    names = ["chè", "Cà phê", "Chả mực", "ĐŨA", "dừa", "Em", "ăn", "Anh", "bà", "Ba kích"]
    assert sorted(names, key=sort_key) == [
        "Anh", "ăn", "Ba kích", "bà", "Cà phê", "Chả mực", "chè", "dừa", "ĐŨA", "Em",
    ]


def test_empty_and_punctuation_only():
    assert sort_key("") == ()
    assert sort_key(" - / ") == ()
    assert sort_key("") < sort_key("a")


def test_unknown_scripts_sort_after_letters():
    assert sort_key("zzz") < sort_key("茶")
    assert sort_key("茶") == sort_key("茶")


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Rượu mơ", "ruou mo"),
        ("ĐŨA TRE", "dua tre"),
        ("Đặc sản Hạ Long", "dac san ha long"),
        ("Ỷ Lan", "y lan"),
        ("Cà phê Buôn Ma Thuột", "ca phe buon ma thuot"),
        ("ăn ân ơn ưng", "an an on ung"),
        ("Café crème", "cafe creme"),
        ("Trà 2024 (loại 1)", "tra 2024 (loai 1)"),
        ("Œuvre Straße", "oeuvre strasse"),
        ("", ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_is_ascii_for_vietnamese():
    every_letter = "".join(
        chr(c) for c in range(0x1EA0, 0x1EFA)
    ) + "ĂăÂâĐđÊêÔôƠơƯư"
    assert fold(every_letter).isascii()
