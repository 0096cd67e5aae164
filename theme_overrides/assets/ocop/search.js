// Catalogue search on the search page, with Pagefind's JavaScript API. The page works as a plain
// form: the query, filters and sort live in the URL (?q=ruou+mo&stars=5+sao&sort=stars), so a
// search can be shared, reloaded and navigated with the back button.
import { idKey, queryKind } from "./lookup.js";

const PAGE = 12; // cards per batch: each needs its fragment fetched (about 0.7 KB)
const form = document.querySelector("[data-ocop-search]");
const status = document.getElementById("ocop-search-status");
const list = document.getElementById("ocop-search-results");
const more = document.getElementById("ocop-search-more");
const check = document.getElementById("ocop-search-check");
const words = document.getElementById("ocop-search-words").dataset;
// "{n} result" / "{n} results": the catalogue's form for each CLDR plural category of the page's language.
const resultForms = JSON.parse(words.results);
const pluralOf = new Intl.PluralRules(document.documentElement.lang || "vi");
const counted = (n) => (resultForms[pluralOf.select(n)] || resultForms.other).replace("{n}", n);
// Star badges and status names, drawn by the generator for every stars-and-status pair.
const marks = document.getElementById("ocop-search-badges").content;
const config = JSON.parse(document.getElementById("__config").textContent);
// The site root, as an absolute URL: module imports resolve against the script, not the page.
const root = new URL((config.base || ".").replace(/\/$/, "") + "/", document.baseURI);
const base = root.href;
const FILTERS = ["stars", "category", "locality", "kind", "status"];
const LANG = document.documentElement.lang;
// The catalogue's orders: by name; by stars, then name; by newest decision, then name. Pages are
// indexed in name order, so a page's position in ocop-order-<lang>.json is its name rank.
const SORTS = {
  name: (order, i) => i,
  stars: (order, i) => -order.stars.charCodeAt(i) * order.size + i,
  newest: (order, i) => -order.issued[i] * order.size + i,
};

// How results are ranked. The weight of each part of a record (name 6, description 2, set and
// category 1, producer and locality 0.6, each followed by its words folded) is set when
// indexing, in generator/search/records.py.
// - Only those weights count, not Pagefind's metadata bonus, which gives a title containing
//   "trang" the same boost for "trà" as a title containing "trà" (and counts a producer's name).
// - A word's weight counts, not its share of the record (termFrequency 0): a long description
//   does not push its name down.
// - termSimilarity: a whole word far above a longer word it begins ("tra": "trà" above "trang").
// - No bonus for matching diacritics (Pagefind's would favour "trang" for "tra", and for "chè"
//   it looks at one spelling per record, not the best): a query with diacritics is searched
//   twice instead, see `find`.
const RANKING = {
  termFrequency: 0,
  termSaturation: 2,
  termSimilarity: 6,
  diacriticSimilarity: 0,
  metaWeights: { title: 0, producer: 0, locality: 0, stars: 0, status: 0, image: 0, image_alt: 0 },
};

let pagefind = null;
let searching = Promise.resolve();
let order = null;
let results = [];
let shown = 0;
let generation = 0;

function fromUrl() {
  const params = new URLSearchParams(location.search);
  for (const element of form.elements) {
    if (element.name && params.has(element.name)) element.value = params.get(element.name);
  }
}

