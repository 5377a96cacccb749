// <kcsp-search api="https://search.example.org"></kcsp-search>: a search box over the KcspSearch API.
// Without an api attribute it calls the server the script was loaded from; with sync-url the query is read
// from and written to the page's ?q=, so a search can be linked. Snippets are rebuilt from text nodes and
// <mark> elements only, so nothing in a result can ever run as markup.
(() => {
  "use strict";

  const scriptOrigin = document.currentScript ? new URL(document.currentScript.src, location.href).origin : location.origin;

  const css = `
    :host { display: block; font: inherit; }
    form { display: flex; gap: .5rem; margin-bottom: 1rem; }
    input[type=search] { flex: 1; font: inherit; padding: .5rem .75rem; border: 1px solid #888; border-radius: .375rem; }
    button { font: inherit; padding: .5rem 1rem; border-radius: .375rem; border: 1px solid #1a5fb4; background: #1a5fb4; color: #fff; cursor: pointer; }
    .status { color: #555; margin: .5rem 0; }
    .error { color: #a51d2d; }
    ol { list-style: none; padding: 0; margin: 0; }
    li { padding: .75rem 0; border-bottom: 1px solid #ddd; }
    .title { font-weight: 600; }
    .cite { font-size: .85rem; color: #555; }
    .snippet { margin: .25rem 0 0; }
    mark { background: #fde68a; color: inherit; padding: 0 .1em; }
    .facets { display: flex; flex-wrap: wrap; gap: .375rem; margin-bottom: .75rem; }
    .facets button { background: #eef2f8; color: #1d1d1f; border-color: #c6d2e3; padding: .2rem .6rem; font-size: .85rem; }
    .facets button[aria-pressed=true] { background: #1a5fb4; color: #fff; }
    nav { display: flex; gap: .5rem; margin-top: 1rem; }
  `;

  class KcspSearch extends HTMLElement {
    constructor() {
      super();
      this.state = { q: "", topic: null, page: 1 };
      const root = this.attachShadow({ mode: "open" });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      root.append(this.#build());
    }

    connectedCallback() {
      const q = this.hasAttribute("sync-url") ? new URLSearchParams(location.search).get("q") : null;
      if (q) {
        this.input.value = q;
        this.state = { q, topic: null, page: 1 };
        this.search();
      }
    }

    get api() {
      return (this.getAttribute("api") || scriptOrigin).replace(/\/+$/, "");
    }

    #build() {
      const wrapper = el("div");
      this.form = el("form", { role: "search" });
      this.input = el("input", { type: "search", name: "q", placeholder: "Search the minutes", "aria-label": "Search the minutes" });
      this.form.append(this.input, el("button", { type: "submit" }, "Search"));
      this.form.addEventListener("submit", (e) => {
        e.preventDefault();
        this.state = { q: this.input.value.trim(), topic: null, page: 1 };
        if (this.hasAttribute("sync-url")) history.replaceState(null, "", `?${new URLSearchParams({ q: this.state.q })}`);
        this.search();
      });
      this.status = el("p", { class: "status", "aria-live": "polite" });
      this.facets = el("div", { class: "facets" });
      this.results = el("ol");
      this.nav = el("nav");
      wrapper.append(this.form, this.status, this.facets, this.results, this.nav);
      return wrapper;
    }

    async search() {
      const params = new URLSearchParams({ q: this.state.q, page: String(this.state.page), pageSize: "10" });
      if (this.state.topic) params.append("topic", this.state.topic);
      this.status.className = "status";
      this.status.textContent = "Searching…";
      try {
        const response = await fetch(`${this.api}/api/search?${params}`, { headers: { Accept: "application/json" } });
        const body = await response.json();
        if (!response.ok) throw new Error(problemText(body));
        this.render(body);
      } catch (error) {
        this.status.className = "status error";
        this.status.textContent = error.message || "The search failed.";
        this.results.replaceChildren();
        this.facets.replaceChildren();
        this.nav.replaceChildren();
      }
    }

    render(body) {
      const count = `${body.total} result${body.total === 1 ? "" : "s"}`;
      this.status.textContent = body.didYouMean ? `${count}. Did you mean “${body.didYouMean}”?` : count;
      this.facets.replaceChildren(...(body.facets?.topic ?? []).slice(0, 12).map((f) => {
        const pressed = this.state.topic === f.value;
        const button = el("button", { type: "button", "aria-pressed": String(pressed) }, `${f.label} (${f.count})`);
        button.addEventListener("click", () => {
          this.state = { ...this.state, topic: pressed ? null : f.value, page: 1 };
          this.search();
        });
        return button;
      }));
      this.results.replaceChildren(...body.hits.map((hit) => el("li", {},
        el("div", { class: "title" }, hit.itemTitle || hit.committee),
        el("div", { class: "cite" }, hit.citation || `${hit.committee}, ${hit.meetingDate}, para ${hit.paragraph}`),
        highlighted(hit.snippet))));
      const pages = Math.ceil(body.total / 10);
      this.nav.replaceChildren(...[
        this.state.page > 1 ? this.#pageButton("Previous", this.state.page - 1) : null,
        this.state.page < pages ? this.#pageButton("Next", this.state.page + 1) : null,
      ].filter(Boolean));
    }

    #pageButton(label, page) {
      const button = el("button", { type: "button" }, label);
      button.addEventListener("click", () => {
        this.state = { ...this.state, page };
        this.search();
      });
      return button;
    }
  }

  // The API escapes snippets and adds only <mark>; they are still taken apart into text, never parsed as HTML.
  function highlighted(snippet) {
    const p = el("p", { class: "snippet" });
    let marked = false;
    for (const part of String(snippet ?? "").split(/(<mark>|<\/mark>)/)) {
      if (part === "<mark>") marked = true;
      else if (part === "</mark>") marked = false;
      else if (part) p.append(marked ? el("mark", {}, unescapeHtml(part)) : document.createTextNode(unescapeHtml(part)));
    }
    return p;
  }

  const named = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0" };

  function unescapeHtml(text) {
    return text.replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos|nbsp));/gi, (whole, hex, dec, name) => {
      if (name) return named[name.toLowerCase()];
      const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }

  function problemText(problem) {
    const errors = problem && problem.errors ? Object.values(problem.errors).flat() : [];
    return errors.length ? errors.join(" ") : (problem && (problem.detail || problem.title)) || "The search failed.";
  }

  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  }

  if (!customElements.get("kcsp-search")) customElements.define("kcsp-search", KcspSearch);
})();
