//! Examples and traps for the amount rules, run through the whole pipeline (`extract`), in the
//! manner of Duckling's corpora: each example must give exactly one finding with the expected
//! rule, value, currency, qualifier and period; each trap must give none.

use super::rules::{self, RULE_NAMES};
use crate::model::{Decimal, Per, Period, Qualifier};
use std::collections::HashSet;
use std::str::FromStr;

/// What one example must give.
struct Example {
    text: &'static str,
    rule: &'static str,
    /// The value, or `min..max` for a range.
    value: &'static str,
    currency: &'static str,
    qualifier: Qualifier,
    period: Option<Period>,
    /// The mention as written, when it is not the whole text.
    written: Option<&'static str>,
    /// What it is counted per.
    each: Option<Per>,
}

const fn ex(
    text: &'static str,
    rule: &'static str,
    value: &'static str,
    currency: &'static str,
) -> Example {
    Example {
        text,
        rule,
        value,
        currency,
        qualifier: Qualifier::Exact,
        period: None,
        written: None,
        each: None,
    }
}

impl Example {
    const fn q(mut self, qualifier: Qualifier) -> Self {
        self.qualifier = qualifier;
        self
    }
    const fn per(mut self, period: Period) -> Self {
        self.period = Some(period);
        self
    }
    const fn each(mut self, per: Per) -> Self {
        self.each = Some(per);
        self
    }
    const fn written(mut self, written: &'static str) -> Self {
        self.written = Some(written);
        self
    }
}

use Qualifier::{Approx, Max, Min, Range};
use rules::{
    AMOUNT_DASH_AMOUNT as DASH, BETWEEN_AND as BETWEEN, CURRENCY_NUMBER as CUR_NUM,
    FROM_TO_CHANGE as CHANGE, LIST, NUMBER_CURRENCY as NUM_CUR, NUMBER_SCALE_CONTEXT as CONTEXT,
    NUMBER_SCALE_CURRENCY as NUM_SCALE_CUR, VAGUE_SCALE_CURRENCY as VAGUE,
    WORDS_CURRENCY as WORDS_CUR,
};

