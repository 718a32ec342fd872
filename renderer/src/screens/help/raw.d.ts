// Vite's `?raw` imports: the file's text as a string (the user guide).
declare module '*.md?raw' {
  const text: string;
  export default text;
}
