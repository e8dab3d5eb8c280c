/**
 * Bundles the page (web/main.ts and its imports, cytoscape and the Cypher editor included) with
 * esbuild into web/dist/, once per server process, so `npm start` works on a fresh clone with
 * no separate build step.
 */
import { build } from 'esbuild';
import path from 'node:path';

/** Options of `bundleWeb`. */
export interface BundleOptions {
  /** Folder holding main.ts; output goes to <webRoot>/dist. */
  webRoot: string;
  /** Minify (smaller, slower to build). */
  minify: boolean;
}

/** Builds web/dist/main.js and main.css; resolves to the output folder. */
export async function bundleWeb(options: BundleOptions): Promise<string> {
  const outdir = path.join(options.webRoot, 'dist');
  await build({
    entryPoints: [path.join(options.webRoot, 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir,
    minify: options.minify,
    sourcemap: false,
    logLevel: 'silent',
    loader: { '.css': 'css' },
  });
  return outdir;
}

let pending: Promise<string> | undefined;

/** The bundle, built on first use and shared by every later request of this process. */
export function bundleOnce(options: BundleOptions): Promise<string> {
  pending ??= bundleWeb(options).catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
