// The label check: what was typed (or scanned) is read by lookup.js, looked up in the sorted
// trees of verify-data/ (generator/pages/verify_data.py: a root, nodes listing their children,
// leaves of entries and records), and answered with a verdict. Only the few files on the way to
// the answer are fetched; the query lives in the URL (?q=...), so a verdict can be shared.
import { lookupPrefix, nameKey, queryKind, idKey, gtinOk, SPLIT } from "./lookup.js";

const LIMIT = 10; // products listed for a name fragment (or a decision of many products)
const form = document.querySelector("[data-ocop-verify]");
const input = document.getElementById("ocop-verify-q");
const status = document.getElementById("ocop-verify-status");
const result = document.getElementById("ocop-verify-result");
const words = JSON.parse(document.getElementById("ocop-verify-words").textContent);
const marks = document.getElementById("ocop-verify-badges").content;
const report = document.getElementById("ocop-report");
const LANG = words.lang; // the site language of the page
// A record's texts are arrays by language (ORDER), read along the page's fallback CHAIN;
// its dates are written as the server writes them (generator/formats.py intl_date).
const ORDER = words.languages;
const CHAIN = words.chain;
const DATES = new Intl.DateTimeFormat(words.date_format.locale, words.date_format.options);
const dataRoot = new URL(form.dataset.root, document.baseURI);
const fetched = new Map(); // URL -> promise of its JSON, for the page's lifetime

// A record: see RECORD_FIELDS in generator/pages/verify_data.py.
function fields(r) {
  return { slug: r[0], name: texts(r[1]), stars: r[2], status: r[3], date: r[4], reason: texts(r[5]),
    producer: texts(r[6]), photo: r[7], decision: r[8] };
}

// {language: text} of a record's text: the Vietnamese alone as a string, or an array by ORDER.
function texts(value) {
  const out = {};
  (typeof value === "string" ? [value] : value || []).forEach((text, i) => {
    if (text) out[ORDER[i]] = text;
  });
  return out;
}

// [language, text] shown on this page: the first language of its chain with a text.
function pick(all) {
  const code = CHAIN.find((c) => all[c]) || ORDER[0];
  return [code, all[code] || ""];
}

