// Long exports (a package with large attachments) run as jobs the UI polls for progress: the same over
// IPC and the loopback bridge, with no event channel.
import { randomUUID } from 'node:crypto';
import type { JobView } from '../../../shared/api/calls/exports';
import { ApiError } from '../../../shared/api/errors';

export class JobRegistry {
  private readonly jobs = new Map<string, JobView>();

  start(run: (progress: (done: number, total: number) => void) => Promise<JobView['result']>): string {
    const id = randomUUID();
    const job: JobView = { id, state: 'running', doneBytes: 0, totalBytes: 0, message: null, result: null };
    this.jobs.set(id, job);
    run((done, total) => {
      job.doneBytes = done;
      job.totalBytes = total;
    }).then(
      (result) => {
        job.state = 'done';
        job.result = result;
      },
      (error: unknown) => {
        job.state = 'failed';
        job.message =
          error instanceof ApiError
            ? error.message
            : `Het pakket is niet gemaakt: ${error instanceof Error ? error.message : String(error)}`;
      },
    );
    return id;
  }

  get(id: string): JobView {
    const job = this.jobs.get(id);
    if (!job) throw new ApiError('not_found', 'Deze taak is onbekend (de app is misschien opnieuw gestart).');
    return { ...job };
  }

  /** Resolves when the job has finished (for the CLI and tests). */
  async wait(id: string, pollMs = 20): Promise<JobView> {
    for (;;) {
      const job = this.get(id);
      if (job.state !== 'running') return job;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }
}
