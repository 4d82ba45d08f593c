import { tr, type CliMessageKey, type MessageParams } from "../i18n/index.js";

/**
 * A file that cannot be read as a table: its message key and parameters (values from the file
 * already quoted and escaped), and its line when it has one. The message is English; the CLI shows
 * it in `--lang` through {@link tr}.
 */
export class ReadError extends Error {
  override name = "ReadError";
  constructor(
    readonly key: CliMessageKey,
    readonly params: MessageParams = {},
  ) {
    super(tr("en", key, params));
  }
  /** The line of the file, when the message names one. */
  get line(): number | undefined {
    return typeof this.params.line === "number" ? this.params.line : undefined;
  }
}
