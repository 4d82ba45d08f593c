/**
 * R-GC-6 — the leadership («басқарушы») positions of corps "B" by category: App. 1 of the general
 * competition rules approved by ASA-196-2025, new edition by ASA-52-2026 (List point 16, App. 2;
 * `sources/001_a64fa5ff937c345c.txt` lines 1642–1927), shipped complete: 56 rows, 32 categories.
 *
 * @module
 */
import { SEEDS } from "../../sources/acts.js";

/**
 * One row of the table: a category and one position title, as printed.
 *
 * @category Thresholds
 */
export interface LeadershipPosition {
  /** Category code, Latin spelling (see {@link normalizeCategory}). */
  readonly category: string;
  /** The category code as printed (the table writes "А-1", "В-2", "С-О-4", "Е-1" with Cyrillic letters). */
  readonly categoryAsPrinted: string;
  /** The position title, verbatim (Kazakh). */
  readonly title: string;
  /** Line of the title in the seed file. */
  readonly line: number;
  /**
   * Where one row names several bodies («…Үкіметі Аппаратының, … Парламенті Палаталары
   * Аппараттарының, … сектор меңгерушісі»), the one-body titles the row stands for — derived by the
   * library (each body + the row's position), not printed. Matching accepts them besides `title`.
   */
  readonly variants?: readonly string[];
}

/**
 * Heading of the table: «"Б"корпусының басқарушы мемлекеттік әкімшілік лауазымдары» (line 1649).
 *
 * @category Thresholds
 */
export const LEADERSHIP_POSITIONS_SOURCE = /* @__PURE__ */ (() => ({
  rule: "R-GC-6",
  act: "ASA-52-2026",
  locator: "List point 16, para 47 (App. 2 of the List): general competition rules App. 1",
  seed: SEEDS.asa52,
  lines: "1642-1927",
  headingKk: "\"Б\"корпусының басқарушы мемлекеттік әкімшілік лауазымдары",
} as const))();

/**
 * The table, row by row, in the source's order. 32 categories: A-1; B-1…B-4; C-1…C-3; C-O-1…C-O-4;
 * C-R-1…C-R-3; D-1…D-3; D-O-1…D-O-3; D-R-1…D-R-3; E-1…E-3; E-R-1…E-R-3; E-G-1, E-G-2 — the same
 * codes as testing program 1 (R-TH-1).
 *
 * @category Thresholds
 */
