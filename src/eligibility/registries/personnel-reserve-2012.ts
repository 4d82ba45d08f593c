/**
 * R-PR-1, R-PR-2 — the repealed 2012 state service "Enrolment in the personnel reserve of the
 * administrative civil service" (regulation approved by order No. 02-01-02/180 of 27.12.2012,
 * ASA-180-2012; `sources/003_933028b0de46bbd3.txt`), as data.
 *
 * Quotations are verbatim from the seed, whitespace runs collapsed. The seed is a PDF extraction:
 * some words are letter-spaced («а з а м а т т а р ғ а») and some word orders are scrambled
 * («…мемлекеттiк бойынша оқуды аяқтағандар бағдарламалары…», line 51) — kept as printed.
 *
 * @module
 */
import { SEEDS } from "../../sources/acts.js";

/**
 * A recipient group of the service.
 *
 * @category Personnel reserve 2012
 */
export interface PersonnelReserveRecipient {
  /** Library id of the group. */
  readonly id: string;
  /** The Kazakh text, verbatim. */
  readonly kk: string;
  readonly en: string;
  readonly lines: string;
  /** "At most one candidate per vacant position" — only where the text says so. */
  readonly atMostOnePerVacancy?: true;
}

/**
 * R-PR-1, R-PR-2 — the 2012 personnel-reserve service. **Repealed**: in force from ten calendar days
 * after the order's first official publication (the order is of 27.12.2012, registered 28.12.2012
 * No. 8251; the publication date is not in the sources, so the start is "late December 2012 or
 * January 2013", unknown exactly), until the repeal by order No. 04-2-4/56 of 29.03.2014 took effect
 * ten calendar days after *its* first publication — a date not in the sources: `inForce.to` is
 * `null` with the note "unknown, after 29.03.2014".
 *
 * Two recipient lists: para 2's definition («мемлекеттік қызметті алушы») has **five** groups; para 3
 * («Мемлекеттiк қызмет жеке тұлғаларға … көрсетiледі») has **four** — its group 2 folds para 2's
 * groups 2 and 3 (graduates of foreign universities in priority specialities), and its group 1 lacks
 * para 2's limit «(бірақ әрбір бос лауазым үшін бір үміткерден көп емес)» ("but not more than one
 * candidate per vacant position"). Para 2 says «аттестациялаудан … аттестациялық комиссиялар», para 3
 * «аттестаттаудан … аттестаттау комиссиялары» (same meaning, two spellings).
 *
 * @rule R-PR-1 R-PR-2
 * @category Personnel reserve 2012
 */
