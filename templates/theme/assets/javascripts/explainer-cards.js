/* Hover cards (Explainer). A link's title is its card: lines separated by " · ", the first
   one the card's heading. The card shows on hover or keyboard focus and holds a link to open
   the page; on a touch screen the first tap shows the card and the second (or "Open") goes.
   The card is kept inside the viewport (at most 352 px wide, 8 px from each edge) and lets
   the pointer through (CSS) except on its link, so it never hides the links under it.
   Without this script the title is still the browser's own tooltip.
   No request, no dependency: text goes in with textContent only, never as HTML. */
(() => {
  "use strict";
  const LINKS = "article a[title], article a[data-ex-card]";
  const SKIP = ".headerlink, .ex-pnum, .ex-card a";
  const GAP = 8;
  const WIDEST = 352;
  let card = null;
  let owner = null;
  let touch = false;
  let hiding = 0;

  function cardText(link) {
    if (link.hasAttribute("title")) {
      // ours replaces the browser's tooltip, which would otherwise show on top of it
      link.dataset.exCard = link.getAttribute("title");
      link.removeAttribute("title");
    }
    return link.dataset.exCard || "";
  }

  function carded(target) {
    const link = target instanceof Element ? target.closest(LINKS) : null;
    return link && !link.matches(SKIP) && (link.hasAttribute("title") || link.dataset.exCard)
      ? link
      : null;
  }

  function element() {
    if (!card) {
      card = document.createElement("div");
      card.id = "ex-card";
      card.className = "ex-card";
      card.hidden = true;
      const body = document.createElement("div");
      body.className = "ex-card__body";
      // One "Open" link, kept: a card is re-filled, never rebuilt, so no link it showed
      // is ever left detached (a detached link still navigates when clicked in Chromium).
      const open = document.createElement("a");
      open.className = "ex-card__open";
      open.textContent = "Open ›";
      card.append(body, open);
      card.addEventListener("mouseenter", () => clearTimeout(hiding));
      card.addEventListener("mouseleave", () => later());
      document.body.appendChild(card);
    }
    return card;
  }

  function show(link) {
    const text = cardText(link);
    if (!text) return;
    clearTimeout(hiding);
    const box = element();
    const lines = text.split(" · ").map((line, i) => {
      const p = document.createElement("p");
      p.textContent = line;
      if (i === 0) p.className = "ex-card__head";
      return p;
    });
    box.firstChild.replaceChildren(...lines);
    box.lastChild.href = link.href;
    if (owner && owner !== link) owner.removeAttribute("aria-describedby");
    owner = link;
    link.setAttribute("aria-describedby", box.id);
    box.hidden = false;
    place(link, box);
  }

  function place(link, box) {
    const view = document.documentElement.clientWidth;
    const width = Math.min(WIDEST, view - 2 * GAP);
    box.style.width = `${width}px`;
    const r = link.getClientRects()[0] || link.getBoundingClientRect();
    const left = Math.max(GAP, Math.min(r.left, view - width - GAP));
    const height = box.offsetHeight;
    let top = r.bottom + 6;
    if (top + height > window.innerHeight - GAP && r.top - height - 6 > GAP) {
      top = r.top - height - 6;
    }
    box.style.left = `${left + window.scrollX}px`;
    box.style.top = `${top + window.scrollY}px`;
  }

  function hide() {
    clearTimeout(hiding);
    if (card) card.hidden = true;
    if (owner) owner.removeAttribute("aria-describedby");
    owner = null;
  }

  function later() {
    clearTimeout(hiding);
    hiding = setTimeout(hide, 250);
  }

  document.addEventListener("pointerdown", (e) => {
    touch = e.pointerType === "touch";
  }, true);

  document.addEventListener("mouseover", (e) => {
    if (touch) return;
    const link = carded(e.target);
    if (link) show(link);
  });

  document.addEventListener("mouseout", (e) => {
    if (!touch && carded(e.target) && !(card && card.contains(e.relatedTarget))) later();
  });

  document.addEventListener("focusin", (e) => {
    const link = carded(e.target);
    if (link && touch) return; // a tap: the click decides
    if (link) show(link);
    else if (!(card && card.contains(e.target))) hide();
  });

  // Capture, so a first tap is stopped before Material's instant navigation sees it.
  document.addEventListener("click", (e) => {
    if (card && card.contains(e.target)) return;
    const link = carded(e.target);
    if (link && touch && owner !== link) {
      e.preventDefault();
      e.stopImmediatePropagation();
      show(link);
      return;
    }
    hide();
  }, true);

  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") hide();
  });
  window.addEventListener("resize", hide);
})();