#[rustfmt::skip]
const EXAMPLES: &[Example] = &[
    // <number> <currency>: French typography, all three spaces, dots, commas.
    ex("1 500 000 €", NUM_CUR, "1500000", "EUR"),
    ex("1\u{a0}500\u{a0}000\u{a0}€", NUM_CUR, "1500000", "EUR"),
    ex("1\u{202f}500\u{202f}000 €", NUM_CUR, "1500000", "EUR"),
    ex("1.500.000 €", NUM_CUR, "1500000", "EUR"),
    ex("Le ticket coûte 2,35 €.", NUM_CUR, "2.35", "EUR").written("2,35 €"),
    ex("1,500,000 $", NUM_CUR, "1500000", "USD"),
    ex("une perte de -3 € par action", NUM_CUR, "-3", "EUR").each(Per::Share).written("-3 €"),
    ex("20 euros", NUM_CUR, "20", "EUR"),
    ex("10 000 dollars canadiens", NUM_CUR, "10000", "CAD"),
    ex("500 livres sterling", NUM_CUR, "500", "GBP"),
    ex("200 francs suisses", NUM_CUR, "200", "CHF"),
    ex("5 000 FCFA", NUM_CUR, "5000", "XOF"),
    ex("300 francs CFA", NUM_CUR, "300", "XOF"),
    ex("1 000 yens", NUM_CUR, "1000", "JPY"),
    ex("800 yuans", NUM_CUR, "800", "CNY"),
    ex("250 renminbi", NUM_CUR, "250", "CNY"),
    ex("90 dirhams", NUM_CUR, "90", "MAD"),
    // abbreviations of the Tunisian, Malagasy, Guinean, Congolese, Swiss and Pacific presses
    ex("3 MDT", NUM_SCALE_CUR, "3000000", "TND"),
    ex("un budget de 45,77 MD", NUM_SCALE_CUR, "45770000", "TND").written("45,77 MD"),
    ex("le kilo de tomates à 1,180 D", NUM_CUR, "1.180", "TND").each(Per::Unit).written("1,180 D"),
    ex("une dette de 26 429 milliards Fmg", NUM_SCALE_CUR, "26429000000000", "MGF").written("26 429 milliards Fmg"),
    // typing slips: no space before the scale, a missing `i`
    ex("un budget de 10,4milliards de FCFA", NUM_SCALE_CUR, "10400000000", "XOF").written("10,4milliards de FCFA"),
    ex("un coût de 3,1 millards de dollars", NUM_SCALE_CUR, "3100000000", "USD").written("3,1 millards de dollars"),
    ex("un budget de 1 126, 6 milliards BIF", rules::SPACED_DECIMAL, "1126600000000", "BIF").written("1 126, 6 milliards BIF"),
    ex("25 DT", NUM_CUR, "25", "TND"),
    ex("300 000 Ar", NUM_CUR, "300000", "MGA"),
    ex("5000 FG", NUM_CUR, "5000", "GNF"),
    ex("2 millions de francs guinéens", NUM_SCALE_CUR, "2000000", "GNF"),
    ex("50 000 FC", NUM_CUR, "50000", "CDF"),
    ex("12 Fr.", NUM_CUR, "12", "CHF"),
    ex("À Dakar, la baguette coûte 150 F.", NUM_CUR, "150", "XOF").written("150 F"),
    ex("une enveloppe de 1 000 milliards de F", NUM_SCALE_CUR, "1000000000000", "FRF").written("1 000 milliards de F"),
    ex("Au Congo, le budget s’établit à 2 369,1 milliards FCFA.", NUM_SCALE_CUR, "2369100000000", "XAF").written("2 369,1 milliards FCFA"),
    ex("En République de Maurice, le salaire minimum est de 17 745 roupies.", NUM_CUR, "17745", "MUR").written("17 745 roupies"),
    ex("Fr. 12.50", CUR_NUM, "12.50", "CHF"),
    ex("un abonnement à fr. 500.-", CUR_NUM, "500", "CHF").written("fr. 500"),
    ex("10 milliards de F.Cfa", NUM_SCALE_CUR, "10000000000", "XOF"),
    ex("4 millions de Fcfp", NUM_SCALE_CUR, "4000000", "XPF"),
    ex("400 roubles", NUM_CUR, "400", "RUB"),
    ex("700 roupies", NUM_CUR, "700", "INR"),
    ex("15 dollars australiens", NUM_CUR, "15", "AUD"),
    ex("12 dollars américains", NUM_CUR, "12", "USD"),
    ex("2 euros 50", NUM_CUR, "2.50", "EUR"),
    ex("1 USD et 23 centimes", NUM_CUR, "1.23", "USD"),
    ex("50 centimes", NUM_CUR, "0.50", "EUR"),
    ex("un budget de 1 000 € par mois", NUM_CUR, "1000", "EUR").per(Period::Month).written("1 000 €"),
    // Swiss apostrophes group digits; a dot after spaced groups is a decimal point.
    ex("50’000 francs suisses", NUM_CUR, "50000", "CHF"),
    ex("180'000 francs suisses", NUM_CUR, "180000", "CHF"),
    ex("158 430.74 francs CFP", NUM_CUR, "158430.74", "XPF"),
    // <number> <scale> <currency>
    ex("200 milliards d’euros", NUM_SCALE_CUR, "200000000000", "EUR"),
    ex("200 milliards d'euros", NUM_SCALE_CUR, "200000000000", "EUR"),
    ex("200 milliards d‘euros", NUM_SCALE_CUR, "200000000000", "EUR"),
    ex("1,5 milliard d’euros", NUM_SCALE_CUR, "1500000000", "EUR"),
    ex("1,37 milliard d’euros", NUM_SCALE_CUR, "1370000000", "EUR"),
    ex("15 M€", NUM_SCALE_CUR, "15000000", "EUR"),
    ex("15M€", NUM_SCALE_CUR, "15000000", "EUR"),
    ex("2 Md€", NUM_SCALE_CUR, "2000000000", "EUR"),
    ex("3 Mds$", NUM_SCALE_CUR, "3000000000", "USD"),
    ex("4 Mds €", NUM_SCALE_CUR, "4000000000", "EUR"),
    ex("5 Mrd€", NUM_SCALE_CUR, "5000000000", "EUR"),
    ex("3 Mds d’euros", NUM_SCALE_CUR, "3000000000", "EUR"),
    ex("1,3 mia. de francs suisses", NUM_SCALE_CUR, "1300000000", "CHF"),
    ex("450 mio de francs suisses", NUM_SCALE_CUR, "450000000", "CHF"),
    // wire style: `E` for the euro after a scale abbreviation, `M Euros`, `5G$`, `MDH`
    ex("15,9 MdsE", NUM_SCALE_CUR, "15900000000", "EUR"),
    ex("1 069 ME", NUM_SCALE_CUR, "1069000000", "EUR"),
    ex("une perte de -28 ME", NUM_SCALE_CUR, "-28000000", "EUR").written("-28 ME"),
    ex("2,6 MdE", NUM_SCALE_CUR, "2600000000", "EUR"),
    ex("30 M Euros", NUM_SCALE_CUR, "30000000", "EUR"),
    // `G$` with no place named: the writing of Quebec, Canadian dollars.
    ex("5G$", NUM_SCALE_CUR, "5000000000", "CAD"),
    ex("Le BPA ressort à -1,35 E.", NUM_CUR, "-1.35", "EUR").written("-1,35 E"),
    ex("des ventes de 2,5 et 2,6 MdE", BETWEEN, "2500000000..2600000000", "EUR").q(Range).written("2,5 et 2,6 MdE"),
    ex("un ticket d'environ 100K€ à 500K€ par entreprise", DASH, "100000..500000", "EUR").q(Range).each(Per::Company).written("100K€ à 500K€"),
    ex("12 milliards de DH", NUM_SCALE_CUR, "12000000000", "MAD"),
    ex("450 MDH", NUM_SCALE_CUR, "450000000", "MAD"),
    // Haiti's gourdes, Lebanon's pounds, the IMF's special drawing rights, Algeria's `Da`
    // millimes of the Tunisian dinar, Mauritania's ouguiyas, Burundi's francs
    ex("le pain à 230 millimes", NUM_CUR, "0.23", "TND").written("230 millimes"),
    ex("un budget de 1,2 million d’ouguiyas", NUM_SCALE_CUR, "1200000", "MRU").written("1,2 million d’ouguiyas"),
    ex("un salaire de 20 000 FBu", NUM_CUR, "20000", "BIF").written("20 000 FBu"),
    ex("un salaire de 15 439,2 gourdes", NUM_CUR, "15439.2", "HTG").written("15 439,2 gourdes"),
    ex("le plein atteint 473 000 LL", NUM_CUR, "473000", "LBP").written("473 000 LL"),
    ex("58.000 livres libanaises", NUM_CUR, "58000", "LBP"),
    ex("un prêt de 141,68 millions de DTS", NUM_SCALE_CUR, "141680000", "XDR").written("141,68 millions de DTS"),
    ex("le kilo ne dépasse pas les 300 Da", NUM_CUR, "300", "DZD").q(Max).each(Per::Unit).written("300 Da"),
    // the price of a dollar: counted per unit, and the dollar it buys is no amount
    ex("87 gourdes pour un dollar", NUM_CUR, "87", "HTG").each(Per::Unit).written("87 gourdes"),
    ex("147.40 gourdes pour un 1 dollar américain", NUM_CUR, "147.40", "HTG").each(Per::Unit).written("147.40 gourdes"),
    ex("3,2 MMDH", NUM_SCALE_CUR, "3200000000", "MAD"),
    ex("7 k€", NUM_SCALE_CUR, "7000", "EUR"),
    ex("7 K€", NUM_SCALE_CUR, "7000", "EUR"),
    ex("2 G€", NUM_SCALE_CUR, "2000000000", "EUR"),
    ex("8 M$", NUM_SCALE_CUR, "8000000", "USD"),
    ex("2 Md$", NUM_SCALE_CUR, "2000000000", "USD"),
    ex("3 millions de dollars", NUM_SCALE_CUR, "3000000", "USD"),
    ex("2 billions d’euros", NUM_SCALE_CUR, "2000000000000", "EUR"),
    ex("500 mille euros", NUM_SCALE_CUR, "500000", "EUR"),
    ex("1 milliard et demi d’euros", NUM_SCALE_CUR, "1500000000", "EUR"),
    ex("3 milliards d’euros par an", NUM_SCALE_CUR, "3000000000", "EUR").per(Period::Year).written("3 milliards d’euros"),
    ex("4 millions d’euros annuels", NUM_SCALE_CUR, "4000000", "EUR").per(Period::Year).written("4 millions d’euros"),
    ex("2 M€/an", NUM_SCALE_CUR, "2000000", "EUR").per(Period::Year).written("2 M€"),
    ex("des loyers de 3 millions d’euros mensuels", NUM_SCALE_CUR, "3000000", "EUR").per(Period::Month).written("3 millions d’euros"),
    ex("contre 1 € l’an dernier", NUM_CUR, "1", "EUR").written("1 €"),
    ex("puis 320 milliards de F CFA sur chacun des trois derniers exercices", NUM_SCALE_CUR, "320000000000", "XOF").per(Period::Year).written("320 milliards de F CFA"),
    ex("10 milliards d’euros chaque année", NUM_SCALE_CUR, "10000000000", "EUR").per(Period::Year).written("10 milliards d’euros"),
    // qualifiers
    ex("environ 3 millions d’euros", NUM_SCALE_CUR, "3000000", "EUR").q(Approx).written("3 millions d’euros"),
    ex("3 millions d’euros environ", NUM_SCALE_CUR, "3000000", "EUR").q(Approx).written("3 millions d’euros"),
    ex("quelques 3 millions d’euros", NUM_SCALE_CUR, "3000000", "EUR").q(Approx).written("3 millions d’euros"),
    ex("un salaire de 2 000 euros bruts mensuels", NUM_CUR, "2000", "EUR").per(Period::Month).written("2 000 euros"),
    ex("une aide pouvant atteindre 250 000 dollars", NUM_CUR, "250000", "USD").q(Max).written("250 000 dollars"),
    ex("Pas loin de 547 millions de francs suisses", NUM_SCALE_CUR, "547000000", "CHF").q(Approx).written("547 millions de francs suisses"),
    ex("près de 140 milliards de FCFA", NUM_SCALE_CUR, "140000000000", "XOF").q(Approx).written("140 milliards de FCFA"),
    ex("quelque 700 000 €", NUM_CUR, "700000", "EUR").q(Approx).written("700 000 €"),
    ex("de l’ordre de 5 M€", NUM_SCALE_CUR, "5000000", "EUR").q(Approx).written("5 M€"),
    ex("plus de 10 euros", NUM_CUR, "10", "EUR").q(Min).written("10 euros"),
    ex("au moins 2 milliards d’euros", NUM_SCALE_CUR, "2000000000", "EUR").q(Min).written("2 milliards d’euros"),
    ex("au-delà de 3 M€", NUM_SCALE_CUR, "3000000", "EUR").q(Min).written("3 M€"),
    ex("la dette dépasse les 2 000 milliards d’euros", NUM_SCALE_CUR, "2000000000000", "EUR").q(Min).written("2 000 milliards d’euros"),
    ex("moins de 10 dollars", NUM_CUR, "10", "USD").q(Max).written("10 dollars"),
    ex("jusqu’à 200 milliards d’euros", NUM_SCALE_CUR, "200000000000", "EUR").q(Max).written("200 milliards d’euros"),
    ex("pas plus de 10 dollars", NUM_CUR, "10", "USD").q(Max).written("10 dollars"),
    ex("une aide plafonnée à 300.000 euros", NUM_CUR, "300000", "EUR").q(Max).written("300.000 euros"),
    // qualifiers of the francophone press
    ex("les réserves dépassent la barre des 100 milliards de dollars", NUM_SCALE_CUR, "100000000000", "USD").q(Min).written("100 milliards de dollars"),
    ex("franchit la barre symbolique des 50 milliards de dollars", NUM_SCALE_CUR, "50000000000", "USD").q(Min).written("50 milliards de dollars"),
    ex("un apport au minimum de 5 M€", NUM_SCALE_CUR, "5000000", "EUR").q(Min).written("5 M€"),
    ex("un revenu supérieur ou égal à 2 000 euros", NUM_CUR, "2000", "EUR").q(Min).written("2 000 euros"),
    ex("le coût ne peut excéder 3 millions d’euros", NUM_SCALE_CUR, "3000000", "EUR").q(Max).written("3 millions d’euros"),
    ex("un budget sous la barre des 10 millions d’euros", NUM_SCALE_CUR, "10000000", "EUR").q(Max).written("10 millions d’euros"),
    ex("le chiffre approximatif de 49 milliards de dollars", NUM_SCALE_CUR, "49000000000", "USD").q(Approx).written("49 milliards de dollars"),
    ex("un taux horaire minimum de 14,00 $", NUM_CUR, "14.00", "USD").each(Per::Hour).written("14,00 $"),
    ex("Une estimation provisoire chiffre à 72,5 millions d'euros les dépenses", NUM_SCALE_CUR, "72500000", "EUR").q(Approx).written("72,5 millions d'euros"),
    ex("des contributions annuelles maximales de 180’000 francs suisses", NUM_CUR, "180000", "CHF").q(Max).per(Period::Year).written("180’000 francs suisses"),
    ex("Le plafond de la subvention passera à 50’000 francs suisses", NUM_CUR, "50000", "CHF").q(Max).written("50’000 francs suisses"),
    ex("pour dépasser, à cette date, les 23 milliards de dollars", NUM_SCALE_CUR, "23000000000", "USD").q(Min).written("23 milliards de dollars"),
    ex("l’apport pourrait atteindre les 20 millions de dinars", NUM_SCALE_CUR, "20000000", "DZD").q(Max).written("20 millions de dinars"),
    // qualifiers written after the amount
    ex("une hausse de 2,5 millions de dollars à peu près", NUM_SCALE_CUR, "2500000", "USD").q(Approx).written("2,5 millions de dollars"),
    ex("un loyer de 800 euros au minimum", NUM_CUR, "800", "EUR").q(Min).written("800 euros"),
    ex("des pertes de 2 milliards de dollars au bas mot", NUM_SCALE_CUR, "2000000000", "USD").q(Min).written("2 milliards de dollars"),
    ex("une amende de 10 000 euros maximum", NUM_CUR, "10000", "EUR").q(Max).written("10 000 euros"),
    ex("un chèque de 300 dollars tout au plus", NUM_CUR, "300", "USD").q(Max).written("300 dollars"),
    // periods: after net/brut words and a bracketed conversion, earlier in the clause, weeks
    // and days
    // `de plus de`/`de moins d’` after a bare figure: a count of something else, not a difference
    ex("Le plan coûte 5 milliards d’euros et touche 3 millions de plus de 60 ans.", NUM_SCALE_CUR, "5000000000", "EUR").written("5 milliards d’euros"),
    ex("La réforme coûte 2 milliards d’euros pour 2 millions de moins d’allocataires.", NUM_SCALE_CUR, "2000000000", "EUR").written("2 milliards d’euros"),
    ex("Environ 15 euros nets de plus par mois", NUM_CUR, "15", "EUR").q(Approx).per(Period::Month).written("15 euros"),
    ex("Chaque année, la ville verse 3 M€ aux clubs.", NUM_SCALE_CUR, "3000000", "EUR").per(Period::Year).written("3 M€"),
    ex("prête à allouer annuellement un montant de 200 millions de francs", NUM_SCALE_CUR, "200000000", "FRF").per(Period::Year).written("200 millions de francs"),
    ex("le Smic mensuel brut sera ainsi porté à 1766,92 euros", NUM_CUR, "1766.92", "EUR").per(Period::Month).written("1766,92 euros"),
    ex("une indemnité de 150 euros par jour", NUM_CUR, "150", "EUR").per(Period::Day).written("150 euros"),
    ex("un forfait de 20 euros par semaine", NUM_CUR, "20", "EUR").per(Period::Week).written("20 euros"),
    ex("une allocation de 300 euros par enfant et par mois", NUM_CUR, "300", "EUR").per(Period::Month).each(Per::Person).written("300 euros"),
    ex("le rapport annuel publié jeudi chiffre les pertes à 3 M€", NUM_SCALE_CUR, "3000000", "EUR").written("3 M€"),
    ex("les cotations mensuelles du gaz montent pour le butane (615 $ soit + 9,82 %)", NUM_CUR, "615", "USD").written("615 $"),
    // per: what an amount is counted per
    ex("un bénéfice de 1,09 $ par action", NUM_CUR, "1.09", "USD").each(Per::Share).written("1,09 $"),
    ex("l’action a clôturé à 56,46 dollars", NUM_CUR, "56.46", "USD").each(Per::Share).written("56,46 dollars"),
    ex("une dotation de 30 € par habitant", NUM_CUR, "30", "EUR").each(Per::Inhabitant).written("30 €"),
    ex("une aide de 500 euros par élève", NUM_CUR, "500", "EUR").each(Per::Person).written("500 euros"),
    ex("jusqu’à 10 000 euros par entreprise", NUM_CUR, "10000", "EUR").q(Max).each(Per::Company).written("10 000 euros"),
    ex("un chèque de 200 euros par ménage", NUM_CUR, "200", "EUR").each(Per::Household).written("200 euros"),
    ex("payé 12 euros de l’heure", NUM_CUR, "12", "EUR").each(Per::Hour).written("12 euros"),
    ex("le salaire passe à 14,25$ l’heure", NUM_CUR, "14.25", "USD").each(Per::Hour).written("14,25$"),
    ex("le salaire minimum brut horaire à 11,65 euros", NUM_CUR, "11.65", "EUR").each(Per::Hour).written("11,65 euros"),
    ex("une prime de 3 000 euros par salarié", NUM_CUR, "3000", "EUR").each(Per::Employee).written("3 000 euros"),
    ex("vendu à 570 francs CFA le litre de super", NUM_CUR, "570", "XOF").each(Per::Unit).written("570 francs CFA"),
    ex("le prix du litre de gazole atteint 1,80 €", NUM_CUR, "1.80", "EUR").each(Per::Unit).written("1,80 €"),
    ex("Le Groupe CGI (GIB, 99,93$) rachète ses actions", NUM_CUR, "99.93", "USD").each(Per::Share).written("99,93$"),
    ex("L’unité s’échangeait à 54,77 $", NUM_CUR, "54.77", "USD").each(Per::Share).written("54,77 $"),
    ex("L’action Couche-Tard a atteint un sommet de 52 semaines à 56,95 $", NUM_CUR, "56.95", "CAD").each(Per::Share).written("56,95 $"),
    ex("au cours de clôture de 99,93 $", NUM_CUR, "99.93", "USD").each(Per::Share).written("99,93 $"),
    ex("le salaire minimum varie de 10,96 $ à 11,55 $", BETWEEN, "10.96..11.55", "USD").q(Range).each(Per::Hour).written("10,96 $ à 11,55 $"),
    ex("les pommes de terre à quarante dinars le kg", WORDS_CUR, "40", "DZD").each(Per::Unit).written("quarante dinars"),
    ex("une subvention de 50 000 euros par projet", NUM_CUR, "50000", "EUR").each(Per::Project).written("50 000 euros"),
    ex("une aide de 3 millions d’euros pour une entreprise lyonnaise", NUM_SCALE_CUR, "3000000", "EUR").written("3 millions d’euros"),
    // <number words> <currency>
    ex("deux cents millions d’euros", WORDS_CUR, "200000000", "EUR"),
    ex("un milliard et demi d’euros", WORDS_CUR, "1500000000", "EUR"),
    ex("trois millions et demi d’euros", WORDS_CUR, "3500000", "EUR"),
    ex("un demi-milliard d’euros", WORDS_CUR, "500000000", "EUR"),
    ex("dix dollars", WORDS_CUR, "10", "USD"),
    ex("une baisse inférieure à cinq francs par mois", WORDS_CUR, "5", "FRF").q(Max).per(Period::Month).written("cinq francs"),
    ex("cinq millions de yens", WORDS_CUR, "5000000", "JPY"),
    // legal double writing: one amount
    ex("vingt-cinq (25) millions de dollars", rules::WORDS_DIGITS_CURRENCY, "25000000", "USD"),
    ex("quatre-vingt-un millions cinq cent mille (81.500.000) euros", rules::WORDS_DIGITS_CURRENCY, "81500000", "EUR"),
    // a scale with an article; a space after the decimal comma
    ex("le milliard de dollars alloués au budget", rules::LONE_SCALE_CURRENCY, "1000000000", "USD").written("milliard de dollars"),
    ex("un coût de l’ordre du million d’euros", rules::LONE_SCALE_CURRENCY, "1000000", "EUR").q(Approx).written("million d’euros"),
    ex("un budget sous le million d’euros", rules::LONE_SCALE_CURRENCY, "1000000", "EUR").q(Max).written("million d’euros"),
    ex("l’autre milliard d’euros viendra du privé", rules::LONE_SCALE_CURRENCY, "1000000000", "EUR").written("milliard d’euros"),
    ex("1, 6 million de dollars pour Orange", rules::SPACED_DECIMAL, "1600000", "USD").written("1, 6 million de dollars"),
    ex("491, 85 millions d’euros", rules::SPACED_DECIMAL, "491850000", "EUR"),
    // <une dizaine> de <scale> <currency>
    ex("une dizaine de millions d’euros", VAGUE, "10000000", "EUR").q(Approx),
    ex("une centaine de milliers d’euros", VAGUE, "100000", "EUR").q(Approx),
    // <currency> <number>
    ex("$10", CUR_NUM, "10", "USD"),
    ex("€2,5 millions", CUR_NUM, "2500000", "EUR"),
    ex("$ 75 millions", CUR_NUM, "75000000", "USD"),
    ex("EUR 20", CUR_NUM, "20", "EUR"),
    ex("USD1,23", CUR_NUM, "1.23", "USD"),
    ex("£ 8,10 millions", CUR_NUM, "8100000", "GBP"),
    ex("CHF 400", CUR_NUM, "400", "CHF"),
    // ranges
    ex("entre 5 et 10 millions d’euros", BETWEEN, "5000000..10000000", "EUR").q(Range).written("5 et 10 millions d’euros"),
    ex("de 5 à 7 milliards de dollars", BETWEEN, "5000000000..7000000000", "USD").q(Range).written("5 à 7 milliards de dollars"),
    ex("entre 500 000 et 2 millions d’euros", BETWEEN, "500000..2000000", "EUR").q(Range).written("500 000 et 2 millions d’euros"),
    ex("5 à 7 M€", DASH, "5000000..7000000", "EUR").q(Range),
    // the start takes the scale written in the end's words
    ex("de deux à trois millions de dollars", BETWEEN, "2000000..3000000", "USD").q(Range).written("deux à trois millions de dollars"),
    // `à X et Y` with the currency at the end: a price given as a range
    ex("Le navet est à 100 et 120 dinars le kilogramme.", BETWEEN, "100..120", "DZD").q(Range).each(Per::Unit).written("100 et 120 dinars"),
    ex("10 - 20 euros", DASH, "10..20", "EUR").q(Range),
    ex("10 euro - 20 euro", DASH, "10..20", "EUR").q(Range),
    // a noun of the stem of a verb of change is no change
    ex("des montants allant de 1 à 5 millions de francs", BETWEEN, "1000000..5000000", "FRF").q(Range).written("1 à 5 millions de francs"),
    // ranges with the currency at both ends, and a place in brackets after the first
    ex("des tickets de 100 000 euros à 5 millions d’euros", BETWEEN, "100000..5000000", "EUR").q(Range).written("100 000 euros à 5 millions d’euros"),
    ex("des tickets de 250 000 $ à 1 million $", BETWEEN, "250000..1000000", "USD").q(Range).written("250 000 $ à 1 million $"),
    ex("des tickets allant 250 000 $ à 1 million $", DASH, "250000..1000000", "USD").q(Range).written("250 000 $ à 1 million $"),
    ex("le tarif varie de 10,96 $ (Saskatchewan) à 11,55 $", BETWEEN, "10.96..11.55", "CAD").q(Range).written("10,96 $ (Saskatchewan) à 11,55 $"),
    // two scales in one amount; digits of millions before `de`; a scale with an `l` missing
    ex("un budget de 7 milliards 555 millions de roupies", NUM_SCALE_CUR, "7555000000", "INR").written("7 milliards 555 millions de roupies"),
    ex("un don de 1.340.000 de dollars", NUM_CUR, "1340000", "USD").written("1.340.000 de dollars"),
    ex("900 milions d'euros", NUM_SCALE_CUR, "900000000", "EUR"),
    ex("un budget de 2 millions 500 000 euros", NUM_SCALE_CUR, "2500000", "EUR").written("2 millions 500 000 euros"),
    ex("1 milliard 250 000 000 de francs CFA", NUM_SCALE_CUR, "1250000000", "XOF"),
];