export const LEADERSHIP_POSITIONS: readonly LeadershipPosition[] = /* @__PURE__ */ (() => Object.freeze([
  { category: "A-1", categoryAsPrinted: "А-1", title: "Қазақстан Республикасы Президентінің Әкімшілігі, Қазақстан Республикасы Қауіпсіздік Кеңесінің Аппаратының Сектор меңгерушісі", line: 1664 },
  { category: "B-1", categoryAsPrinted: "В-1", title: "Адам құқықтары жөніндегі ұлттық орталық аппараты басшысының орынбасары", line: 1672 },
  { category: "B-1", categoryAsPrinted: "В-1", title: "Құрылымдық бөлімшенің басшысы", line: 1676 },
  { category: "B-1", categoryAsPrinted: "В-1", title: "Қазақстан Республикасының Атом энергиясы жөніндегі агенттігі комитеті төрағасының орынбасары", line: 1680 },
  { category: "B-2", categoryAsPrinted: "В-2", title: "Құрылымдық бөлімше басшысының орынбасары", line: 1685 },
  { category: "B-3", categoryAsPrinted: "В-3", title: "Қазақстан Республикасы Үкіметі Аппаратының, Қазақстан Республикасы Парламенті Палаталары Аппараттарының, Қазақстан Республикасы Конституциялық Соты Аппаратының, Қазақстан Республикасы Сот әкімшілігінің, Қазақстан Республикасы Жоғары Сот Кеңесі аппаратының сектор меңгерушісі", line: 1690, variants: ["Қазақстан Республикасы Үкіметі Аппаратының сектор меңгерушісі", "Қазақстан Республикасы Парламенті Палаталары Аппараттарының сектор меңгерушісі", "Қазақстан Республикасы Конституциялық Соты Аппаратының сектор меңгерушісі", "Қазақстан Республикасы Сот әкімшілігінің сектор меңгерушісі", "Қазақстан Республикасы Жоғары Сот Кеңесі аппаратының сектор меңгерушісі"] },
  { category: "B-3", categoryAsPrinted: "В-3", title: "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің, Қазақстан Республикасы Бәсекелестікті қорғау және дамыту агенттігінің, Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігінің, Қазақстан Республикасы Бас прокуратурасының, Қазақстан Республикасы Қаржы мониторингі агенттігінің, Қазақстан Республикасы Атом энергиясы агенттігінің және оның ведомствосының, Қазақстан Республикасы Жоғары аудиторлық палатасының басқарма (қызмет) басшысы", line: 1694, variants: ["Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің басқарма (қызмет) басшысы", "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің басқарма басшысы", "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің қызмет басшысы", "Қазақстан Республикасы Бәсекелестікті қорғау және дамыту агенттігінің басқарма (қызмет) басшысы", "Қазақстан Республикасы Бәсекелестікті қорғау және дамыту агенттігінің басқарма басшысы", "Қазақстан Республикасы Бәсекелестікті қорғау және дамыту агенттігінің қызмет басшысы", "Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігінің басқарма (қызмет) басшысы", "Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігінің басқарма басшысы", "Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігінің қызмет басшысы", "Қазақстан Республикасы Бас прокуратурасының басқарма (қызмет) басшысы", "Қазақстан Республикасы Бас прокуратурасының басқарма басшысы", "Қазақстан Республикасы Бас прокуратурасының қызмет басшысы", "Қазақстан Республикасы Қаржы мониторингі агенттігінің басқарма (қызмет) басшысы", "Қазақстан Республикасы Қаржы мониторингі агенттігінің басқарма басшысы", "Қазақстан Республикасы Қаржы мониторингі агенттігінің қызмет басшысы", "Қазақстан Республикасы Атом энергиясы агенттігінің және оның ведомствосының басқарма (қызмет) басшысы", "Қазақстан Республикасы Атом энергиясы агенттігінің және оның ведомствосының басқарма басшысы", "Қазақстан Республикасы Атом энергиясы агенттігінің және оның ведомствосының қызмет басшысы", "Қазақстан Республикасы Атом энергиясы агенттігінің басқарма (қызмет) басшысы", "Қазақстан Республикасы Атом энергиясы агенттігінің басқарма басшысы", "Қазақстан Республикасы Атом энергиясы агенттігінің қызмет басшысы", "Қазақстан Республикасы Жоғары аудиторлық палатасының басқарма (қызмет) басшысы", "Қазақстан Республикасы Жоғары аудиторлық палатасының басқарма басшысы", "Қазақстан Республикасы Жоғары аудиторлық палатасының қызмет басшысы"] },
  { category: "B-4", categoryAsPrinted: "В-4", title: "Сектор меңгерушісі", line: 1699 },
  { category: "C-1", categoryAsPrinted: "С-1", title: "Орталық атқарушы орган комитеті төрағасының орынбасары", line: 1707 },
  { category: "C-1", categoryAsPrinted: "С-1", title: "Департамент директоры", line: 1711 },
  { category: "C-1", categoryAsPrinted: "С-1", title: "Сенімді уәкіл", line: 1715 },
  { category: "C-1", categoryAsPrinted: "С-1", title: "Халықаралық ұйым жанындағы Тұрақты өкілдің орынбасары", line: 1719 },
  { category: "C-1", categoryAsPrinted: "С-1", title: "Бас консул", line: 1723 },
  { category: "C-1", categoryAsPrinted: "С-1", title: "Шетелдік мекеменің кеңесші-елшісі", line: 1727 },
  { category: "C-1", categoryAsPrinted: "С-1", title: "Баспасөз хатшысы", line: 1731 },
  { category: "C-2", categoryAsPrinted: "С-2", title: "Департамент директорының орынбасары", line: 1736 },
  { category: "C-3", categoryAsPrinted: "С-3", title: "Басқарма басшысы", line: 1741 },
  { category: "C-3", categoryAsPrinted: "С-3", title: "Басқарма басшысының орынбасары", line: 1745 },
  { category: "C-3", categoryAsPrinted: "С-3", title: "Консул-консулдықтың басшысы", line: 1749 },
  { category: "C-O-1", categoryAsPrinted: "С-О-1", title: "Басшы", line: 1754 },
  { category: "C-O-1", categoryAsPrinted: "С-О-1", title: "Кеден басшысы", line: 1758 },
  { category: "C-O-1", categoryAsPrinted: "С-О-1", title: "Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкілдің өкілі", line: 1762 },
  { category: "C-O-2", categoryAsPrinted: "С-О-2", title: "Басшының орынбасары", line: 1767 },
  { category: "C-O-2", categoryAsPrinted: "С-О-2", title: "Кеден басшысының орынбасары", line: 1771 },
  { category: "C-O-2", categoryAsPrinted: "С-О-2", title: "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің Әдеп жөніндегі кеңесі хатшылығының меңгерушісі", line: 1775 },
  { category: "C-O-3", categoryAsPrinted: "С-О-3", title: "Басқарма басшысы", line: 1780 },
  { category: "C-O-3", categoryAsPrinted: "С-О-3", title: "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің, Қазақстан Республикасы Қаржы мониторингі агенттігінің аумақтық органы басқармасының басшысы", line: 1784, variants: ["Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің аумақтық органы басқармасының басшысы", "Қазақстан Республикасы Қаржы мониторингі агенттігінің аумақтық органы басқармасының басшысы"] },
  { category: "C-O-3", categoryAsPrinted: "С-О-3", title: "Кеден бекетінің басшысы", line: 1788 },
  { category: "C-O-3", categoryAsPrinted: "С-О-3", title: "Аумақтық бөлімнің басшысы - аға сот орындаушысы", line: 1792 },
  { category: "C-O-4", categoryAsPrinted: "С-О-4", title: "Бөлім басшысы", line: 1797 },
  { category: "C-O-4", categoryAsPrinted: "С-О-4", title: "Кеден бекеті басшысының орынбасары", line: 1801 },
  { category: "C-R-1", categoryAsPrinted: "C-R-1", title: "Аудандық аумақтық басқармасының басшысы", line: 1806 },
  { category: "C-R-1", categoryAsPrinted: "C-R-1", title: "Аудандық және оған теңестірілген сот Әкімшісінің басшысы", line: 1810 },
  { category: "C-R-2", categoryAsPrinted: "C-R-2", title: "Аудандық аумақтық басқарма басшысының орынбасары", line: 1815 },
  { category: "C-R-2", categoryAsPrinted: "C-R-2", title: "Аудандық және оған теңестірілген сот әкімшісі басшысының орынбасары", line: 1819 },
  { category: "C-R-3", categoryAsPrinted: "C-R-3", title: "Аудандық аумақтық басқару бөлімінің басшысы", line: 1824 },
  { category: "D-1", categoryAsPrinted: "D-1", title: "Мәслихат аппаратының басшысы", line: 1832 },
  { category: "D-2", categoryAsPrinted: "D-2", title: "Облыстардың, республикалық маңызы бар қалалардың, астананың тексеру комиссиялары аппаратының басшысы", line: 1837 },
  { category: "D-2", categoryAsPrinted: "D-2", title: "Әкім аппараты басшысының орынбасары", line: 1841 },
  { category: "D-2", categoryAsPrinted: "D-2", title: "Мәслихат аппараты басшысының орынбасары", line: 1845 },
  { category: "D-3", categoryAsPrinted: "D-3", title: "Құрылымдық бөлімшенің басшысы", line: 1850 },
  { category: "D-O-1", categoryAsPrinted: "D-О-1", title: "Басшы", line: 1855 },
  { category: "D-O-2", categoryAsPrinted: "D-O-2", title: "Басшының орынбасары", line: 1860 },
  { category: "D-O-2", categoryAsPrinted: "D-O-2", title: "Қазақстан халқы Ассамблеясы хатшылығының меңгерушісі", line: 1864 },
  { category: "D-O-3", categoryAsPrinted: "D-O-3", title: "Бөлім басшысы", line: 1869 },
  { category: "D-R-1", categoryAsPrinted: "D-R-1", title: "Бөлім басшысы", line: 1874 },
  { category: "D-R-2", categoryAsPrinted: "D-R-2", title: "Бөлім басшысы орынбасары", line: 1879 },
  { category: "D-R-3", categoryAsPrinted: "D-R-3", title: "Сектор меңгерушісі", line: 1884 },
  { category: "E-1", categoryAsPrinted: "Е-1", title: "Аудандар, қаладағы аудандар және облыстық маңызы бар қалалар әкімдерінің орынбасарлары", line: 1892 },
  { category: "E-2", categoryAsPrinted: "Е-2", title: "Аппарат басшысы", line: 1897 },
  { category: "E-3", categoryAsPrinted: "Е-3", title: "Құрылымдық бөлімшенің басшысы", line: 1902 },
  { category: "E-R-1", categoryAsPrinted: "E-R-1", title: "Бөлім басшысы", line: 1907 },
  { category: "E-R-2", categoryAsPrinted: "E-R-2", title: "Бөлім басшысының орынбасары", line: 1912 },
  { category: "E-R-3", categoryAsPrinted: "E-R-3", title: "Сектор меңгерушісі", line: 1917 },
  { category: "E-G-1", categoryAsPrinted: "E-G-1", title: "Әкімнің орынбасары", line: 1922 },
  { category: "E-G-2", categoryAsPrinted: "E-G-2", title: "Құрылымдық бөлімшенің басшысы", line: 1927 },
] as const satisfies readonly LeadershipPosition[]))();
