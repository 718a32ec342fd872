// The whole contract, implemented. A missing or mistyped handler is a compile error here.
import type { Handlers } from '../../../shared/api/contract';
import type { AppContext } from '../context';
import { bodyHandlers } from './bodies';
import { meetingHandlers } from './meetings';
import { itemHandlers } from './items';
import { deskHandlers } from './desk';
import { minutesHandlers } from './minutes';
import { decisionHandlers } from './decisions';
import { actionHandlers } from './actions';
import { searchHandlers } from './search';
import { exportHandlers } from '../exports/handlers';
import { openDocumentHandlers } from '../exports/open-document';
import { importPlan } from '../plan-import';
import { loadDemo } from '../demo';
import { syncHandlers } from '../sync/handlers';
import { profileHandlers } from '../profile';
import { voorstelHandlers } from '../chain/voorstel-handlers';
import { dossierHandlers } from '../chain/dossier';

export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...bodyHandlers(ctx),
    ...meetingHandlers(ctx),
    ...itemHandlers(ctx),
    ...deskHandlers(ctx),
    ...minutesHandlers(ctx),
    ...decisionHandlers(ctx),
    ...actionHandlers(ctx),
    ...searchHandlers(ctx),
    ...exportHandlers(ctx),
    ...openDocumentHandlers(ctx),
    ...syncHandlers(ctx),
    ...profileHandlers(ctx),
    ...voorstelHandlers(ctx),
    ...dossierHandlers(ctx),
    'plan.import': (req) => importPlan(ctx, req.plan, req.baseDir),
    'demo.load': () => loadDemo(ctx),
  };
}