/// An example that gives several findings: text, rule of one of them, (value, currency) of each.
type Pair = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

#[rustfmt::skip]
const PAIRS: &[Pair] = &[
    // A bare figure takes the currency its sentence gives (`currency_inferred`).
    ("L’UE investit 200 milliards d’euros, dont 50 milliards proviennent de fonds publics.",
        CONTEXT, &[("200000000000", "EUR"), ("50000000000", "EUR")]),
    ("Le budget passe de 94,5 à 123 milliards d’euros.",
        CHANGE, &[("94500000000", "EUR"), ("123000000000", "EUR")]),
    // the verb of change may have its object between it and `de`
    ("Ottawa versera un million de dollars, ce qui fera passer le financement total de deux à trois millions.",
        CHANGE, &[("1000000", "CAD"), ("2000000", "CAD"), ("3000000", "CAD")]),
    ("des prêts de 70 000, 100 000 ou 150 000 euros",
        LIST, &[("70000", "EUR"), ("100000", "EUR"), ("150000", "EUR")]),
    ("Les deux budgets atteignent respectivement 11 et 16 milliards de FCFA.",
        LIST, &[("11000000000", "XOF"), ("16000000000", "XOF")]),
    ("Les budgets ont augmenté respectivement de 28,4 et 26,5 milliards de FCFA.",
        LIST, &[("28400000000", "XOF"), ("26500000000", "XOF")]),
    ("Des hausses respectives de 0,5 et 1,5 DH/kg, s’établissant à 5 et 5,50 DH/kg.",
        LIST, &[("0.5", "MAD"), ("1.5", "MAD"), ("5", "MAD"), ("5.5", "MAD")]),
    ("une aide portée de 250 000 euros à 280 000 euros",
        NUM_CUR, &[("250000", "EUR"), ("280000", "EUR")]),
    // A bare big figure far from the currency takes the document's last written one.
    ("Québec prévoit un déficit de 3,8 milliards de dollars.\n\nLa santé d’abord.\n\nLa dette atteindra 183,8 milliards à la fin de l'année.",
        CONTEXT, &[("3800000000", "CAD"), ("183800000000", "CAD")]),
    // `à X et Y` with a currency at both ends, or said `respectivement`: two amounts, no range.
    ("Les lots sont partis à 10 dinars et 12 dinars.",
        NUM_CUR, &[("10", "DZD"), ("12", "DZD")]),
    ("Les deux lots sont vendus respectivement à 3 et 5 millions d’euros, puis à 4 millions d’euros.",
        LIST, &[("3000000", "EUR"), ("5000000", "EUR"), ("4000000", "EUR")]),
    // One figure, `et` and an amount, not said `respectivement`: left alone (it may be a range
    // or a count), only the amount is found.
    ("Il a levé 2,5 et 3 millions d’euros en deux tours.",
        NUM_SCALE_CUR, &[("3000000", "EUR")]),
    // `de plus`/`de moins` after a bare figure: the difference of two amounts.
    ("Le gouvernement a terminé l’année avec un déficit de 4,2 milliards de dollars, soit 300 millions de moins que prévu.",
        CONTEXT, &[("4200000000", "USD"), ("300000000", "USD")]),
    ("Le budget d’investissement atteint 111 millions d’euros (soit 10 millions de plus qu’en 2022).",
        CONTEXT, &[("111000000", "EUR"), ("10000000", "EUR")]),
    ("L’État a versé 24 milliards de francs CFP ; le gouvernement avait demandé sept milliards de plus.",
        CONTEXT, &[("24000000000", "XPF"), ("7000000000", "XPF")]),
    ("L’excédent était de 773 millions d’euros, soit 440 millions de mieux qu’un an plus tôt.",
        CONTEXT, &[("773000000", "EUR"), ("440000000", "EUR")]),
    // `d’ici` is no noun counted; a company after an article owns the money.
    ("La dette atteint 12 milliards de dollars et atteindra 14,4 milliards d’ici 2019.",
        CONTEXT, &[("12000000000", "USD"), ("14400000000", "USD")]),
    ("Après 90 millions d’euros en 2020, la levée de 13 millions de l’acteur belge UnifiedPost bat le record.",
        CONTEXT, &[("90000000", "EUR"), ("13000000", "EUR")]),
    // `mio`/`mios`, Swiss abbreviations of millions, with the currency of the text.
    ("Le canton prévoit un bénéfice de 100 millions de francs suisses et un excédent de 2,2 mios.",
        CONTEXT, &[("100000000", "CHF"), ("2200000", "CHF")]),
    // A conversion in brackets gives its currency to no bare figure after it.
    ("Le budget est de 10.352,3 milliards de francs congolais (environ 5,923 milliards de dollars). Les recettes atteindront 9.604,9 milliards.",
        CONTEXT, &[("10352300000000", "CDF"), ("5923000000", "USD"), ("9604900000000", "CDF")]),
    // After an amount with no big scale, a bare figure of thousands of a like size, in the same
    // sentence, goes on the list; not a small number, not a count.
    ("Les 65-75 ans auront droit à Rs 14 500 ; les 75-89 ans, 16 000 ; les 90-99 ans, 23 710 et les centenaires, Rs 28 710.",
        rules::ELIDED_SCALE, &[("14500", "MUR"), ("16000", "MUR"), ("23710", "MUR"), ("28710", "MUR")]),
    ("Le bidon coûte désormais 463 000 LL, soit 22 000 en plus.",
        rules::ELIDED_SCALE, &[("463000", "LBP"), ("22000", "LBP")]),
    ("Le loyer est de 3 000 euros en 2019, contre 2 500 en 2018 et 12 en 1990.",
        rules::ELIDED_SCALE, &[("3000", "EUR"), ("2500", "EUR")]),
    ("Le billet coûte 1 500 francs, et 2 000 spectateurs sont venus.",
        NUM_CUR, &[("1500", "FRF")]),
    ("Le plan prévoit 12 millions d’euros pour 2020, 2021 et les années suivantes.",
        NUM_SCALE_CUR, &[("12000000", "EUR")]),
    // A figure with dots for thousands goes on a breakdown too.
    ("Les recettes atteignent 9.604,9 milliards de francs congolais, contre 8.927,9 en 2018.",
        rules::ELIDED_SCALE, &[("9604900000000", "CDF"), ("8927900000000", "CDF")]),
    // `de l’Association …`: the money of a body, not a count.
    ("Le fonds apporte 3 milliards de dollars et 2 milliards de l’Association internationale de développement.",
        CONTEXT, &[("3000000000", "USD"), ("2000000000", "USD")]),
    // A conversion into the place's own money still gives it (a Belgian story).
    ("L’entreprise wallonne Odoo a attiré 90 millions de dollars (81 millions d’euros). La levée de 13 millions de l’acteur belge UnifiedPost bat le record.",
        CONTEXT, &[("90000000", "USD"), ("81000000", "EUR"), ("13000000", "EUR")]),
    // A bare figure in a line about contributions, in a Swiss text: francs.
    ("La Confédération soutient Helvetas.\n\nContributions de programmes : 10.3 millions (2020)",
        CONTEXT, &[("10300000", "CHF")]),
    // A part of an amount, before `des`, in its scale and currency.
    ("L’État accorde 24 milliards de francs CFP ; dix-huit des 24 milliards sont un prêt.",
        rules::PART_OF_WHOLE, &[("24000000000", "XPF"), ("18000000000", "XPF"), ("24000000000", "XPF")]),
    ("Trois des 10 millions d’euros iront à la recherche.",
        rules::PART_OF_WHOLE, &[("3000000", "EUR"), ("10000000", "EUR")]),
    // a fraction is no part in the scale
    ("Les 3/4 des 12 millions d’euros iront à la recherche.",
        NUM_SCALE_CUR, &[("12000000", "EUR")]),
    // Cents after a currency are not the whole part of the next decimal amount.
    ("L’État apportera 150 000 € et 1,5 milliard d’euros.",
        NUM_CUR, &[("150000", "EUR"), ("1500000000", "EUR")]),
    // Going down, after a word of change earlier in the sentence, or from a unit to its
    // hundredth: two amounts, not a range.
    ("faisant passer le litre de super de 652 à 602 francs CFA",
        CHANGE, &[("652", "XOF"), ("602", "XOF")]),
    ("une augmentation du plafond de l’aide par entreprise de 250 000 euros à 280 000 euros",
        NUM_CUR, &[("250000", "EUR"), ("280000", "EUR")]),
    ("En Suisse, la rémunération est agrémentée de 25 centimes à 2,70 francs.",
        NUM_CUR, &[("0.25", "CHF"), ("2.70", "CHF")]),
    // A money noun after a bare figure: costs, repayments, works, exports.
    ("La ville a dépensé 3 millions d’euros en 2023.\n\nElle prévoit 1,2 million de frais et 4 millions de travaux.",
        CONTEXT, &[("3000000", "EUR"), ("1200000", "EUR"), ("4000000", "EUR")]),
    // `de l’État`: a name, no counted noun, after the scale.
    ("La dette atteint 80 milliards de dollars, dont 12 milliards de l’État fédéral.",
        CONTEXT, &[("80000000000", "USD"), ("12000000000", "USD")]),
    // One figure, then another, sharing the scale and currency of the second.
    ("Le tram, chiffré à 140 puis 268 millions d’euros, avance.",
        CHANGE, &[("140000000", "EUR"), ("268000000", "EUR")]),
    // Bare numbers going on a breakdown or list take its scale and currency.
    ("Au total, 39,9 millions de francs vont à l’Estonie, 59,5 millions à la Lettonie et 70,9 à la Lituanie.",
        rules::ELIDED_SCALE, &[("39900000", "FRF"), ("59500000", "FRF"), ("70900000", "FRF")]),
    ("Le budget atteint 250 milliards d’euros, dont 205 pour la santé, contre 221,5 l’an dernier.",
        rules::ELIDED_SCALE, &[("250000000000", "EUR"), ("205000000000", "EUR"), ("221500000000", "EUR")]),
    ("Le budget est de 40 000 M€ dont la Défense (3 305) et l’Éducation (2 100).",
        rules::ELIDED_SCALE, &[("40000000000", "EUR"), ("3305000000", "EUR"), ("2100000000", "EUR")]),
    ("Les versements multilatéraux avoisinent les 22 millions de francs, dont 13 en faveur du HCR.",
        rules::ELIDED_SCALE, &[("22000000", "FRF"), ("13000000", "FRF")]),
    ("L’aide atteint 40 millions d’euros, dont 15 destinés à l’Afrique et 5 au titre de l’urgence.",
        rules::ELIDED_SCALE, &[("40000000", "EUR"), ("15000000", "EUR"), ("5000000", "EUR")]),
    ("Le budget de la Suisse atteint 80 milliards de francs, dont 20 pour la santé.",
        rules::ELIDED_SCALE, &[("80000000000", "CHF"), ("20000000000", "CHF")]),
    ("Il a levé 5 millions d’euros.\n\nLa santé.\n\nLe budget : 80 milliards, dont 20 pour la santé.",
        rules::ELIDED_SCALE, &[("5000000", "EUR"), ("80000000000", "EUR"), ("20000000000", "EUR")]),
    ("Le chiffre d’affaires atteint 250 millions d’euros contre 221,5 un an plus tôt.",
        rules::ELIDED_SCALE, &[("250000000", "EUR"), ("221500000", "EUR")]),
    ("Un prêt de 2 millions d’euros sur 10 ans et 3 à 5 ans de différé, et 15 % de plus en 2021.",
        NUM_SCALE_CUR, &[("2000000", "EUR")]),
    // A vague count of a scale, its currency from the text.
    ("Le canton a dépensé 44,5 millions de francs et renfloué les caisses d’une vingtaine de millions.",
        CONTEXT, &[("44500000", "CHF"), ("20000000", "CHF")]),
    // A figure after a year on its own line is no piece of the year.
    ("Cogeco vaut 10 milliards de dollars.\n\n2008\n\n52 milliards (62 milliards en dollars d’aujourd’hui)",
        CONTEXT, &[("10000000000", "CAD"), ("52000000000", "CAD"), ("62000000000", "CAD")]),
    // A bare figure keeps its sign in brackets; a list dash is no minus.
    ("Le solde atteint 10 milliards d’euros (-36,0 milliards en 2022).",
        CONTEXT, &[("10000000000", "EUR"), ("-36000000000", "EUR")]),
    ("Les projets :\n- 2 M€ pour la voirie\n- 3 M€ pour les écoles",
        NUM_SCALE_CUR, &[("2000000", "EUR"), ("3000000", "EUR")]),
    // A conversion in brackets gives no currency to the bare figures around it.
    ("Le Maroc investira respectivement 25 milliards (2,3 milliards d’euros) et 18 milliards de dirhams.",
        CONTEXT, &[("25000000000", "MAD"), ("2300000000", "EUR"), ("18000000000", "MAD")]),
    ("Il lève 3 milliards de dirhams (280 M€) et 2 milliards pour l’eau.",
        CONTEXT, &[("3000000000", "MAD"), ("280000000", "EUR"), ("2000000000", "MAD")]),
    // Ratios are no money.
    ("Il faut un dollar public pour un dollar privé, soit 3 millions de dollars.",
        NUM_SCALE_CUR, &[("3000000", "USD")]),
    ("Pour chaque euro apporté par l’État, l’AFD mobilise environ 12 euros. Elle prête 25 milliards d’euros.",
        NUM_SCALE_CUR, &[("25000000000", "EUR")]),
    // Counts in a story with money stay counts.
    ("La société vaut 3 milliards de dollars et détient 5,16 millions de ses actions.",
        NUM_SCALE_CUR, &[("3000000000", "USD")]),
    ("Netflix a gagné 2 milliards de dollars.\n\nLe service compte 212 millions d’abonnés et 700 mille usagers. Il vise 3 milliards.",
        CONTEXT, &[("2000000000", "USD"), ("3000000000", "USD")]),
];

