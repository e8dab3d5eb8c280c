import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources, type SourceResult } from '../../src/sources/read.ts';

const STORY =
  'DOHA, June 2 - Qatari envoy Khalid Al-Mansouri met Omani ambassador Salim Al-Harthy in Doha on Sunday to discuss shipping in the Gulf.';

let dir = '';

/** Writes a file under the temp folder and returns its path. */
async function put(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function readOne(path: string, maxBytes?: number): Promise<SourceResult> {
  const options = maxBytes === undefined ? undefined : { maxBytes, fetchTimeoutMs: 1000 };
  const [result] = await readSources([path], options);
  if (!result) throw new Error('no result');
  return result;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-read-'));
});

describe('readSources', () => {
  it('should read a UTF-8 text file as is', async () => {
    const result = await readOne(await put('plain.txt', `${STORY}\nAl-Harthy said the talks were fruitful.`));
    expect(result).toEqual({
      ok: true,
      file: join(dir, 'plain.txt'),
      text: `${STORY}\nAl-Harthy said the talks were fruitful.`,
    });
  });

  it.each([
    ['empty.txt', '', 'empty'],
    ['blank.txt', ' \n\t\n', 'empty'],
    ['binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), 'binary'],
    ['latin1.txt', new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]), 'encoding'],
  ] as const)('should refuse %s with code %s', async (name, content, code) => {
    const result = await readOne(await put(name, content));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.reason).toContain(name);
    }
  });

  it('should refuse a file above the size limit', async () => {
    const result = await readOne(await put('big.txt', STORY.repeat(20)), 100);
    expect(result).toMatchObject({ ok: false, code: 'too_large' });
  });

  it('should report a missing path as unreadable instead of throwing', async () => {
    const result = await readOne(join(dir, 'missing.txt'));
    expect(result).toMatchObject({ ok: false, code: 'unreadable' });
  });

  it('should strip a byte order mark and normalise CRLF line ends', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const body = new TextEncoder().encode('Title line\r\nSecond line\rThird line\r\n');
    const result = await readOne(await put('bom.txt', new Uint8Array([...bom, ...body])));
    expect(result).toMatchObject({ ok: true, text: 'Title line\nSecond line\nThird line\n' });
  });

  it('should decode UTF-16 text that starts with a byte order mark', async () => {
    const body = Buffer.from('Title line\nŞahin met Güler in Ankara.\n', 'utf16le');
    const result = await readOne(await put('utf16.txt', new Uint8Array([0xff, 0xfe, ...body])));
    expect(result).toMatchObject({ ok: true, text: 'Title line\nŞahin met Güler in Ankara.\n' });
  });

  it('should decode an HTML page in the charset its meta tag declares', async () => {
    // "Тбилиси" (Tbilisi) in windows-1251, declared by the page itself.
    const tbilisi = [0xd2, 0xe1, 0xe8, 0xeb, 0xe8, 0xf1, 0xe8];
    const head = Buffer.from(
      '<html><head><meta charset="windows-1251"><title>News</title></head><body><article><p>',
      'latin1',
    );
    const tail = Buffer.from(
      ' hosts the talks between the two foreign ministers on Monday.</p></article></body></html>',
      'latin1',
    );
    const result = await readOne(await put('cyrillic.html', new Uint8Array([...head, ...tbilisi, ...tail])));
    expect(result.ok && result.text).toContain('Тбилиси hosts the talks');
  });

  it('should turn an HTML page into its title and main text without menus or footer', async () => {
    const html = `<!doctype html><html><head><title>Envoys meet in Doha | Gulf Desk</title></head><body>
      <nav><ul><li>Home</li><li>World</li><li>Markets</li></ul></nav>
      <article><h1>Envoys meet in Doha</h1><p>${STORY}</p>
      <p>The two diplomats agreed to hold regular consultations on port security and maritime trade, the Qatari foreign ministry said in a statement after the meeting.</p>
      <p>Al-Mansouri said Qatar valued its long friendship with Oman and hoped for more joint projects in logistics, energy and tourism in the coming years.</p></article>
      <footer>Copyright 2024 Gulf Desk. All rights reserved.</footer></body></html>`;
    const result = await readOne(await put('page.html', html));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lines = result.text.split('\n');
    expect(lines[0]).toBe('Envoys meet in Doha');
    expect(lines).toContain(STORY);
    expect(result.text).not.toContain('Copyright');
    expect(result.text).not.toContain('Markets');
  });

  it('should list folders recursively, reading only article files (linked ones too), in path order', async () => {
    const root = join(dir, 'tree');
    await mkdir(join(root, 'b', 'deep'), { recursive: true });
    await writeFile(join(root, 'a.txt'), STORY);
    await writeFile(join(root, 'b', 'deep', 'c.htm'), `<html><body><p>${STORY}</p></body></html>`);
    await writeFile(join(root, 'b', 'notes.json'), '{}');
    await writeFile(join(root, 'b', 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0x00]));
    await symlink(join(root, 'a.txt'), join(root, 'b', 'linked.txt'));
    const results = await readSources([root]);
    expect(results.map((r) => r.file)).toEqual([
      join(root, 'a.txt'),
      join(root, 'b', 'deep', 'c.htm'),
      join(root, 'b', 'linked.txt'),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
  });
});

