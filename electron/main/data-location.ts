// The data location is chosen by the services' module, so the shell, the CLI and browser mode agree.
export * from '../app/data-location';
