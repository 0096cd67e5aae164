"""Ways a YAML file can be broken: each is an issue with a location, never a traceback."""

from __future__ import annotations

import pytest

from tests.conftest import PRODUCT as BASE_PRODUCT

P = "products/x.yml"
PRODUCT = BASE_PRODUCT.replace("Rượu mơ Yên Tử", "Rượu na Yên Tử")  # another product than the base one


@pytest.mark.parametrize("content,expected", [
    (b"\xef\xbb\xbf" + PRODUCT.encode(), [(P, 1, 1, "byte-order-mark")]),
    (PRODUCT.replace("\n", "\r\n").encode(), [(P, 1, 55, "line-endings")]),
    (PRODUCT.encode().replace(b"stars: 4", b"stars: 4\nusage: d\xf9ng ngay"), [(P, 5, 9, "not-utf8")]),
    (b"", [(P, 1, 1, "empty-file")]),
    (b"# only a comment\n", [(P, 1, 1, "empty-file")]),
    (b"- a\n- b\n", [(P, 1, 1, "wrong-type")]),
    (b"name: a\x00b\n", [(P, 1, 8, "not-text")]),
    (PRODUCT.replace("stars: 4", "stars: 4\nstory: *x").encode(), [(P, 5, 8, "yaml-syntax")]),  # no anchor: a typo
    (PRODUCT.replace("locality: ha-long", "locality: ha-long\nusage: Pha: 1 gói").encode(),
     [(P, 12, 11, "yaml-syntax")]),
])
def test_broken_file_is_one_located_issue(check, content, expected):
    check({P: content}, expected=expected)


def test_billion_laughs_is_refused_quickly(check):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    issues = check({P: "\n".join(lines) + "\n"})
    assert [(i.loc.line, i.rule) for i in issues] == [(2, "yaml-alias")]


def test_text_is_normalised_to_nfc(tmp_path):
    import unicodedata

    from generator.rules import validate
    from tests.conftest import TODAY, write_catalogue

    decomposed = unicodedata.normalize("NFD", "Rượu mơ Yên Tử")
    write_catalogue(tmp_path, {"products/ruou-mo-yen-tu.yml": BASE_PRODUCT.replace("Rượu mơ Yên Tử", decomposed)})
    catalogue, issues = validate(str(tmp_path), TODAY)
    assert catalogue.products["ruou-mo-yen-tu"].name.vi == "Rượu mơ Yên Tử"
    assert unicodedata.is_normalized("NFC", catalogue.products["ruou-mo-yen-tu"].name.vi)


def test_two_files_for_one_slug(check):
    issues = check({"products/ruou-mo-yen-tu.yaml": PRODUCT})
    assert [(i.loc.path, i.rule) for i in issues] == [
        ("products/ruou-mo-yen-tu.yaml", "file-extension"), ("products/ruou-mo-yen-tu.yml", "duplicate-slug")]
    assert issues[1].en == ('two files claim the slug "ruou-mo-yen-tu" (also products/ruou-mo-yen-tu.yaml); '
                            "rename or remove one of them")


def test_wrong_types_explain_what_was_found(check):
    text = PRODUCT.replace('category: "15"', "category: [15]").replace("stars: 4", 'stars: "4"')
    issues = check({P: text})
    assert [i.en for i in issues] == [
        "category: expected text, found a list",
        'stars: expected a whole number, found "4"',
    ]
    assert issues[1].vi == 'stars: cần một số nguyên, nhưng thấy "4"'


def test_unknown_key_suggests_the_right_one(check):
    issues = check({P: PRODUCT.replace("stars: 4", "stars: 4\ndescripton: x")})
    assert [i.en for i in issues] == ['descripton: unknown field; did you mean "description"?']


def test_leading_zeros_survive_in_text_fields(tmp_path):
    from generator.rules import validate
    from tests.conftest import PRODUCER, TODAY, write_catalogue

    write_catalogue(tmp_path, {"producers/htx-yen-tu.yml": PRODUCER.replace('"0203 3812 345"', "02033812345")
                               .replace('"5701234567"', "0101234567")})
    catalogue, issues = validate(str(tmp_path), TODAY)
    producer = catalogue.producers["htx-yen-tu"]
    assert (producer.phone, producer.tax_code) == ("02033812345", "0101234567")
    assert issues == []


@pytest.mark.parametrize("content", [
    "name: " + "[" * 100_000 + "]" * 100_000 + "\n",
    "name: " + "- " * 100_000 + "x\n",
    "name: " + "{a: " * 50_000 + "}" * 50_000 + "\n",
])
def test_absurd_nesting_is_refused_not_crashed(check, content):
    issues = check({P: content})
    assert [(i.loc.line, i.rule) for i in issues] in ([(1, "yaml-too-deep")], [(1, "yaml-syntax")])
