import { SearchEngine, type SearchFilters, type SearchHit, type SearchLoader } from './engine.ts';
import { indexPaths, type SearchMeta } from '../../domain/search-index.ts';
import { searchWords, type SearchWords } from '../../i18n/search.ts';
import type { SearchEngineSettings } from '../../domain/search-engine.ts';
import { MeilisearchEngine } from './meilisearch.ts';
import { searchIndexUrl, sectionUrl, useBase } from '../../domain/urls.ts';

// The site may be served under a sub-path (Astro's base); the index and the results live under it too.
useBase(import.meta.env.BASE_URL);

/** Fetches index files from the built site (the engine asks for each once): meta.json, then files in the folder it names. */
export function fetchLoader(base = searchIndexUrl('')): SearchLoader {
  const get = async (path: string) => {
    const response = await fetch(base + path);
    if (!response.ok) throw new Error(`search index ${path}: HTTP ${response.status}`);
    return response.json();
  };
  let meta: Promise<SearchMeta> | undefined;
  const files = () => (meta ??= get('meta.json'));
  return {
    meta: files,
    shard: async (index) => get(indexPaths.shard(await files(), index)),
    doc: async (index) => get(indexPaths.doc(await files(), index)),
    fuzzy: async () => get(indexPaths.fuzzy(await files())),
    pinyin: async () => get(indexPaths.pinyin(await files())),
  };
}

/**
 * The engine the page was built for: the search server casebook.yaml names (in the form's
 * `data-search-engine`), else the site's own static index.
 */
function pageEngine(document: Document): Pick<SearchEngine, 'search' | 'prefetch'> {
  const named = document.querySelector<HTMLElement>('[data-search-form]')?.dataset.searchEngine;
  const settings = named ? (JSON.parse(named) as SearchEngineSettings) : undefined;
  return settings?.kind === 'meilisearch' ? new MeilisearchEngine(settings, fetchLoader()) : new SearchEngine(fetchLoader());
}

const FILTERS = ['series', 'kind', 'province'] as const;
// Each shown result fetches its case's file for the passage, so the page shows the best ten.
const PAGE_SIZE = 10;

/**
 * Wires the search page: the URL always holds the query and filters (so
 * links can be shared and back/forward work), results render as the reader
 * types, arrow keys move through them. All indexed text is inserted as text,
 * never as HTML.
 */
export function startSearchPage(document: Document, engine: Pick<SearchEngine, 'search' | 'prefetch'> = pageEngine(document)) {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
  const moreWrap = document.querySelector<HTMLElement>('[data-search-more-wrap]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const text = searchWords(document);
  let run = 0;
  let shown = 0;
  let typingTimer: number | undefined;

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const name of FILTERS) (form.elements.namedItem(name) as HTMLSelectElement).value = params.get(name) ?? '';
  };

  const state = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const name of FILTERS) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement).value;
      if (value) params.set(name, value);
    }
    return params;
  };

  const writeUrl = (push: boolean) => {
    const query = state().toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const render = async (append = false) => {
    const current = ++run;
    const params = state();
    const query = params.get('q') ?? '';
    const filters: SearchFilters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? undefined]));
    document.title = query ? text.resultsTitle(query) : text.searchTitle;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      if (moreWrap) moreWrap.hidden = true;
      return;
    }
    if (!append) status.textContent = text.searching;
    const started = performance.now();
    const offset = append ? shown : 0;
    const result = await engine.search(query, filters, PAGE_SIZE, offset);
    if (current !== run) return;
    const items = result.hits.map((hit) => resultItem(document, hit, text));
    if (append) list.append(...items);
    else list.replaceChildren(...items);
    shown = offset + result.hits.length;
    const took = Math.round(performance.now() - started);
    const common = result.commonWords ? text.commonWordsOnly(result.commonWords) : '';
    status.textContent = shown
      ? `${common}${result.corrected ? text.correctedTo(result.corrected) : ''}${text.casesFound(result.total, result.complete, shown)}${text.took(took)}`
      : common;
    empty.hidden = shown > 0;
    if (moreWrap) moreWrap.hidden = shown >= result.total;
    // Keyboard readers land on the first new result.
    if (append) items[0]?.querySelector<HTMLAnchorElement>('a')?.focus();
  };
  more?.addEventListener('click', () => void render(true));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(true);
    void render();
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    writeUrl(true);
    void render();
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => {
      writeUrl(false);
      void render();
    }, 120);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && event.target === input) {
      event.preventDefault();
      list.querySelector<HTMLAnchorElement>('a')?.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-title')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && index >= 0) {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      (index === 0 ? input : links[index - 1])?.focus();
    }
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void render();
  });

  // What every query reads first is fetched while the reader types the first one.
  engine.prefetch();
  readUrl();
  if (!input.value) input.focus();
  void render();
}

function resultItem(document: Document, hit: SearchHit, text: SearchWords): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.className = 'result-title';
  link.href = sectionUrl(hit.doc.id, hit.section?.anchor ?? '');
  link.textContent = hit.doc.title;
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  meta.textContent = [hit.doc.seriesTitle, hit.doc.kindLabel, hit.doc.place, hit.section?.heading].filter(Boolean).join(' · ');
  const parts: HTMLElement[] = [link];
  if (hit.english && hit.doc.en) {
    const english = document.createElement('p');
    english.className = 'result-en';
    english.lang = 'en';
    english.textContent = hit.doc.en.title;
    parts.push(english);
  }
  parts.push(meta);
  const snippet = document.createElement('p');
  snippet.className = 'result-snippet';
  if (hit.section) {
    for (const part of hit.section.snippet) {
      if (part.match) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        snippet.append(mark);
      } else {
        snippet.append(part.text);
      }
    }
  } else {
    snippet.textContent = hit.english && hit.doc.en?.summary ? hit.doc.en.summary : hit.doc.summary;
    if (hit.english && hit.doc.en?.summary) snippet.lang = 'en';
  }
  parts.push(snippet);
  if (hit.missing.length) {
    const missing = document.createElement('p');
    missing.className = 'result-missing';
    missing.textContent = text.missingTerms(hit.missing);
    parts.push(missing);
  }
  item.append(...parts);
  return item;
}
