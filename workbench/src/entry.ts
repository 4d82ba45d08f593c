// The workbench's one bundle, inlined in the page: on the page it starts the page (main.ts); in a
// Web Worker — created by the page from a Blob URL of this same text, which is what works from
// file:// under a hash-based CSP (worker-src blob:) — it starts the worker (worker.ts).
import { startPage } from "./main.js";
import { startWorker } from "./worker.js";

if (typeof document === "undefined") startWorker();
else startPage(document.currentScript?.textContent ?? undefined);
