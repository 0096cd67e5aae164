// Lookup keys for the label check: how a barcode, a decision number, a product code or a piece of
// a name is read. The same rules, line by line, as generator/model/lookup.py, which builds the
// data; tests/test_verify.py runs both over one table of inputs and requires the same answers.

export const NAME_CHARS = 32; // name keys are cut here
export const SPLIT = "!"; // between a key and a slug in the check's trees

// Letters that do not decompose into a base letter and combining marks (generator/model/text.py).
const EXTRA = {
  "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
  "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
};
const EXTRA_RE = /[đĐðÐłŁøØæÆœŒß]/g;
const MARKS = /[\u0300-\u036f]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SLASHES = /[\u2044\u2215\uff0f]/g;
const ID_DROP = /[^a-z0-9/.\-]/g;
const NAME_SPLIT = /[^a-z0-9]+/;
const GTIN = /^(?:\d{8}|\d{12,14})$/;
const DIGITS = /^\d+$/;

// Compatibility forms first (full-width "８９３" becomes "893"), then lowercase without diacritics,
// đ and Ð as d.
function folded(text) {
  return text.normalize("NFKD").normalize("NFD").replace(EXTRA_RE, (c) => EXTRA[c]).replace(MARKS, "")
    .toLowerCase();
}

// The key of a barcode, decision number or product code: case, diacritics and spaces do not count,
// any dash is "-" and any slash "/", only a-z 0-9 / - . are kept; a GTIN (8, 12, 13 or 14 digits)
// is padded with zeros to 14. idKey("1234 / QĐ – UBND") is "1234/qd-ubnd".
export function idKey(text) {
  const key = folded(text).replace(DASHES, "-").replace(SLASHES, "/").replace(ID_DROP, "");
  return GTIN.test(key) ? key.padStart(14, "0") : key;
}

// A name as words of a-z and 0-9 separated by one space: "Rượu mơ Yên Tử!" gives "ruou mo yen tu".
export function nameKey(text) {
  return folded(text).split(NAME_SPLIT).join(" ").trim();
}

// "gtin" (8, 12, 13 or 14 digits), "id" (anything else with a digit) or "name".
export function queryKind(text) {
  const key = idKey(text);
  if (key.length === 14 && DIGITS.test(key)) return "gtin";
  return /\d/.test(key) ? "id" : "name";
}

// [tree, prefix]: every "<key>!<slug>" string of the tree that starts with the prefix answers.
export function lookupPrefix(text) {
  const kind = queryKind(text);
  if (kind === "name") return ["name", nameKey(text).slice(0, NAME_CHARS).trimEnd()];
  const key = idKey(text);
  return ["id", key + (kind === "id" && DIGITS.test(key) ? "/" : SPLIT)];
}

// Whether a 14-digit key ends in its GS1 check digit (generator/model/identifiers.py gtin_ok).
export function gtinOk(key) {
  if (!/^\d{14}$/.test(key)) return false;
  let total = 0;
  for (let i = 0; i < 13; i++) total += Number(key[12 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (total % 10)) % 10 === Number(key[13]);
}