/// Text that holds no money, though it looks like it might.
#[rustfmt::skip]
const TRAPS: &[&str] = &[
    "une hausse de 3 %",
    "une hausse de 3 pour cent",
    "une baisse de 2,5 % du PIB en 2024",
    "En 2025, le marché a progressé.",
    "le 12 mars 2024 à 14 h 30",
    "Appelez le 01 23 45 67 89.",
    "10 000 manifestants ont défilé",
    "des milliards de paramètres",
    "un modèle de 70 milliards de paramètres",
    "1,5 million d’habitants",
    "3 millions de personnes",
    "l’article 12 du décret n° 2023-1234",
    "page 45",
    "le score final est de 3 à 1",
    "le plan France 2030 vise l’industrie",
    "trois livres sur la table",
    "deux Francs saliens",
    "date 2025-02",
    "il a tiré trois balles",
    "des millions d’euros ont été dépensés",
    "le million de visiteurs attendu",
    "les 1, 2 et 3 du mois",
    "le taux de change est de 1 Ecu = 6,56833 francs",
    "de 2014 à 2020, le programme a duré",
    "ils ont 500 ans",
    "en 2019, 2020 et 2021, le marché a doublé",
    // `F` is a franc only after a figure: not a grade, a vitamin or Fahrenheit
    "une température de 50 °F",
    // `D` is a dinar only after a scale abbreviation
    "une imprimante 3D et un film en 3 D",
    // `cents` after number words is a count of hundreds; a ratio of money is no amount
    "Trois cents personnes ont manifesté.",
    "Chaque 1 $ d’argent public pour 1 $ d’argent privé.",
    "la vitamine F et le groupe F",
    // a first name is no place: `Maurice` alone does not make a bare figure rupees
    "Le groupe a versé 3 millions à Maurice Lévy.",
    // a part of a count is a count; a participle after a bare number is no amount
    "Le pays compte 40 millions d’habitants, dont 15 destinés à partir.",
    "Sur 40 dossiers, dont 13 en faveur de l’Afrique, aucun n’a abouti.",
    "Deux des 5 millions d’habitants votent à gauche.",
    // A bare figure in a text that writes no currency and speaks of no money is a count.
    "À Casablanca, les arrivées de touristes ont atteint 11,3 millions à fin novembre.",
    "Au Québec, la population atteint 8,9 millions.",
    // after number words, `cent` is a hundred
    "Dix-sept millions quatre cent soixante-trois mille huit cent trente-six (17 463 836) habitants.",
];

