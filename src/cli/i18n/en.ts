/**
 * The command-line tool's own words in English (the library's sentences about rules come from
 * src/explain/messages). `{name}` is replaced by a parameter; kk.ts and ru.ts hold the same keys.
 *
 * @module
 */
export const en = {
  // run.ts
  "help.main": "Usage: kz-civil-service-rules <command> [options]\n\nCommands:\n  score     rank an IS selection or a general competition from a CSV, .xlsx or JSON file (R-SEL, R-GC)\n  funnel    run the Presidential Youth Reserve funnel on a campaign CSV or .xlsx (R-PYR-3)\n  retest    the earliest retest day after a failed test (R-EL-1, R-EL-2)\n  refusal   the grounds for refusing the testing service (R-EL-3)\n  workdays  the days off of a year; N working days after a date (R-CAL-1, R-CAL-2)\n\nEvery command takes --lang kk|ru|en (default: LANG / LC_ALL when it names ru or kk, else en),\n--json and --help. score and funnel read CSV (any of , ; tab; UTF-8, UTF-16, Windows-1251) and .xlsx.\n  --version  the version of the tool\nExit codes: 0 ok, 1 invalid input, 2 usage, 3 internal error.",
  "run.invalidInput": "invalid input",
  "run.usage": "usage",
  "run.internal": "internal error",
  "run.unknownCommand": "unknown command {command}",
  // reading a file (io.ts, read/*)
  "io.cannotRead": "cannot read {path}: {reason}",
  "io.fileTooBig": "{path}: a file of {size}, more than the limit of an input, {limit}",
  "io.streamTooBig": "{path}: more than {limit} (the limit of an input)",
  "io.cannotWrite": "cannot write {path}: {reason}",
  "where.lineField": "line {line}, field {field}",
  "where.field": "field {field}",
  "read.empty": "empty file (a header row is expected)",
  "read.nul": "the file holds NUL bytes: UTF-16 without a byte-order mark, or not a text file (save the sheet as \"CSV UTF-8\" or as .xlsx)",
  "read.badEncoding": "line {line}: not valid {encoding} (the file's bytes cannot be read as text without loss; save the sheet as \"CSV UTF-8\" or as .xlsx)",
  "read.notText": "line {line}: the control character {char} in a file read as {encoding}: not a text file, or an encoding other than UTF-8, UTF-16 and Windows-1251 (save the sheet as \"CSV UTF-8\" or as .xlsx)",
  "read.kazakhLost": "line {line}: the file is in Windows-1251, which has no Kazakh letters (ә ғ қ ң ө ұ ү һ): they were lost when it was saved, {value} holds \"?\" in their place. Save the sheet as \"CSV UTF-8\" (or .xlsx) and run again",
  "read.xls": "an Excel 97–2003 workbook (.xls) is not read: save it as .xlsx or as \"CSV UTF-8\"",
  "read.badXlsx": "not a readable .xlsx workbook ({reason})",
  "read.noSheet": "no sheet named {sheet} (the sheets: {sheets})",
  "read.unterminated": "line {line}: unterminated quoted field",
  "read.afterQuote": "line {line}: unexpected character after a closing quote",
  "read.quoteInside": "line {line}: a quote inside an unquoted field (quote the whole field and double the quote)",
  "read.fieldTooLong": "line {line}: column {column}: a field longer than {limit} characters (the limit of a CSV field)",
  "read.recordTooLong": "line {line}: a record longer than {limit} characters (the limit of a CSV row)",
  "read.tooManyRows": "line {line}: more than {limit} rows after the header (the limit of a CSV file)",
  "read.csvSyntax": "line {line}: {reason}",
  "read.fieldCount": "line {line}: {count} fields, the header has {header}",
  "read.missingColumn": "line {line}: missing column {column} (accepted headings: {aliases}); the header row was read as {header}, separated by {delimiter}",
  "read.unknownColumn": "line {line}: unknown column {column} (expected {expected})",
  "read.repeatedColumn": "line {line}: the columns {first} and {second} are both {column}",
  "read.emptyId": "line {line}, field id: empty id",
  "read.duplicateId": "line {line}, field id: duplicate id {id} (also at line {other})",
  "read.noCandidates": "no candidates in the file",
  "delimiter.comma": "commas",
  "delimiter.semicolon": "semicolons",
  "delimiter.tab": "tabs",
  // progress (io.ts)
  "progress.reading": "reading",
  "progress.rows": "{what}: {done} / {total} rows",
  "progress.done": "{what}: {total} / {total} rows, done",
  "progress.funnel": "running the funnel over {count} candidates…",
  // workdays
  "workdays.working": "working day",
  "workdays.off": "day off",
  "kind.holiday": "public holiday",
  "kind.religious": "religious holiday",
  "kind.carried": "carried day off",
  "kind.transfer": "transferred day off",
  // --out
  "out.written": "written: {path} ({rows} rows)",
  "out.badExtension": "--out: expected a file ending in .xlsx or .csv, got {path}",
} as const;

/** A key of the CLI's catalogue. */
export type CliMessageKey = keyof typeof en;
