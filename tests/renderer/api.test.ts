// The renderer's clients of the contract: each is the whole Api, and each turns its transport's failures into
// the one ApiCallError the screens show.
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../shared/api/contract';
import { wrapPreloadApi } from '../../renderer/src/api/preload';
import { createHttpApi } from '../../renderer/src/api/bridgeClient';
import { ApiCallError } from '../../renderer/src/api/errors';
import { fakeApi } from './fake-api';

const refusal = {
  code: 'invalid',
  message: 'Vul een titel in.',
  issues: [{ path: 'title', message: 'Verplicht' }],
};

describe('the desktop client over window.regie', () => {
  it('has every call, passes requests through and answers', async () => {
    const list = vi.fn(async () => []);
    const api = wrapPreloadApi(fakeApi({ 'meetings.list': list }));
    expect(Object.keys(api)).toEqual(API_METHODS);
    expect(await api['meetings.list']({ bodyId: 'b' })).toEqual([]);
    expect(list).toHaveBeenCalledWith({ bodyId: 'b' });
  });

  it("turns the preload's plain failure into an ApiCallError with the services' body", async () => {
    const api = wrapPreloadApi(
      fakeApi({
        'items.add': () => Promise.reject({ name: 'ApiError', message: refusal.message, body: refusal }),
      }),
    );
    const error: unknown = await api['items.add']({ meetingId: 'm', kind: 'informerend', title: '' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiCallError);
    expect((error as ApiCallError).body).toEqual(refusal);
  });

  it('a fake answers only what the test gave it: any other call fails naming it', async () => {
    const api = fakeApi({});
    await expect(api['undo.last']({})).rejects.toThrow('undo.last');
  });
});

describe('the browser-mode client over the loopback bridge', () => {
  it('posts each call to ./api/<name> with the token, and unwraps the answer', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { empty: false } })));
    const api = createHttpApi('geheim', fetch as unknown as typeof globalThis.fetch);
    expect(Object.keys(api)).toEqual(API_METHODS);
    expect(await api['app.info']({})).toEqual({ empty: false });
    expect(fetch).toHaveBeenCalledWith(
      './api/app.info',
      expect.objectContaining({
        method: 'POST',
        headers: expect.objectContaining({ 'X-Regie-Token': 'geheim' }),
      }),
    );
  });

  it('a refusal becomes an ApiCallError with its body', async () => {
    const fetch = async () => new Response(JSON.stringify({ ok: false, error: refusal }));
    const api = createHttpApi('geheim', fetch as unknown as typeof globalThis.fetch);
    await expect(api['app.info']({})).rejects.toMatchObject({ body: refusal });
  });
});
