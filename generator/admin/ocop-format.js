// How the editor reads and writes OCOP records. A localized field may be written as plain text
// (`name: Mắm ngán`) or as {vi, en}; the form always shows it as its two language fields, so
// plain text is read as {vi: ...} and, when no English was added, written back as plain text.
// A photo may be written long, {file, caption}: the form's photo field holds paths only, so the
// path is shown and the rest is kept aside, by path, and written back with it on save. The
// first-line schema comment is written back too. Everything else is the YAML library Sveltia CMS
// itself uses, at the version package.json pins.
import { parse, stringify } from "./yaml/index.js";

const kinds = await (await fetch("ocop-fields.json")).json();

function apply(value, path, change) {
  if (value === null || typeof value !== "object") return;
  const [head, ...rest] = path;
  if (head === "*") {
    if (!Array.isArray(value)) return;
    value.forEach((item, i) => { if (rest.length) apply(item, rest, change); else value[i] = change(item); });
  } else if (Object.prototype.hasOwnProperty.call(value, head) && !Array.isArray(value)) {
    if (rest.length) apply(value[head], rest, change); else value[head] = change(value[head]);
  }
}

const asMap = (v) => (typeof v === "string" ? { vi: v } : v);
const asWritten = (v) => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
  const keys = Object.keys(v).filter((k) => v[k] !== undefined && v[k] !== null && v[k] !== "");
  return keys.length === 1 && keys[0] === "vi" ? v.vi : v;
};

const kept = new Map(); // photo path -> the long form it was written in
const asShort = (key) => (v) => {
  if (v === null || typeof v !== "object" || Array.isArray(v) || typeof v[key] !== "string") return v;
  kept.set(v[key], v);
  return v[key];
};
const asLong = (key) => (v) => (typeof v === "string" && kept.has(v) ? { ...kept.get(v), [key]: v } : v);

for (const [kind, info] of Object.entries(kinds)) {
  window.CMS.registerCustomFormat(`ocop-${kind}`, "yml", {
    fromFile(text) {
      const data = parse(text) ?? {};
      info.text.forEach((path) => apply(data, path.split("."), asMap));
      Object.entries(info.long ?? {}).forEach(([path, key]) => apply(data, path.split("."), asShort(key)));
      return data;
    },
    toFile(content) {
      const data = JSON.parse(JSON.stringify(content));
      info.text.forEach((path) => apply(data, path.split("."), asWritten));
      Object.entries(info.long ?? {}).forEach(([path, key]) => apply(data, path.split("."), asLong(key)));
      return `# yaml-language-server: $schema=${info.schema}\n` + stringify(data, { lineWidth: 0 });
    },
  });
}
window.CMS.init();
