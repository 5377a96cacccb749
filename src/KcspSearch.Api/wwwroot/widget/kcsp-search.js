/*
 * KcspSearch widget: search the minutes of the Kent Community Safety Partnership from any page.
 *
 *   <script src="https://search.example.org/widget/kcsp-search.js"></script>
 *   <kcsp-search></kcsp-search>
 *
 * <kcsp-search> attributes: service-url (default: where this script was loaded from), topic, speaker and kind
 * (default filters, comma-separated), committee (a fixed filter), page-size, placeholder, link-target,
 * url-state="off" (do not mirror the search in the page address), examples (searches offered before the first one,
 * separated by "|").
 * <kcsp-item> shows one item in full: item-id, para (the passage to highlight), q (words to mark), service-url,
 * back-url; without item-id it reads id, para and q from the page address.
 * Theme with CSS custom properties on the element or any ancestor: --kcsp-accent, --kcsp-font, --kcsp-text,
 * --kcsp-muted, --kcsp-bg, --kcsp-surface, --kcsp-border, --kcsp-radius, --kcsp-mark, --kcsp-resolution.
 *
 * Content-Security-Policy friendly: no eval, no inline handlers, no style attributes; styles are a constructed
 * stylesheet adopted by each shadow root.
 */
(() => {
  'use strict';

  // The service root is the folder above /widget/, so a service under a path base works too.
  const SCRIPT_SERVICE = (() => {
    const src = document.currentScript && document.currentScript.src;
    try {
      return src ? new URL('..', src).href.replace(/\/$/, '') : location.origin;
    } catch {
      return location.origin;
    }
  })();

  const SEARCH_DELAY_MS = 250;
  const SUGGEST_DELAY_MS = 120;
  const FACET_PREVIEW = 6;
  const KIND_LABELS = { discussion: 'Discussion', resolution: 'Resolution', procedural: 'Procedural', attendance: 'Attendance' };
  const EXAMPLES = ['what did we resolve about DHR funding', 'violence against women and girls', 'mental health', 'Peerbux'];

  const STYLES = `
:host {
  --_accent: var(--kcsp-accent, #0b5cab);
  --_font: var(--kcsp-font, system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif);
  --_text: var(--kcsp-text, #1c2430);
  --_muted: var(--kcsp-muted, #5a6472);
  --_bg: var(--kcsp-bg, #ffffff);
  --_surface: var(--kcsp-surface, #f4f6f9);
  --_border: var(--kcsp-border, #d5dbe3);
  --_radius: var(--kcsp-radius, 8px);
  --_mark: var(--kcsp-mark, #ffe58a);
  --_resolution: var(--kcsp-resolution, #12703a);
  --_danger: #b42318;
  display: block;
  container-type: inline-size;
  color: var(--_text);
  font-family: var(--_font);
  font-size: 16px;
  line-height: 1.5;
  text-align: left;
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
a { color: var(--_accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
button, input, select { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; border-radius: 4px; }
mark { background: var(--_mark); color: inherit; padding: 0 1px; border-radius: 2px; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
[hidden] { display: none !important; }
.root { background: var(--_bg); }

/* Search bar and suggestions */
.bar { display: flex; gap: 8px; align-items: stretch; }
.combo { position: relative; flex: 1; min-width: 0; }
.combo svg { position: absolute; left: 12px; top: 50%; transform: translateY(-50%); color: var(--_muted); pointer-events: none; }
.combo input {
  width: 100%; height: 48px; padding: 0 40px 0 42px; border: 1px solid var(--_border); border-radius: var(--_radius);
  background: var(--_bg); font-size: 17px; outline: none; transition: border-color .15s, box-shadow .15s;
}
.combo input::-webkit-search-cancel-button { -webkit-appearance: none; }
.combo input:focus { border-color: var(--_accent); box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 25%, transparent); }
.clear {
  position: absolute; right: 6px; top: 50%; transform: translateY(-50%); width: 32px; height: 32px; border: 0;
  background: none; color: var(--_muted); border-radius: 50%; cursor: pointer; font-size: 20px; line-height: 1;
}
.clear:hover { background: var(--_surface); color: var(--_text); }
.submit {
  height: 48px; padding: 0 20px; border: 0; border-radius: var(--_radius); background: var(--_accent); color: #fff;
  font-weight: 600; cursor: pointer;
}
.submit:hover { filter: brightness(1.08); }
.listbox {
  position: absolute; z-index: 10; left: 0; right: 0; top: calc(100% + 4px); margin: 0; padding: 4px; list-style: none;
  background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius);
  box-shadow: 0 8px 24px rgba(16, 24, 40, .14); max-height: 320px; overflow-y: auto;
}
.option { display: flex; align-items: baseline; gap: 8px; padding: 8px 10px; border-radius: 6px; cursor: pointer; }
.option[aria-selected="true"], .option:hover { background: color-mix(in srgb, var(--_accent) 10%, var(--_bg)); }
.option .text { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.option .text b { font-weight: 700; }
.option .kind { font-size: 12px; color: var(--_muted); text-transform: uppercase; letter-spacing: .04em; }
.option .count { font-size: 12px; color: var(--_muted); font-variant-numeric: tabular-nums; }

.progress { height: 3px; margin-top: 6px; border-radius: 2px; overflow: hidden; visibility: hidden; }
.progress.on { visibility: visible; background: color-mix(in srgb, var(--_accent) 15%, transparent); }
.progress.on::after {
  content: ""; display: block; height: 100%; width: 30%; background: var(--_accent); border-radius: 2px;
  animation: kcsp-slide 1s ease-in-out infinite;
}
@keyframes kcsp-slide { from { transform: translateX(-100%); } to { transform: translateX(340%); } }

/* Active filters */
.chips { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 10px 0 0; padding: 0; list-style: none; }
.chip {
  display: inline-flex; align-items: center; gap: 4px; padding: 2px 4px 2px 10px; border-radius: 999px;
  background: color-mix(in srgb, var(--_accent) 12%, var(--_bg)); color: var(--_text); font-size: 14px;
  border: 1px solid color-mix(in srgb, var(--_accent) 30%, var(--_bg));
}
.chip .field { color: var(--_muted); }
.chip .value { max-width: 26ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.chip button {
  width: 24px; height: 24px; border: 0; border-radius: 50%; background: none; cursor: pointer; color: var(--_muted);
  font-size: 16px; line-height: 1;
}
.chip button:hover { background: color-mix(in srgb, var(--_accent) 20%, var(--_bg)); color: var(--_text); }
.link-button { border: 0; background: none; padding: 2px 4px; color: var(--_accent); cursor: pointer; text-decoration: underline; font-size: 14px; }

/* Layout */
.layout { display: grid; grid-template-columns: 250px minmax(0, 1fr); gap: 28px; margin-top: 18px; }
.layout.no-facets { grid-template-columns: minmax(0, 1fr); }
.facets-toggle { display: none; }
@container (max-width: 720px) {
  .layout { grid-template-columns: minmax(0, 1fr); gap: 12px; }
  .facets-toggle {
    display: inline-flex; align-items: center; gap: 6px; padding: 6px 12px; border: 1px solid var(--_border);
    border-radius: 999px; background: var(--_bg); cursor: pointer; font-size: 14px; font-weight: 600;
  }
  .facets:not(.open) .facet-body { display: none; }
  .facets.open .facet-body { margin-top: 10px; padding: 12px; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .submit { padding: 0 14px; }
  .combo input { font-size: 16px; }
}

/* Facets */
.facet { margin: 0 0 20px; }
.facet h3 { margin: 0 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--_muted); }
.facet ul { list-style: none; margin: 0; padding: 0; }
.facet-value {
  display: flex; width: 100%; align-items: center; gap: 8px; padding: 5px 8px; border: 0; border-radius: 6px;
  background: none; text-align: left; cursor: pointer; font-size: 14px;
}
.facet-value:hover { background: var(--_surface); }
.facet-value .box {
  flex: none; width: 16px; height: 16px; border: 1.5px solid var(--_muted); border-radius: 4px; display: grid; place-items: center;
}
.facet-value[aria-pressed="true"] .box { background: var(--_accent); border-color: var(--_accent); }
.facet-value[aria-pressed="true"] .box::after { content: ""; width: 8px; height: 4px; border: 2px solid #fff; border-top: 0; border-right: 0; transform: translateY(-1px) rotate(-45deg); }
.facet-value[aria-pressed="true"] { font-weight: 600; }
.facet-value .label { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.facet-value .count { color: var(--_muted); font-variant-numeric: tabular-nums; font-size: 13px; }
.more { margin: 2px 0 0 8px; }

/* Chart of matches per year */
.chart svg { display: block; width: 100%; height: 120px; overflow: visible; }
.chart .bar { fill: color-mix(in srgb, var(--_accent) 45%, var(--_bg)); cursor: pointer; }
.chart .bar:hover, .chart .bar.selected { fill: var(--_accent); }
.chart text { font-size: 11px; fill: var(--_muted); font-family: var(--_font); }
.chart text.n { fill: var(--_text); font-weight: 600; }
.years { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 8px; }
.years li { display: contents; }
.year {
  padding: 2px 8px; border: 1px solid var(--_border); border-radius: 999px; background: var(--_bg); cursor: pointer;
  font-size: 13px; font-variant-numeric: tabular-nums;
}
.year .count { color: var(--_muted); }
.year[aria-pressed="true"] { background: var(--_accent); border-color: var(--_accent); color: #fff; }
.year[aria-pressed="true"] .count { color: inherit; }

/* Results */
.summary { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px 16px; }
.status { margin: 0; color: var(--_muted); font-size: 15px; }
.status strong { color: var(--_text); }
.sort { display: flex; align-items: center; gap: 6px; font-size: 14px; color: var(--_muted); }
.sort select { padding: 4px 8px; border: 1px solid var(--_border); border-radius: 6px; background: var(--_bg); }
.interpreted { margin: 2px 0 0; font-size: 13px; color: var(--_muted); }
.correction { margin: 10px 0 0; padding: 8px 12px; border-radius: var(--_radius); background: color-mix(in srgb, var(--_mark) 35%, var(--_bg)); font-size: 14px; }
.correction .suggested { padding: 0 8px; }
.hits { list-style: none; margin: 8px 0 0; padding: 0; transition: opacity .15s; }
.hits[aria-busy="true"] { opacity: .55; }
/* The focus tint reaches past the text as a shadow, which (unlike a negative margin) never widens the host page. */
.hit { padding: 16px 0; border-bottom: 1px solid var(--_border); }
.hit:last-child { border-bottom: 0; }
.hit:focus-within {
  --_tint: color-mix(in srgb, var(--_accent) 6%, var(--_bg));
  background: var(--_tint); box-shadow: 0 0 0 12px var(--_tint); border-radius: 2px; border-bottom-color: transparent;
}
.hit .meta { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; margin: 0 0 2px; font-size: 13px; color: var(--_muted); }
.hit h3 { margin: 0; font-size: 18px; line-height: 1.35; font-weight: 600; }
.hit h3 a { text-decoration: none; }
.hit h3 a:hover { text-decoration: underline; }
.hit h3 a:focus-visible { outline-offset: 3px; }
.badge {
  display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 700;
  letter-spacing: .02em; vertical-align: 2px; white-space: nowrap;
}
.badge.resolution { background: color-mix(in srgb, var(--_resolution) 14%, var(--_bg)); color: var(--_resolution); }
.badge.resolution::before { content: "\\2713"; }
.badge.restricted { background: #fdecea; color: var(--_danger); }
.passages { list-style: none; margin: 8px 0 0; padding: 0; display: grid; gap: 6px; }
.passage { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 10px; align-items: baseline; }
.passage.resolution .snippet { border-left: 3px solid var(--_resolution); padding-left: 8px; }
.para {
  min-width: 44px; padding: 0 6px; border-radius: 4px; background: var(--_surface); font-size: 12px; font-weight: 600;
  color: var(--_muted); text-align: center; text-decoration: none; font-variant-numeric: tabular-nums;
}
a.para:hover { color: var(--_accent); }
.snippet { margin: 0; font-size: 15px; overflow-wrap: anywhere; }
.snippet .kind-badge { margin-right: 6px; }
.hit cite { display: block; margin-top: 8px; font-style: normal; font-size: 13px; color: var(--_muted); overflow-wrap: anywhere; }
.tags { display: flex; flex-wrap: wrap; gap: 4px 6px; margin: 8px 0 0; padding: 0; list-style: none; font-size: 12px; }
.tag { padding: 1px 8px; border-radius: 999px; background: var(--_surface); color: var(--_muted); }
.tag.person { background: none; border: 1px solid var(--_border); }

/* Messages */
.message {
  margin: 12px 0; padding: 18px 20px; border-radius: var(--_radius); background: var(--_surface); font-size: 15px;
}
.message h3 { margin: 0 0 4px; font-size: 17px; }
.message p { margin: 4px 0; }
.message.error { background: #fef3f2; border: 1px solid #fecdca; }
.message.error h3 { color: var(--_danger); }
.message .examples { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0 0; padding: 0; list-style: none; }
.message .examples button, .retry, .suggested {
  padding: 4px 12px; border: 1px solid var(--_border); border-radius: 999px; background: var(--_bg); cursor: pointer; font-size: 14px;
}
.message .examples button:hover, .retry:hover, .suggested:hover { border-color: var(--_accent); color: var(--_accent); }
.suggested { font-weight: 700; color: var(--_accent); font-style: italic; }
.retry { margin-top: 8px; }

.pager { display: flex; align-items: center; justify-content: center; gap: 12px; margin: 20px 0 4px; font-size: 14px; color: var(--_muted); }
.pager button {
  padding: 6px 14px; border: 1px solid var(--_border); border-radius: 6px; background: var(--_bg); cursor: pointer; font-weight: 600;
}
.pager button:disabled { opacity: .45; cursor: default; }
.keys { margin: 14px 0 0; font-size: 12px; color: var(--_muted); }
kbd { padding: 0 4px; border: 1px solid var(--_border); border-bottom-width: 2px; border-radius: 4px; font-family: inherit; font-size: 11px; }
@container (max-width: 520px) { .keys { display: none; } .hit h3 { font-size: 17px; } }

/* Item view */
.item-header { padding-bottom: 16px; border-bottom: 1px solid var(--_border); }
.crumbs { margin: 0 0 14px; font-size: 14px; }
.eyebrow { margin: 0; font-size: 14px; color: var(--_muted); }
.item-header h2 { margin: 4px 0 8px; font-size: 26px; line-height: 1.25; }
.people { margin: 12px 0 0; font-size: 14px; }
.people dt { font-weight: 600; color: var(--_muted); font-size: 13px; text-transform: uppercase; letter-spacing: .06em; }
.people dd { margin: 4px 0 0; }
.people ul { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px 14px; }
.people .role { color: var(--_muted); }
.paras { list-style: none; margin: 18px 0 0; padding: 0; display: grid; gap: 4px; }
.paras > li {
  display: grid; grid-template-columns: 52px minmax(0, 1fr); gap: 12px; padding: 10px 12px; border-radius: var(--_radius);
  border: 1px solid transparent; scroll-margin: 80px;
}
.paras > li .num { font-weight: 700; color: var(--_muted); font-variant-numeric: tabular-nums; text-align: right; }
.paras > li p { margin: 0; overflow-wrap: anywhere; }
.paras > li p.text { white-space: pre-line; }
.paras > li .who { margin-bottom: 4px; font-size: 13px; color: var(--_muted); }
.paras > li.resolution { background: color-mix(in srgb, var(--_resolution) 7%, var(--_bg)); border-color: color-mix(in srgb, var(--_resolution) 30%, var(--_bg)); }
.paras > li.resolution .num { color: var(--_resolution); }
.paras > li.matched { border-color: var(--_accent); box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 18%, transparent); }
.matched-label { display: inline-block; margin-bottom: 4px; font-size: 12px; font-weight: 700; color: var(--_accent); text-transform: uppercase; letter-spacing: .05em; }
.links { margin: 6px 0 0; padding: 0; list-style: none; font-size: 13px; }
.siblings { display: flex; justify-content: space-between; gap: 12px; margin-top: 24px; padding-top: 14px; border-top: 1px solid var(--_border); font-size: 14px; }
.siblings a { max-width: 48%; }
.siblings .next { margin-left: auto; text-align: right; }
@container (max-width: 520px) {
  .paras > li { grid-template-columns: 36px minmax(0, 1fr); gap: 8px; padding: 8px; }
  .item-header h2 { font-size: 22px; }
}
`;

  let sharedSheet = null;
  function adoptStyles(root) {
    if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
      if (!sharedSheet) {
        sharedSheet = new CSSStyleSheet();
        sharedSheet.replaceSync(STYLES);
      }
      root.adoptedStyleSheets = [sharedSheet];
    } else {
      const style = document.createElement('style');
      style.textContent = STYLES;
      root.appendChild(style);
    }
  }

  /** Builds an element: attributes (on* become listeners, text becomes textContent), then children. */
  function h(tag, attrs, ...children) {
    const svg = tag.startsWith('svg:');
    const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4)) : document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'text') el.textContent = value;
      else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : String(child));
    }
    return el;
  }

  function icon(path, size = 20) {
    return h('svg:svg', { width: size, height: size, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor',
      'stroke-width': 2, 'stroke-linecap': 'round', 'aria-hidden': 'true', focusable: 'false' }, h('svg:path', { d: path }));
  }

  const SEARCH_ICON = 'M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM21 21l-4.35-4.35';
  const FILTER_ICON = 'M3 5h18M6 12h12M10 19h4';

  const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  function formatDate(iso) {
    const date = new Date(`${String(iso).slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? String(iso) : dateFormat.format(date);
  }

  const numberFormat = new Intl.NumberFormat('en-GB');
  const plural = (n, one, many) => `${numberFormat.format(n)} ${n === 1 ? one : many}`;

  /** A count shown as a bare number, read out as "12 matches". */
  function countOf(n) {
    return h('span', { class: 'count' }, numberFormat.format(n), h('span', { class: 'visually-hidden', text: n === 1 ? ' match' : ' matches' }));
  }

  const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi;

  function decodeEntities(text) {
    return text.replace(ENTITY, (_, name) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()];
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    });
  }

  /**
   * The server escapes snippets except for <mark>. Trust that only after checking it (nothing but <mark>, </mark>
   * and plain entities); then build text nodes and <mark> elements without ever parsing HTML. Otherwise show it as text.
   */
  function setSnippet(el, html) {
    const text = String(html ?? '');
    const parts = text.split(/(<\/?mark>)/);
    const rest = parts.filter((p) => p !== '<mark>' && p !== '</mark>').join('');
    if (/[<>]/.test(rest) || /&(?!(?:#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);)/i.test(rest)) {
      el.textContent = text;
      return el;
    }
    let marked = false;
    for (const part of parts) {
      if (part === '<mark>') marked = true;
      else if (part === '</mark>') marked = false;
      else if (part) el.append(marked ? h('mark', { text: decodeEntities(part) }) : decodeEntities(part));
    }
    return el;
  }

  /** Splits plain text into text nodes and <mark>s around words starting with any of the terms. */
  function markTerms(text, terms) {
    if (!terms.length) return [text];
    const pattern = new RegExp(`\\b(?:${terms.map(escapeRegex).join('|')})[\\p{L}\\p{N}'’-]*`, 'giu');
    const parts = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      if (match.index > last) parts.push(text.slice(last, match.index));
      parts.push(h('mark', { text: match[0] }));
      last = match.index + match[0].length;
    }
    if (last < text.length) parts.push(text.slice(last));
    return parts;
  }

  const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Query operators and common words are not worth marking in the item's text.
  const UNMARKED_WORDS = new Set(['and', 'or', 'not', 'near', 'the', 'of', 'to', 'in', 'on', 'a', 'an', 'we', 'did', 'what', 'about', 'be', 'was', 'were', 'that', 'for', 'is', 'are', 'by', 'with']);
  function queryTerms(q) {
    const words = String(q || '').toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
    return [...new Set(words.filter((w) => w.length > 1 && !UNMARKED_WORDS.has(w) && !w.includes(':')))];
  }

  const shortName = (label) => String(label).replace(/\s*\(.*\)\s*$/, '') || String(label);

  function ordinalOf(itemId) {
    const last = String(itemId || '').split('/').pop();
    return /^\d+$/.test(last) ? last : null;
  }

  const encodePath = (id) => String(id).split('/').map(encodeURIComponent).join('/');

  /** A failed call: kind is 'network', 'rate-limited', 'not-found' or 'http'. */
  class ServiceError extends Error {
    constructor(kind, message, extra = {}) {
      super(message);
      this.kind = kind;
      Object.assign(this, extra);
    }
  }

  async function getJson(base, path, params, signal) {
    const url = new URL(base + path);
    for (const [key, value] of params || []) url.searchParams.append(key, value);
    let response;
    try {
      response = await fetch(url, { signal, headers: { Accept: 'application/json' }, credentials: 'omit' });
    } catch (error) {
      if (error.name === 'AbortError') throw error;
      throw new ServiceError('network', 'The search service could not be reached.');
    }
    if (response.ok) return response.json();
    const problem = await response.json().catch(() => ({}));
    if (response.status === 429) {
      const header = Number.parseInt(response.headers.get('Retry-After') || '', 10);
      const retryAfter = Number.isFinite(header) ? header : Number.isFinite(problem.retryAfter) ? problem.retryAfter : 10;
      throw new ServiceError('rate-limited', problem.detail || 'Too many requests.', { retryAfter: Math.max(1, retryAfter) });
    }
    const detail = problem.errors ? Object.values(problem.errors).flat().join(' ') : problem.detail;
    throw new ServiceError(response.status === 404 ? 'not-found' : 'http', detail || problem.title || `The service answered ${response.status}.`,
      { status: response.status, title: problem.title });
  }

  function listAttribute(el, name) {
    return (el.getAttribute(name) || '').split(',').map((s) => s.trim()).filter(Boolean);
  }

  function serviceOf(el) {
    return (el.getAttribute('service-url') || SCRIPT_SERVICE).replace(/\/+$/, '');
  }

  /** The search state; it round-trips through the page address. */
  const FIELDS = [
    { key: 'topics', param: 'topic', label: 'Topic' },
    { key: 'speakers', param: 'speaker', label: 'Speaker' },
    { key: 'kinds', param: 'kind', label: 'Type' },
  ];

  function emptyState() {
    return { q: '', topics: [], speakers: [], kinds: [], year: null, sort: 'relevance', page: 1 };
  }

  function stateFromUrl(search) {
    const params = new URLSearchParams(search);
    const state = emptyState();
    state.q = params.get('q') || '';
    for (const field of FIELDS) state[field.key] = params.getAll(field.param).filter(Boolean);
    const year = params.get('year');
    state.year = /^\d{4}$/.test(year || '') ? year : null;
    state.sort = params.get('sort') === 'date' ? 'date' : 'relevance';
    state.page = Math.max(1, Number.parseInt(params.get('page') || '1', 10) || 1);
    return state;
  }

  function stateToParams(state) {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    for (const field of FIELDS) for (const value of state[field.key]) params.append(field.param, value);
    if (state.year) params.set('year', state.year);
    if (state.sort !== 'relevance') params.set('sort', state.sort);
    if (state.page > 1) params.set('page', String(state.page));
    return params;
  }

  const STATE_PARAMS = ['q', 'topic', 'speaker', 'kind', 'year', 'sort', 'page'];

  let instanceCount = 0;

  /** <kcsp-search>: the search box, facets, chart and results. */
  class KcspSearch extends HTMLElement {
    constructor() {
      super();
      this.uid = `kcsp${++instanceCount}`;
      this.state = emptyState();
      this.labels = { topics: new Map(), speakers: new Map(), kinds: new Map(Object.entries(KIND_LABELS)) };
      this.response = null;
      this.expanded = new Set();
      this.suggestions = [];
      this.activeOption = -1;
      this.searchController = null;
      this.suggestController = null;
      this.retryTimer = null;
      this.onPopState = () => this.restoreFromUrl();
      const root = this.attachShadow({ mode: 'open' });
      adoptStyles(root);
      this.build(root);
    }

    get service() { return serviceOf(this); }
    get pageSize() { return Math.min(100, Math.max(1, Number.parseInt(this.getAttribute('page-size') || '10', 10) || 10)); }
    get syncsUrl() { return this.getAttribute('url-state') !== 'off'; }

    connectedCallback() {
      if (this.connected) return;
      this.connected = true;
      if (this.syncsUrl) window.addEventListener('popstate', this.onPopState);
      const fromUrl = this.syncsUrl ? stateFromUrl(location.search) : emptyState();
      const hasUrlState = this.syncsUrl && STATE_PARAMS.some((p) => new URLSearchParams(location.search).has(p));
      this.state = hasUrlState ? fromUrl : this.defaultState();
      this.input.placeholder = this.getAttribute('placeholder') || 'Search the minutes';
      this.input.value = this.state.q;
      this.updateClearButton();
      this.runSearch({ history: 'none' });
    }

    disconnectedCallback() {
      this.connected = false;
      window.removeEventListener('popstate', this.onPopState);
      this.searchController?.abort();
      this.suggestController?.abort();
      clearTimeout(this.searchTimer);
      clearTimeout(this.suggestTimer);
      clearInterval(this.retryTimer);
    }

    defaultState() {
      const state = emptyState();
      state.topics = listAttribute(this, 'topic');
      state.speakers = listAttribute(this, 'speaker');
      state.kinds = listAttribute(this, 'kind');
      return state;
    }

    /** Focuses the search box. */
    focus() { this.input.focus(); }

    build(root) {
      const id = (name) => `${this.uid}-${name}`;
      this.input = h('input', {
        id: id('q'), type: 'search', role: 'combobox', autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'search',
        'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': id('listbox'),
        'aria-describedby': id('keys'),
        oninput: () => this.onInput(), onkeydown: (e) => this.onInputKey(e), onblur: () => setTimeout(() => this.closeSuggestions(), 120),
      });
      this.listbox = h('ul', { id: id('listbox'), class: 'listbox', role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
      this.clearButton = h('button', { type: 'button', class: 'clear', 'aria-label': 'Clear search', text: '\u00d7', hidden: true,
        onclick: () => { this.input.value = ''; this.onInput(); this.input.focus(); } });
      const form = h('form', { class: 'bar', role: 'search', 'aria-label': 'Search the minutes', onsubmit: (e) => this.onSubmit(e) },
        h('label', { for: id('q'), class: 'visually-hidden', text: 'Search the minutes' }),
        h('div', { class: 'combo' }, icon(SEARCH_ICON), this.input, this.clearButton, this.listbox),
        h('button', { type: 'submit', class: 'submit', text: 'Search' }));
      this.progress = h('div', { class: 'progress', 'aria-hidden': 'true' });
      this.chips = h('ul', { class: 'chips', 'aria-label': 'Active filters', hidden: true });
      this.facetToggle = h('button', { type: 'button', class: 'facets-toggle', 'aria-expanded': 'false', 'aria-controls': id('facet-body'),
        onclick: () => this.toggleFacets() }, icon(FILTER_ICON, 16), h('span', { text: 'Filters' }));
      this.facetBody = h('div', { id: id('facet-body'), class: 'facet-body' });
      this.facets = h('aside', { class: 'facets', 'aria-label': 'Filter results' }, this.facetToggle, this.facetBody);
      this.status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
      this.sortSelect = h('select', { id: id('sort'), onchange: () => this.update({ sort: this.sortSelect.value }) },
        h('option', { value: 'relevance', text: 'Relevance' }), h('option', { value: 'date', text: 'Newest first' }));
      this.sortBox = h('div', { class: 'sort', hidden: true }, h('label', { for: id('sort'), text: 'Sort by' }), this.sortSelect);
      this.interpreted = h('p', { class: 'interpreted', hidden: true });
      this.correction = h('p', { class: 'did-you-mean correction', hidden: true });
      this.message = h('div', { class: 'message', hidden: true });
      this.hits = h('ol', { class: 'hits', 'aria-label': 'Results', onkeydown: (e) => this.onResultsKey(e) });
      this.pager = h('nav', { class: 'pager', 'aria-label': 'Result pages', hidden: true });
      this.keys = h('p', { id: id('keys'), class: 'keys' }, 'Keyboard: ', h('kbd', { text: '\u2193' }), ' moves to the results, ',
        h('kbd', { text: 'j' }), ' / ', h('kbd', { text: 'k' }), ' or arrows move between them, ', h('kbd', { text: 'Enter' }), ' opens, ',
        h('kbd', { text: '/' }), ' returns to the search box.');
      const results = h('section', { class: 'results', 'aria-label': 'Search results' },
        h('div', { class: 'summary' }, this.status, this.sortBox), this.interpreted, this.correction, this.message, this.hits, this.pager, this.keys);
      this.layout = h('div', { class: 'layout' }, this.facets, results);
      root.append(h('div', { class: 'root', part: 'root', onkeydown: (e) => this.onRootKey(e) },
        form, this.progress, this.chips, this.layout));
    }

    // ---- state and search ------------------------------------------------------------------------------------

    update(changes, history = 'push') {
      Object.assign(this.state, changes);
      if (!('page' in changes)) this.state.page = 1;
      this.runSearch({ history });
    }

    toggleFilter(key, value) {
      const values = this.state[key];
      this.update({ [key]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value] });
    }

    restoreFromUrl() {
      this.state = stateFromUrl(location.search);
      this.input.value = this.state.q;
      this.updateClearButton();
      this.runSearch({ history: 'none' });
    }

    writeUrl(mode) {
      if (!this.syncsUrl || mode === 'none') return;
      const url = new URL(location.href);
      for (const param of STATE_PARAMS) url.searchParams.delete(param);
      for (const [key, value] of stateToParams(this.state)) url.searchParams.append(key, value);
      if (url.href === location.href) return;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }

    hasCriteria() {
      const s = this.state;
      return Boolean(s.q.trim() || s.topics.length || s.speakers.length || s.kinds.length || s.year);
    }

    requestParams() {
      const s = this.state;
      const params = [['group', 'item'], ['pageSize', String(this.pageSize)], ['page', String(s.page)]];
      if (s.q.trim()) params.push(['q', s.q.trim()]);
      for (const field of FIELDS) for (const value of s[field.key]) params.push([field.param, value]);
      for (const committee of listAttribute(this, 'committee')) params.push(['committee', committee]);
      if (s.year) params.push(['from', `${s.year}-01-01`], ['to', `${s.year}-12-31`]);
      if (s.sort !== 'relevance') params.push(['sort', s.sort]);
      return params;
    }

    async runSearch({ history = 'push' } = {}) {
      clearTimeout(this.searchTimer);
      clearInterval(this.retryTimer);
      this.searchController?.abort();
      this.writeUrl(history);
      this.renderChips();
      if (!this.hasCriteria()) {
        this.searchController = null;
        this.response = null;
        this.setLoading(false);
        this.renderIntro();
        return;
      }
      const controller = new AbortController();
      this.searchController = controller;
      this.setLoading(true);
      try {
        const response = await getJson(this.service, '/api/search', this.requestParams(), controller.signal);
        if (this.searchController !== controller) return;
        this.response = response;
        this.learnLabels(response.facets);
        this.renderResponse(response);
      } catch (error) {
        if (error.name === 'AbortError' || this.searchController !== controller) return;
        this.renderError(error);
      } finally {
        if (this.searchController === controller) this.setLoading(false);
      }
    }

    setLoading(loading) {
      this.progress.classList.toggle('on', loading);
      this.hits.setAttribute('aria-busy', String(loading));
      this.toggleAttribute('loading', loading);
      if (loading && !this.hits.childElementCount) this.status.textContent = 'Searching\u2026';
    }

    learnLabels(facets) {
      if (!facets) return;
      for (const [key, facet] of [['topics', 'topic'], ['speakers', 'speaker'], ['kinds', 'kind']])
        for (const { value, label } of facets[facet] || []) if (label) this.labels[key].set(value, label);
    }

    labelOf(key, value) {
      return this.labels[key].get(value) || value;
    }

    /** Speaker labels carry the role in brackets ("Shafick Peerbux (Head of Community Safety)"); lists show the name. */
    shortLabelOf(key, value) {
      const label = this.labelOf(key, value);
      return key === 'speakers' ? shortName(label) : label;
    }

    // ---- input, suggestions ----------------------------------------------------------------------------------

    onInput() {
      this.state.q = this.input.value;
      this.state.page = 1;
      this.updateClearButton();
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => this.runSearch({ history: 'replace' }), SEARCH_DELAY_MS);
      clearTimeout(this.suggestTimer);
      const prefix = this.input.value.trim();
      if (prefix.length < 2) {
        this.suggestController?.abort();
        this.closeSuggestions();
        return;
      }
      this.suggestTimer = setTimeout(() => this.fetchSuggestions(prefix), SUGGEST_DELAY_MS);
    }

    updateClearButton() {
      this.clearButton.hidden = !this.input.value;
    }

    async fetchSuggestions(prefix) {
      this.suggestController?.abort();
      const controller = new AbortController();
      this.suggestController = controller;
      try {
        const suggestions = await getJson(this.service, '/api/suggest', [['prefix', prefix], ['limit', '8']], controller.signal);
        if (this.suggestController !== controller || this.input.value.trim() !== prefix) return;
        this.showSuggestions(Array.isArray(suggestions) ? suggestions : suggestions.suggestions || [], prefix);
      } catch {
        // Suggestions are a convenience: a failure leaves the box working as a plain search field.
        if (this.suggestController === controller) this.closeSuggestions();
      }
    }

    showSuggestions(suggestions, prefix) {
      this.suggestions = suggestions.slice(0, 8);
      this.activeOption = -1;
      this.listbox.replaceChildren(...this.suggestions.map((s, i) => this.renderOption(s, i, prefix)));
      const open = this.suggestions.length > 0 && this.shadowRoot.activeElement === this.input;
      this.listbox.hidden = !open;
      this.input.setAttribute('aria-expanded', String(open));
      this.input.removeAttribute('aria-activedescendant');
    }

    renderOption(suggestion, index, prefix) {
      const text = String(suggestion.text ?? suggestion.value ?? '');
      const lower = text.toLowerCase();
      const whole = prefix.toLowerCase();
      const typed = lower.includes(whole) ? whole : whole.split(/\s+/).pop();
      const at = typed ? lower.indexOf(typed) : -1;
      const label = at >= 0
        ? [text.slice(0, at), h('b', { text: text.slice(at, at + typed.length) }), text.slice(at + typed.length)]
        : [text];
      const kinds = { speaker: 'Speaker', topic: 'Topic', title: 'Item', term: '' };
      return h('li', {
        id: `${this.uid}-opt-${index}`, class: 'option', role: 'option', 'aria-selected': 'false',
        onmousedown: (e) => e.preventDefault(), onclick: () => this.chooseSuggestion(index),
      }, h('span', { class: 'text' }, label),
      kinds[suggestion.kind] ? h('span', { class: 'kind', text: kinds[suggestion.kind] }) : null,
      Number.isFinite(suggestion.count) ? countOf(suggestion.count) : null);
    }

    moveOption(delta) {
      if (!this.suggestions.length) return;
      const count = this.suggestions.length;
      this.activeOption = this.activeOption < 0 && delta < 0 ? count - 1 : (this.activeOption + delta + count) % count;
      [...this.listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.activeOption)));
      const active = this.listbox.children[this.activeOption];
      this.input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    }

    closeSuggestions() {
      this.listbox.hidden = true;
      this.activeOption = -1;
      this.input.setAttribute('aria-expanded', 'false');
      this.input.removeAttribute('aria-activedescendant');
    }

    chooseSuggestion(index) {
      const suggestion = this.suggestions[index];
      if (!suggestion) return;
      this.suggestController?.abort();
      clearTimeout(this.suggestTimer);
      this.closeSuggestions();
      // The service completes the whole typed text, so a speaker or topic replaces it with a filter.
      const text = String(suggestion.text ?? suggestion.value);
      const changes = { q: text };
      if (suggestion.kind === 'speaker' || suggestion.kind === 'topic') {
        const key = suggestion.kind === 'speaker' ? 'speakers' : 'topics';
        this.labels[key].set(suggestion.value, text);
        if (!this.state[key].includes(suggestion.value)) changes[key] = [...this.state[key], suggestion.value];
        changes.q = '';
      }
      this.input.value = changes.q;
      this.updateClearButton();
      this.update(changes);
      this.input.focus();
    }

    onInputKey(event) {
      const open = !this.listbox.hidden;
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          if (open) this.moveOption(1);
          else if (event.altKey && this.suggestions.length) this.showSuggestions(this.suggestions, this.input.value.trim());
          else this.focusHit(0);
          break;
        case 'ArrowUp':
          if (open) { event.preventDefault(); this.moveOption(-1); }
          break;
        case 'Enter':
          if (open && this.activeOption >= 0) {
            event.preventDefault();
            this.chooseSuggestion(this.activeOption);
          }
          break;
        case 'Escape':
          if (open) { event.preventDefault(); this.closeSuggestions(); }
          break;
        case 'Tab':
          this.closeSuggestions();
          break;
        default:
      }
    }

    onSubmit(event) {
      event.preventDefault();
      this.closeSuggestions();
      this.suggestController?.abort();
      clearTimeout(this.suggestTimer);
      this.state.q = this.input.value;
      this.state.page = 1;
      this.runSearch({ history: 'push' });
    }

    // ---- keyboard navigation through results -----------------------------------------------------------------

    hitLinks() { return [...this.hits.querySelectorAll('a.hit-link')]; }

    focusHit(index) {
      const links = this.hitLinks();
      if (!links.length) return false;
      links[Math.max(0, Math.min(links.length - 1, index))].focus();
      return true;
    }

    onResultsKey(event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const links = this.hitLinks();
      const current = links.findIndex((a) => a.closest('.hit').contains(this.shadowRoot.activeElement));
      if (current < 0) return;
      const next = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      if (current + next < 0) this.input.focus();
      else this.focusHit(current + next);
    }

    onRootKey(event) {
      const inField = event.composedPath()[0]?.matches?.('input, select, textarea');
      if (inField || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === '/') {
        event.preventDefault();
        this.input.focus();
        this.input.select();
      } else if (event.key === 'Escape') {
        this.input.focus();
      }
    }

    toggleFacets() {
      const open = !this.facets.classList.contains('open');
      this.facets.classList.toggle('open', open);
      this.facetToggle.setAttribute('aria-expanded', String(open));
    }

    // ---- rendering -------------------------------------------------------------------------------------------

    /** Re-renders a region and puts focus back on the control with the same data-key, if it had it. */
    preservingFocus(render) {
      const active = this.shadowRoot.activeElement;
      const key = active?.dataset?.key;
      render();
      if (key) this.shadowRoot.querySelector(`[data-key="${CSS.escape(key)}"]`)?.focus();
    }

    renderChips() {
      const chips = [];
      for (const field of FIELDS) {
        for (const value of this.state[field.key]) {
          const label = this.shortLabelOf(field.key, value);
          chips.push(this.chip(field.label, label, `chip:${field.key}:${value}`, () => this.toggleFilter(field.key, value)));
        }
      }
      if (this.state.year) chips.push(this.chip('Year', this.state.year, 'chip:year', () => this.update({ year: null })));
      if (chips.length > 1) {
        chips.push(h('li', {}, h('button', { type: 'button', class: 'link-button', 'data-key': 'chip:clear', text: 'Clear all filters',
          onclick: () => { this.update({ topics: [], speakers: [], kinds: [], year: null }); this.input.focus(); } })));
      }
      this.preservingFocus(() => this.chips.replaceChildren(...chips));
      this.chips.hidden = chips.length === 0;
      this.facetToggle.querySelector('span').textContent = chips.length ? `Filters (${this.filterCount()})` : 'Filters';
    }

    filterCount() {
      return this.state.topics.length + this.state.speakers.length + this.state.kinds.length + (this.state.year ? 1 : 0);
    }

    chip(field, label, key, remove) {
      return h('li', { class: 'chip' },
        h('span', { class: 'field', text: `${field}:` }), h('span', { class: 'value', title: label, text: label }),
        h('button', { type: 'button', 'aria-label': `Remove filter ${field}: ${label}`, 'data-key': key, text: '\u00d7',
          onclick: () => {
            remove();
            if (!this.chips.querySelector('button')) this.input.focus();
          } }));
    }

    renderIntro() {
      this.hits.replaceChildren();
      this.correction.hidden = true;
      this.pager.hidden = true;
      this.sortBox.hidden = true;
      this.interpreted.hidden = true;
      this.facetBody.replaceChildren();
      this.showFacets(false);
      this.status.textContent = '';
      this.showMessage('intro', h('h3', { text: 'Search what the partnership discussed and resolved' }),
        h('p', { text: 'Type a few words, a question such as \u201cwhat did we resolve about DHR funding\u201d, a speaker or a topic. Every answer cites the meeting, item and paragraph.' }),
        h('ul', { class: 'examples', 'aria-label': 'Example searches' }, this.examples().map((example) => h('li', {},
          h('button', { type: 'button', text: example, onclick: () => this.searchFor(example) })))));
    }

    examples() {
      const configured = (this.getAttribute('examples') || '').split('|').map((e) => e.trim()).filter(Boolean);
      return configured.length ? configured : EXAMPLES;
    }

    searchFor(q) {
      this.input.value = q;
      this.updateClearButton();
      this.update({ q });
      this.input.focus();
    }

    showMessage(kind, ...content) {
      this.message.className = `message ${kind}`;
      this.message.replaceChildren(...content);
      this.message.hidden = false;
    }

    renderResponse(response) {
      const hits = Array.isArray(response.hits) ? response.hits : [];
      const total = Number(response.total) || 0;
      const q = this.state.q.trim();
      this.message.hidden = true;
      this.status.replaceChildren(...this.statusText(total, q));
      this.sortBox.hidden = total === 0;
      this.sortSelect.value = this.state.sort;
      const interpreted = String(response.interpretedAs || '').trim();
      // Plain words joined by AND say nothing the user did not type.
      const plain = interpreted.replace(/ AND /g, ' ').toLowerCase();
      this.interpreted.hidden = !interpreted || !q || plain === q.toLowerCase().replace(/\s+/g, ' ');
      this.interpreted.textContent = `Understood as: ${interpreted}`;
      this.renderDidYouMean(total > 0 ? response.didYouMean : null);
      this.preservingFocus(() => {
        this.hits.replaceChildren(...hits.map((hit) => this.renderHit(hit)));
        this.renderFacets(response.facets || {});
      });
      this.renderChips();
      this.renderPager(total);
      if (total === 0) this.renderNoResults(response.didYouMean);
    }

    statusText(total, q) {
      const count = h('strong', { text: plural(total, 'result', 'results') });
      const parts = [count];
      if (q) parts.push(' for \u201c', q, '\u201d');
      if (this.filterCount()) parts.push(` with ${plural(this.filterCount(), 'filter', 'filters')}`);
      if (total > this.pageSize) {
        const first = (this.state.page - 1) * this.pageSize + 1;
        parts.push(` \u00b7 showing ${first}\u2013${Math.min(total, first + this.pageSize - 1)}`);
      }
      return parts;
    }

    /** The service searched a correction of a misspelt query: offer it as the query. */
    renderDidYouMean(didYouMean) {
      this.correction.hidden = !didYouMean;
      if (!didYouMean) return;
      this.correction.replaceChildren('Did you mean ',
        h('button', { type: 'button', class: 'suggested', text: didYouMean, onclick: () => this.searchFor(didYouMean) }),
        '? No minutes match \u201c', this.state.q.trim(), '\u201d as typed, so these results are for the correction.');
    }

    renderNoResults(didYouMean) {
      const content = [h('h3', { text: 'No matching minutes' })];
      if (didYouMean) {
        content.push(h('p', { class: 'did-you-mean' }, 'Did you mean ',
          h('button', { type: 'button', class: 'suggested', text: didYouMean, onclick: () => this.searchFor(didYouMean) }), '?'));
      }
      const tips = ['Check the spelling, or try fewer or more general words.'];
      if (this.filterCount()) tips.push('Remove a filter to widen the search.');
      content.push(...tips.map((tip) => h('p', { text: tip })));
      this.showMessage('empty', ...content);
    }

    renderError(error) {
      this.hits.replaceChildren();
      this.correction.hidden = true;
      this.pager.hidden = true;
      this.sortBox.hidden = true;
      this.interpreted.hidden = true;
      const retry = h('button', { type: 'button', class: 'retry', text: 'Try again', onclick: () => this.runSearch({ history: 'none' }) });
      if (error.kind === 'rate-limited') {
        let remaining = Math.ceil(error.retryAfter);
        const wait = h('span', { class: 'wait', text: String(remaining) });
        this.status.textContent = 'Too many searches: please wait.';
        this.showMessage('error rate-limited', h('h3', { text: 'Too many searches in a short time' }),
          h('p', {}, 'The service limits how often one address may search. It will try again in ', wait, ' s.'), retry);
        this.retryTimer = setInterval(() => {
          remaining -= 1;
          wait.textContent = String(Math.max(0, remaining));
          if (remaining <= 0) this.runSearch({ history: 'none' });
        }, 1000);
      } else if (error.kind === 'network') {
        this.status.textContent = 'The search service is unreachable.';
        this.showMessage('error unreachable', h('h3', { text: 'The search service cannot be reached' }),
          h('p', { text: 'Check your connection; if it works, the service may be down for a moment.' }), retry);
      } else {
        this.status.textContent = 'The search failed.';
        this.showMessage('error', h('h3', { text: error.status === 400 ? 'The search could not be understood' : 'The search failed' }),
          h('p', { text: error.message }), error.status >= 500 ? retry : null);
      }
    }

    renderHit(hit) {
      const itemHref = this.itemHref(hit.itemId || hit.meetingId, hit.paragraph);
      const title = hit.itemTitle || hit.committee;
      const titleId = `${this.uid}-hit-${String(hit.chunkId).replace(/[^\w-]/g, '_')}`;
      const passages = Array.isArray(hit.passages) && hit.passages.length
        ? hit.passages.slice(0, 3)
        : [{ chunkId: hit.chunkId, paragraph: hit.paragraph, kind: hit.kind, snippet: hit.snippet }];
      const resolved = hit.kind === 'resolution' || passages.some((p) => p.kind === 'resolution');
      const target = this.getAttribute('link-target');
      return h('li', { class: `hit${resolved ? ' resolution' : ''}`, 'data-chunk': hit.chunkId },
        h('article', { 'aria-labelledby': titleId },
          h('p', { class: 'meta' }, h('time', { datetime: hit.meetingDate, text: formatDate(hit.meetingDate) }), h('span', { text: hit.committee })),
          h('h3', {}, h('a', { class: 'hit-link', id: titleId, href: itemHref, target, rel: target ? 'noopener' : null, text: title }),
            resolved ? [' ', h('span', { class: 'badge resolution', text: 'Resolution' })] : null),
          h('ul', { class: 'passages', 'aria-label': 'Matching passages' }, passages.map((p) => this.renderPassage(hit, p, target))),
          h('cite', { text: hit.citation || this.citation(hit) }),
          this.renderTags(hit)));
    }

    renderPassage(hit, passage, target) {
      const resolution = passage.kind === 'resolution';
      const label = resolution ? 'Resolution' : `Para ${passage.paragraph}`;
      return h('li', { class: `passage${resolution ? ' resolution' : ''}` },
        h('a', { class: 'para', href: this.itemHref(hit.itemId || hit.meetingId, passage.paragraph), target, tabindex: '-1',
          'aria-label': `${label} of ${hit.itemTitle || 'the item'}`, text: resolution ? 'Res.' : `\u00b6 ${passage.paragraph}` }),
        setSnippet(h('p', { class: 'snippet' }), passage.snippet));
    }

    renderTags(hit) {
      const tags = [
        ...(hit.speakers || []).slice(0, 3).map((s) => h('li', { class: 'tag person', title: this.labelOf('speakers', s), text: this.shortLabelOf('speakers', s) })),
        ...(hit.topics || []).slice(0, 3).map((t) => h('li', { class: 'tag', text: this.labelOf('topics', t) })),
      ];
      return tags.length ? h('ul', { class: 'tags', 'aria-label': 'Speakers and topics' }, tags) : null;
    }

    citation(hit) {
      const ordinal = ordinalOf(hit.itemId);
      const para = hit.kind === 'resolution' ? 'resolution' : `para ${hit.paragraph}`;
      return [hit.committee, formatDate(hit.meetingDate), ordinal ? `item ${ordinal}${hit.itemTitle ? ` (${hit.itemTitle})` : ''}` : null, para]
        .filter(Boolean).join(', ');
    }

    itemHref(itemId, paragraph) {
      const url = new URL(`${this.service}/item.html`);
      url.searchParams.set('id', itemId);
      if (paragraph) url.searchParams.set('para', paragraph);
      if (this.state.q.trim()) url.searchParams.set('q', this.state.q.trim());
      return url.href;
    }

    renderFacets(facets) {
      const groups = [
        this.renderYears(facets.year || []),
        this.renderFacetGroup('topics', 'Topic', facets.topic || []),
        this.renderFacetGroup('speakers', 'Speaker', facets.speaker || []),
        this.renderFacetGroup('kinds', 'Type', facets.kind || []),
      ].filter(Boolean);
      this.facetBody.replaceChildren(...groups);
      this.showFacets(groups.length > 0);
    }

    showFacets(shown) {
      this.facets.hidden = !shown;
      this.layout.classList.toggle('no-facets', !shown);
    }

    renderFacetGroup(key, title, values) {
      const selected = this.state[key];
      const shown = [...values];
      // A selected value stays visible (and removable) even when the server lists it beyond the preview.
      for (const value of selected) if (!shown.some((v) => v.value === value)) shown.push({ value, label: this.labelOf(key, value), count: 0 });
      if (!shown.length) return null;
      shown.sort((a, b) => Number(selected.includes(b.value)) - Number(selected.includes(a.value)));
      const expanded = this.expanded.has(key);
      const visible = expanded ? shown : shown.slice(0, Math.max(FACET_PREVIEW, selected.length));
      const headingId = `${this.uid}-facet-${key}`;
      return h('section', { class: `facet facet-${key}`, 'aria-labelledby': headingId },
        h('h3', { id: headingId, text: title }),
        h('ul', {}, visible.map((v) => h('li', {},
          h('button', { type: 'button', class: 'facet-value', 'aria-pressed': String(selected.includes(v.value)),
            'data-key': `facet:${key}:${v.value}`, 'data-value': v.value, onclick: () => this.toggleFilter(key, v.value) },
          h('span', { class: 'box', 'aria-hidden': 'true' }),
          h('span', { class: 'label', title: v.label || v.value, text: key === 'speakers' ? shortName(v.label || v.value) : v.label || v.value }),
          countOf(v.count))))),
        shown.length > visible.length || expanded
          ? h('button', { type: 'button', class: 'link-button more', 'data-key': `more:${key}`, 'aria-expanded': String(expanded),
            text: expanded ? 'Show fewer' : `Show all ${shown.length}`,
            onclick: () => {
              if (expanded) this.expanded.delete(key); else this.expanded.add(key);
              this.preservingFocus(() => this.renderFacets(this.response?.facets || {}));
            } })
          : null);
    }

    renderYears(values) {
      const years = values.filter((v) => /^\d{4}$/.test(String(v.value)));
      if (!years.length && !this.state.year) return null;
      const headingId = `${this.uid}-facet-year`;
      const buttons = years.slice().sort((a, b) => Number(b.value) - Number(a.value)).map((v) => h('li', {},
        h('button', { type: 'button', class: 'year', 'aria-pressed': String(this.state.year === String(v.value)),
          'data-key': `year:${v.value}`, 'data-value': v.value, onclick: () => this.toggleYear(String(v.value)) },
        String(v.value), ' ', countOf(v.count))));
      return h('section', { class: 'facet facet-year', 'aria-labelledby': headingId },
        h('h3', { id: headingId, text: 'Matches per year' }),
        years.length ? this.renderChart(years) : null,
        h('ul', { class: 'years', 'aria-label': 'Filter by year' }, buttons));
    }

    toggleYear(year) {
      this.update({ year: this.state.year === year ? null : year });
    }

    /** Bars of matches per year, every year between the first and last shown (gaps as zero). */
    renderChart(values) {
      const counts = new Map(values.map((v) => [Number(v.value), Number(v.count) || 0]));
      const first = Math.min(...counts.keys());
      const last = Math.max(...counts.keys());
      const years = [];
      for (let y = Math.max(first, last - 24); y <= last; y++) years.push(y);
      const max = Math.max(1, ...counts.values());
      const slot = 100 / years.length;
      const barWidth = Math.min(slot * 0.7, 14);
      const labelEvery = Math.ceil(years.length / 8);
      const titleId = `${this.uid}-chart-title`;
      const descId = `${this.uid}-chart-desc`;
      const description = years.filter((y) => counts.get(y)).map((y) => `${y}: ${plural(counts.get(y), 'match', 'matches')}`).join('; ');
      const top = 16;
      const plot = 84;
      return h('figure', { class: 'chart' },
        h('svg:svg', { role: 'img', 'aria-labelledby': `${titleId} ${descId}`, 'data-years': years.join(',') },
          h('svg:title', { id: titleId, text: 'Matches per year' }),
          h('svg:desc', { id: descId, text: description }),
          h('svg:line', { x1: '0%', x2: '100%', y1: top + plot, y2: top + plot, stroke: 'currentColor', 'stroke-opacity': '0.25' }),
          years.map((year, i) => {
            const count = counts.get(year) || 0;
            const height = count ? Math.max(2, (count / max) * plot) : 0;
            const center = slot * i + slot / 2;
            const selected = this.state.year === String(year);
            return h('svg:g', { class: 'year-bar', 'data-year': year },
              count ? h('svg:rect', { class: `bar${selected ? ' selected' : ''}`, x: `${center - barWidth / 2}%`, width: `${barWidth}%`,
                y: top + plot - height, height, rx: 2, onclick: () => this.toggleYear(String(year)) },
              h('svg:title', { text: `${year}: ${plural(count, 'match', 'matches')}` })) : null,
              count ? h('svg:text', { class: 'n', x: `${center}%`, y: top + plot - height - 4, 'text-anchor': 'middle', text: numberFormat.format(count) }) : null,
              i % labelEvery === 0 || i === years.length - 1
                ? h('svg:text', { x: `${center}%`, y: top + plot + 14, 'text-anchor': 'middle', text: String(year) }) : null);
          })));
    }

    renderPager(total) {
      const pages = Math.ceil(total / this.pageSize);
      this.pager.hidden = pages <= 1;
      if (pages <= 1) return;
      const page = Math.min(this.state.page, pages);
      const go = (p) => { this.update({ page: p }); this.scrollIntoView({ block: 'start', behavior: 'smooth' }); };
      this.pager.replaceChildren(
        h('button', { type: 'button', 'data-key': 'page:prev', disabled: page <= 1, text: '\u2190 Previous', onclick: () => go(page - 1) }),
        h('span', { text: `Page ${page} of ${pages}` }),
        h('button', { type: 'button', 'data-key': 'page:next', disabled: page >= pages, text: 'Next \u2192', onclick: () => go(page + 1) }));
    }
  }

  /** <kcsp-item>: one agenda item in full, the matched passage highlighted and scrolled into view. */
  class KcspItem extends HTMLElement {
    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      adoptStyles(this.root);
      this.body = h('div', { class: 'root', part: 'root' });
      this.root.append(this.body);
    }

    static get observedAttributes() { return ['item-id', 'para', 'q']; }

    connectedCallback() { this.load(); }

    attributeChangedCallback() { if (this.isConnected) this.load(); }

    params() {
      const page = new URLSearchParams(location.search);
      return {
        id: this.getAttribute('item-id') || page.get('id') || '',
        para: this.getAttribute('para') || page.get('para') || '',
        q: this.getAttribute('q') ?? page.get('q') ?? '',
      };
    }

    async load() {
      const { id, para, q } = this.params();
      this.controller?.abort();
      const controller = new AbortController();
      this.controller = controller;
      if (!id) {
        this.renderProblem('No item chosen', 'Open an item from the search results.');
        return;
      }
      this.body.replaceChildren(h('p', { class: 'status', role: 'status', text: 'Loading the item\u2026' }));
      const service = serviceOf(this);
      const meetingId = id.split('/')[0];
      try {
        // The meeting (names and roles of speakers, the other items) and topic labels only enrich the view.
        const optional = (promise) => promise.catch((e) => {
          if (e.name === 'AbortError') throw e;
          return null;
        });
        const [item, meeting, topicList] = await Promise.all([
          getJson(service, `/api/items/${encodePath(id)}`, [], controller.signal),
          optional(getJson(service, `/api/meetings/${encodeURIComponent(meetingId)}`, [], controller.signal)),
          optional(getJson(service, '/api/topics', [], controller.signal)),
        ]);
        const topics = Array.isArray(topicList) ? new Map(topicList.map((t) => [t.id, t.label])) : null;
        if (this.controller !== controller) return;
        this.render(item, meeting, topics, para, q);
      } catch (error) {
        if (error.name === 'AbortError') return;
        if (error.kind === 'not-found') this.renderProblem('Item not found', 'This item is not in the index; it may have been removed or restricted.');
        else if (error.kind === 'rate-limited') this.renderProblem('Too many requests', `Please wait ${error.retryAfter} seconds and reload the page.`);
        else if (error.kind === 'network') this.renderProblem('The search service cannot be reached', 'Check your connection and reload the page.');
        else this.renderProblem('The item could not be loaded', error.message);
      }
    }

    renderProblem(title, text) {
      this.body.replaceChildren(this.backLink(), h('div', { class: 'message error', role: 'alert' }, h('h3', { text: title }), h('p', { text })));
    }

    backLink() {
      const { q } = this.params();
      const back = this.getAttribute('back-url') || `${serviceOf(this)}/${q ? `?q=${encodeURIComponent(q)}` : ''}`;
      const link = h('a', { href: back, text: '\u2190 Back to search' });
      // Coming from the results page, going back restores its state (filters, page, scroll) exactly.
      if (document.referrer && new URL(document.referrer, location.href).origin === location.origin && history.length > 1) {
        link.addEventListener('click', (e) => { e.preventDefault(); history.back(); });
      }
      return h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, link);
    }

    render(item, meeting, topics, para, q) {
      const people = new Map((meeting?.people || []).map((p) => [p.personId, p]));
      const name = (id) => people.get(id)?.name || id;
      const terms = queryTerms(q);
      const number = item.minuteNumber ? `Minute ${item.minuteNumber}` : `Item ${item.ordinal}`;
      const topicLabel = (id) => topics?.get(id) || id;
      if (this.hasAttribute('update-title')) document.title = `${item.title} \u2013 ${formatDate(item.meetingDate)} \u2013 KCSP minutes`;
      const chunks = Array.isArray(item.chunks) ? item.chunks : [];
      const resolutionsShown = chunks.some((c) => c.kind === 'resolution');
      let matched = null;
      const paras = chunks.map((chunk) => {
        const isMatch = Boolean(para) && (chunk.paragraph === para || chunk.id === para);
        const resolution = chunk.kind === 'resolution';
        const li = h('li', { id: `p-${chunk.paragraph}`, class: [resolution ? 'resolution' : '', isMatch ? 'matched' : ''].join(' ').trim() || null,
          'data-paragraph': chunk.paragraph, tabindex: isMatch ? '-1' : null, 'aria-current': isMatch ? 'true' : null },
        h('span', { class: 'num', 'aria-label': resolution ? 'Resolution' : `Paragraph ${chunk.paragraph}`, text: resolution ? 'R' : chunk.paragraph }),
        h('div', {},
          isMatch ? h('span', { class: 'matched-label', text: 'Matched passage' }) : null,
          resolution ? h('p', { class: 'who' }, h('span', { class: 'badge resolution', text: 'Resolution' })) : null,
          chunk.speakers?.length && !resolution ? h('p', { class: 'who', text: chunk.speakers.map(name).join(', ') }) : null,
          h('p', { class: 'text' }, markTerms(String(chunk.leadIn ? `${chunk.leadIn} ${chunk.text}` : chunk.text ?? ''), terms)),
          this.renderLinks(chunk.links)));
        if (isMatch) matched = li;
        return li;
      });
      const extraResolutions = resolutionsShown ? [] : (item.resolutions || []).map((text, i) => h('li', { class: 'resolution', id: `p-R${i ? i + 1 : ''}` },
        h('span', { class: 'num', 'aria-label': 'Resolution', text: 'R' }),
        h('div', {}, h('p', { class: 'who' }, h('span', { class: 'badge resolution', text: 'Resolution' })), h('p', { class: 'text' }, markTerms(text, terms)))));
      const speakers = (item.speakers || []).map((id) => {
        const person = people.get(id);
        const role = [person?.role, person?.organisation].filter(Boolean).join(', ');
        return h('li', {}, h('span', { text: name(id) }), role ? h('span', { class: 'role', text: ` \u2013 ${role}` }) : null);
      });
      this.body.replaceChildren(
        this.backLink(),
        h('article', { 'aria-labelledby': 'item-title' },
          h('header', { class: 'item-header' },
            h('p', { class: 'eyebrow' }, h('span', { text: item.committee }), ' \u00b7 ', h('time', { datetime: item.meetingDate, text: formatDate(item.meetingDate) }),
              ` \u00b7 ${number}`, meeting?.status && meeting.status !== 'final' ? ` \u00b7 ${meeting.status} minutes` : null),
            h('h2', { id: 'item-title' }, item.title,
              item.restricted ? [' ', h('span', { class: 'badge restricted', text: 'Exempt' })] : null),
            item.topics?.length ? h('ul', { class: 'tags', 'aria-label': 'Topics' }, item.topics.map((t) => h('li', { class: 'tag', text: topicLabel(t) }))) : null,
            speakers.length ? h('dl', { class: 'people' }, h('dt', { text: 'Speakers' }), h('dd', {}, h('ul', {}, speakers))) : null),
          paras.length || extraResolutions.length
            ? h('ol', { class: 'paras', 'aria-label': 'Paragraphs' }, paras, extraResolutions)
            : h('p', { class: 'message', text: 'This item has no recorded text.' }),
          this.renderSiblings(item, meeting)));
      if (matched) {
        requestAnimationFrame(() => {
          matched.scrollIntoView({ block: 'center' });
          matched.focus({ preventScroll: true });
        });
      }
    }

    renderLinks(links) {
      const safe = (links || []).filter((l) => /^https?:\/\//i.test(String(l)));
      if (!safe.length) return null;
      return h('ul', { class: 'links', 'aria-label': 'Linked documents' }, safe.map((l) => h('li', {},
        h('a', { href: l, rel: 'noopener noreferrer', target: '_blank', text: decodeURIComponent(String(l).split('/').pop() || l) }))));
    }

    renderSiblings(item, meeting) {
      const items = meeting?.items || [];
      const index = items.findIndex((i) => i.itemId === item.itemId);
      if (index < 0) return null;
      const { q } = this.params();
      const link = (other, cls, text) => {
        const url = new URL(`${serviceOf(this)}/item.html`);
        url.searchParams.set('id', other.itemId);
        if (q) url.searchParams.set('q', q);
        return h('a', { class: cls, href: url.href, text });
      };
      return h('nav', { class: 'siblings', 'aria-label': 'Other items of this meeting' },
        index > 0 ? link(items[index - 1], 'prev', `\u2190 ${items[index - 1].title}`) : null,
        index < items.length - 1 ? link(items[index + 1], 'next', `${items[index + 1].title} \u2192`) : null);
    }
  }

  if (!customElements.get('kcsp-search')) customElements.define("kcsp-search", KcspSearch);
  if (!customElements.get('kcsp-item')) customElements.define("kcsp-item", KcspItem);
})();
