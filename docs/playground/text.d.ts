// The samples are bundled as text by esbuild's `text` loader (scripts/build-playground.mjs).
declare module "*.txt" {
  const text: string;
  export default text;
}
