// The sample spreadsheets (workbench/samples/, written by scripts/workbench-samples.mjs; the .xlsx
// by LibreOffice), embedded as bytes: "Load the sample" reads them like a file the user opened.
import competitionCsv from "../samples/competition.csv";
import competitionXlsx from "../samples/competition.xlsx";
import isCsv from "../samples/is-selection.csv";
import isXlsx from "../samples/is-selection.xlsx";
import funnelCsv from "../samples/reserve-funnel.csv";
import funnelXlsx from "../samples/reserve-funnel.xlsx";
import type { Procedure } from "./rank.js";

/** The sample of each procedure: its file name and bytes, as .xlsx and as .csv. */
export const SAMPLES: Readonly<Record<Procedure, Readonly<Record<"xlsx" | "csv", { readonly name: string; readonly bytes: Uint8Array }>>>> = {
  is: { xlsx: { name: "is-selection.xlsx", bytes: isXlsx }, csv: { name: "is-selection.csv", bytes: isCsv } },
  competition: { xlsx: { name: "competition.xlsx", bytes: competitionXlsx }, csv: { name: "competition.csv", bytes: competitionCsv } },
  funnel: { xlsx: { name: "reserve-funnel.xlsx", bytes: funnelXlsx }, csv: { name: "reserve-funnel.csv", bytes: funnelCsv } },
};
