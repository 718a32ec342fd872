// A whole Api for renderer tests: the calls a test gives, and for every other call a stub that throws naming
// it — so a fake is typed as the real client is (a missing call is a compile error there too), and a call a
// test did not expect fails loudly instead of answering undefined.
import { apiClient, type Api, type ApiMethod } from '../../shared/api/contract';

export function fakeApi(calls: Partial<Api>): Api {
  return apiClient(async (method: ApiMethod, request: unknown) => {
    const call = calls[method] as ((request: unknown) => Promise<unknown>) | undefined;
    if (!call) throw new Error(`fakeApi: ${method} is in deze test niet nagebootst`);
    return call(request);
  });
}