fn decimal(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap().normalize()
}

#[test]
fn examples_give_their_one_finding() {
    for e in EXAMPLES {
        let found = crate::extract(e.text);
        assert_eq!(found.len(), 1, "{:?} gave {found:#?}", e.text);
        let f = &found[0];
        assert_eq!(f.rule, e.rule, "{:?}", e.text);
        match e.value.split_once("..") {
            Some((min, max)) => {
                assert_eq!(f.value, None, "{:?}", e.text);
                assert_eq!(f.min, Some(decimal(min)), "{:?}", e.text);
                assert_eq!(f.max, Some(decimal(max)), "{:?}", e.text);
            }
            None => assert_eq!(f.value, Some(decimal(e.value)), "{:?}", e.text),
        }
        assert_eq!(f.currency, e.currency, "{:?}", e.text);
        assert_eq!(f.qualifier, e.qualifier, "{:?}", e.text);
        assert_eq!(f.period, e.period, "{:?}", e.text);
        assert_eq!(f.per, e.each, "{:?}", e.text);
        assert_eq!(f.text, e.written.unwrap_or(e.text), "{:?}", e.text);
    }
}

#[test]
fn pairs_give_their_two_findings() {
    for (text, rule, want) in PAIRS {
        let found = crate::extract(text);
        let got: Vec<(Decimal, &str)> = found
            .iter()
            .map(|f| (f.value.unwrap(), f.currency))
            .collect();
        let want: Vec<(Decimal, &str)> = want.iter().map(|(v, c)| (decimal(v), *c)).collect();
        assert_eq!(got, want, "{text:?}");
        assert!(
            found.iter().any(|f| f.rule == *rule),
            "{text:?}: {found:#?}"
        );
    }
    let found = crate::extract(PAIRS[0].0);
    assert!(!found[0].currency_inferred && found[1].currency_inferred);
}

