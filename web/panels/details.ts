/**
 * Details panel: the selected node's properties, aliases, roles over time, events (with the
 * evidence sentence) and articles; an article opens with its evidence highlighted in the text.
 * Everything is rendered as text.
 */
import { api, type ArticleView } from '../api.ts';
import { byId, h, highlighted, replace } from '../dom.ts';
import type { Explorer } from '../explorer.ts';
import { styleOf } from '../graph/style.ts';

interface RoleRow {
  role?: string;
  of?: string;
  asOf?: string;
  rank?: string | null;
}
interface EventRow {
  id?: string;
  type?: string;
  date?: string;
  place?: string;
  participants?: string[];
  evidence?: string;
  article?: string;
  articleTitle?: string;
}
interface ArticleRow {
  id?: string;
  title?: string;
  published?: string;
}

const HIDDEN_PROPS = new Set(['text', 'aliases', 'hash', 'contentHash']);

/** The details panel. */
export class DetailsPanel {
  private readonly root = byId('tab-details');

  constructor(
    private readonly explorer: Explorer,
    private readonly openMeetings: (personId: string) => void,
  ) {
    this.empty();
  }

  /** Shows the hint when nothing is selected. */
  empty(): void {
    replace(
      this.root,
      h(
        'p',
        { class: 'muted' },
        'Select a node to see its properties, roles, events and the articles behind them.',
      ),
    );
  }

  /** Loads and shows one node. */
  async show(id: string): Promise<void> {
    try {
      const d = await api.details(id);
      const label = d.node.labels[0] ?? 'Node';
      const aliases = Array.isArray(d.node.properties['aliases'])
        ? d.node.properties['aliases'].map(String)
        : [];
      const props = Object.entries(d.node.properties).filter(([k]) => !HIDDEN_PROPS.has(k));
      replace(
        this.root,
        h(
          'div',
          { class: 'row' },
          h('span', { class: 'dot', style: `background:${styleOf(label).color}` }),
          h('span', { class: 'badge' }, label),
        ),
        h('h2', { 'data-testid': 'details-title' }, d.node.caption),
        this.actions(id, label),
        aliases.length > 0 ? h('h3', {}, 'Also known as') : null,
        aliases.length > 0
          ? h('div', { class: 'chips' }, ...aliases.map((a) => h('span', { class: 'badge' }, a)))
          : null,
        h('h3', {}, 'Properties'),
        h(
          'table',
          { class: 'props' },
          ...props.map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', {}, format(v)))),
        ),
        ...this.roles(d.roles as RoleRow[]),
        ...this.events(d.events as EventRow[]),
        ...this.articles(d.articles as ArticleRow[]),
        label === 'Article' ? h('div', { id: 'article-view' }) : null,
      );
      if (label === 'Article') await this.openArticle(id, []);
    } catch (error) {
      this.explorer.error(error);
    }
  }

  private actions(id: string, label: string): HTMLElement {
    const r = this.explorer.renderer;
    return h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          onclick: () => void this.explorer.expand(id),
          title: 'Add neighbours (double-click does the same)',
        },
        'Expand',
      ),
      h(
        'button',
        {
          onclick: (e: Event) => ((e.target as HTMLElement).textContent = r.togglePin(id) ? 'Unpin' : 'Pin'),
        },
        r.cy.getElementById(id).hasClass('pinned') ? 'Unpin' : 'Pin',
      ),
      h('button', { onclick: () => (r.hide(id), this.explorer.save()) }, 'Hide'),
      h(
        'button',
        { onclick: () => (r.remove(id), this.explorer.refreshFacets(), this.explorer.save()) },
        'Remove',
      ),
      label === 'Person'
        ? h('button', { class: 'primary', onclick: () => this.openMeetings(id) }, 'Who met whom')
        : null,
    );
  }

  private roles(rows: RoleRow[]): Array<HTMLElement | null> {
    if (rows.length === 0) return [];
    return [
      h('h3', {}, 'Roles over time'),
      h(
        'ul',
        { class: 'list' },
        ...rows.map((r) =>
          h(
            'li',
            {},
            h('span', { class: 'when' }, r.asOf ?? '—'),
            [r.rank, r.role].filter(Boolean).join(' · '),
            r.of && !(r.role ?? '').endsWith(r.of) ? h('span', { class: 'muted' }, ` of ${r.of}`) : null,
          ),
        ),
      ),
    ];
  }

  private events(rows: EventRow[]): Array<HTMLElement | null> {
    if (rows.length === 0) return [];
    return [
      h('h3', {}, `Events (${rows.length})`),
      h(
        'ul',
        { class: 'list', 'data-testid': 'events' },
        ...rows.map((e) =>
          h(
            'li',
            {},
            h('span', { class: 'when' }, e.date ?? 'undated'),
            h('strong', {}, e.type ?? 'event'),
            e.place ? ` in ${e.place}` : '',
            e.participants && e.participants.length > 0
              ? h('div', { class: 'muted' }, e.participants.join(', '))
              : null,
            e.evidence ? h('blockquote', { class: 'evidence' }, e.evidence) : null,
            e.article
              ? h(
                  'button',
                  {
                    class: 'link',
                    onclick: () => void this.openArticle(e.article ?? '', e.evidence ? [e.evidence] : []),
                  },
                  `Read: ${e.articleTitle ?? e.article}`,
                )
              : null,
          ),
        ),
      ),
    ];
  }

  private articles(rows: ArticleRow[]): Array<HTMLElement | null> {
    if (rows.length === 0) return [];
    return [
      h('h3', {}, `Articles (${rows.length})`),
      h(
        'ul',
        { class: 'list' },
        ...rows.map((a) =>
          h(
            'li',
            {},
            h('span', { class: 'when' }, a.published ?? ''),
            h(
              'button',
              { class: 'link', onclick: () => void this.openArticle(a.id ?? '', []) },
              a.title ?? a.id ?? 'article',
            ),
          ),
        ),
      ),
      h('div', { id: 'article-view' }),
    ];
  }

  /** Opens an article below the details with the given (or all its) evidence highlighted. */
  async openArticle(id: string, evidence: string[]): Promise<void> {
    const box =
      document.getElementById('article-view') ?? this.root.appendChild(h('div', { id: 'article-view' }));
    try {
      const article: ArticleView = await api.article(id);
      const marks = evidence.length > 0 ? evidence : article.evidence;
      replace(
        box,
        h('h3', {}, 'Article'),
        h('h2', { style: 'font-size:16px' }, article.title ?? article.id),
        h('div', { class: 'muted' }, [article.outlet, article.published].filter(Boolean).join(' · ')),
        h('div', { class: 'article-text', 'data-testid': 'article-text' }, highlighted(article.text, marks)),
      );
      box.scrollIntoView({ behavior: 'smooth', block: 'start' });
    } catch (error) {
      this.explorer.error(error);
    }
  }
}

function format(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
