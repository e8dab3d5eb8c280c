import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLocalSourceSync, readSource } from '../../src/sources/read.ts';

const STORY =
  'MUSCAT, May 4 - Omani envoy Hamad Al-Busaidi received Yemeni minister Ali Saleh Nasser in Muscat on Monday.';

let dir = '';

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-read-sync-'));
});

describe('readLocalSourceSync', () => {
  it('should give the same result as readSource for text, HTML, bad and missing files', async () => {
    const html = `<!doctype html><html><head><title>Envoy visit</title></head><body><nav>Home | World</nav><article><h1>Envoy visit</h1><p>${STORY}</p><p>Al-Busaidi said the talks covered trade and shipping through the strait.</p></article></body></html>`;
    const paths = [
      await put('story.txt', `${STORY}\r\nNasser called the visit useful.`),
      await put('page.html', html),
      await put('latin.txt', new Uint8Array([0x4d, 0xe9, 0x74, 0x20, 0x0a])),
      await put('blank.txt', '  \n\n'),
      join(dir, 'missing.txt'),
    ];
    await mkdir(join(dir, 'folder.txt'));
    paths.push(join(dir, 'folder.txt'));
    for (const file of paths) {
      expect(readLocalSourceSync(file)).toEqual(await readSource({ kind: 'file', file }));
    }
  });

  it('should refuse a file above the size limit', async () => {
    const file = await put('big.txt', STORY.repeat(10));
    const result = readLocalSourceSync(file, { maxBytes: 100, fetchTimeoutMs: 1000 });
    expect(result).toMatchObject({ ok: false, code: 'too_large' });
  });
});
