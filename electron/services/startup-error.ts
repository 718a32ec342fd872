/** Why the store could not be opened; `message` is Dutch and shown to the user with a way out. */
export class StartupError extends Error {
  constructor(
    readonly kind: 'integrity' | 'migration' | 'locked',
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}