function load(tree, file) {
  const url = new URL(`${tree}/${file}.json`, dataRoot).href;
  if (!fetched.has(url)) {
    // "no-cache": revalidated, since the files keep their names when the catalogue changes.
    const promise = fetch(url, { cache: "no-cache" }).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${url}`);
      return response.json();
    });
    promise.catch(() => fetched.delete(url));
    fetched.set(url, promise);
  }
  return fetched.get(url);
}

// The records whose "key!slug" starts with `prefix`, in order, at most `limit` products (and
// whether there are more). Children are visited from the last one starting at or before the
// prefix, until one starts past every string with the prefix.
async function collect(tree, prefix, limit, keep = () => true) {
  const found = [];
  const seen = new Set();
  const end = prefix + "\uffff";
  let more = false;
  async function visit(node) {
    if (node.c) {
      let i = 0;
      while (i + 1 < node.c.length && node.c[i + 1][0] <= prefix) i++;
      for (; i < node.c.length && node.c[i][0] < end; i++) {
        if (found.length >= limit) {
          more = true;
          return false;
        }
        if (!(await visit(await load(tree, node.c[i][1])))) return false;
      }
      return true;
    }
    for (const [key, index] of node.e) {
      const record = fields(node.r[index]);
      const full = key + SPLIT + record.slug;
      if (full < prefix) continue;
      if (!full.startsWith(prefix)) return false;
      if (seen.has(record.slug) || !keep(record)) continue;
      if (found.length >= limit) {
        more = true;
        return false;
      }
      seen.add(record.slug);
      found.push(record);
    }
    return true;
  }
  await visit(await load(tree, "root"));
  return { found, more };
}

// Names with a word starting with the fragment (a fragment longer than the stored keys is
// checked against the names themselves).
function byName(fragment) {
  const [, prefix] = lookupPrefix(fragment);
  const wanted = " " + nameKey(fragment);
  const keep = (r) => Object.values(r.name).some((name) => (" " + nameKey(name)).includes(wanted));
  return collect("name", prefix, LIMIT, keep);
}

async function lookup(text) {
  const kind = queryKind(text);
  if (kind === "name") return { kind, ...(await byName(text)) };
  const [tree, prefix] = lookupPrefix(text);
  const answer = await collect(tree, prefix, LIMIT);
  if (answer.found.length || kind === "gtin" || !nameKey(text)) return { kind, ...answer };
  return { kind: "name", ...(await byName(text)) }; // digits in a name ("rượu 29 độ")
}

// --- what the visitor sees -------------------------------------------------------------------------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children.filter((child) => child !== null && child !== undefined && child !== ""));
  return node;
}

function say(key, values = {}) {
  return (words[key] || "").replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");
}

function day(iso) {
  return iso ? DATES.format(new Date(iso)) : "";
}

// A text in the page's language, or marked with the language it falls back to.
function local(all) {
  const [code, text] = pick(all);
  return el("span", code === LANG ? {} : { lang: code }, text);
}

function link(record) {
  return new URL(form.dataset.product.replace("SLUG", record.slug), document.baseURI).href;
}

function badge(record) {
  const drawn = marks.querySelector(`[data-badge="${record.stars}-${record.status}"]`);
  const holder = el("span", { class: "ocop-verdict__badge" });
  if (drawn) holder.append(...[...drawn.childNodes].map((node) => node.cloneNode(true)));
  return holder;
}

function photo(record, width) {
  const src = record.photo ? new URL(record.photo, new URL(form.dataset.photos, document.baseURI)).href
    : new URL(form.dataset.placeholder, document.baseURI).href;
  return el("img", { class: "ocop-photo ocop-verdict__photo", src, alt: "", width, height: Math.round(width * 3 / 4) });
}

function reportBlock() {
  if (!report) return null;
  const copy = report.cloneNode(true);
  copy.hidden = false;
  copy.removeAttribute("id");
  copy.removeAttribute("aria-labelledby");
  const heading = copy.querySelector("h2");
  if (heading) heading.replaceWith(el("p", { class: "ocop-report__title" }, heading.textContent));
  return copy;
}

function verdictLine(record) {
  return say(`verdict_${record.status}_line`, { stars: record.stars, date: day(record.date) });
}

const LAPSED = ["expired", "revoked"];

function card(record) {
  const body = el("div", { class: "ocop-verdict__text" },
    el("h2", { class: "ocop-verdict__name" }, el("a", { href: link(record) }, local(record.name))),
    pick(record.name)[0] !== ORDER[0]
      ? el("p", {}, `${say("verdict_vi_name")}: `, el("span", { lang: ORDER[0] }, record.name[ORDER[0]])) : null,
    el("p", {}, badge(record)),
    el("p", { class: "ocop-verdict__line" }, verdictLine(record)),
    record.status === "revoked" && pick(record.reason)[1]
      ? el("p", {}, `${say("verdict_reason")}: `, local(record.reason)) : null,
    pick(record.producer)[1] ? el("p", {}, `${say("verdict_producer")}: `, local(record.producer)) : null,
    record.decision ? el("p", {}, `${say("verdict_decision")}: `, record.decision) : null,
    el("p", {}, el("a", { href: link(record) }, say("verdict_open"))));
  return el("article", { class: `ocop-verdict ocop-verdict--${record.status}` },
    el("p", { class: "ocop-verdict__title" }, say(`verdict_${record.status}`)),
    el("div", { class: "ocop-verdict__body" }, photo(record, 160), body),
    LAPSED.includes(record.status) ? reportBlock() : null);
}

function listItem(record) {
  return el("li", { class: `ocop-verdict-list__item ocop-verdict--${record.status}` },
    photo(record, 96),
    el("span", { class: "ocop-verdict-list__text" },
      el("a", { href: link(record), class: "ocop-verdict-list__name" }, local(record.name)),
      badge(record),
      el("span", { class: "ocop-verdict-list__status" }, `${say(`verdict_${record.status}`)}. ${verdictLine(record)}`)));
}

function notFound(text, kind) {
  const lines = [el("p", { class: "ocop-verdict__line" }, say("verdict_not_found_line", { query: text, province: words.province }))];
  if (kind === "gtin" && !gtinOk(idKey(text))) lines.push(el("p", {}, say("verdict_bad_check_digit")));
  return el("article", { class: "ocop-verdict ocop-verdict--not-found" },
    el("p", { class: "ocop-verdict__title" }, say("verdict_not_found")), ...lines, reportBlock());
}

function show(text, answer) {
  const { found, more, kind } = answer;
  if (!found.length) return [notFound(text, kind)];
  if (found.length === 1 && !more) return [card(found[0])];
  const out = [el("h2", { class: "ocop-verdict-list__title" }, say("verdict_many", { n: found.length + (more ? "+" : ""), query: text })),
    el("ul", { class: "ocop-verdict-list" }, ...found.map(listItem))];
  if (more) out.push(el("p", {}, say("verdict_more", { query: text })));
  if (found.some((r) => LAPSED.includes(r.status))) out.push(reportBlock());
  return out;
}

let generation = 0;

async function run() {
  const text = input.value.trim();
  const mine = ++generation;
  history.replaceState(null, "", text ? `?q=${encodeURIComponent(text)}` : location.pathname);
  if (!text) {
    result.replaceChildren();
    if (report) report.hidden = false;
    status.textContent = "";
    return;
  }
  status.textContent = say("verify_checking");
  result.setAttribute("aria-busy", "true");
  let answer;
  try {
    answer = await lookup(text);
  } catch (error) {
    if (mine !== generation) return;
    status.textContent = "";
    result.setAttribute("aria-busy", "false");
    document.getElementById("ocop-verify-unavailable").hidden = false;
    return;
  }
  if (mine !== generation) return;
  result.replaceChildren(...show(text, answer).filter(Boolean));
  if (report) report.hidden = result.querySelector(".ocop-report") !== null; // shown once, in the verdict
  result.setAttribute("aria-busy", "false");
  status.textContent = answer.found.length === 1 && !answer.more
    ? say(`verdict_${answer.found[0].status}`) : answer.found.length ? "" : say("verdict_not_found");
}

// --- the camera: only where the browser detects barcodes itself (no third-party script) ------------
const FORMATS = ["ean_13", "ean_8", "upc_a", "itf"];

async function offerScan() {
  if (!("BarcodeDetector" in window) || !navigator.mediaDevices?.getUserMedia) return;
  let formats = [];
  try {
    formats = (await window.BarcodeDetector.getSupportedFormats()).filter((f) => FORMATS.includes(f));
  } catch (error) {
    return;
  }
  if (!formats.length) return;
  const button = document.getElementById("ocop-verify-scan");
  button.hidden = false;
  button.addEventListener("click", () => scan(formats));
}

async function scan(formats) {
  const camera = document.getElementById("ocop-verify-camera");
  const video = document.getElementById("ocop-verify-video");
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
  } catch (error) {
    result.replaceChildren(el("p", {}, say("verify_scan_failed")));
    return;
  }
  const detector = new window.BarcodeDetector({ formats });
  let active = true;
  const stop = () => {
    active = false;
    stream.getTracks().forEach((track) => track.stop());
    video.srcObject = null;
    camera.hidden = true;
  };
  document.getElementById("ocop-verify-stop").onclick = stop;
  camera.hidden = false;
  video.srcObject = stream;
  await video.play().catch(() => {});
  while (active) {
    try {
      const codes = await detector.detect(video);
      if (codes.length && active) {
        stop();
        input.value = codes[0].rawValue;
        run();
        return;
      }
    } catch (error) {
      // a frame that could not be read: try the next one
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

form.hidden = false;
form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
const asked = new URLSearchParams(location.search).get("q");
if (asked) {
  input.value = asked;
  run();
}
offerScan();
