import type { CliMessageKey } from "./en.js";

/** The command-line tool's own words in Russian (the keys of en.ts). */
export const ru: Readonly<Record<CliMessageKey, string>> = {
  "help.main": "Вызов: kz-civil-service-rules <команда> [параметры]\n\nКоманды:\n  score     ранжировать отбор ИС или общий конкурс по файлу CSV, .xlsx или JSON (R-SEL, R-GC)\n  funnel    провести отбор в Президентский молодёжный кадровый резерв по файлу CSV или .xlsx (R-PYR-3)\n  retest    самый ранний день повторного тестирования после непройденного теста (R-EL-1, R-EL-2)\n  refusal   основания для отказа в услуге тестирования (R-EL-3)\n  workdays  выходные дни года; N-й рабочий день после даты (R-CAL-1, R-CAL-2)\n\nКаждая команда принимает --lang kk|ru|en (по умолчанию — язык LANG / LC_ALL, если это ru или kk,\nиначе en), --json и --help. score и funnel читают CSV (разделитель , ; или табуляция; UTF-8, UTF-16,\nWindows-1251) и .xlsx.\n  --version  версия программы\nКоды выхода: 0 — успешно, 1 — неверные входные данные, 2 — ошибка вызова, 3 — внутренняя ошибка.",
  "run.invalidInput": "неверные входные данные",
  "run.usage": "ошибка вызова",
  "run.internal": "внутренняя ошибка",
  "run.unknownCommand": "неизвестная команда {command}",
  "help.score": `Вызов: kz-civil-service-rules score <файл.csv|файл.json> [параметры]

Вычисляет баллы и ранжирует кандидатов отбора ИС (R-SEL-1..5) или общего конкурса (R-GC-1..5) по файлу
CSV, .xlsx или JSON (- — чтение со стандартного ввода). CSV принимается в том виде, в каком его сохраняют
электронные таблицы: разделитель , ; или табуляция, UTF-8 (с BOM или без), UTF-16 с BOM или Windows-1251;
заголовки в любом регистре, на английском, казахском или русском языке (docs/cli.md); в файле с разделителем
; или табуляцией 72,5 читается как 72.5.

Параметры:
  --kind is|competition       что содержит файл (по умолчанию определяется по столбцам / полям)
  --track leadership|non-leadership|lower
                              общий конкурс: категория должности для строк без столбца track
  --questions-per-block N     отбор ИС: отклонять S1, S2 больше N
  --decimals N                число знаков после запятой при выводе (по умолчанию 4; значения точные)
  --explain                   вывести пояснение к каждому итоговому баллу / решению
  --json                      вывод в формате JSON (точные значения — строками)
  --out ФАЙЛ.xlsx|ФАЙЛ.csv    дополнительно записать ранжированный список в книгу или файл CSV (UTF-8)
  --delimiter , | ; | tab     разделитель CSV (по умолчанию определяется по строке заголовков)
  --sheet ИМЯ                 лист книги .xlsx (по умолчанию первый)
  --lang kk|ru|en             язык пояснений и заголовков (по умолчанию — язык LANG / LC_ALL, если это ru или kk, иначе en)
  -h, --help                  эта справка

CSV (одна строка на кандидата, первая строка — заголовки; элементы списков разделяются пробелами или ';'):
  отбор ИС:        id,name,S,S1,S2,essay,interview
  общий конкурс:   id,name,track,competencies,iq,essay,interview,practical
    competencies — 10 (leadership) или 7 (non-leadership) оценок; iq — для категории lower;
    essay — оценки членов комиссии (берётся их среднее: выбор пользователя);
    interview — «С1 С2» (конкурс) или оценки членов комиссии (ИС); practical — «П1 П2».
Коды выхода: 0 — успешно, 1 — неверные входные данные (с указанием строки и поля), 2 — ошибка вызова.`,
  "help.funnel": `Вызов: kz-civil-service-rules funnel <кампания.csv> [параметры]

Проводит отбор в Президентский молодёжный кадровый резерв 2025 года (R-PYR-3) по файлу кампании
(CSV или .xlsx) и выводит по каждому этапу таблицу по направлениям: участвовали, выбыли, квота,
допущены, проходной балл, равные баллы.

Параметры:
  --ties admit-all|strict     равные баллы на границе квоты на этапе отбора (по умолчанию admit-all)
  --half-rounding up|down     50 % от нечётного числа после блока 1 (по умолчанию up: выбор, а не требование текста)
  --final-quota НАПРАВЛЕНИЕ=N квота направления, пересмотренная Национальной комиссией (можно повторять)
  --explain ID                пояснить, на каком этапе и почему выбыл кандидат ID (можно повторять)
  --json                      вывод в формате JSON (точные значения — строками)
  --out ФАЙЛ.xlsx|ФАЙЛ.csv    дополнительно записать таблицу по этапам и направлениям в книгу или файл CSV
  --delimiter , | ; | tab     разделитель CSV (по умолчанию определяется по строке заголовков)
  --sheet ИМЯ                 лист книги .xlsx (по умолчанию первый)
  --lang kk|ru|en             язык (по умолчанию — язык LANG / LC_ALL, если это ru или kk, иначе en)
  -h, --help                  эта справка

CSV: строка заголовков, затем одна строка на кандидата:
  id,sector,text,numeric,situational,assessment,interview,expert,national
  sector = {sectors}
  ячейка этапа: балл (например, 21, 4.5); пустая — кандидат не дошёл до этапа; «absent» — неявка;
  «excluded» или «excluded:<основание>» ({grounds}) — исключён; «null» — выбыл без указания причины.
Коды выхода: 0 — успешно, 1 — неверные входные данные (с указанием строки и поля), 2 — ошибка вызова.`,
  "help.retest": `Вызов: kz-civil-service-rules retest <дата-тестирования> [параметры]

Самый ранний день повторного тестирования после результата ниже порогового значения (R-EL-1 — корпус «Б»,
R-EL-2 — правоохранительная служба): «не ранее чем через три календарных дня со дня проведения
тестирования» — срок ожидания, который не переносится на рабочий день; рядом указан первый рабочий день
не ранее этой даты.

Параметры:
  --regime corps-b|law-enforcement   (по умолчанию corps-b)
  --appeal-satisfied                 правоохранительная служба: апелляционная комиссия удовлетворила апелляцию (без ожидания)
  --appeal-decided-on ГГГГ-ММ-ДД     день этого решения
  --counting civil-code|inclusive    толкование слов «через три дня» (по умолчанию civil-code: D + 4)
  --json, --lang kk|ru|en, -h/--help
Коды выхода: 0 — успешно, 1 — неверные входные данные, 2 — ошибка вызова.`,
  "help.refusal": `Вызов: kz-civil-service-rules refusal --application-date ГГГГ-ММ-ДД [флаги]

Основания для отказа в оказании услуги тестирования (R-EL-3, правила тестирования, прил. 5, строка 9),
проверяемые на день принятия заявления; для каждого указан последний день его действия.

Флаги (даты в формате ГГГГ-ММ-ДД; флаги с датами можно повторять):
  --failed-test D              результат теста ниже пороговых значений в день D (основание 1, 3 дня)
  --violation D                нарушение пунктов 9 и 62, зафиксированное в день D (основание 2, 30 дней)
  --repeated-violation D       повторное нарушение в день D (основание 2, шесть месяцев)
  --violation-act D            акт о нарушении (прил. 9), составленный в день D (основание 3, шесть месяцев)
  --other-person-act D         акт о присутствии постороннего лица (прил. 1) в день D (основание 4, один год)
  --no-consent                 нет согласия на доступ к персональным данным ограниченного доступа (основание 5)
  --certificate D              сертификат о тестировании на знание законодательства, тестирование в день D (основание 6, один год)
  --certificate-valid-until D  последний день действия этого сертификата (для тестирования до 11.07.2026)
  --presume                    считать срок годичным для сертификатов, выданных по тестированию до 11.07.2026
  --conclusion-valid-until D   заключение о личных качествах, действительное до D (основание 7)
  --counting civil-code|inclusive
  --json, --lang kk|ru|en, -h/--help
Коды выхода: 0 — успешно (в том числе при отказе: смотрите вывод), 1 — неверные входные данные, 2 — ошибка вызова.`,
  "help.workdays": `Вызов:
  kz-civil-service-rules workdays --year ГГГГ                  выходные дни года (R-CAL-1, R-CAL-2)
  kz-civil-service-rules workdays --after ГГГГ-ММ-ДД --days N  N-й рабочий день после даты
  kz-civil-service-rules workdays --check ГГГГ-ММ-ДД           проверить, рабочий ли это день

Параметры: --json, --lang kk|ru|en (названия выходных дней: на казахском для kk, на русском для ru, на английском для en), -h/--help
Год начиная с 2027 рассчитывается только по закону («statutory-only») и ещё может измениться.
Коды выхода: 0 — успешно, 1 — неверные входные данные, 2 — ошибка вызова.`,
  "usage.lang": "--lang: ожидается одно из значений {allowed}, получено {value}",
  "usage.oneOf": "--{option}: ожидается одно из значений {allowed}, получено {value}",
  "usage.whole": "--{option}: ожидается целое число ≥ {min}, получено {value}",
  "usage.delimiter": "--delimiter: ожидается одно из значений , ; tab, получено {value}",
  "usage.unknownOption": "неизвестный параметр {option}",
  "usage.missingValue": "для параметра {option} нужно значение",
  "usage.noValue": "параметр {option} не принимает значения",
  "usage.decimalsMax": "--decimals: не больше {max}",
  "usage.finalQuota": "--final-quota: ожидается НАПРАВЛЕНИЕ=N, получено {value}",
  "usage.unexpectedArgument": "{command}: лишний аргумент {value}",
  "usage.scoreFile": "score: укажите ровно один входной файл (CSV или JSON; - — стандартный ввод)",
  "usage.funnelFile": "funnel: укажите ровно один файл кампании CSV",
  "usage.retestDate": "retest: укажите дату тестирования (ГГГГ-ММ-ДД)",
  "usage.applicationDate": "refusal: параметр --application-date обязателен",
  "usage.certificateUntil": "--certificate-valid-until: на каждую дату действия нужен один --certificate (в том же порядке)",
  "usage.workdaysMode": "workdays: укажите один из параметров --year, --after (с --days), --check",
  "usage.afterDays": "workdays: для --after нужен --days N",
  "json.invalid": "{path}: некорректный JSON: {reason}",
  "json.noCandidates": "{path}: ожидается { \"candidates\": [ … ] }",
  "json.tooMany": "{path}: больше {limit} кандидатов (предел команды score)",
  "json.questionsPerBlock": "{path}: questionsPerBlock: ожидается число, получено {value}",
  "json.object": "{field}: ожидается объект",
  "json.list": "{field}: ожидается список чисел",
  "json.string": "{field}: ожидается строка, получено {value}",
  "json.duplicateId": "{field}: повторный id {id} (также в {other})",
  "value.track": "ожидается одно из значений {tracks} (или укажите --track), получено {value}",
  "value.arrayOne": "массив из 1 элемента",
  "value.array": "массив (элементов: {count})",
  "value.object": "объект",
  "value.twoGrades": "ожидаются две оценки ({grades})",
  "value.exclusionGround": "неизвестное основание исключения {ground} (ожидается одно из: {expected})",
  "score.jsonNote": "Приказ не говорит, как объединяются оценки нескольких членов комиссии и как складываются баллы предыдущих этапов: среднее и сумма — выбор пользователя.",
  "unit.bytes": "{count} байт",
  "unit.mib": "{count} МиБ",
  "run.moreLines": "… ещё строк: {count}",
  "io.cannotRead": "не удалось прочитать {path}: {reason}",
  "io.fileTooBig": "{path}: файл размером {size}, больше предела входных данных, {limit}",
  "io.streamTooBig": "{path}: больше {limit} (предел входных данных)",
  "fs.ENOENT": "нет такого файла или папки",
  "fs.EACCES": "нет доступа",
  "fs.EISDIR": "это папка, а не файл",
  "fs.ENOSPC": "на диске нет места",
  "io.cannotWrite": "не удалось записать {path}: {reason}",
  "where.lineField": "строка {line}, поле {field}",
  "where.field": "поле {field}",
  "read.empty": "пустой файл (нужна строка заголовков)",
  "read.nul": "в файле есть нулевые байты: UTF-16 без метки порядка байтов или не текстовый файл (сохраните таблицу как «CSV UTF-8» или .xlsx)",
  "read.badEncoding": "строка {line}: не {encoding} (байты файла нельзя прочитать как текст без потерь; сохраните таблицу как «CSV UTF-8» или .xlsx)",
  "read.notText": "строка {line}: управляющий символ {char} в файле, прочитанном как {encoding}: не текстовый файл или кодировка, отличная от UTF-8, UTF-16 и Windows-1251 (сохраните таблицу как «CSV UTF-8» или .xlsx)",
  "read.kazakhLost": "строка {line}: файл в кодировке Windows-1251, в которой нет казахских букв (ә ғ қ ң ө ұ ү һ): при сохранении они потеряны, в {value} вместо них «?». Сохраните таблицу как «CSV UTF-8» (или .xlsx) и запустите снова",
  "read.xls": "книга Excel 97–2003 (.xls) не читается: сохраните её как .xlsx или «CSV UTF-8»",
  "read.badXlsx": "не читаемая книга .xlsx ({reason})",
  "read.noSheet": "нет листа {sheet} (листы: {sheets})",
  "read.unterminated": "строка {line}: незакрытые кавычки",
  "read.afterQuote": "строка {line}: лишний символ после закрывающей кавычки",
  "read.quoteInside": "строка {line}: кавычка внутри поля без кавычек (заключите всё поле в кавычки и удвойте кавычку)",
  "read.fieldTooLong": "строка {line}: столбец {column}: поле длиннее {limit} символов (предел поля CSV)",
  "read.recordTooLong": "строка {line}: запись длиннее {limit} символов (предел строки CSV)",
  "read.tooManyRows": "строка {line}: больше {limit} строк после заголовка (предел файла CSV)",
  "read.csvSyntax": "строка {line}: {reason}",
  "read.fieldCount": "строка {line}: полей {count}, в заголовке {header}",
  "read.missingColumn": "строка {line}: нет столбца {column} (принимаемые заголовки: {aliases}); строка заголовков прочитана как {header}, разделитель — {delimiter}",
  "read.unknownColumn": "строка {line}: неизвестный столбец {column} (ожидаются {expected})",
  "read.repeatedColumn": "строка {line}: столбцы {first} и {second} оба означают {column}",
  "read.emptyId": "строка {line}, поле id: пустой id",
  "read.duplicateId": "строка {line}, поле id: повторный id {id} (также в строке {other})",
  "read.noCandidates": "в файле нет кандидатов",
  "delimiter.comma": "запятая",
  "delimiter.semicolon": "точка с запятой",
  "delimiter.tab": "табуляция",
  "progress.reading": "чтение",
  "progress.rows": "{what}: {done} / {total} строк",
  "progress.done": "{what}: {total} / {total} строк, готово",
  "progress.funnel": "отбор по {count} кандидатам…",
  "workdays.working": "рабочий день",
  "workdays.off": "выходной день",
  "kind.holiday": "праздник",
  "kind.religious": "религиозный праздник",
  "kind.carried": "перенесённый выходной",
  "kind.transfer": "день переноса",
  "out.written": "записано: {path} (строк: {rows})",
  "out.badExtension": "--out: ожидается файл .xlsx или .csv, получено {path}",
};