#[test]
fn traps_give_nothing() {
    for text in TRAPS {
        let found = crate::extract(text);
        assert!(found.is_empty(), "{text:?} gave {found:#?}");
    }
}

#[test]
fn every_rule_fires() {
    let fired: HashSet<&str> = EXAMPLES
        .iter()
        .map(|e| e.rule)
        .chain(PAIRS.iter().map(|p| p.1))
        .collect();
    for rule in RULE_NAMES {
        assert!(fired.contains(rule), "no example fires {rule:?}");
    }
}

#[test]
fn amounts_too_large_for_exact_arithmetic_are_left_out_and_counted() {
    let text = format!(
        "Un budget de {} milliards d’euros et de 3 M€.",
        "9".repeat(40)
    );
    let mut extractor = crate::Extractor::new();
    let found = extractor.whole(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].text, "3 M€");
    assert_eq!(extractor.too_large(), 1);
    let mut extractor = crate::Extractor::new();
    assert_eq!(
        extractor
            .whole("99 999 999 999 999 999 999 999 milliards de $")
            .len(),
        0
    );
    assert_eq!(extractor.too_large(), 1);
}

#[test]
fn actors_are_never_inside_amounts_or_years() {
    let found = crate::extract("En 2023, le groupe TotalEnergies investira 3 Md€.");
    let names: Vec<&str> = found[0].actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["TotalEnergies"]);
}

