/**
 * Entry point of the page: builds the controller and the panels, wires the toolbar, restores
 * the view from the URL, and exposes a small handle for tests and the benchmark.
 */
import { api } from './api.ts';
import { byId } from './dom.ts';
import { download } from './download.ts';
import { Explorer } from './explorer.ts';
import { ConsolePanel } from './panels/console.ts';
import { DetailsPanel } from './panels/details.ts';
import { ImportPanel } from './panels/import.ts';
import { MeetingsPanel } from './panels/meetings.ts';
import { decodeState } from './state.ts';
import { attachSuggest } from './suggest.ts';

const explorer = new Explorer({ selected: (id) => (id ? void details.show(id) : details.empty()) });
const details = new DetailsPanel(explorer, (id) => {
  showTab('meetings');
  const caption = String(explorer.renderer.cy.getElementById(id).data('caption') ?? id);
  void meetings.openFor(id, caption);
});
const meetings = new MeetingsPanel(explorer, (id, evidence) => {
  showTab('details');
  void details.openArticle(id, evidence);
});
const cypherConsole = new ConsolePanel(explorer);
new ImportPanel(explorer, () => void refreshStatus());

function showTab(tab: string): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.tabs button'))
    button.classList.toggle('active', button.dataset['tab'] === tab);
  for (const panel of document.querySelectorAll<HTMLElement>('.side .panel'))
    panel.hidden = panel.id !== `tab-${tab}`;
  explorer.state.tab = tab;
  explorer.save();
}

async function refreshStatus(): Promise<void> {
  const box = byId('status');
  try {
    const status = await api.status();
    const total = Object.values(status.counts).reduce((a, b) => a + b, 0);
    box.textContent = status.reachable
      ? `Neo4j ${status.version ?? ''} · ${total.toLocaleString()} nodes`
      : (status.problem ?? 'Neo4j unreachable');
    box.className = `status ${status.reachable ? 'ok' : 'bad'}`;
  } catch {
    box.textContent = 'server unreachable';
    box.className = 'status bad';
  }
}

function wireToolbar(): void {
  const r = explorer.renderer;
  byId('fit').onclick = () => r.fit();
  byId('relayout').onclick = () => r.layout();
  byId('zoom-in').onclick = () => r.zoomBy(1.25);
  byId('zoom-out').onclick = () => r.zoomBy(0.8);
  byId('clear').onclick = () => (r.clear(), explorer.refreshFacets(), explorer.save());
  byId('export-png').onclick = () => download('newsgraph.png', r.png());
  byId('export-json').onclick = () =>
    download('newsgraph.json', JSON.stringify(r.json(), null, 2), 'application/json');
  byId('share').onclick = async () => {
    const url = explorer.saveNow();
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    explorer.notice('Link to this view copied to the clipboard.');
  };
  const from = byId<HTMLInputElement>('year-from');
  const to = byId<HTMLInputElement>('year-to');
  for (const input of [from, to])
    input.oninput = () => explorer.setYears(Number(from.value), Number(to.value));
  for (const button of document.querySelectorAll<HTMLButtonElement>('.tabs button'))
    button.onclick = () => showTab(button.dataset['tab'] ?? 'details');
  document.addEventListener('keydown', (e) => {
    if (
      e.key === '/' &&
      document.activeElement?.tagName !== 'INPUT' &&
      !(document.activeElement instanceof HTMLTextAreaElement) &&
      !document.activeElement?.closest('.cm-editor')
    ) {
      e.preventDefault();
      byId('search').focus();
    }
  });
}

function wireSearch(): void {
  const input = byId<HTMLInputElement>('search');
  attachSuggest({
    input,
    list: byId<HTMLUListElement>('suggestions'),
    choose: (hit) => {
      explorer.state.search = hit.name;
      void explorer.open(hit.id);
    },
  });
}

async function start(): Promise<void> {
  wireToolbar();
  wireSearch();
  void refreshStatus();
  void cypherConsole.loadSchema();
  const state = decodeState(location.hash);
  byId<HTMLInputElement>('search').value = state.search;
  cypherConsole.setText(state.cypher);
  showTab(state.tab);
  await explorer.restore(state).catch((error: unknown) => explorer.error(error));
  const [person, other] = state.meetings;
  if (person) void meetings.openFor(person, null, other);
  document.body.dataset['ready'] = 'true';
}

/** Test and benchmark handle: the controller and the cytoscape core. */
declare global {
  interface Window {
    newsgraph: { explorer: Explorer; console: ConsolePanel };
  }
}
window.newsgraph = { explorer, console: cypherConsole };
void start();
