// The browser-mode client: every call is a POST to /api/<method> on the loopback bridge, with the token.
import { apiClient, type Api, type ApiMethod } from '../../../shared/api/contract';
import { ApiCallError, isErrorBody } from './errors';
import { nl } from '../i18n/nl';

type Envelope = { ok: true; value: unknown } | { ok: false; error: unknown };

export function createHttpApi(
  token: string,
  fetchImpl: typeof fetch = (...args) => window.fetch(...args),
): Api {
  async function call(method: ApiMethod, request: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchImpl(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Regie-Token': token },
        body: JSON.stringify(request ?? {}),
      });
    } catch {
      throw new ApiCallError({ code: 'internal', message: nl.errors.unreachable });
    }
    let envelope: Envelope;
    try {
      envelope = (await response.json()) as Envelope;
    } catch {
      throw new ApiCallError({ code: 'internal', message: nl.errors.unexpected });
    }
    if (envelope.ok) return envelope.value;
    throw new ApiCallError(
      isErrorBody(envelope.error) ? envelope.error : { code: 'internal', message: nl.errors.unexpected },
    );
  }
  return apiClient(call);
}
