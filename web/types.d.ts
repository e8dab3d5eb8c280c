// cytoscape-fcose ships no type declarations; it is a cytoscape extension function.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

// The editor's package.json "exports" hides its "types" entry from NodeNext resolution;
// its own declaration file is re-exported here.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
