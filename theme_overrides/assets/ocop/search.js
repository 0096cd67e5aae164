// Catalogue search on the search page, with Pagefind's JavaScript API. The page works as a plain
// form: the query, filters and sort live in the URL (?q=ruou+mo&stars=5+sao&sort=stars), so a
// search can be shared, reloaded and navigated with the back button.
const PAGE = 20;
const form = document.querySelector("[data-ocop-search]");
const status = document.getElementById("ocop-search-status");
const list = document.getElementById("ocop-search-results");
const more = document.getElementById("ocop-search-more");
const words = document.getElementById("ocop-search-words").dataset;
// Star badges and status names, drawn by the generator for every stars-and-status pair.
const marks = document.getElementById("ocop-search-badges").content;
const config = JSON.parse(document.getElementById("__config").textContent);
// The site root, as an absolute URL: module imports resolve against the script, not the page.
const root = new URL((config.base || ".").replace(/\/$/, "") + "/", document.baseURI);
const base = root.href;
const FILTERS = ["stars", "category", "locality", "kind", "status"];
const SORTS = { name: "asc", stars: "desc", newest: "desc" };

let pagefind = null;
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
  if (!query && !Object.keys(filters).length && !sortKey) {
    list.replaceChildren();
    list.setAttribute("aria-busy", "false");
    status.textContent = "";
    more.hidden = true;
    return;
  }
  status.textContent = words.searching;
  list.setAttribute("aria-busy", "true");
  const options = { filters };
  if (sortKey in SORTS) options.sort = { [sortKey]: SORTS[sortKey] };
  const search = await pagefind.search(query || null, options);
  if (mine !== generation) return;
  results = search ? search.results : [];
  shown = 0;
  list.replaceChildren();
  status.textContent = results.length ? words.results.replace("{n}", results.length) : words.none;
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
    await pagefind.options({ baseUrl: root.pathname });
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
