// The sample spreadsheets are embedded in the page's bundle as bytes (esbuild's "binary" loader,
// scripts/build-workbench.mjs): loading a sample makes no request.
declare module "*.csv" {
  const bytes: Uint8Array;
  export default bytes;
}
declare module "*.xlsx" {
  const bytes: Uint8Array;
  export default bytes;
}
