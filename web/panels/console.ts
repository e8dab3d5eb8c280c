/**
 * Cypher console: Neo4j's own editor component (highlighting, completion from the live schema),
 * the schema beside it, and results drawn as a graph when they hold nodes/relationships and as a
 * table otherwise. The server decides what may run (read-only); its refusals are shown verbatim.
 */
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { api, ApiError, type ReadOnlyResult, type SchemaInfo } from '../api.ts';
import { byId, h, replace } from '../dom.ts';
import { download } from '../download.ts';
import type { Explorer } from '../explorer.ts';
import { toCsv } from '../graph/elements.ts';

/** The console panel. */
export class ConsolePanel {
  private readonly root = byId('tab-cypher');
  private readonly output = h('div', { class: 'results', 'data-testid': 'cypher-results' });
  private readonly schemaBox = h('div', {});
  private editor: EditorApi | null = null;
  private text: string;
  private last: ReadOnlyResult | null = null;

  constructor(private readonly explorer: Explorer) {
    this.text = explorer.state.cypher;
    const editorBox = h('div', { class: 'editor', 'data-testid': 'cypher-editor' });
    replace(
      this.root,
      h(
        'p',
        { class: 'muted' },
        'Read-only Cypher. Ctrl+Enter runs. Results with nodes are drawn on the graph.',
      ),
      editorBox,
      h(
        'div',
        { class: 'actions' },
        h('button', { class: 'primary', id: 'cypher-run', onclick: () => void this.run() }, '▶ Run'),
        h('button', { onclick: () => this.exportCsv() }, 'Export CSV'),
      ),
      this.output,
      h('h3', {}, 'Schema'),
      this.schemaBox,
    );
    // The package's .d.ts says it returns the API, but version 1.0.3 returns { editor: api }.
    const created = createCypherEditor(editorBox, {
      value: this.text,
      theme: 'dark',
      lineNumbers: true,
    }) as unknown as { editor: EditorApi };
    this.editor = created.editor;
    this.editor.onValueChanged((value) => {
      this.text = value;
      this.explorer.state.cypher = value;
      this.explorer.save();
    });
    editorBox.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void this.run();
      }
    });
  }

  /** Loads the schema into the completion and the schema list. */
  async loadSchema(): Promise<void> {
    try {
      const schema = await api.schema();
      this.editor?.setSchema({
        labels: schema.labels.map((l) => `:${l}`),
        relationshipTypes: schema.types.map((t) => `:${t}`),
        propertyKeys: schema.keys,
      });
      this.renderSchema(schema);
    } catch {
      replace(this.schemaBox, h('p', { class: 'muted' }, 'Schema unavailable.'));
    }
  }

  /** Sets the editor text (restored link). */
  setText(text: string): void {
    this.text = text;
    this.editor?.setValue(text);
  }

  /** Runs the query in the editor. */
  async run(): Promise<void> {
    replace(this.output, h('p', { class: 'muted' }, 'Running…'));
    try {
      const result = await api.cypher(this.text);
      this.last = result;
      this.show(result);
    } catch (error) {
      const message = error instanceof ApiError ? error.message : 'The server could not be reached.';
      replace(this.output, h('div', { class: 'console-error', 'data-testid': 'cypher-error' }, message));
    }
  }

  private show(result: ReadOnlyResult): void {
    const drawn = result.graph.nodes.length;
    if (drawn > 0) this.explorer.addGraph(result.graph, { replace: true });
    const summary =
      `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (cut at the row cap)' : ''}` +
      (drawn > 0 ? ` · ${drawn} nodes drawn` : '');
    replace(
      this.output,
      h('div', { class: 'muted' }, summary),
      h(
        'table',
        { class: 'data' },
        h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', {}, c)))),
        h(
          'tbody',
          {},
          ...result.rows
            .slice(0, 200)
            .map((row) => h('tr', {}, ...result.columns.map((c) => h('td', {}, cell(row[c]))))),
        ),
      ),
    );
  }

  private renderSchema(schema: SchemaInfo): void {
    const insert = (text: string) =>
      this.setText(`${this.text}${this.text.endsWith(' ') || this.text === '' ? '' : ' '}${text}`);
    replace(
      this.schemaBox,
      h('div', { class: 'muted' }, 'Labels'),
      h(
        'div',
        { class: 'schema-list' },
        ...schema.labels.map((l) => h('span', { class: 'badge', onclick: () => insert(`(:${l})`) }, l)),
      ),
      h('div', { class: 'muted', style: 'margin-top:6px' }, 'Relationship types'),
      h(
        'div',
        { class: 'schema-list' },
        ...schema.types.map((t) => h('span', { class: 'badge', onclick: () => insert(`-[:${t}]-`) }, t)),
      ),
      h('div', { class: 'muted', style: 'margin-top:6px' }, 'Property keys'),
      h('div', { class: 'schema-list' }, ...schema.keys.map((k) => h('span', { class: 'badge' }, k))),
    );
  }

  private exportCsv(): void {
    if (!this.last) return;
    download('query-results.csv', toCsv(this.last.columns, this.last.rows), 'text/csv');
  }
}

/** A result cell as short text: "(Person) Zakir Hasanov", "[:MET 2015-04-20 Baku]", or JSON. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const v = value as {
    caption?: unknown;
    labels?: unknown;
    type?: unknown;
    source?: unknown;
    properties?: Record<string, unknown>;
  };
  if (typeof v.caption === 'string' && Array.isArray(v.labels))
    return `(${String(v.labels[0] ?? '')}) ${v.caption}`;
  if (typeof v.type === 'string' && typeof v.source === 'string') {
    const props = v.properties ?? {};
    const brief = ['date', 'asOf', 'place', 'rank', 'count']
      .filter((k) => props[k] !== undefined && props[k] !== null)
      .map((k) => String(props[k]));
    return `[:${v.type}${brief.length > 0 ? ` ${brief.join(' · ')}` : ''}]`;
  }
  return JSON.stringify(value);
}
