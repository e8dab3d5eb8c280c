/**
 * Import from the page: drop or choose article files, or paste URLs; each is sent to the server
 * in turn (a real progress bar), then the graph status refreshes.
 */
import { api, ApiError } from '../api.ts';
import { byId, h, replace } from '../dom.ts';
import type { Explorer } from '../explorer.ts';

/** The import panel. */
export class ImportPanel {
  private readonly root = byId('tab-import');
  private readonly progress = h('progress', { max: 1, value: 0, hidden: true });
  private readonly log = h('ul', { class: 'list', 'data-testid': 'import-log' });

  constructor(
    private readonly explorer: Explorer,
    private readonly refreshStatus: () => void,
  ) {
    const file = h('input', {
      type: 'file',
      multiple: true,
      accept: '.txt,.html,.htm,.md,text/*',
      hidden: true,
    });
    file.addEventListener('change', () => void this.sendFiles([...(file.files ?? [])]));
    const drop = h(
      'div',
      { class: 'drop' },
      h('p', {}, 'Drop article files here'),
      h('button', { onclick: () => file.click() }, 'Choose files…'),
    );
    drop.addEventListener('dragover', (e) => (e.preventDefault(), drop.classList.add('over')));
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      void this.sendFiles([...(e.dataTransfer?.files ?? [])]);
    });
    const urls = h('textarea', {
      rows: 3,
      placeholder: 'Or paste article URLs, one per line',
      style: 'width:100%;margin-top:10px',
    });
    replace(
      this.root,
      h(
        'p',
        { class: 'muted' },
        'Articles are extracted and merged into the graph; importing the same article twice changes nothing.',
      ),
      drop,
      file,
      urls,
      h(
        'div',
        { class: 'actions' },
        h('button', { onclick: () => void this.sendUrls(urls.value) }, 'Import URLs'),
      ),
      this.progress,
      this.log,
    );
  }

  private async sendFiles(files: File[]): Promise<void> {
    const items = await Promise.all(
      files.map(async (f) => ({
        name: f.name,
        run: async () => api.importTexts([{ name: f.name, text: await f.text() }]),
      })),
    );
    await this.runAll(items);
  }

  private async sendUrls(text: string): Promise<void> {
    const urls = text.split(/\s+/).filter((u) => /^https?:\/\//.test(u));
    await this.runAll(urls.map((url) => ({ name: url, run: () => api.importUrls([url]) })));
  }

  private async runAll(
    items: Array<{ name: string; run: () => Promise<{ summary: Record<string, unknown> }> }>,
  ): Promise<void> {
    if (items.length === 0) return;
    this.progress.hidden = false;
    this.progress.max = items.length;
    this.progress.value = 0;
    for (const item of items) {
      try {
        const { summary } = await item.run();
        const skipped = Array.isArray(summary['skipped'])
          ? (summary['skipped'] as Array<{ reason?: string }>)
          : [];
        const outcome =
          skipped.length > 0
            ? `skipped: ${skipped[0]?.reason ?? ''}`
            : `${String(summary['imported'] ?? 0)} imported, ${String(summary['unchanged'] ?? 0)} unchanged, ${String(summary['events'] ?? 0)} events`;
        this.log.appendChild(h('li', {}, h('strong', {}, item.name), h('div', { class: 'muted' }, outcome)));
      } catch (error) {
        this.log.appendChild(
          h(
            'li',
            {},
            h('strong', {}, item.name),
            h('div', { class: 'console-error' }, error instanceof ApiError ? error.message : 'failed'),
          ),
        );
      }
      this.progress.value += 1;
    }
    this.refreshStatus();
    this.explorer.notice(
      `Imported ${items.length} item${items.length === 1 ? '' : 's'}; search to explore them.`,
    );
  }
}
