import { describe, expect, it } from '@jest/globals';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { createKeepAliveAgent } from '@acct/http';

describe('createKeepAliveAgent', () => {
  it('returns one keep-alive agent per protocol, made once', () => {
    const select = createKeepAliveAgent();
    const http = select(new URL('http://127.0.0.1/'));
    const https = select(new URL('https://api.nexmo.com/'));
    expect(http).toBeInstanceOf(HttpAgent);
    expect(https).toBeInstanceOf(HttpsAgent);
    expect(select(new URL('http://other.example/'))).toBe(http);
    expect(select(new URL('https://rest.nexmo.com/'))).toBe(https);
    expect((http as unknown as { keepAlive: boolean }).keepAlive).toBe(true);
    expect(http.maxSockets).toBe(Infinity);
    expect((http as unknown as { options: { timeout: number } }).options.timeout).toBe(4000);
  });

  it('applies the options, and each client gets its own agents', () => {
    const a = createKeepAliveAgent({ maxSockets: 7, freeSocketTimeout: 1000 });
    const b = createKeepAliveAgent();
    const agent = a(new URL('https://x.example/'));
    expect(agent.maxSockets).toBe(7);
    expect((agent as unknown as { options: { timeout: number } }).options.timeout).toBe(1000);
    expect(b(new URL('https://x.example/'))).not.toBe(agent);
  });
});