export const PERSONNEL_RESERVE_2012 = /* @__PURE__ */ (() => ({
  rules: ["R-PR-1", "R-PR-2"],
  act: "ASA-180-2012",
  seed: SEEDS.asa180,
  repealed: true,
  inForce: {
    from: null,
    fromNote: "ten calendar days after the order's first official publication (order of 27.12.2012, registered 28.12.2012 No. 8251; publication date not in the sources: December 2012 or January 2013)",
    fromKk: "4. Осы бұйрық алғаш ресми жарияланған күнінен бастап күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
    fromLines: "26-27",
    to: null,
    toNote: "unknown after 29.03.2014: repealed by order No. 04-2-4/56 of 29.03.2014, in force ten calendar days after its first official publication (date not in the sources)",
    toKk: "Ескерту. Күші жойылды - ҚР Мемлекеттік қызмет істері агенттігі төрағасының 29.03.2014 бұйрығымен (алғашқы ресми жарияланған № 04-2-4/56 күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі).",
    toLines: "11-13",
  },
  /** Para 2, sub-point 2): the definition of the recipient — five groups. */
  recipientsPara2: [
    { id: "competition-recommended", kk: "2) мемлекеттік қызметті алушы – жеке тұлға: конкурстық iрiктеуге қатысқан және конкурстық комиссия кадр резервiне алуға ұсыным берген (бірақ әрбір бос лауазым үшін бір үміткерден көп емес);", en: "participants of the competitive selection whom the competition commission recommended for the personnel reserve (but not more than one candidate for each vacant position)", lines: "47-49", atMostOnePerVacancy: true },
    { id: "state-order-and-foreign-graduates", kk: "мемлекеттiк тапсырыс негiзiнде мемлекеттiк қызметшiлердi даярлау және қайта даярлаудың мемлекеттiк бойынша оқуды аяқтағандар бағдарламалары және басым мамандықтар бойынша шетелдiң жоғары оқу орындарын бiтiрген а з а м а т т а р ;", en: "citizens who completed training under the state programs of training and retraining of civil servants on the basis of the state order, and graduates of foreign higher education institutions in priority specialities", lines: "50-53" },
    { id: "foreign-graduates-republican-commission", kk: "шетелде кадрлар даярлау жөніндегі республикалық бекітілетін комиссиямен басым мамандықтар бойынша шетелдік жоғары оқу орындарын бітіргендер;", en: "graduates of foreign higher education institutions in the priority specialities approved by the republican commission for training personnel abroad", lines: "54-55" },
    { id: "sent-abroad", kk: "кәсiби деңгейін арттыру мақсатында мемлекеттiк органдар халықаралық ұйымдарға немесе басқа мемлекеттерге жұмысқа жiберген;", en: "[citizens] sent by state bodies to work in international organisations or other states to raise their professional level", lines: "56-57" },
    { id: "attestation-recommended", kk: "аттестациялаудан өткен және аттестациялық комиссиялар кадр резервiне алуға ұсыным берген мемлекеттiк әкiмшiлiк қызметшiлер болып табылатын а з а м а т т а р ғ а к ө р с е т i л е д і .", en: "administrative civil servants who passed attestation and whom the attestation commissions recommended for the personnel reserve", lines: "58-60" },
  ],
  /** Para 3: to whom the service is given — four groups. */
  recipientsPara3: [
    { id: "competition-recommended", kk: "1) конкурстық iрiктеуге қатысқан және конкурстық комиссия кадр резервiне а л у ғ а ұ с ы н ы м б е р г е н ;", en: "participants of the competitive selection whom the competition commission recommended for the personnel reserve (no per-vacancy limit in this paragraph)", lines: "68-69" },
    { id: "state-order-and-foreign-graduates", kk: "2) мемлекеттiк тапсырыс негiзiнде мемлекеттiк қызметшiлердi даярлаудың және қайта даярлаудың мемлекеттiк бағдарламалары бойынша оқуды аяқтағандар және басым мамандықтар бойынша шетелдiң жоғары оқу о р ы н д а р ы н б i т i р г е н а з а м а т т а р ;", en: "citizens who completed training under the state programs of training and retraining of civil servants on the basis of the state order, and graduates of foreign higher education institutions in priority specialities", lines: "70-76" },
    { id: "sent-abroad", kk: "3) кәсiби деңгейін арттыру мақсатында мемлекеттiк органдар халықаралық ұйымдарға немесе басқа мемлекеттерге жұмысқа жiберген;", en: "[citizens] sent by state bodies to work in international organisations or other states to raise their professional level", lines: "77-78" },
    { id: "attestation-recommended", kk: "4) аттестаттаудан өткен және аттестаттау комиссиялары кадр резервiне алуға ұсыным берген мемлекеттiк әкiмшiлiк қызметшiлер болып табылатын а з а м а т т а р ғ а к ө р с е т i л е д і .", en: "administrative civil servants who passed attestation and whom the attestation commissions recommended for the personnel reserve", lines: "79-81" },
  ],
  recipientsDifference:
    "Para 2 lists five groups, para 3 four: para 2's third group (graduates of foreign universities in priority specialities approved by the republican commission for training abroad) has no group of its own in para 3, whose second group names graduates of foreign universities in priority specialities in general; para 3's first group omits para 2's limit of one candidate per vacant position.",
  /** "At most one per vacant position" — para 2 only. */
  atMostOnePerVacancyKk: "(бірақ әрбір бос лауазым үшін бір үміткерден көп емес)",
  atMostOnePerVacancyLines: "49",
  freeOfCharge: true,
  freeOfChargeKk: "Мемлекеттiк қызмет тегiн көрсетіледі .",
  freeOfChargeLines: "82",
  /** R-PR-2: the times of the four steps (App. 1, table 1). */
  serviceTimes: [
    { step: 1, what: "documents accepted (registered; a coupon with date, time and the receiving officer's name)", duration: { value: 30, unit: "minutes" }, kk: "1 Агентт ік : кеңсе Құжаттарды қабылдау Күні мен уақыты, құжатты қабылдаған адамның тегі мен аты-жөні көрсетіле отырып талон беру 30 минут", lines: "156-166" },
    { step: 2, what: "documents reviewed (and the persons of the broken reference «1-тармағы 2-2), 2-3), 2-4)» sent to testing; their test result given)", duration: { value: 5, unit: "working days" }, kk: "2 Агентт ік : орындаушы Құжаттарды қарау («Мемлекеттiк әкiмшiлiк қызметтiң кадр резервiне қою» регламентінің 1-тармағы 2-2), 2-3), 2-4) тармақшаларында көрсетілген тұлғаларды тестілеуге жолдау) 5 жұмыс күні «Мемлекеттiк әкiмшiлiк қызметтiң кадр резервiне қою » регламентінің 1-тармағы 2-2 ), 2-3), 2-4) тармақшаларында көрсетілген тұлғаларға тестілеу нәтижесін беру", lines: "170-189" },
    { step: 3, what: "order on enrolment in the personnel reserve drafted and signed", duration: { value: 2, unit: "working days" }, kk: "3 Агентт ік : орындаушы Мемлекеттiк әкiмшiлiк қызметтiң кадр резервiне қою туралы бұйрық жобасын дайындау, қол қою 2 жұмыс күні", lines: "191-199" },
    { step: 4, what: "extract from the order issued, or a reasoned refusal; maximum permissible waiting time", duration: { value: 30, unit: "minutes", maximumWait: true }, kk: "4 Агентт ік : орындаушы кадр резервіне алу туралы бұйрықтан үзінді жазбаны беру не алудан бас тарту туралы дәйекті жауап беру күтуге жол берілетін барынша көп уақыт 30 минут Бұйрықтан үзінді жазба", lines: "201-214" },
  ],
  /** Internal cross-references of the text that point nowhere, quoted as printed. */
  brokenReferences: [
    { kk: "осы регламенттің 1-тармағы 2-2), 2-3), 2-4) тармақшаларында", lines: "124-127, 178-187", note: "para 1 of the regulation has no sub-points 2-2), 2-3), 2-4) (para 1 only says what the regulation was developed under); which recipients are meant is not said (the library does not guess)" },
    { kk: "9. Мемлекеттік қызмет Стандартқа көрсетілген Агенттіктің 1-қосымшада және аумақтық бөлімшенің жұмыс кестесіне сәйкес күн сайын көрсетіледі.", lines: "104-105", note: "word order scrambled in the seed (App. 1 of the Standard — the addresses — is not in the sources)" },
    { kk: "11. Мемлекеттiк қызмет көрсету мерзiмдерi Стандарттың 7-тармағында к ө р с е т і л г е н .", lines: "109-110", note: "the service times are in para 7 of the Standard (Government Resolution No. 1687 of 27.12.2012), not in the sources; the regulation's own App. 1 table gives the step times above" },
    { kk: "2-қосымша Оқуға қабылдау бойынша мемлекеттік қызмет процесі", lines: "218-219", note: "App. 2 is headed \"the state service process for admission to training\" — a heading that does not belong to this service" },
    { kk: "«Әкімшілік рәсімдер туралы» Қазақстан Республикасының 2000 жылғы 27 қарашадағы Заңының сәйкес :9-1-бабына БҰЙЫРАМЫН", lines: "14-15", note: "the preamble's reference to art. 9-1 of the Law \"On administrative procedures\" is scrambled" },
  ],
} as const))();