describe('readSources over http', () => {
  let server: Server;
  let base = '';

  beforeAll(async () => {
    // A local page server: the article as HTML, and a missing page.
    server = createServer((req, res) => {
      if (req.url !== '/news/envoys') {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<html><head><title>Envoys meet in Doha</title></head><body><main><h1>Envoys meet in Doha</h1><p>${STORY}</p></main></body></html>`,
      );
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('server has no port');
    base = `http://127.0.0.1:${address.port}`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('should download an HTML page and keep its title and text', async () => {
    const [result] = await readSources([`${base}/news/envoys`]);
    expect(result).toMatchObject({ ok: true, file: `${base}/news/envoys` });
    if (result?.ok) expect(result.text.split('\n')).toEqual(['Envoys meet in Doha', STORY]);
  });

  it('should report an HTTP error as a fetch failure naming the status', async () => {
    const [result] = await readSources([`${base}/missing`]);
    expect(result).toMatchObject({ ok: false, code: 'fetch' });
    if (result && !result.ok) expect(result.reason).toContain('404');
  });
});

describe('readSources on HTML titles', () => {
  it('should take the headline, not a site logo in an h1, as the title', async () => {
    dir = dir || (await mkdtemp(join(tmpdir(), 'newsgraph-read-')));
    const html = `<html><head><title>Envoys meet in Doha to discuss port security | Gulf Desk</title></head><body>
      <header><h1>Gulf Desk</h1></header>
      <article><h1>Envoys meet in Doha to discuss port security</h1><p>${STORY}</p>
      <p>Both sides said the talks on port security and maritime trade would continue in Muscat, the Qatari foreign ministry said in a statement.</p></article></body></html>`;
    const [result] = await readSources([await put('logo.html', html)]);
    expect(result?.ok && result.text.split('\n')[0]).toBe('Envoys meet in Doha to discuss port security');
  });
});

describe('readSources on HTML metadata', () => {
  it('should keep the publication date of the page metadata as a Published line after the title', async () => {
    dir = dir || (await mkdtemp(join(tmpdir(), 'newsgraph-read-')));
    const html = `<!doctype html><html><head><title>Envoys meet in Doha</title>
      <meta property="article:published_time" content="2024-06-02T11:05:00+03:00"></head><body>
      <header>Gulf Desk · 2 June 2024</header>
      <article><h1>Envoys meet in Doha</h1><p>${STORY}</p>
      <p>Both sides said the talks on port security and maritime trade would continue in Muscat, the Qatari foreign ministry said in a statement.</p></article></body></html>`;
    const [result] = await readSources([await put('dated.html', html)]);
    expect(result?.ok && result.text.split('\n').slice(0, 3)).toEqual([
      'Envoys meet in Doha',
      'Published: 2024-06-02',
      STORY,
    ]);
  });
});
