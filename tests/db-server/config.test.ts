import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, REPO_ROOT } from '../../src/config.ts';

describe('loadConfig', () => {
  it('should fill every default from an empty environment', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({
      uri: 'bolt://127.0.0.1:7687',
      user: 'neo4j',
      password: undefined,
      boltPort: 7687,
      httpPort: 7474,
      heap: '512m',
      pageCache: '256m',
      maxConnections: undefined,
    });
    expect(config.server).toMatchObject({ port: 3000, host: '127.0.0.1' });
    expect(config.home).toBe(`${REPO_ROOT}.newsgraph`);
    expect(config.articles).toBeUndefined();
  });

  it('should follow NEO4J_BOLT_PORT when NEO4J_URI is not set', () => {
    expect(loadConfig({ NEO4J_BOLT_PORT: '7800' }).neo4j.uri).toBe('bolt://127.0.0.1:7800');
    expect(loadConfig({ NEO4J_BOLT_PORT: '7800', NEO4J_URI: 'neo4j://db.example:7687' }).neo4j.uri).toBe(
      'neo4j://db.example:7687',
    );
  });

  it('should size the Bolt pool from NEO4J_MAX_CONNECTIONS and refuse a pool of none', () => {
    expect(loadConfig({ NEO4J_MAX_CONNECTIONS: '16' }).neo4j.maxConnections).toBe(16);
    expect(() => loadConfig({ NEO4J_MAX_CONNECTIONS: '0' })).toThrow(/NEO4J_MAX_CONNECTIONS/);
  });

  it('should treat an empty variable as unset', () => {
    expect(loadConfig({ NEO4J_PASSWORD: '' }).neo4j.password).toBeUndefined();
  });

  it('should report every bad variable at once, each by name', () => {
    let problems: string[] = [];
    try {
      loadConfig({ NEO4J_BOLT_PORT: 'seven', PORT: '70000', NEO4J_HEAP: 'lots', NEO4J_PASSWORD: 'short' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      problems = (error as ConfigError).problems;
    }
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'NEO4J_PASSWORD',
      'NEO4J_BOLT_PORT',
      'NEO4J_HEAP',
      'PORT',
    ]);
  });

  it('should keep absolute paths and resolve relative ones against the repository', () => {
    const config = loadConfig({ NEWSGRAPH_ARTICLES: '/data/news', NEWSGRAPH_SEEDS: 'seeds' });
    expect(config.articles).toBe('/data/news');
    expect(config.seeds).toBe(`${REPO_ROOT}seeds`);
  });
});
