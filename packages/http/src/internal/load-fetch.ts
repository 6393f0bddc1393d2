import { createKeepAliveAgent, type AgentSelector } from '../create-keep-alive-agent';
import type { FetchLike } from '../fetch-like';

let loaded: FetchLike | undefined;
let loading: Promise<FetchLike> | undefined;
let shared: AgentSelector | undefined;

/**
 * node-fetch 3, imported on the first call only (never at module load: start-up cost),
 * then returned from cache.
 */
export function loadNodeFetch(): Promise<FetchLike> {
  loading ??= import('node-fetch').then(
    (module) => (loaded = module.default as unknown as FetchLike),
  );
  return loading;
}

/** node-fetch if already imported, else undefined (lets the hot path skip an `await`). */
export function loadedNodeFetch(): FetchLike | undefined {
  return loaded;
}

/** The keep-alive agent shared by calls that bring neither their own fetch nor agent. */
export function defaultAgent(): AgentSelector {
  return (shared ??= createKeepAliveAgent());
}
