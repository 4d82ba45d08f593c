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
  // help of each command (score.ts, funnel.ts, retest.ts, refusal.ts, workdays.ts)
  "help.score": `Usage: kz-civil-service-rules score <file.csv|file.json> [options]

Scores and ranks the candidates of an IS selection (R-SEL-1..5) or of a general competition
(R-GC-1..5) read from a CSV, .xlsx or JSON file (- reads standard input). CSV as spreadsheets save
it: separated by , ; or tabs, UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1251;
headings in any case, in English, Kazakh or Russian (docs/cli.md); 72,5 read as 72.5 in a ; or tab file.

Options:
  --kind is|competition       what the file holds (default: detected from the columns / fields)
  --track leadership|non-leadership|lower
                              general competition: the track of every row without a track column
  --questions-per-block N     IS selection: reject S1, S2 above N
  --decimals N                decimal places shown (default 4; values are exact)
  --explain                   print the explanation of every final score / decision
  --json                      JSON output (exact values as strings)
  --out FILE.xlsx|FILE.csv    also write the ranked list to a workbook or a CSV file (UTF-8)
  --delimiter , | ; | tab     the CSV separator (default: detected on the header line)
  --sheet NAME                the sheet of an .xlsx workbook (default: the first)
  --lang kk|ru|en             language of the explanations and headings (default: LANG / LC_ALL when it names ru or kk, else en)
  -h, --help                  this help

CSV (one row per candidate, a header row first; lists are separated by spaces or ';'):
  IS selection:        id,name,S,S1,S2,essay,interview
  general competition: id,name,track,competencies,iq,essay,interview,practical
    competencies = 10 (leadership) or 7 (non-leadership) scores; iq = lower track;
    essay = the members' grades (their mean is used: the caller's choice);
    interview = "С1 С2" (competition) or the members' grades (IS); practical = "П1 П2".
Exit codes: 0 ok, 1 invalid input (with the line and field), 2 usage.`,
  "help.funnel": `Usage: kz-civil-service-rules funnel <campaign.csv> [options]

Runs the Presidential Youth Reserve 2025 funnel (R-PYR-3) on a campaign file (CSV or .xlsx) and
prints, for every stage, a per-sector table: competed, left, quota, admitted, cut-off, tied.

Options:
  --ties admit-all|strict     ties across a quota at a selection stage (default admit-all)
  --half-rounding up|down     50 % of an odd number after block 1 (default up: a choice, not the text's)
  --final-quota SECTOR=N      the National Commission's revised quota of a sector (repeatable)
  --explain ID                explain where candidate ID stopped and why (repeatable)
  --json                      JSON output (exact values as strings)
  --out FILE.xlsx|FILE.csv    also write the per-stage, per-sector table to a workbook or CSV file
  --delimiter , | ; | tab     the CSV separator (default: detected on the header line)
  --sheet NAME                the sheet of an .xlsx workbook (default: the first)
  --lang kk|ru|en             language (default: LANG / LC_ALL when it names ru or kk, else en)
  -h, --help                  this help

CSV: a header row, then one row per candidate:
  id,sector,text,numeric,situational,assessment,interview,expert,national
  sector = {sectors}
  a stage cell: a score (e.g. 21, 4.5); empty = stage not reached; "absent"; "excluded" or
  "excluded:<ground>" ({grounds}); "null" = left without saying why.
Exit codes: 0 ok, 1 invalid input (with the line and field), 2 usage.`,
  "help.retest": `Usage: kz-civil-service-rules retest <test-date> [options]

The earliest retest day after a test below the threshold (R-EL-1 corps "B", R-EL-2 law enforcement):
"not earlier than three calendar days after the day of testing" — a waiting period, not moved to a
working day; the first working day on or after it is given beside it.

Options:
  --regime corps-b|law-enforcement   (default corps-b)
  --appeal-satisfied                 law enforcement: the appeals commission satisfied the appeal (no wait)
  --appeal-decided-on YYYY-MM-DD     the day of that decision
  --counting civil-code|inclusive    reading of "three days after" (default civil-code: D + 4)
  --json, --lang kk|ru|en, -h/--help
Exit codes: 0 ok, 1 invalid input, 2 usage.`,
  "help.refusal": `Usage: kz-civil-service-rules refusal --application-date YYYY-MM-DD [flags]

The grounds on which the testing service is refused (R-EL-3, testing rules App. 5 row 9), evaluated
on the day the application is accepted; each with the last day it applies.

Flags (dates YYYY-MM-DD; the date flags may be repeated):
  --failed-test D              a test below the thresholds on D (ground 1, 3 days)
  --violation D                a violation of points 9 and 62 recorded on D (ground 2, 30 days)
  --repeated-violation D       a repeated violation on D (ground 2, six months)
  --violation-act D            a violation act (App. 9) drawn up on D (ground 3, six months)
  --other-person-act D         an act on another person's presence (App. 1) on D (ground 4, one year)
  --no-consent                 no consent to access to restricted personal data (ground 5)
  --certificate D              a certificate of the legislation test tested on D (ground 6, one year)
  --certificate-valid-until D  that certificate's own last valid day (certificates tested before 11.07.2026)
  --presume                    presume the one-year form for certificates tested before 11.07.2026
  --conclusion-valid-until D   a personal-qualities conclusion valid until D (ground 7)
  --counting civil-code|inclusive
  --json, --lang kk|ru|en, -h/--help
Exit codes: 0 ok (also when refused: read the output), 1 invalid input, 2 usage.`,
  "help.workdays": `Usage:
  kz-civil-service-rules workdays --year YYYY                  the days off of a year (R-CAL-1, R-CAL-2)
  kz-civil-service-rules workdays --after YYYY-MM-DD --days N  the N-th working day after a date
  kz-civil-service-rules workdays --check YYYY-MM-DD           is the date a working day?

Options: --json, --lang kk|ru|en (names of days off: Kazakh for kk, Russian for ru, English for en), -h/--help
A year from 2027 on is computed from the statute alone ("statutory-only") and may still change.
Exit codes: 0 ok, 1 invalid input, 2 usage.`,
  // usage errors (args.ts, table-input.ts, the commands)
  "usage.lang": "--lang: expected one of {allowed}, got {value}",
  "usage.oneOf": "--{option}: expected one of {allowed}, got {value}",
  "usage.whole": "--{option}: expected a whole number ≥ {min}, got {value}",
  "usage.delimiter": "--delimiter: expected one of , ; tab, got {value}",
  "usage.unknownOption": "unknown option {option}",
  "usage.missingValue": "the option {option} needs a value",
  "usage.noValue": "the option {option} takes no value",
  "usage.decimalsMax": "--decimals: at most {max}",
  "usage.finalQuota": "--final-quota: expected SECTOR=N, got {value}",
  "usage.unexpectedArgument": "{command}: unexpected argument {value}",
  "usage.scoreFile": "score: give exactly one input file (CSV or JSON; - for standard input)",
  "usage.funnelFile": "funnel: give exactly one campaign CSV file",
  "usage.retestDate": "retest: give the test date (YYYY-MM-DD)",
  "usage.applicationDate": "refusal: --application-date is required",
  "usage.certificateUntil": "--certificate-valid-until: give one --certificate per validity date (in the same order)",
  "usage.workdaysMode": "workdays: give one of --year, --after (with --days), --check",
  "usage.afterDays": "workdays: --after needs --days N",
  // score's JSON input (score-read.ts) and the values of a row
  "json.invalid": "{path}: not valid JSON: {reason}",
  "json.noCandidates": "{path}: expected { \"candidates\": [ … ] }",
  "json.tooMany": "{path}: more than {limit} candidates (the limit of the score command)",
  "json.questionsPerBlock": "{path}: questionsPerBlock: expected a number, got {value}",
  "json.object": "{field}: expected an object",
  "json.list": "{field}: expected a list of numbers",
  "json.string": "{field}: expected a string, got {value}",
  "json.duplicateId": "{field}: duplicate id {id} (also at {other})",
  "value.track": "expected one of {tracks} (or give --track), got {value}",
  "value.arrayOne": "an array of 1 item",
  "value.array": "an array of {count} items",
  "value.object": "an object",
  "value.twoGrades": "two grades expected ({grades})",
  "value.exclusionGround": "unknown exclusion ground {ground} (expected {expected})",
  "score.jsonNote": "The order does not say how several members' grades combine nor how the previous stages add up: the mean and the sum are the caller's choice.",
  // sizes and stderr (io.ts, run.ts)
  "unit.bytes": "{count} bytes",
  "unit.mib": "{count} MiB",
  "run.moreLines": "… {count} more lines",
  // reading a file (io.ts, read/*)
  "io.cannotRead": "cannot read {path}: {reason}",
  "io.fileTooBig": "{path}: a file of {size}, more than the limit of an input, {limit}",
  "io.streamTooBig": "{path}: more than {limit} (the limit of an input)",
  // file-system reasons (in English Node's own message is printed)
  "fs.ENOENT": "no such file or directory",
  "fs.EACCES": "permission denied",
  "fs.EISDIR": "a directory, not a file",
  "fs.ENOSPC": "no space left on the device",
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