/// Units written without their country, and the currency the place the text names makes
/// them (`lexicon/countries.tsv`): (text, currency of its one finding).
#[rustfmt::skip]
const PLACED: &[(&str, &str)] = &[
    // Canada: provinces, cities, institutions, demonyms, wire headers; `M$`, `G$`, `$`.
    ("OTTAWA — Le fédéral versera 12 millions de dollars.", "CAD"),
    ("Le gouvernement du Québec versera 12 millions de dollars.", "CAD"),
    ("Hydro-Québec investira 5 G$ dans ses barrages.", "CAD"),
    ("WINNIPEG /CNW Telbec/ - Le bénéfice s'est établi à 814 M$.", "CAD"),
    ("Les Québécois paieront 0,75 $ de plus l’heure.", "CAD"),
    ("Au Québec, le salaire minimum augmente de 50 cents de l’heure.", "CAD"),
    // the hockey league, Quebec's real-estate listings and municipal tax bills
    ("Il a joué 123 matchs dans la LNH et touchera 1,2 M$.", "CAD"),
    ("Selon Centris, le prix médian atteint 255 000 $.", "CAD"),
    // Lebanon: bare `livres` are Lebanese pounds
    ("À Beyrouth, le plein d’essence coûte 1,1 million de livres.", "LBP"),
    ("Le maire de Montréal s’exprime.\n\nLe projet coûtera 3 millions de dollars.", "CAD"),
    // Switzerland: the Confédération, the cantons, Swiss firms and agencies; francs, centimes.
    ("Le canton de Vaud consacre 44,5 millions de francs à ses écoles.", "CHF"),
    ("Nestlé a dégagé un bénéfice de 12,90 milliards de francs, selon AWP.", "CHF"),
    ("La Confédération versera 25 centimes par litre aux producteurs.", "CHF"),
    ("Les Genevois paieront 2,70 francs de plus.", "CHF"),
    // The franc CFA: West (UEMOA, XOF) or Central Africa (CEMAC, XAF), by the country named.
    ("Le Cameroun lève 200 milliards de FCFA.", "XAF"),
    ("À Libreville, le budget atteint 2 688 milliards de francs CFA.", "XAF"),
    ("La BEAC a injecté 570 milliards de F CFA.", "XAF"),
    ("À Dakar, l’État a levé 300 milliards de FCFA.", "XOF"),
    ("Le Trésor ivoirien émet 150 milliards de F Cfa.", "XOF"),
    ("Au Sénégal, l’aide atteint 145 milliards de francs.", "XOF"),
    ("Une aide de 300 milliards de FCFA.", "XOF"),
    // Dinars, dirhams and the franc of the Pacific, by country.
    ("La Tunisie emprunte 5,6 milliards de dinars.", "TND"),
    ("À Alger, le budget prévoit 922,6 milliards de dinars.", "DZD"),
    ("En Algérie, la prime passe à 20 000 DA.", "DZD"),
    ("Le Koweït investit 3 milliards de dinars.", "KWD"),
    ("Casablanca : l’OCP investit 12 milliards de DH.", "MAD"),
    ("À Dubaï, le projet coûte 4 milliards de dirhams.", "AED"),
    ("En Nouvelle-Calédonie, le budget atteint 222,8 milliards de francs.", "XPF"),
    ("Papeete reçoit 12 milliards F CFP.", "XPF"),
    ("Madagascar prévoit 22 000 milliards d’ariary.", "MGA"),
    ("La pension passe à Rs 13 500.", "MUR"),
    ("Le Conseil d’Etat prévoit un montant de 100 000 francs, précise la Chancellerie d’Etat.", "CHF"),
    // A place of the amount's own sentence before a nearer one of the next sentence.
    ("Le Mali talonne le Sénégal : le super y est cédé à 678 francs CFA. En Afrique centrale, il baisse.", "XOF"),
    // Islands, Canadian words of public finance and of the two levels of government.
    ("Le budget de Rodrigues atteint 7 milliards de roupies.", "MUR"),
    ("Le programme reçoit 3 millions de dollars pour l’année financière 2025-2026.", "CAD"),
    ("Les gouvernements provincial et fédéral investiront 10 millions de dollars.", "CAD"),
    // African and Maghreb firms, leaders and cities.
    ("Eneo investit 50 milliards de FCFA.", "XAF"),
    ("À Gafsa, le kilo coûte 8 dinars.", "TND"),
    // Quebec firms and parties, Swiss cantons and federal offices.
    ("La CAQ promet 3 millions de dollars aux régions.", "CAD"),
    ("À Zoug, le loyer coûte 4 000 francs.", "CHF"),
    ("L’Office fédéral de la santé publique verse 2 millions de francs.", "CHF"),
    // A bare figure with no currency written in the text: the currency of its place.
    ("Bâle : Roche paie 19 milliards pour racheter ses parts.", "CHF"),
    ("À Mayotte, 170 millions ont été dégagés pour l’eau.", "EUR"),
    ("Le budget déficitaire du Québec atteint 11 milliards.", "CAD"),
    // Written with the country: the place of the text does not change them.
    ("Le Québec achète pour 2,4 milliards US de matériel.", "USD"),
    ("Ottawa versera 177 millions CAN.", "CAD"),
    ("À Genève, le loyer coûte 2 000 euros.", "EUR"),
    ("À Yaoundé, la BEAC vend 10 millions de dollars américains.", "USD"),
];

