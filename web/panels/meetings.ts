/**
 * Who met whom: pick a person for their meetings (counterpart, date, place, evidence, article)
 * as a sortable table and as a graph; pick a second person for the pair's meetings and the
 * shortest path between them.
 */
import { api, type Meeting, type SearchHit } from '../api.ts';
import { byId, h, replace } from '../dom.ts';
import type { Explorer } from '../explorer.ts';
import { toCsv } from '../graph/elements.ts';
import { download } from '../download.ts';
import { attachSuggest } from '../suggest.ts';

type Column = 'counterpart' | 'date' | 'place' | 'evidence' | 'articleTitle';
const COLUMNS: Array<[Column, string]> = [
  ['counterpart', 'Counterpart'],
  ['date', 'Date'],
  ['place', 'Place'],
  ['evidence', 'Evidence'],
  ['articleTitle', 'Article'],
];

/** The who-met-whom panel. */
export class MeetingsPanel {
  private readonly root = byId('tab-meetings');
  private person: SearchHit | null = null;
  private other: SearchHit | null = null;
  private rows: Meeting[] = [];
  private sort: { column: Column; asc: boolean } = { column: 'date', asc: true };
  private readonly table = h('div', { class: 'results', 'data-testid': 'meetings' });
  private readonly pathBox = h('div', {});

  constructor(
    private readonly explorer: Explorer,
    private readonly openArticle: (id: string, evidence: string[]) => void,
  ) {
    const first = this.picker('Person', (hit) => ((this.person = hit), void this.load()));
    const second = this.picker('Optional: a second person', (hit) => ((this.other = hit), void this.load()));
    replace(
      this.root,
      h(
        'p',
        { class: 'muted' },
        'Pick a person to list their meetings; pick a second person for the meetings of the pair and the shortest path between them.',
      ),
      first,
      second,
      h(
        'div',
        { class: 'actions' },
        h('button', { onclick: () => this.showGraph() }, 'Show as graph'),
        h('button', { onclick: () => this.exportCsv() }, 'Export CSV'),
        h('button', { onclick: () => this.clearOther(second) }, 'Clear second person'),
      ),
      this.pathBox,
      this.table,
    );
  }

  private picker(placeholder: string, choose: (hit: SearchHit) => void): HTMLElement {
    const input = h('input', { type: 'search', placeholder, 'aria-label': placeholder });
    const list = h('ul', { class: 'suggestions', hidden: true });
    attachSuggest({ input, list, label: 'Person', choose });
    return h('div', { class: 'picker' }, input, list);
  }

  private clearOther(box: HTMLElement): void {
    this.other = null;
    const input = box.querySelector('input');
    if (input) input.value = '';
    void this.load();
  }

  /** Opens the panel for a person (from the details panel or a restored link). */
  async openFor(id: string, name: string | null, other: string | null = null): Promise<void> {
    // A restored link carries ids only; the names come from the graph.
    const [first, second] = await Promise.all([name ?? caption(id), other ? caption(other) : null]);
    this.person = { id, name: first, label: 'Person', aliases: [], score: 1, match: 'prefix' };
    this.other =
      other && second
        ? { id: other, name: second, label: 'Person', aliases: [], score: 1, match: 'prefix' }
        : null;
    const inputs = this.root.querySelectorAll('input');
    if (inputs[0]) inputs[0].value = first;
    if (inputs[1]) inputs[1].value = second ?? '';
    await this.load();
  }

  private async load(): Promise<void> {
    if (!this.person) return;
    this.explorer.state.meetings = [this.person.id, this.other?.id ?? null];
    this.explorer.save();
    try {
      this.rows = await api.meetings(this.person.id, this.other?.id);
      this.render();
      await this.loadPath();
    } catch (error) {
      this.explorer.error(error);
    }
  }

  private async loadPath(): Promise<void> {
    replace(this.pathBox);
    if (!this.person || !this.other) return;
    const answer = await api.path(this.person.id, this.other.id);
    if (!answer.path) {
      replace(this.pathBox, h('p', { class: 'muted' }, `No path within ${answer.maxHops} steps.`));
      return;
    }
    const byId = new Map(answer.path.nodes.map((n) => [n.id, n.caption]));
    replace(
      this.pathBox,
      h('h3', {}, `Shortest path (${steps(answer.path.order.length - 1)})`),
      h(
        'div',
        { class: 'path' },
        ...answer.path.order.flatMap((id, i) => [
          i > 0 ? h('span', { class: 'muted' }, '→') : null,
          h('span', { class: 'badge' }, byId.get(id) ?? id),
        ]),
      ),
    );
    this.explorer.addGraph(answer.path);
    this.explorer.renderer.highlightPath([...answer.path.order, ...answer.path.edges.map((e) => e.id)]);
  }

  private render(): void {
    const { column, asc } = this.sort;
    const sorted = [...this.rows].sort(
      (a, b) => String(a[column] ?? '').localeCompare(String(b[column] ?? '')) * (asc ? 1 : -1),
    );
    const title = this.other ? `${this.person?.name} and ${this.other.name}` : this.person?.name;
    replace(
      this.table,
      h('h3', {}, `${this.rows.length} meeting${this.rows.length === 1 ? '' : 's'} of ${title ?? ''}`),
      h(
        'table',
        { class: 'data meetings' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...COLUMNS.map(([key, text]) =>
              h(
                'th',
                {
                  class: key === column ? `sorted${asc ? ' asc' : ''}` : '',
                  onclick: () => this.sortBy(key),
                },
                text,
              ),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...sorted.map((m) =>
            h(
              'tr',
              {},
              h(
                'td',
                {},
                h(
                  'button',
                  { class: 'link', onclick: () => void this.explorer.open(m.counterpartId) },
                  m.counterpart,
                ),
              ),
              h('td', { class: 'when' }, m.date ?? '—'),
              h('td', {}, m.place ?? '—'),
              h('td', { class: 'evidence-cell' }, m.evidence ?? ''),
              h(
                'td',
                {},
                m.articleId
                  ? h(
                      'button',
                      {
                        class: 'link',
                        // The cell shows three lines of a long headline; the whole of it on hover.
                        title: m.articleTitle ?? undefined,
                        onclick: () => this.openArticle(m.articleId ?? '', m.evidence ? [m.evidence] : []),
                      },
                      h('span', { class: 'clamp' }, m.articleTitle ?? 'article'),
                    )
                  : '—',
              ),
            ),
          ),
        ),
      ),
    );
  }

  private sortBy(column: Column): void {
    this.sort = { column, asc: this.sort.column === column ? !this.sort.asc : true };
    this.render();
  }

  private async showGraph(): Promise<void> {
    if (!this.person) return;
    const ids = [this.person.id, ...new Set(this.rows.map((r) => r.counterpartId))];
    try {
      this.explorer.addGraph(await api.subgraph(ids));
    } catch (error) {
      this.explorer.error(error);
    }
  }

  private exportCsv(): void {
    const columns = ['counterpart', 'date', 'place', 'evidence', 'articleTitle', 'articleId'];
    download(
      `meetings-${this.person?.name ?? 'person'}.csv`,
      toCsv(columns, this.rows as unknown as Array<Record<string, unknown>>),
      'text/csv',
    );
  }
}

async function caption(id: string): Promise<string> {
  try {
    return (await api.details(id)).node.caption;
  } catch {
    return id;
  }
}

// "1 step", "3 steps".
function steps(count: number): string {
  return `${count} step${count === 1 ? '' : 's'}`;
}
