import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryId, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

/**
 * Counts the writes this process sends through Kysely, once when a write is sent and again when it has
 * run, so that a read computed while a write was in flight is never filed under the version that follows
 * it. With SQLite's `data_version` (which moves when another connection, say the CLI, commits) it tells
 * a cache whether anything may have changed.
 */
export class WriteCounter implements KyselyPlugin {
  count = 0;
  readonly #writes = new WeakSet<QueryId>();

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind !== 'SelectQueryNode') {
      this.count += 1;
      this.#writes.add(queryId);
    }
    return node;
  }

  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.#writes.has(queryId)) this.count += 1;
    return result;
  }
}
