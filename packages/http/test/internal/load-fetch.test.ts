// node-fetch is imported on the first request, never when the package is loaded.
import { describe, expect, it, jest } from '@jest/globals';

const calls: Array<[string, Record<string, unknown>]> = [];
const fakeFetch = jest.fn(async (url: string, init: Record<string, unknown>) => {
  calls.push([url, init]);
  return new Response('{"lazy":true}', { headers: { 'content-type': 'application/json' } });
});
let imported = 0;
jest.unstable_mockModule('node-fetch', () => {
  imported += 1;
  return { default: fakeFetch };
});

describe('lazy node-fetch', () => {
  it('is not imported with the package, only by the first request, then reused', async () => {
    const { request, createKeepAliveAgent } = await import('@acct/http');
    const { loadNodeFetch, loadedNodeFetch, defaultAgent } =
      await import('../../src/internal/load-fetch');
    expect(loadedNodeFetch()).toBeUndefined();
    expect(imported).toBe(0);
    const res = await request({ url: 'https://rest.nexmo.com/lazy' });
    expect(imported).toBe(1);
    expect(res.data).toEqual({ lazy: true });
    expect(loadedNodeFetch()).toBe(fakeFetch); // cached: no await on later calls
    expect(await loadNodeFetch()).toBe(fakeFetch);
    await request({ url: 'https://rest.nexmo.com/again' });
    expect(imported).toBe(1);
    expect(calls).toHaveLength(2);
    const agent = calls[0]?.[1].agent;
    expect(agent).toBe(defaultAgent());
    expect(calls[1]?.[1].agent).toBe(agent);
    const own = createKeepAliveAgent();
    await request({ url: 'https://rest.nexmo.com/own' }, { agent: own });
    expect(calls[2]?.[1].agent).toBe(own);
  });
});