/// Country clues that must not place a text: words that only look like a place.
#[rustfmt::skip]
const NOT_PLACED: &[(&str, &str)] = &[
    ("Le Nigeria a dépensé 10 millions de dollars.", "USD"),
    ("Au Royaume-Uni, 50 millions de francs ont été saisis en 1990.", "FRF"),
    ("Maurice Lévy a touché 700 roupies.", "INR"),
    ("Les élections cantonnières coûtent 50 centimes par électeur.", "EUR"),
];

#[test]
fn places_give_unnamed_units_their_currency() {
    for (text, currency) in PLACED.iter().chain(NOT_PLACED) {
        let found = crate::extract(text);
        assert_eq!(found.len(), 1, "{text:?} gave {found:#?}");
        assert_eq!(
            found[0].currency, *currency,
            "{text:?}: {:?}",
            found[0].currency_cue
        );
    }
}

#[test]
fn the_nearest_place_of_the_paragraph_wins_then_the_most_named() {
    let text = "Le Cameroun et le Sénégal empruntent.\n\nÀ Dakar, 300 milliards de FCFA. À \
                Yaoundé, 200 milliards de FCFA.\n\nAu total, 500 milliards de FCFA.";
    let got: Vec<&str> = crate::extract(text).iter().map(|f| f.currency).collect();
    // The third paragraph names no place: Cameroun and Sénégal are named twice each, and the
    // Cameroun first.
    assert_eq!(got, ["XOF", "XAF", "XAF"]);
    let found = crate::extract("Il paie 10 dollars.\n\nÀ Ottawa, on le sait.");
    assert_eq!(found[0].currency, "CAD");
    assert_eq!(
        found[0].currency_cue.as_deref(),
        Some("CAD from \"Ottawa\" at byte 24")
    );
}

/// An amount in brackets right after another is the same money (a conversion): it shares its
/// qualifier, period and `per`; amounts joined by `et`, `ou`, `à` share the period and `per`
/// said after the last.
#[test]
fn conversions_and_parallel_amounts_share_their_words() {
    let found = crate::extract(
        "un budget de plus de 2 688 milliards de francs CFA (4,1 milliards d’euros)",
    );
    let got: Vec<Qualifier> = found.iter().map(|f| f.qualifier).collect();
    assert_eq!(got, [Min, Min]);
    // In the same currency with another value, the figure in brackets is the precise one.
    let found = crate::extract("près d’un demi-milliard d’euros (491 millions)");
    let got: Vec<Qualifier> = found.iter().map(|f| f.qualifier).collect();
    assert_eq!(got, [Approx, Qualifier::Exact], "{found:#?}");
    let found = crate::extract("SMG mensuel brut : 167 602 F CFP (≈ 1 404 €)");
    let got: Vec<_> = found
        .iter()
        .map(|f| (f.currency, f.qualifier, f.period))
        .collect();
    assert_eq!(
        got,
        [
            ("XPF", Qualifier::Exact, Some(Period::Month)),
            ("EUR", Approx, Some(Period::Month))
        ]
    );
    // The same money rounded shares the words of the first.
    let found = crate::extract(
        "un salaire mensuel brut de 158 430.74 francs CFP arrondi à 158 431 francs CFP",
    );
    assert!(
        found.len() == 2 && found.iter().all(|f| f.period == Some(Period::Month)),
        "{found:#?}"
    );
    let found = crate::extract("un loyer de 3 M€ (3,3 M$) par an");
    assert!(
        found.iter().all(|f| f.period == Some(Period::Year)),
        "{found:#?}"
    );
    let found = crate::extract("le salaire passe de 13,50$ à 14,25$ l’heure");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found.iter().all(|f| f.per == Some(Per::Hour)), "{found:#?}");
    let found = crate::extract("une rémunération de 25 centimes à 2,70 francs par titre");
    assert!(
        found.iter().all(|f| f.per == Some(Per::Share)),
        "{found:#?}"
    );
    // What an amount is counted per goes on to the amounts of a like size after it in its
    // sentence, not to those of another size.
    let found =
        crate::extract("Le taux horaire minimum est de 14,00 $ et celui-ci sera porté à 15,00 $.");
    assert!(found.iter().all(|f| f.per == Some(Per::Hour)), "{found:#?}");
    let found =
        crate::extract("Une prime de 3 000 euros par salarié et un budget de 2 millions d’euros.");
    let got: Vec<Option<Per>> = found.iter().map(|f| f.per).collect();
    assert_eq!(got, [Some(Per::Employee), None]);
    // Not a conversion: a second amount later in the sentence keeps its own words.
    let found = crate::extract("plus de 3 M€ cette année, et 2 M€ en 2020");
    let got: Vec<Qualifier> = found.iter().map(|f| f.qualifier).collect();
    assert_eq!(got, [Min, Qualifier::Exact]);
}

#[test]
fn the_default_country_is_the_last_word() {
    let bare = "Le projet coûte 3 millions de dollars et 200 millions de francs.";
    let got = |c| -> Vec<&str> {
        crate::extract_with(bare, c)
            .iter()
            .map(|f| f.currency)
            .collect()
    };
    assert_eq!(got(None), ["USD", "FRF"]);
    assert_eq!(got(Some("CA")), ["CAD", "FRF"]);
    assert_eq!(got(Some("ch")), ["USD", "CHF"]);
    assert_eq!(got(Some("SN")), ["USD", "XOF"]);
    // An unknown code is no country at all.
    assert_eq!(got(Some("XX")), ["USD", "FRF"]);
    let named = crate::extract_with("À Berne, 3 millions de francs.", Some("BE"));
    assert_eq!(named[0].currency, "CHF");
    let found = crate::extract_with(bare, Some("CA"));
    assert_eq!(
        found[0].currency_cue.as_deref(),
        Some("CAD from the default country CA")
    );
}

#[test]
fn locale_gives_generic_dollars_and_francs_their_country() {
    let quebec = crate::extract("Le gouvernement du Québec investit 153 G$.");
    assert_eq!(quebec[0].currency, "CAD");
    let swiss = crate::extract("Le Conseil fédéral débloque 50 millions de francs.");
    assert_eq!(swiss[0].currency, "CHF");
    let plain = crate::extract("Il a payé 50 millions de francs en 1990.");
    assert_eq!(plain[0].currency, "FRF");
}

/// A unit without its country that no place decides takes the currency of its kind the text
/// writes; a bare figure that nothing before gives a currency takes its place's, or the one
/// written after it; a figure converting an amount (`soit …`) is in the place's currency.
#[test]
fn units_and_bare_figures_take_the_currency_of_the_text() {
    let currencies =
        |text: &str| -> Vec<&str> { crate::extract(text).iter().map(|f| f.currency).collect() };
    assert_eq!(
        currencies(
            "La Sonatel va distribuer 145 milliards de francs. Le dividende est de 13.050 francs Cfa."
        ),
        ["XOF", "XOF"]
    );
    let found =
        crate::extract("Une amende de 20 000 DA et la restitution de 58 millions de centimes.");
    let got: Vec<_> = found.iter().map(|f| (f.currency, f.value)).collect();
    assert_eq!(
        got,
        [
            ("DZD", Some(decimal("20000"))),
            ("DZD", Some(decimal("580000")))
        ]
    );
    assert_eq!(
        currencies(
            "La Banque mondiale accorde 900 millions d’USD soit environ 570 milliards au Cameroun."
        ),
        ["USD", "XAF"]
    );
    assert_eq!(
        currencies(
            "Vaud a attiré la moitié des 909 millions investis en Suisse.\n\nSur les 909 millions de francs levés, 461,7 millions de francs vont à Vaud."
        ),
        ["CHF", "CHF", "CHF"]
    );
    assert_eq!(
        currencies(
            "Le fonds a investi 909 millions l’an dernier.\n\nIl a levé 300 millions d’euros."
        ),
        ["EUR", "EUR"]
    );
    let found = crate::extract("Bâle : Roche paie 19 milliards.");
    assert!(found[0].currency_inferred, "{found:#?}");
}
