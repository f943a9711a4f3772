/* Explainer's search box for a site indexed by Pagefind (plugin option `search: pagefind`).
 *
 * Drives the Material markup of partials/explainer-search.html: loads Pagefind from this
 * site (pagefind/pagefind.js, its WebAssembly and only the index chunks a query needs) once
 * the page is idle (about 120 kB, then cached; Material's search fetched its whole index on
 * every first visit) or when the box is focused, shows up to ten pages, each with its best
 * sections, and
 * links to them with ?h=<query>, which pagefind-highlight.js marks on the page it opens.
 * Nothing is requested from any other host. Result text reaches the page as text nodes;
 * of Pagefind's excerpt HTML only <mark> is kept.
 */
(() => {
  "use strict";
  const box = document.querySelector("[data-explainer-search]");
  if (!box) return;
  const toggle = document.getElementById("__search");
  const form = box.querySelector("form");
  const input = box.querySelector(".md-search__input");
  const meta = box.querySelector(".md-search-result__meta");
  const list = box.querySelector(".md-search-result__list");
  const words = JSON.parse(document.getElementById("__explainer_search").textContent);
  const config = JSON.parse(document.getElementById("__config").textContent);
  const root = new URL(config.base, location.href);
  const PARAM = "h";
  const PAGES = 10;
  const SECTIONS = 3;
  let engine = null;

  function pagefind() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", root).href).then(async (module) => {
        await module.options({ baseUrl: root.pathname, excerptLength: 24, highlightParam: PARAM });
        await module.init();
        return module;
      });
    }
    return engine;
  }

  function open(on) {
    if (toggle && toggle.checked !== on) toggle.checked = on;
  }

  /* Pagefind's excerpt as nodes: its text, and its <mark> elements as marks. */
  function excerpt(html) {
    const parsed = document.createElement("template");
    parsed.innerHTML = html;
    const p = document.createElement("p");
    for (const node of parsed.content.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        p.append(mark);
      } else {
        p.append(document.createTextNode(node.textContent));
      }
    }
    return p;
  }

  function link(url, heading, level, text) {
    const a = document.createElement("a");
    a.href = url;
    a.className = "md-search-result__link";
    a.tabIndex = -1;
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    if (level === 1) {
      const icon = document.createElement("div");
      icon.className = "md-search-result__icon md-icon";
      article.append(icon);
    }
    const h = document.createElement(level === 1 ? "h1" : "h2");
    h.textContent = heading;
    article.append(h, excerpt(text));
    a.append(article);
    return a;
  }

  function item(data) {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const title = (data.meta && data.meta.title) || data.url;
    li.append(link(data.url, title, 1, data.excerpt));
    const sections = (data.sub_results || []).filter((s) => s.url !== data.url && s.title !== title);
    for (const section of sections.slice(0, SECTIONS)) {
      li.append(link(section.url, section.title, 2, section.excerpt));
    }
    return li;
  }

  function count(n) {
    if (n === 0) return words.none;
    return n === 1 ? words.one : words.other.replace("#", String(n));
  }

  async function run() {
    const query = input.value.trim();
    if (!query) {
      meta.textContent = words.placeholder;
      list.replaceChildren();
      return;
    }
    const module = await pagefind();
    const search = await module.debouncedSearch(query, {}, 30);
    if (search === null || input.value.trim() !== query) return; // a newer query runs
    // The best page first, as soon as its excerpt is loaded; then the next ones.
    const pages = [];
    for (const batch of [search.results.slice(0, 1), search.results.slice(1, PAGES)]) {
      pages.push(...(await Promise.all(batch.map((r) => r.data()))));
      if (input.value.trim() !== query) return;
      meta.textContent = count(search.results.length);
      list.replaceChildren(...pages.map(item));
    }
  }

  input.addEventListener("focus", () => {
    open(true);
    pagefind();
  });
  input.addEventListener("input", run);
  // Ready before the reader types: once the page has loaded and the browser is idle.
  const idle = window.requestIdleCallback || ((callback) => setTimeout(callback, 200));
  if (document.readyState === "complete") idle(() => pagefind());
  else window.addEventListener("load", () => idle(() => pagefind()), { once: true });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = list.querySelector(".md-search-result__link");
    if (first) first.click();
  });
  form.addEventListener("reset", () => {
    setTimeout(() => {
      run();
      input.focus();
    });
  });
  list.addEventListener("click", (event) => {
    if (event.target.closest("a")) open(false);
  });
  if (toggle) {
    toggle.addEventListener("change", () => {
      if (toggle.checked) input.focus();
      else input.blur();
    });
  }

  document.addEventListener("keydown", (event) => {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    const inSearch = toggle && toggle.checked;
    const target = event.target;
    const typing =
      target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (!inSearch) {
      if (!typing && (event.key === "/" || event.key === "s" || event.key === "f")) {
        event.preventDefault();
        input.focus();
        input.select();
      }
      return;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      open(false);
      input.blur();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const stops = [input, ...list.querySelectorAll(".md-search-result__link")];
      const at = Math.max(0, stops.indexOf(document.activeElement));
      const step = event.key === "ArrowDown" ? 1 : -1;
      stops[(at + step + stops.length) % stops.length].focus();
    }
  });

  /* The page a result led to: mark the query's words (also after instant navigation). */
  function highlight() {
    if (!new URLSearchParams(location.search).has(PARAM)) return;
    import(new URL("pagefind/pagefind-highlight.js", root).href).then(
      (module) =>
        new module.default({
          highlightParam: PARAM,
          markContext: "[data-pagefind-body]",
          markOptions: { className: "explainer-highlight" },
          addStyles: false,
        }),
    );
  }
  if (typeof window.document$ !== "undefined") window.document$.subscribe(highlight);
  else highlight();
})();