function toUrl() {
  const params = new URLSearchParams();
  for (const element of form.elements) {
    if (element.name && element.value) params.set(element.name, element.value);
  }
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

// Numbers people type: what the label check reads as a barcode (grouped as printed, or not) or a
// decision number in any case and spacing ("1234 / qd – ubnd") becomes the one word it is indexed
// as, "1234qdubnd" (generator/search/codes.py); null for any other query.
function codeQuery(query) {
  const kind = queryKind(query);
  const word = idKey(query).replace(/[/.-]/g, "");
  return kind === "gtin" || (kind === "id" && /^\d+qd[a-z0-9]+$/.test(word)) ? word : null;
}

// Chinese characters each a word of their own ("墨鱼饼" -> "墨 鱼 饼"), as they are indexed besides
// the text itself (generator/search/records.py, han_spaced): Pagefind keeps a name it does not know
// as one word, and the browser's segmenter splits a query in other places.
function hanSpaced(query) {
  return query ? query.replace(/([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])/g, " $1 ").replace(/\s+/g, " ").trim() : query;
}

// A query typed with diacritics lists first the records with the words as typed ("chè"), then
// those found only by folding ("Ba Chẽ"): folding widens what is found and never pushes aside
// what was typed exactly. Both searches need the same index chunks, so the second costs no
// download. They run one at a time, since exactDiacritics is an option of the whole instance.
function find(query, filters) {
  const run = async () => {
    const term = (query && codeQuery(query)) || hanSpaced(query) || null;
    const folded = await pagefind.search(term, { filters });
    if (!folded || !term || !/[^\x00-\x7f]/.test(term)) return folded ? folded.results : [];
    await pagefind.options({ exactDiacritics: true });
    try {
      const exact = (await pagefind.search(term, { filters })).results;
      const first = new Set(exact.map((result) => result.id));
      return [...exact, ...folded.results.filter((result) => !first.has(result.id))];
    } finally {
      await pagefind.options({ exactDiacritics: false });
    }
  };
  const done = searching.then(run, run);
  searching = done.catch(() => null);
  return done;
}

function card(data) {
  const item = document.createElement("li");
  item.className = "ocop-card";
  const link = document.createElement("a");
  link.className = "ocop-card__link";
  link.href = data.url;
  const image = document.createElement("img");
  image.className = "ocop-photo";
  image.alt = "";
  image.width = 400;
  image.height = 300;
  image.loading = "lazy";
  image.src = data.meta.image ? base + data.meta.image : base + "assets/ocop/placeholder.svg";
  const name = document.createElement("span");
  name.className = "ocop-card__name";
  name.textContent = data.meta.title;
  link.append(image, name);
  const badge = document.createElement("span");
  badge.className = "ocop-card__badge";
  const drawn = marks.querySelector(`[data-badge="${data.meta.stars}-${data.meta.status}"]`);
  if (drawn) badge.append(...[...drawn.childNodes].map((node) => node.cloneNode(true)));
  const meta = document.createElement("span");
  meta.className = "ocop-card__meta";
  meta.textContent = [data.meta.producer, data.meta.locality].filter(Boolean).join(" · ");
  item.append(link, badge, meta);
  if (!["valid", "expiring", "renewal-pending"].includes(data.meta.status)) {
    item.classList.add("ocop-card--lapsed");
    const state = document.createElement("span");
    state.className = `ocop-status ocop-status--${data.meta.status}`;
    state.textContent = marks.querySelector(`[data-status="${data.meta.status}"]`)?.textContent || "";
    item.append(state);
  }
  return item;
}

// Fetched only when a visitor picks a sort: every other search costs nothing for it. "no-cache"
// revalidates it, since its name does not change when the catalogue does.
function loadOrder() {
  order ??= fetch(new URL(`pagefind/ocop-order-${LANG}.json`, root), { cache: "no-cache" })
    .then((response) => response.json())
    .then((data) => ({
      position: new Map(data.pages.map((hash, i) => [`${LANG}_${hash}`, i])),
      stars: data.stars,
      issued: data.issued,
      size: data.pages.length,
    }));
  return order;
}

async function sorted(found, sortKey) {
  const key = SORTS[sortKey];
  if (!key) return found;
  try {
    const loaded = await loadOrder();
    const rank = new Map(found.map((result) => {
      const i = loaded.position.get(result.id);
      return [result, i === undefined ? Infinity : key(loaded, i)];
    }));
    return [...found].sort((a, b) => rank.get(a) - rank.get(b));
  } catch (error) {
    order = null; // try again next time; meanwhile the results stay in order of relevance
    return found;
  }
}

async function showMore() {
  const mine = generation;
  const slice = results.slice(shown, shown + PAGE);
  const data = await Promise.all(slice.map((result) => result.data()));
  if (mine !== generation) return;
  list.append(...data.map(card));
  shown += slice.length;
  more.hidden = shown >= results.length;
}

async function run() {
  const mine = ++generation;
  toUrl();
  const query = form.elements.q.value.trim();
  const filters = {};
  for (const name of FILTERS) {
    const value = form.elements[name].value;
    if (value) filters[name] = value;
  }
  const sortKey = form.elements.sort.value;
  // A barcode or decision number: the label check says whether that label is still valid.
  check.hidden = !(query && codeQuery(query));
  if (!check.hidden) check.querySelector("a").search = `?q=${encodeURIComponent(query)}`;
  if (!query && !Object.keys(filters).length && !sortKey) {
    list.replaceChildren();
    list.setAttribute("aria-busy", "false");
    status.textContent = "";
    more.hidden = true;
    return;
  }
  status.textContent = words.searching;
  list.setAttribute("aria-busy", "true");
  const found = await find(query, filters);
  if (mine !== generation) return;
  results = await sorted(found, sortKey);
  if (mine !== generation) return;
  shown = 0;
  list.replaceChildren();
  status.textContent = results.length ? counted(results.length) : words.none;
  await showMore();
  if (mine === generation) list.setAttribute("aria-busy", "false");
}

let timer = null;
function later() {
  clearTimeout(timer);
  timer = setTimeout(run, 250);
}

async function start() {
  fromUrl();
  try {
    pagefind = await import(new URL("pagefind/pagefind.js", root).href);
    // No Web Worker: it would cost every first search another 12 KB (gzipped) of script, and
    // searching one catalogue takes milliseconds on the page's own thread.
    await pagefind.options({ baseUrl: root.pathname, noWorker: true, ranking: RANKING });
  } catch (error) {
    document.getElementById("ocop-search-unavailable").hidden = false;
    return;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  form.elements.q.addEventListener("input", later);
  for (const element of form.querySelectorAll("select")) element.addEventListener("change", run);
  more.addEventListener("click", showMore);
  run();
}

start();
