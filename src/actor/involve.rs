//! Who is involved in one amount, and how: the actors of its sentence narrowed to the amount's
//! own item (its clause and the phrases that govern it), without venues, comparisons and
//! reporting outlets, each with a role (funder, recipient, other) read from the verb it is the
//! subject of or the phrase that introduces it (`financé par`, `auprès de`, `pour`).

use super::Found;
use crate::lexicon::entries;
use crate::model::{Actor, ActorKind, Role};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// An actor of an amount, and how sure its role is.
#[derive(Debug, Clone, PartialEq)]
pub struct Involved {
    pub actor: Actor,
    /// The text said the role (a verb, a preposition), rather than the role being guessed
    /// from the actor's kind.
    pub said: bool,
    /// The text says this actor puts the money in (a verb of giving, `financé par`,
    /// `auprès de`), not only that it announces it or owns it: such a funder decides the source.
    pub gives: bool,
}

/// How the text tells an actor's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Evidence {
    /// Nothing: the role comes from the kind.
    Kind,
    /// An announcement of money, an owner (`l’investissement de l’UE`).
    Weak,
    /// A verb of giving or getting, a preposition of funding.
    Strong,
}

/// What separates the items of a list sentence (`A lève 3 M€ auprès de X, B 5 M€ …`).
static ITEM_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"[;:—–]|,\s|\s-\s|(?:^|[^\p{L}\p{N}_])(?:et|puis|tandis\s+que|alors\s+que|mais)(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// A phrase through which an amount modifies the noun before it (`le projet Stargate, d’une
/// valeur de 500 milliards`): the amount belongs to the item before the break.
static MODIFIER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^[\s,]*(?:d['’]une?\s+(?:valeur|montant|coût|enveloppe|budget|capital|total)\s+(?:global\s+|total\s+|estimée?\s+)?(?:de|d['’])|estimée?s?\s+à|évaluée?s?\s+à|chiffrée?s?\s+à|dotée?s?\s+(?:d['’]une\s+enveloppe\s+)?d[e'’]|pour\s+un\s+(?:montant|coût|total)\s+de)\s*(?:plus\s+de|près\s+de|environ|quelque|au\s+moins)?\s*$").unwrap()
});

/// Between two writings of one sum (`, soit environ`, `(`).
static SAME_SUM: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^[\p{Zs}\t\r,(]*(?:soit|ou|c['’]est-à-dire)?[\p{Zs}\t\r]*(?:environ|quelque|près\s+de|un\s+peu\s+plus\s+de|un\s+peu\s+moins\s+de|plus\s+de)?[\p{Zs}\t\r(]*$").unwrap()
});

/// `respectivement`: the names before it pair with the amounts after it, in order.
static RESPECTIVELY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])respectivement(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// A venue: the actors named from these words to the end of their clause are the setting
/// (`au sommet de`, `au marché populaire Ain Sefra`, where prices are taken).
static VENUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:lors\s+d|au\s+cours\s+d|en\s+marge\s+d|à\s+l['’]occasion\s+d|au\s+sommet|sommet|salon|forum|congrès|conférence\s+de\s+presse|au\s+marché|aux\s+marchés|marchés?\s+(?:populaires?|couverts?|de\s+gros|hebdomadaires?|centra(?:l|ux)))").unwrap()
});

/// A comparison: the actors named from these words to the end of their clause are compared to.
static COMPARISON: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:rivaliser\s+avec|concurrencer|face\s+(?:à|aux)|à\s+l['’]instar\s+d|similaires?\s+(?:à|au|aux)|comparables?\s+(?:à|au|aux)|par\s+rapport\s+(?:à|au|aux)|contrairement\s+(?:à|au|aux)|plus\s+que|moins\s+que|autant\s+que|rattraper|devancer|talonner|dominée?s?\s+par|défis\s+posés\s+par|derrière|devant\s+(?:des|les|le|la|l['’])|parmi\s+les\s+plus)").unwrap()
});

/// A report: the outlet or body named after these words tells of the money.
static REPORT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:selon|d['’]après|rapporte|rapportent|rapporté\s+par|citée?\s+par|a\s+appris|révèle|relayée?\s+par)").unwrap()
});

/// Who attends: `en présence de`.
static PRESENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])en\s+présence\s+d").unwrap()
});

/// The end of a sentence part, where who attends stops.
static PART_END: LazyLock<Regex> = LazyLock::new(|| crate::pattern::compile(r"[;.()!?]").unwrap());

/// The end of a clause, where a venue, comparison or report stops.
static CLAUSE_END: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"[,;:.()!?]").unwrap());

static OUTLETS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    entries(include_str!("lexicon/outlets.txt"))
        .map(super::fold)
        .collect()
});

const ARTICLES: &str = r"(?:[\p{Zs}\t\r]+|[\p{Zs}\t\r]*(?:la|le|les|l['’]|leurs?|ses?|sa)[\p{Zs}\t\r]*)*(?:(?:start-?up|jeune[\p{Zs}\t\r]+pousse|société|entreprise|groupe|association|fondation|fintech|biotech|medtech|licorne|plateforme|banque|fonds|compagnie)[\p{Zs}\t\r]+)?[«\p{Zs}\t\r]*$";

/// The phrase before a name that makes it the funder (`financé par`, `auprès de`, `l’aide de`,
/// `provenant de`).
static FUNDER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"(?i)(?:(?:^|[^\p{{L}}\p{{N}}_])par|(?:^|[^\p{{L}}\p{{N}}_])(?:emprunts?|empruntée?s?)[\p{{Zs}}\t\r]+(?:à|au|aux|auprès\s+(?:de|du|des|d['’]))|de\s+la\s+part\s+(?:de|du|des|d['’])|(?:provenant|en\s+provenance)\s+(?:de|du|des|d['’])|auprès\s+(?:de|du|des|d['’])|avec\s+le\s+(?:soutien|concours|appui)\s+(?:de|du|des|d['’])|grâce\s+(?:à|au|aux)|avec\s+la\s+participation\s+(?:de|du|des|d['’])|(?:^|[^\p{{L}}\p{{N}}_])(?:aides?|soutien|subventions?|prêts?|financements?|contributions?|participations?|apports?|investissements?|dotations?|enveloppes?|dons?|engagements?|versements?|garanties?|crédits?|fonds|concours|appui|injection|souscription|offre|commande)(?:[\p{{Zs}}\t\r]+\p{{Ll}}+)?[\p{{Zs}}\t\r]+(?:de|du|des|d['’]))(?:{ARTICLES})"
    ))
    .unwrap()
});

/// The phrase before a name that makes it the recipient (`pour`, `au profit de`, `versés à`).
static RECIPIENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"(?i)(?:(?:^|[^\p{{L}}\p{{N}}_])pour|à\s+la\s+disposition\s+(?:de|du|des|d['’])|ressources\s+(?:de|du|des|d['’])|(?:^|[^\p{{L}}\p{{N}}_])(?:aider|soutenir|accompagner|épauler)|au\s+profit\s+(?:de|du|des|d['’])|en\s+faveur\s+(?:de|du|des|d['’])|à\s+destination\s+(?:de|du|des|d['’])|(?:^|[^\p{{L}}\p{{N}}_])(?:destin|vers|accord|attribu|octroy|allou|consacr|affect|réserv|prêt|donn|offert|promis)\p{{L}}*[\p{{Zs}}\t\r]+(?:à|au|aux)|(?:^|[^\p{{L}}\p{{N}}_])(?:aux|au|à|en|dans|chez)|au\s+sein\s+(?:de|du|des|d['’])|(?:^|[^\p{{L}}\p{{N}}_])(?:capital|chiffre\s+d['’]affaires|bénéfice|recettes|budget|valorisation|rachat|achat|acquisition|prise\s+de\s+contrôle|levée\s+de\s+fonds)[\p{{Zs}}\t\r]+(?:de|du|des|d['’]))(?:{ARTICLES})"
    ))
    .unwrap()
});

/// Verbs whose subject gives the money (not the adjectives `financier`, `financière`, nor
/// `contribuables`).
static FUNDER_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile_hot(r"(?i)(?:^|[^\p{L}\p{N}_])(?:invest\p{L}*|réinvest\p{L}*|inject\p{L}*|apport\p{L}*|accord\p{L}*|octroi\p{L}*|octroy\p{L}*|vers(?:e|es|ent|era|eront|erait|é|ée|és|ées|er)|financ(?:e|es|ent|é|ée|és|ées|er|era|eront|erait|ait|aient|ant|ements?)|prêt(?:e|ent|era|é|er)|débloqu\p{L}*|mobilis\p{L}*|consacr\p{L}*|allou\p{L}*|alloue\p{L}*|subventionn\p{L}*|contribu(?:e|es|ent|é|ée|és|ées|er|era|eront|erait|ait|aient|ant|tions?)|particip\p{L}*|souscri\p{L}*|paie|paye|payé|payer|paiera|paient|dépens\p{L}*|débours\p{L}*|rachet\p{L}*|rachèt\p{L}*|acquier\p{L}*|acquis|acquiert|offr\p{L}*|met|mettra|mettent|engag\p{L}*|dot(?:e|é|ée|er|era)|attribu\p{L}*|affect\p{L}*|rembours\p{L}*|distribu\p{L}*|soutien\p{L}*|soutenu|aide|aident|aidera|mise\s+sur|mise|misé|dépose|a\s+condamné|sera\s+condamnée?|condamnée?\s+à|a\s+écopé|écope|devra\s+verser|devra\s+payer)(?:$|[^\p{L}\p{N}_])")
    .unwrap()
});

/// What makes the next word a noun: a determiner that is no object pronoun (`un`, `sa`,
/// `cette`), or `la`, `le`, `les`, `l’` after a preposition (`à la mise`, `de l’aide`).
static NOUN_DETERMINER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:(?:^|[^\p{L}\p{N}_])(?:une?|des|du|au|aux|sa|son|ses|leurs?|cette|ce|cet|nouvel(?:le)?s?)[\p{Zs}\t\r]+|(?:^|[^\p{L}\p{N}_])(?:de|à|par|pour|sur|avec|dans)[\p{Zs}\t\r]+(?:la[\p{Zs}\t\r]+|les?[\p{Zs}\t\r]+|l['’][\p{Zs}\t\r]*))(?:\p{Ll}+[\p{Zs}\t\r]+)?$").unwrap()
});

/// After a verb of saying, a verb of giving in the infinitive: `avoir accordé`, `de verser`.
static GIVING_AFTER_SAYING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^[^.;:]{0,30}?(?:^|[^\p{L}\p{N}_])(?:avoir|d['’]|de)[\p{Zs}\t\r]*(?:accord|octroy|vers|débloqu|financ|investi|consacr|mobilis|allou|inject|apport)\p{L}*(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// A company's loss or fall: it neither gives nor gets the money (`une perte de`, `chute de
/// 12 % à 2,98 euros`, `contribution négative`).
static LOSS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:pertes?|recul|repli|chute|baisse|contre-performance|négative|négatif|dépréciations?)(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// Verbs whose subject gets the money.
static RECIPIENT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile_hot(r"(?i)(?:lève|lèvent|lèvera|lèveront|levé|lever|levée|(?:^|[^\p{L}\p{N}_])(?:récolt\p{L}*|obt\p{L}*|obtien\p{L}*|reç\p{L}*|reçoi\p{L}*|recev\p{L}*|perç\p{L}*|perçoi\p{L}*|percev\p{L}*|bénéfici\p{L}*|décroch\p{L}*|boucl\p{L}*|réalis\p{L}*|affich\p{L}*|enregistr\p{L}*|génér\p{L}*|touch\p{L}*|empoch\p{L}*|collect\p{L}*|s['’]assur\p{L}*|sécuris\p{L}*|finalis\p{L}*|engrang\p{L}*|dégag\p{L}*|encaiss\p{L}*|gagn\p{L}*|vend\p{L}*|cèd\p{L}*|céd\p{L}*|valoris\p{L}*|attir\p{L}*|clôtur\p{L}*|cumul\p{L}*|rapport\p{L}*|pèse|pesait|vaut|totalis\p{L}*|emprunt\p{L}*|coût\p{L}*|dispos\p{L}*))(?:$|[^\p{L}\p{N}_])")
    .unwrap()
});

/// Verbs whose subject speaks of the money without giving or getting it.
static OTHER_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile_hot(r"(?i)(?:^|[^\p{L}\p{N}_])(?:annonc\p{L}*|déclar\p{L}*|indiqu\p{L}*|précis\p{L}*|expliqu\p{L}*|estim\p{L}*|soulign\p{L}*|affirm\p{L}*|dévoil\p{L}*|présent\p{L}*|approuv\p{L}*|vot\p{L}*|adopt\p{L}*|décid\p{L}*|confirm\p{L}*|révél\p{L}*|prévoi\p{L}*|prévu|propos\p{L}*|rappel\p{L}*|dit|a\s+dit|salu\p{L}*|avait\s+indiqué|valid\p{L}*|(?:a|ont|avait|donne|donné)\s+(?:donné\s+)?son\s+feu\s+vert)(?:$|[^\p{L}\p{N}_])")
    .unwrap()
});

/// After an announcing verb, a money noun makes its subject the one who puts the money in
/// (`l’Union européenne a annoncé un investissement de 200 milliards`).
static MONEY_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^[\p{L}\p{Zs}'’-]{0,30}?(?:un|une|des|d['’]un|d['’]une|son|sa|ses|leur)\s+(?:\p{L}+(?:\s+|\s+de\s+|\s*d['’]))?(?:investissements?|enveloppes?|financements?|aides?|plans?\s+d['’]investissement|budgets?|subventions?|prêts?|dotations?|soutiens?|contributions?|programmes?\s+d['’]investissement|engagements?)").unwrap()
});

/// After an announcing verb, the noun of the act of giving (`annonce l’octroi d’un prêt`, `a
/// annoncé le décaissement de`): its subject gives the money.
static GRANTING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^[\p{Zs}\t\r]*(?:l['’](?:octroi|attribution|allocation)|le[\p{Zs}\t\r]+(?:décaissement|déblocage|versement))(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// `200 milliards d’euros de l’UE`: the words between an amount and its owner.
static OWNER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^[\p{Zs}\t\r]*(?:de\s+la|du|de\s+l['’]|des|de|d['’])[\p{Zs}\t\r]*$")
        .unwrap()
});

/// A fine, a penalty, a sentence to pay.
static FINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:amendes?|sanctions?|sanctionnée?s?|pénalités?|infligée?s?|infliger|inflige|condamnée?s?|écopé|écope|dommages[\p{Zs}\t\r-]+intérêts)(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// A prison sentence.
static PRISON: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:prison|réclusion|emprisonnement|sursis|détention)(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// The bodies that impose or confirm a fine.
static AUTHORITY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^(?:Commission|Autorité|Comco|Tribunal|Cour|Conseil|Collège|Office|Parquet|Gendarmerie|CNIL|AMF|Arcep|DGCCRF|Bureau)(?:$|[^\p{L}])").unwrap()
});

/// The offices that name a person's post, before or after the name.
const OFFICES: &str = r"ministres?|gouverneure?|présidente?|directeur|directrice|PDG|commissaire|maire|secrétaire|conseill(?:er|ère)|député(?:e)?|sénat(?:eur|rice)|porte-parole|chef(?:fe)?|dirigeante?|administrat(?:eur|rice)|wali|préfète?|ambassad(?:eur|rice)";

/// An office before a person's name, up to its end: `le ministre des Finances,`, `le
/// gouverneur de la Banque d’Algérie,`, `la présidente de la Commission européenne`.
static OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"(?i)(?:^|[^\p{{L}}\p{{N}}_])(?:{OFFICES}|patron(?:ne)?|DG)(?:[^.;:!?]{{0,60}}?)[\p{{Zs}}\t\r,]*$"
    ))
    .unwrap()
});

/// An office after a person's name: `, ministre de l’Economie`, `, présidente du conseil`.
static OFFICE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"(?i)^[\p{{Zs}}\t\r]*,[\p{{Zs}}\t\r]*(?:l['’]|le[\p{{Zs}}\t\r]+|la[\p{{Zs}}\t\r]+)?(?:{OFFICES}|représentante?)(?:$|[^\p{{L}}])"
    ))
    .unwrap()
});

/// True when an office is named right before or right after the actor's name.
fn has_office(sentence: &str, a: &Found) -> bool {
    let mut from = a.start.saturating_sub(80);
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    OFFICE.is_match(&sentence[from..a.start]) || OFFICE_AFTER.is_match(&sentence[a.end..])
}

/// What a company earns: the money of these nouns comes to it.
static EARNINGS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:chiffre\s+d['’]affaires|bénéfices?|résultats?|revenus?|recettes|ventes|excédents?|marges?|profits?|CA)(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// A speech verb right before a name after the amount: a speaker (`a déclaré jeudi X`).
static SPEAKER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:a|ont|avait|selon)(?:[\p{Zs}\t\r]+(?:déclaré|indiqué|affirmé|expliqué|précisé|souligné|annoncé|estimé|ajouté|assuré|confié|rappelé|noté|dit))?(?:[\p{Zs}\t\r]+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|encore|également))?[\p{Zs}\t\r]*(?:le|la|l['’]|les)?[\p{Zs}\t\r]*$|(?:^|[^\p{L}\p{N}_])(?:déclare|indique|affirme|explique|précise|souligne|estime|ajoute|assure|note)[\p{Zs}\t\r]*(?:le|la|l['’]|les)?[\p{Zs}\t\r]*$").unwrap()
});

/// The raising before `par X`: X raised the money (`levées réalisées par`, `levés par`).
static RAISED_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:levée?s?|lever|récoltée?s?|obtenue?s?|reçue?s?|perçue?s?|collectée?s?)(?:^|[^\p{L}\p{N}_])[^,;.]*(?:^|[^\p{L}\p{N}_])par[\p{Zs}\t\r]*(?:la|le|les|l['’])?[\p{Zs}\t\r]*$").unwrap()
});

/// A verb of buying and the object's determiner and descriptive words, right before its name
/// (`a acquis la firme britannique`, `a acheté le détaillant norvégien`, `acquéreur du
/// câblodistributeur américain`).
static BOUGHT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:(?:acquis|acquiert|acquièrent|acquérir|acquerra|achet\p{L}*|achète|achètent|rachet\p{L}*|rachète|rachètent|avalé|avale|absorbé|absorbe)(?:[\p{Zs}\t\r]+(?:la|le|les|sa|son|ses)[\p{Zs}\t\r]|[\p{Zs}\t\r]+l['’])|acquéreur[\p{Zs}\t\r]+(?:de[\p{Zs}\t\r]+la[\p{Zs}\t\r]|de[\p{Zs}\t\r]+l['’]|du[\p{Zs}\t\r]|des[\p{Zs}\t\r]|de[\p{Zs}\t\r]|d['’]))(?:[\p{Zs}\t\r]*\p{Ll}[\p{Ll}-]+){0,3}[\p{Zs}\t\r]*$").unwrap()
});

/// A name that is the complement of a noun (`les partenaires du Tchad`).
static COMPLEMENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\p{Ll}{3,}[\p{Zs}\t\r]+(?:du|des|de|d['’])[\p{Zs}\t\r]*(?:la[\p{Zs}\t\r]+|l['’])?$",
    )
    .unwrap()
});

/// `le gouvernement du Canada`, `les gouvernements du Canada et du`, `la ville de`: the place
/// after these words stands for its government, which acts as the subject would.
static GOVERNMENT_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"(?i)(?:^|[^\p{L}\p{N}_])(?:gouvernements?|ministères?|province|ville|municipalité|mairie|administration|autorités)[\p{Zs}\t\r]+(?:du|des|de|d['’])[\p{Zs}\t\r]*(?:la[\p{Zs}\t\r]+|l['’])?(?:[\p{Lu}][\p{L}\p{N}'’‑-]*[\p{Zs}\t\r]+et[\p{Zs}\t\r]+(?:du|des|de|d['’])[\p{Zs}\t\r]*(?:la[\p{Zs}\t\r]+|l['’])?)?$",
    )
    .unwrap()
});

/// What a name's kind makes of it when the text says nothing of its role.
fn default_role(kind: ActorKind) -> Role {
    match kind {
        ActorKind::Organization => Role::Funder,
        ActorKind::Person => Role::Other,
        ActorKind::Place | ActorKind::Programme => Role::Recipient,
    }
}

/// Zones (bytes of the sentence) opened by `trigger` and closed by the end of their clause.
fn zones(sentence: &str, trigger: &Regex) -> Vec<(usize, usize)> {
    trigger
        .find_iter(sentence)
        .map(|m| {
            let end = CLAUSE_END
                .find(&sentence[m.end()..])
                .map_or(sentence.len(), |c| m.end() + c.start());
            (m.start(), end)
        })
        .collect()
}

/// Where the item of each amount starts and ends, in bytes of the sentence.
pub fn items(sentence: &str, amounts: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let breaks: Vec<(usize, usize)> = ITEM_BREAK
        .find_iter(sentence)
        .map(|m| (m.start(), m.end()))
        .collect();
    let last_break = |from: usize, to: usize| {
        breaks
            .iter()
            .rev()
            .find(|b| b.0 >= from && b.1 <= to)
            .copied()
    };
    let mut out = Vec::with_capacity(amounts.len());
    for (k, &(start, end)) in amounts.iter().enumerate() {
        // The first amount's item opens the sentence (its subject may stand before a
        // relative clause); a later one opens at the last break after the amount before it.
        let mut left = 0;
        if k > 0 {
            let from = amounts[k - 1].1;
            left = last_break(from, start).map_or(from, |b| b.0);
            // `…, d’une valeur de 500 milliards`: the item before the break is the amount's.
            if MODIFIER.is_match(&sentence[left..start]) {
                left = last_break(from, left).map_or(from, |b| b.0);
            }
        }
        let right = match amounts.get(k + 1) {
            Some(&(next, _)) => {
                breaks
                    .iter()
                    .find(|b| b.0 >= end && b.1 <= next)
                    .map_or(next, |b| {
                        // The next amount may modify a noun of this item: then its item starts
                        // at an earlier break, and this one ends there.
                        b.0
                    })
            }
            None => sentence.len(),
        };
        out.push((left, right));
    }
    // `900 millions d’USD, soit environ 570 milliards de FCFA`: one sum written twice, one item.
    for k in 0..out.len().saturating_sub(1) {
        if SAME_SUM.is_match(&sentence[amounts[k].1..amounts[k + 1].0]) {
            let (left, right) = (out[k].0, out[k + 1].1);
            out[k] = (left, right);
            out[k + 1] = (left, right);
        }
    }
    // An item that a later amount's item reaches back into ends where that one starts.
    for k in 0..out.len().saturating_sub(1) {
        if out[k + 1].0 < out[k].1 && out[k + 1] != out[k] {
            out[k].1 = out[k + 1].0.max(amounts[k].1);
        }
    }
    out
}

/// The role of the actor at `a` in the item `(left, right)` of the amount at `amount`, and
/// whether the text said it.
fn role_of(
    sentence: &str,
    a: &Found,
    item: (usize, usize),
    amount: (usize, usize),
) -> (Role, Evidence) {
    let mut kind = a.actor.kind;
    // The words before the name, back to the start of its clause or item.
    let mut from = item.0.max(a.start.saturating_sub(60));
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    let mut before = &sentence[from..a.start];
    // `le gouvernement du Canada investit`: the place is read as its government, the head of
    // the phrase, whose words and verb say the role.
    if kind == ActorKind::Place
        && let Some(m) = GOVERNMENT_OF.find(before)
    {
        before = &before[..m.start()];
        kind = ActorKind::Organization;
    }
    if a.start >= amount.1 {
        // `200 milliards d’euros de l’UE`: the owner of the amount gives it.
        let gap = &sentence[amount.1..a.start];
        if OWNER.is_match(gap) && kind != ActorKind::Programme {
            return (Role::Funder, Evidence::Weak);
        }
    }
    // `a déclaré jeudi X`: who speaks after the amount tells of it.
    if a.start >= amount.1 && SPEAKER_BEFORE.is_match(before) {
        return (Role::Other, Evidence::Strong);
    }
    // `CGI a acquis la firme britannique Logica`, `a avalé l’entreprise texane`: the company
    // bought is paid, it gets the money.
    if kind == ActorKind::Organization && BOUGHT.is_match(before) {
        return (Role::Recipient, Evidence::Strong);
    }
    if FUNDER_BEFORE.is_match(before) {
        // `levées réalisées par X`: who raised it gets it.
        if RAISED_BY.is_match(before) {
            return (Role::Recipient, Evidence::Strong);
        }
        return (Role::Funder, Evidence::Strong);
    }
    if RECIPIENT_BEFORE.is_match(before) {
        return (Role::Recipient, Evidence::Strong);
    }
    // `les partenaires du Tchad se sont engagés`: a complement of a noun is no subject.
    if a.start < amount.0 && !COMPLEMENT.is_match(before) {
        // The verb the name is the subject of, between it and the amount.
        // The subject's verb stands near it: 150 bytes are enough and keep this fast.
        let mut until = amount.0.min(a.end + 150);
        while !sentence.is_char_boundary(until) {
            until -= 1;
        }
        let between = &sentence[a.end..until];
        let first = |r: &Regex| r.find(between).map(|m| (m.start(), m.end()));
        let mut verbs: Vec<(usize, usize, Role)> = Vec::new();
        // `un accord relatif à la mise à disposition de`, `pour un financement de`: a noun of
        // giving after its determiner is no verb of the name before.
        let giving_verb = FUNDER_VERB.find_iter(between).find(|m| {
            let letter = m
                .as_str()
                .find(char::is_alphabetic)
                .map_or(m.start(), |i| m.start() + i);
            !NOUN_DETERMINER.is_match(&between[..letter])
        });
        if let Some(m) = giving_verb {
            verbs.push((m.start(), m.end(), Role::Funder));
        }
        if let Some((s, e)) = first(&RECIPIENT_VERB) {
            verbs.push((s, e, Role::Recipient));
        }
        if let Some((s, e)) = first(&OTHER_VERB) {
            verbs.push((s, e, Role::Other));
        }
        verbs.sort_by_key(|v| v.0);
        if let Some(&(_, e, role)) = verbs.first() {
            if role == Role::Other {
                // `a annoncé un investissement`: an organisation or place announcing its own
                // money gives it; a person announcing stays `other`.
                if kind != ActorKind::Person
                    && (MONEY_OBJECT.is_match(&between[e..]) || GRANTING.is_match(&between[e..]))
                {
                    return (Role::Funder, Evidence::Weak);
                }
                // `a annoncé, mardi, avoir accordé`: what it announces it did, it did.
                if kind != ActorKind::Person && GIVING_AFTER_SAYING.is_match(&between[e..]) {
                    return (Role::Funder, Evidence::Strong);
                }
                return (Role::Other, Evidence::Weak);
            }
            return (role, Evidence::Strong);
        }
    }
    (default_role(kind), Evidence::Kind)
}

/// `en Suisse`, `En Alberta,`: a place after `en` is where it happens, unless it stands right
/// after the amount (`800 millions en Égypte`), right before its amount in brackets (`en Côte
/// d’Ivoire (34 milliards)`), or after words of spending or investing (`investis dans l’IA en
/// France`, `les dépenses de l’État en Polynésie`).
fn is_setting(sentence: &str, a: &Found, amount: (usize, usize)) -> bool {
    static EN_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::compile(r"(?:^|[^\p{L}])[Ee]n[\p{Zs}\t\r]+$").unwrap());
    static RIGHT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(r"^[\p{Zs}\t\r]*(?:\([^()]*\)[\p{Zs}\t\r]*)?en[\p{Zs}\t\r]+$")
            .unwrap()
    });
    static BRACKETED: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::compile(r"^[\p{Zs}\t\r]*\($").unwrap());
    static SPENT_IN: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(r"(?i)(?:invest|dépens|financ|portefeuille|engagement|intervention|prêt|inject|consacr|allou)\p{L}*[^,;.()]{0,45}$").unwrap()
    });
    if a.actor.kind != ActorKind::Place {
        return false;
    }
    let mut from = a.start.saturating_sub(60);
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    let before = &sentence[from..a.start];
    if !EN_BEFORE.is_match(before) {
        return false;
    }
    let right_after = a.start >= amount.1 && RIGHT_AFTER.is_match(&sentence[amount.1..a.start]);
    let bracketed = a.end <= amount.0 && BRACKETED.is_match(&sentence[a.end..amount.0]);
    !(right_after || bracketed || SPENT_IN.is_match(before))
}

/// True when `name` is a news outlet or agency (`lexicon/outlets.txt`): it reports the money.
pub fn is_outlet(name: &str) -> bool {
    OUTLETS.contains(&super::fold(name))
}

/// The words of an office's portfolio list right before a name: `ministre de l’Economie, de la
/// Planification et de la `, `La ministre responsable du Sport, du `: the name is a portfolio,
/// not an actor.
fn is_portfolio(sentence: &str, a: &Found) -> bool {
    static OFFICE_WORD: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:ministres?|ministra|secrétaire\s+d['’]état|commissaire)(?:$|[^\p{L}\p{N}_])").unwrap()
    });
    static ENDS_WITH_LINK: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(
            r"(?i)(?:^|[^\p{L}])(?:du|de\s+la|de\s+l['’]|des|aux?|d['’])[\p{Zs}\t\r]*$",
        )
        .unwrap()
    });
    const LINKS: &[&str] = &[
        "de",
        "du",
        "des",
        "la",
        "l",
        "d",
        "et",
        "le",
        "les",
        "aux",
        "au",
        "à",
        "chargé",
        "chargée",
        "délégué",
        "déléguée",
        "responsable",
        "auprès",
    ];
    let mut from = a.start.saturating_sub(120);
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    let before = &sentence[from..a.start];
    let Some(office) = OFFICE_WORD.find_iter(before).last() else {
        return false;
    };
    let gap = &before[office.end()..];
    ENDS_WITH_LINK.is_match(gap)
        && gap
            .split(|c: char| c.is_whitespace() || c == '’' || c == '\'' || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| {
                w.starts_with(char::is_uppercase) || LINKS.contains(&w.to_lowercase().as_str())
            })
}

/// True when the name only says whose accounts are measured: `le budget de l’État`, `les
/// recettes de l’État`, `les réserves de change de l’Algérie`, `les sociétés d’État`. A budget
/// line is not money the State gives or gets here; its spending (`les dépenses de l’État`) is.
fn is_accounts_owner(sentence: &str, a: &Found) -> bool {
    static ACCOUNTS_OF: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:budgets?(?:[\p{Zs}\t\r]+(?:prévisionnel|rectificatif|primitif|général))?|recettes|déficits?|réserves(?:[\p{Zs}\t\r]+de[\p{Zs}\t\r]+change)?|sociétés|opérateurs)[\p{Zs}\t\r]+(?:de[\p{Zs}\t\r]+la|de[\p{Zs}\t\r]+l['’]|du|des|de|d['’])[\p{Zs}\t\r]*$").unwrap()
    });
    let mut from = a.start.saturating_sub(50);
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    ACCOUNTS_OF.is_match(&sentence[from..a.start])
}

/// True when the actor is only the setting, a comparison, or the outlet reporting.
fn is_bystander(sentence: &str, a: &Found, shut: &[(usize, usize)]) -> bool {
    if OUTLETS.contains(&super::fold(&a.actor.name)) {
        return true;
    }
    if a.actor.name.contains("Sommet") || a.actor.name.contains("Summit") {
        return true;
    }
    // `à la Bourse de Paris`, `sur le Nasdaq`: the market where a price is made.
    if MARKET.is_match(&a.actor.name) {
        return true;
    }
    if shut.iter().any(|&(s, e)| a.start >= s && a.start < e) {
        return true;
    }
    // `à Paris`: a city without an article after `à` is where it happens, unless a verb of
    // giving points at it (`versés à Dakar`).
    if a.actor.kind == ActorKind::Place {
        let mut from = a.start.saturating_sub(30);
        while !sentence.is_char_boundary(from) {
            from += 1;
        }
        let before = &sentence[from..a.start];
        static AT_PLACE: LazyLock<Regex> = LazyLock::new(|| {
            crate::pattern::compile(r"(?:^|[^\p{L}])(?:à|À)[\p{Zs}\t\r]+$").unwrap()
        });
        static GIVEN_TO: LazyLock<Regex> = LazyLock::new(|| {
            crate::pattern::compile(r"(?i)(?:(?:destin|vers|accord|attribu|octroy|allou|consacr|affect|réserv|prêt|donn|profit)\p{L}*|€|euros?|dollars?|francs?|F?CFA|dirhams?|dinars?|\$)[\p{Zs}\t\r]+à[\p{Zs}\t\r]+$").unwrap()
        });
        if AT_PLACE.is_match(before) && !GIVEN_TO.is_match(before) {
            return true;
        }
    }
    false
}

/// The actors of each amount of a sentence, with their roles. `found` are the sentence's
/// actors, `amounts` the byte spans of its amounts, both relative to the sentence, in order;
/// `named_back` a programme the next sentence names (`Cette initiative, baptisée « X »`).
pub fn involve(
    sentence: &str,
    found: &[Found],
    amounts: &[(usize, usize)],
    named_back: Option<&Actor>,
) -> Vec<Vec<Involved>> {
    let mut shut = zones(sentence, &VENUE);
    // `en présence du ministre des finances, Tahir Hamid Nguilin`: who attends, with their
    // office, up to the end of the sentence part.
    shut.extend(PRESENCE.find_iter(sentence).map(|m| {
        let end = PART_END
            .find(&sentence[m.end()..])
            .map_or(sentence.len(), |c| m.end() + c.start());
        (m.start(), end)
    }));
    shut.extend(zones(sentence, &COMPARISON));
    // A reporter is no actor, but a person quoted (`selon le ministre X`) still speaks.
    let reports = zones(sentence, &REPORT);
    let kept: Vec<&Found> = found
        .iter()
        .filter(|a| !is_bystander(sentence, a, &shut))
        .filter(|a| a.actor.kind == ActorKind::Person || !is_portfolio(sentence, a))
        .filter(|a| !is_accounts_owner(sentence, a))
        .filter(|a| {
            a.actor.kind == ActorKind::Person
                || !reports.iter().any(|&(s, e)| a.start >= s && a.start < e)
        })
        .collect();
    let items = items(sentence, amounts);
    let respectively = RESPECTIVELY.find(sentence).map(|m| m.start());
    let mut out: Vec<Vec<Involved>> = Vec::with_capacity(amounts.len());
    // The actors before the first amount: the subject shared by the items that name none.
    let mut head: Vec<Involved> = Vec::new();
    let mut head_subject_role: Option<Role> = None;
    for (k, (&amount, &item)) in amounts.iter().zip(&items).enumerate() {
        let mut mine: Vec<Involved> = Vec::new();
        let mut before_amount = false;
        for a in kept
            .iter()
            .filter(|a| a.start >= item.0 && a.end <= item.1)
            .filter(|a| !is_setting(sentence, a, amount))
        {
            let (mut role, mut evidence) = role_of(sentence, a, item, amount);
            let mut kind = a.actor.kind;
            // `a déclaré jeudi Cyr-Michel Djiena Wembou`: a speaker named in full is a person.
            if role == Role::Other
                && kind == ActorKind::Organization
                && a.start >= amount.1
                && super::could_be_person(&a.actor.name)
            {
                kind = ActorKind::Person;
            }
            // A person named with an office (`le gouverneur de la Banque d’Algérie, Mohamed
            // Laksaci`, `Issa Doubragne, ministre de l’Economie`) acts for an institution:
            // they sign, announce or decide, they do not pay or get.
            if matches!(kind, ActorKind::Person | ActorKind::Organization)
                && (kind == ActorKind::Person || super::could_be_person(&a.actor.name))
                && has_office(sentence, a)
            {
                kind = ActorKind::Person;
                if role != Role::Other {
                    role = Role::Other;
                    evidence = Evidence::Strong;
                }
            }
            // A government or an assembly that approves, votes or decides (`Le Conseil fédéral
            // a adopté`, `la commission des finances du Conseil des Etats a approuvé`) neither
            // gives nor gets the money unless a verb of giving says it does.
            // `Adopté … par les Conseillers départementaux, le budget`: who votes it does not
            // pay it, even after `par`.
            if DECIDING_BODY.is_match(&a.actor.name)
                && (evidence != Evidence::Strong
                    || (ELECTED.is_match(&a.actor.name) && approved_by(sentence, a)))
            {
                role = Role::Other;
                evidence = Evidence::Weak;
            }
            if a.start < amount.0 {
                before_amount = true;
                // `B 5 M€` in a list: the verb is the first item's.
                if k > 0
                    && evidence == Evidence::Kind
                    && sentence[a.end..amount.0].trim().len() <= 2
                    && let Some(r) = head_subject_role
                {
                    role = r;
                    evidence = Evidence::Strong;
                }
            }
            mine.push(Involved {
                actor: Actor {
                    role,
                    kind,
                    ..a.actor.clone()
                },
                said: evidence != Evidence::Kind,
                gives: role == Role::Funder && evidence == Evidence::Strong,
            });
        }
        if k == 0 {
            head = mine
                .iter()
                .zip(
                    kept.iter()
                        .filter(|a| a.start >= item.0 && a.end <= item.1)
                        .filter(|a| !is_setting(sentence, a, amount)),
                )
                .filter(|(_, a)| a.start < amount.0)
                .map(|(i, _)| i.clone())
                .collect();
            head_subject_role = head.iter().find(|i| i.said).map(|i| i.actor.role);
        } else if !before_amount
            && let orphans = kept
                .iter()
                .filter(|a| a.start >= items[k - 1].1.max(amounts[k - 1].1) && a.end <= item.0)
                .filter(|a| matches!(a.actor.kind, ActorKind::Organization | ActorKind::Person))
                .collect::<Vec<_>>()
            && !orphans.is_empty()
        {
            // `A a écopé d’une amende de 50 000 dinars, tandis que B a écopé de deux ans de
            // prison, dont un avec sursis, et d’une amende de 30 000`: the subject cut off from
            // its amount by the clauses between is this item's, not the first one's.
            let from = orphans[0].start;
            for a in orphans {
                if mine.iter().any(|m| m.actor.name == a.actor.name) {
                    continue;
                }
                let (role, evidence) = role_of(sentence, a, (from, item.1), amount);
                mine.push(Involved {
                    actor: Actor {
                        role,
                        ..a.actor.clone()
                    },
                    said: evidence != Evidence::Kind,
                    gives: role == Role::Funder && evidence == Evidence::Strong,
                });
            }
        } else if !before_amount {
            // `X a levé 3 M€ en 2020 et 5 M€ en 2022`, `dont 50 milliards …`: the shared subject.
            let paired = respectively
                .filter(|&r| r < amounts[0].0 && head.len() == amounts.len())
                .map(|_| vec![head[k].clone()]);
            for h in paired.unwrap_or_else(|| head.clone()) {
                if !mine.iter().any(|m| m.actor.name == h.actor.name) {
                    mine.push(h);
                }
            }
        }
        if k == 0
            && respectively.is_some_and(|r| r < amount.0)
            && head.len() == amounts.len()
            && amounts.len() > 1
        {
            mine.retain(|m| m.actor.name == head[0].actor.name || !head.contains(m));
        }
        if let Some(p) = named_back
            && !mine.iter().any(|m| m.actor.name == p.name)
        {
            mine.push(Involved {
                actor: Actor {
                    role: Role::Recipient,
                    ..p.clone()
                },
                said: true,
                gives: false,
            });
        }
        // `Les prêts … qui ont été validés par la BOAD`: a funder named after the last amount
        // of a list gives every amount of it that names none.
        if k + 1 == amounts.len() && k > 0 {
            // This amount's actors of one kind that are named after it.
            let named_after = |kind: &dyn Fn(&Involved) -> bool| -> Vec<Involved> {
                mine.iter()
                    .filter(|m| kind(m))
                    .filter(|m| {
                        kept.iter()
                            .any(|a| a.actor.name == m.actor.name && a.start >= amount.1)
                    })
                    .cloned()
                    .collect()
            };
            // `7 millions d'euros, dont 800 000 euros d'aides de l'État`: who gives a part
            // does not give the whole.
            let part = DONT.is_match(&sentence[amounts[k - 1].1..amount.0]);
            let tail = if part {
                Vec::new()
            } else {
                named_after(&|m| m.gives)
            };
            for earlier in out.iter_mut() {
                if !earlier.iter().any(|m| m.actor.role == Role::Funder) {
                    earlier.extend(tail.iter().cloned());
                }
            }
            // `…, a précisé le ministre X`: who speaks at the end speaks of every amount.
            let speakers = named_after(&|m| m.actor.role == Role::Other && m.said);
            for earlier in out.iter_mut() {
                earlier.extend(speakers.iter().cloned());
            }
        }
        // A fine: who is fined pays it (`infligés à BMW`, `amende … à Swisscom`); the authority
        // that imposes it, the court that confirms it, only decide.
        // The fine may be named in the lead-in of a list (`l’amende correspond à : 4,2 M$ pour
        // Celtel ; 1,6 M$ pour Orange`).
        if FINE.is_match(&sentence[item.0..item.1])
            || (k > 0
                && FINE.is_match(&sentence[..item.0])
                && !ends_a_sentence(&sentence[..item.0]))
        {
            // Only people go to prison: a name sentenced to it is a person's.
            let jailed = PRISON.is_match(sentence);
            for m in mine.iter_mut() {
                if jailed
                    && m.actor.kind == ActorKind::Organization
                    && super::could_be_person(&m.actor.name)
                {
                    m.actor.kind = ActorKind::Person;
                }
                if AUTHORITY.is_match(&m.actor.name) {
                    m.actor.role = Role::Other;
                    m.gives = false;
                    m.said = true;
                } else if m.actor.role == Role::Recipient
                    && matches!(m.actor.kind, ActorKind::Organization | ActorKind::Person)
                {
                    m.actor.role = Role::Funder;
                    m.gives = true;
                    m.said = true;
                }
            }
        }
        // `son dividende par action à 4,2 DH`: a company pays its dividend, even when it is
        // only said to raise or adopt it.
        if DIVIDEND.is_match(&sentence[item.0..item.1]) {
            for m in mine.iter_mut().filter(|m| {
                m.actor.kind == ActorKind::Organization && m.actor.role == Role::Other && !m.gives
            }) {
                if !DECIDING_BODY.is_match(&m.actor.name) && !AUTHORITY.is_match(&m.actor.name) {
                    m.actor.role = Role::Funder;
                }
            }
        }
        // A company's loss or fall it neither gives nor gets.
        if LOSS.is_match(&sentence[item.0..item.1]) {
            for m in mine
                .iter_mut()
                .filter(|m| !m.said || m.actor.role == Role::Recipient)
            {
                if m.actor.kind == ActorKind::Organization {
                    m.actor.role = Role::Other;
                    m.gives = false;
                    // Not said by a verb: the company stays what the passage is about.
                    m.said = false;
                }
            }
        } else
        // What a company earns (`chiffre d’affaires`, `bénéfice`) it gets.
        if EARNINGS.is_match(&sentence[item.0..item.1]) {
            for m in mine.iter_mut().filter(|m| !m.said) {
                if m.actor.kind == ActorKind::Organization {
                    m.actor.role = Role::Recipient;
                }
            }
        }
        // `la Banque ouest-africaine de développement (BOAD)`, `la BEI (Banque européenne
        // d’investissement)`: the name in brackets right after another is that actor again.
        let aliases: Vec<&str> = kept
            .iter()
            .filter(|b| {
                kept.iter().any(|a| {
                    a.end <= b.start
                        && BRACKET_OPEN.is_match(&sentence[a.end..b.start])
                        && mine.iter().any(|m| m.actor.name == a.actor.name)
                        && (is_acronym_of(&a.actor.name, &b.actor.name)
                            || ends_with_words_of(&a.actor.name, &b.actor.name)
                            || ends_with_words_of(&a.actor.name, &short_name(&b.actor.name)))
                }) && sentence[b.end..].trim_start().starts_with(')')
            })
            .map(|b| b.actor.name.as_str())
            .collect();
        mine.retain(|m| !aliases.contains(&m.actor.name.as_str()));
        // `Johanna Gapany (PLR/FR)`, `Christophe Collignon (PS)`: the brackets after a
        // person's name hold their party or their post, not another actor.
        let affiliations: Vec<&str> = kept
            .iter()
            .filter(|a| a.actor.kind == ActorKind::Person || super::could_be_person(&a.actor.name))
            .filter_map(|a| {
                let after = &sentence[a.end..];
                let open = after.len() - after.trim_start().len();
                after[open..].starts_with('(').then(|| {
                    let from = a.end + open;
                    let to = sentence[from..].find(')').map_or(from, |c| from + c);
                    (from, to)
                })
            })
            .flat_map(|(from, to)| {
                kept.iter()
                    .filter(move |b| b.start > from && b.end <= to)
                    .map(|b| b.actor.name.as_str())
            })
            .collect();
        mine.retain(|m| !affiliations.contains(&m.actor.name.as_str()));
        // One name once (`Etat` and `État`, apostrophes), and one actor under its name and
        // its acronym (`la Banque ouest-africaine de développement (BOAD)`): the name stays.
        let mut seen = HashSet::new();
        mine.retain(|m| seen.insert(canonical(&m.actor.name)));
        let names: Vec<String> = mine.iter().map(|m| m.actor.name.clone()).collect();
        mine.retain(|m| {
            !names
                .iter()
                .any(|full| *full != m.actor.name && is_acronym_of(&m.actor.name, full))
        });
        // A price, a wage, a rate has no place of its own (`le litre de super à 570 francs
        // CFA en Côte d’Ivoire`): the places are where it is measured.
        if PRICE.is_match(sentence) {
            mine.retain(|m| m.actor.kind != ActorKind::Place);
        }
        out.push(mine);
    }
    out
}

/// True when a verb of voting or approving stands before `par` and the actor's name
/// (`adopté le 12 décembre par les`, `voté par le`).
fn approved_by(sentence: &str, a: &Found) -> bool {
    static APPROVED_BY: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:adopt|approuv|vot|valid|entérin|ratifi|arrêt)(?:é|ée|és|ées)[\p{Zs}\t\r](?:[^,;.()]{0,60}[\p{Zs}\t\r])?par[\p{Zs}\t\r]+(?:les|la|le|l['’])?[\p{Zs}\t\r]*$").unwrap()
    });
    let mut from = a.start.saturating_sub(100);
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    APPROVED_BY.is_match(&sentence[from..a.start])
}

/// The bodies that deliberate: governments in council, assemblies, boards, and the elected
/// who sit in them (`les Conseillers départementaux`).
static DECIDING_BODY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^(?:Conseill(?:er|ère)s|Élus|Députés|Sénateurs|[Cc]ommission\s+des\s+finances|Conseil\s+(?:fédéral|des\s+[ÉE]tats|national|d['’]administration|exécutif|des\s+ministres|d['’][ÉE]tat|de\s+la\s+Nation)|Conseil-exécutif|Commission\s+(?:des\s+investissements|nationale\s+des\s+investissements)|Parlement|Assemblée|Sénat|Congrès|Chambre\s+des)(?:$|[^\p{L}])").unwrap()
});

/// A dividend: the company whose it is pays it.
static DIVIDEND: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])dividendes?(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// Stock markets: where shares trade, never who gives or gets.
static MARKET: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^(?:Bourse(?:$|[\p{Zs}\t\r]+(?:de|d['’]))|Euronext|Nasdaq|NYSE|Wall[\p{Zs}\t\r]+Street|TSX|BRVM|SIX[\p{Zs}\t\r]+Swiss|CAC[\p{Zs}\t\r]*40|Dow[\p{Zs}\t\r]+Jones|SBF[\p{Zs}\t\r]*120|Nikkei)(?:$|[^\p{L}])").unwrap()
});

/// True when a full stop, `!` or `?` ends a sentence inside `text`; an initial's dot does
/// not (`les Établissements L. Lacroix Fils`).
fn ends_a_sentence(text: &str) -> bool {
    static END: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(r"[!?]|(?:\p{L}{2}|\d|\))\.(?:$|[^\p{L}\p{N}])").unwrap()
    });
    END.is_match(text)
}

/// `dont`: what follows is a part of the amount before.
static DONT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])dont(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// The elected, who vote a budget or a law: after `adopté par`, they decide, they do not
/// pay (a bank's board that approves a loan stands for the lender).
static ELECTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^(?:Conseill(?:er|ère)s|Élus|Députés|Sénateurs|Parlement|Assemblée|Sénat|Congrès|Conseil\s+(?:fédéral|des\s+[ÉE]tats|national|de\s+la\s+Nation))(?:$|[^\p{L}])").unwrap()
});

/// Between a name and the same name in brackets.
static BRACKET_OPEN: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"^[\p{Zs}\t\r]*\([\p{Zs}\t\r]*$").unwrap());

/// Words of a price, a wage or a rate.
static PRICE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:prix|tarifs?|cours|cotée?s?|cotations?|salaires?|smic|smig|smag|smg|le\s+litre|le\s+kilo(?:gramme)?|le\s+kg|la\s+tonne|le\s+baril|de\s+l['’]heure|l['’]heure|taux\s+horaires?|salaires?\s+minimum)(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// A short name in brackets as an acronym in capitals, without its number: `Bad` → `BAD`,
/// `Pdzam-1` → `PDZAM` (`la Banque africaine de développement (Bad)`).
fn short_name(name: &str) -> String {
    let letters = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
    if letters.chars().count() >= 3 && letters.chars().all(char::is_alphabetic) {
        letters.to_uppercase()
    } else {
        name.to_string()
    }
}

/// True when `short` is the acronym of the end of `long` (`BOAD` of `Conseil d’administration
/// de la Banque ouest-africaine de développement`).
fn ends_with_words_of(long: &str, short: &str) -> bool {
    long.char_indices()
        .filter(|&(i, c)| c.is_uppercase() && (i == 0 || long[..i].ends_with([' ', '’', '\''])))
        .any(|(i, _)| is_acronym_of(short, &long[i..]))
}

/// True when `short` is the acronym of `full`: its letters are the initials of `full`'s
/// words, small words left out or not (`BOAD`, `FMI`, `BEI`, `FSPI`).
pub(crate) fn is_acronym_of(short: &str, full: &str) -> bool {
    let letters: String = short
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if letters.chars().count() < 2
        || short.chars().any(char::is_lowercase)
            && short.chars().filter(|c| c.is_uppercase()).count() < 2
        || !full.contains(char::is_whitespace)
    {
        return false;
    }
    let words: Vec<String> = full
        .split(|c: char| c.is_whitespace() || c == '-' || c == '’' || c == '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    let initials = |skip_small: bool| -> String {
        words
            .iter()
            .filter(|w| {
                !skip_small
                    || !matches!(
                        w.as_str(),
                        "de" | "du"
                            | "des"
                            | "la"
                            | "le"
                            | "l"
                            | "d"
                            | "et"
                            | "pour"
                            | "en"
                            | "au"
                            | "aux"
                            | "à"
                    )
            })
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let letters = fold_accents(&letters);
    letters == fold_accents(&initials(true)) || letters == fold_accents(&initials(false))
}

fn fold_accents(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'à' | 'â' => 'a',
            'î' | 'ï' => 'i',
            'ô' => 'o',
            'û' | 'ù' => 'u',
            'ç' => 'c',
            _ => c,
        })
        .collect()
}

/// The name that stands for its variants (`Etat` → `état`, `l’` → `l'`): for merging.
pub fn canonical(name: &str) -> String {
    fold_accents(&super::fold(name)).replace(['‑', '–'], "-")
}

#[cfg(test)]
mod tests {
    use crate::model::Role;

    fn actors_of(text: &str, amount: usize) -> Vec<(String, Role)> {
        crate::extract(text)[amount]
            .actors
            .iter()
            .map(|a| (a.name.clone(), a.role))
            .collect()
    }

    /// Amount `amount` of `text` has the actor `name`, with `role`.
    fn has_role(text: &str, amount: usize, name: &str, role: Role) {
        let got = actors_of(text, amount);
        assert!(got.contains(&(name.to_string(), role)), "{text}: {got:?}");
    }

    #[test]
    fn a_name_and_its_acronym_are_one_actor() {
        assert!(super::is_acronym_of(
            "BOAD",
            "Banque ouest-africaine de développement"
        ));
        assert!(super::is_acronym_of("FMI", "Fonds Monétaire International"));
        assert!(super::is_acronym_of(
            "BEI",
            "Banque européenne d’investissement"
        ));
        assert!(!super::is_acronym_of("BNP", "Banque mondiale"));
        assert!(!super::is_acronym_of("Etat", "Etat de Genève"));
        let got = actors_of(
            "La Banque ouest-africaine de développement (BOAD) accorde un prêt de 5 milliards de FCFA.",
            0,
        );
        assert_eq!(
            got,
            vec![(
                "Banque ouest-africaine de développement".to_string(),
                Role::Funder
            )]
        );
    }

    #[test]
    fn roles_from_phrases_around_the_name() {
        let got = actors_of(
            "La Banque africaine de développement a annoncé, mardi, avoir accordé à la Tunisie un prêt de 104 millions d’euros.",
            0,
        );
        assert!(
            got.contains(&(
                "Banque africaine de développement".to_string(),
                Role::Funder
            )),
            "{got:?}"
        );
        has_role(
            "Une ligne de crédit de 10 milliards de dollars sera mise à la disposition du FMI.",
            0,
            "FMI",
            Role::Recipient,
        );
        has_role(
            "Une recette de 5,9 milliards de francs, sous forme d’emprunt à la Banque des territoires.",
            0,
            "Banque des territoires",
            Role::Funder,
        );
        has_role(
            "dix millions d'euros pour aider Engie à installer une centrale géothermique.",
            0,
            "Engie",
            Role::Recipient,
        );
        has_role(
            "Le groupe affiche une perte de 1,6 million d’euros, liée à la contre-performance de Lesieur Cristal.",
            0,
            "Lesieur Cristal",
            Role::Other,
        );
    }

    #[test]
    fn a_price_has_no_place() {
        let got = actors_of(
            "Le litre de super est vendu à 570 francs CFA en Côte d’Ivoire et au Burkina Faso.",
            0,
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_fine_is_paid_by_who_is_fined() {
        let found = crate::extract(
            "Les 156 millions de francs infligés à BMW par la Commission de la concurrence représentent la troisième amende.",
        );
        let got: Vec<(&str, Role)> = found[0]
            .actors
            .iter()
            .map(|a| (a.name.as_str(), a.role))
            .collect();
        assert!(got.contains(&("BMW", Role::Funder)), "{got:?}");
        assert!(
            got.contains(&("Commission de la concurrence", Role::Other)),
            "{got:?}"
        );
        assert_eq!(found[0].source, crate::model::Source::Private);
    }

    #[test]
    fn who_is_sentenced_to_prison_is_a_person() {
        let found = crate::extract(
            "Belaid Amar Khodja a été condamné à trois ans de prison ferme assortis d’une amende de 50 000 dinars.",
        );
        let a = &found[0].actors[0];
        assert_eq!(
            (a.name.as_str(), a.kind, a.role),
            (
                "Belaid Amar Khodja",
                crate::model::ActorKind::Person,
                Role::Funder
            )
        );
        // A company fined stays a company.
        let found = crate::extract(
            "Une amende de 5,7 millions d’euros est infligée à British American Tobacco Belgium.",
        );
        assert_eq!(
            found[0].actors[0].kind,
            crate::model::ActorKind::Organization
        );
    }

    #[test]
    fn a_person_with_an_office_acts_for_an_institution() {
        let found = crate::extract(
            "Mardi, le ministre des Finances, Mourad Medelci, a investi 49 milliards de dollars.",
        );
        let a = found[0]
            .actors
            .iter()
            .find(|a| a.name == "Mourad Medelci")
            .unwrap();
        assert_eq!(
            (a.kind, a.role),
            (crate::model::ActorKind::Person, Role::Other)
        );
        has_role(
            "L’accord de don de 36 milliards de FCFA a été signé par Issa Doubragne, ministre de l’Economie.",
            0,
            "Issa Doubragne",
            Role::Other,
        );
        // Without an office, a person who gives is a funder (a business angel).
        has_role(
            "Xavier Niel investit 3 millions d’euros dans la start-up Alan.",
            0,
            "Xavier Niel",
            Role::Funder,
        );
    }

    #[test]
    fn a_place_after_en_is_the_setting() {
        let got = actors_of(
            "Les start-up basées en Suisse ont levé 909 millions de francs.",
            0,
        );
        assert!(got.iter().all(|(n, _)| n != "Suisse"), "{got:?}");
        let got = actors_of(
            "En Alberta, le salaire minimum est de 15,00 $ de l’heure.",
            0,
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_place_after_en_gets_the_money_it_is_spent_in() {
        // Right after the amount, spent or invested there, or paired in brackets.
        let got = actors_of(
            "Les start-up ont levé 24 millions de dollars en 2024 contre 800 millions de dollars en Égypte.",
            1,
        );
        assert!(got.iter().any(|(n, _)| n == "Égypte"), "{got:?}");
        has_role(
            "Macron a déclaré que 109 milliards d’euros seraient investis dans l’IA en France.",
            0,
            "France",
            Role::Recipient,
        );
        let got = actors_of(
            "Les prêts financent un complexe agro-industriel en Côte d’Ivoire (34 milliards de FCFA).",
            0,
        );
        assert!(got.iter().any(|(n, _)| n == "Côte d’Ivoire"), "{got:?}");
    }

    #[test]
    fn a_place_s_government_acts_as_a_subject_would() {
        has_role(
            "Le gouvernement du Canada investit plus de 21,1 millions de dollars dans ce projet.",
            0,
            "Canada",
            Role::Funder,
        );
        has_role(
            "La mesure représente un investissement de 800 000 $ par le gouvernement du Québec.",
            0,
            "Québec",
            Role::Funder,
        );
        has_role(
            "Les gouvernements du Canada et du Nouveau-Brunswick ont annoncé un financement conjoint de 8,4 millions de dollars.",
            0,
            "Canada",
            Role::Funder,
        );
        // A government that gets the money still gets it; a bare place stays where it goes.
        has_role(
            "La Banque mondiale accorde un prêt de 50 millions de dollars au gouvernement du Mali.",
            0,
            "Mali",
            Role::Recipient,
        );
        has_role(
            "La Banque mondiale accorde un prêt de 50 millions de dollars au Mali.",
            0,
            "Mali",
            Role::Recipient,
        );
    }

    #[test]
    fn who_secures_money_gets_it() {
        has_role(
            "À elle seule, Sophia Genetics a réussi à s’assurer 100 millions de francs en fin d’année.",
            0,
            "Sophia Genetics",
            Role::Recipient,
        );
    }

    #[test]
    fn the_company_bought_gets_the_money() {
        has_role(
            "Osisko annonce l’achat de Queenston Mining pour 550 M$.",
            0,
            "Queenston Mining",
            Role::Recipient,
        );
        has_role(
            "Le groupe finalise la prise de contrôle de Furukawa pour 41 millions de dollars.",
            0,
            "Furukawa",
            Role::Recipient,
        );
        // The buyer named as the subject gets nothing.
        let got = actors_of("Osisko annonce l’achat de Queenston Mining pour 550 M$.", 0);
        assert!(
            !got.contains(&("Osisko".to_string(), Role::Recipient)),
            "{got:?}"
        );
    }

    #[test]
    fn a_short_name_in_brackets_written_in_lower_case_is_the_name_before() {
        let text = "La Banque africaine de développement (Bad) accorde au Sénégal un prêt de 161,62 millions d'euros pour la phase 1 du Programme de désenclavement des zones agricoles et minières (Pdzam-1).";
        let got = actors_of(text, 0);
        assert!(
            got.iter().all(|(n, _)| n != "Bad" && n != "Pdzam-1"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(n, _)| n == "Banque africaine de développement"),
            "{got:?}"
        );
        // Trap: a short name that spells nothing before it stays.
        let got = actors_of(
            "La Banque mondiale (Washington) et Sonatel (Dakar) signent un accord de 5 millions de dollars.",
            0,
        );
        assert!(got.iter().any(|(n, _)| n == "Sonatel"), "{got:?}");
    }

    #[test]
    fn the_company_bought_after_its_verb_gets_the_money() {
        has_role(
            "CGI a acquis la firme britannique Logica pour 2,8 milliards $.",
            0,
            "Logica",
            Role::Recipient,
        );
        has_role(
            "Saputo a avalé l'entreprise texane Morningstar Foods pour 1,45 milliard $ US.",
            0,
            "Morningstar Foods",
            Role::Recipient,
        );
        has_role(
            "Cogeco est devenu l'acquéreur du câblodistributeur américain Atlantic Broadband pour 1,36 milliard $ US.",
            0,
            "Atlantic Broadband",
            Role::Recipient,
        );
        // Traps: the buyer pays, and a lender after `par` still lends.
        has_role(
            "CGI a acquis la firme britannique Logica pour 2,8 milliards $.",
            0,
            "CGI",
            Role::Funder,
        );
        has_role(
            "Le projet a été acheté puis financé par la BEI pour 20 millions d'euros.",
            0,
            "BEI",
            Role::Funder,
        );
    }

    #[test]
    fn who_announces_the_granting_of_a_loan_gives_it() {
        let text = "La Banque africaine de développement (Bad) annonce l'octroi, au Sénégal, d'un prêt de 161,62 millions d'euros.";
        has_role(text, 0, "Banque africaine de développement", Role::Funder);
        assert_eq!(crate::extract(text)[0].source, crate::model::Source::Public);
        // Trap: a person who announces it only announces it.
        has_role(
            "Le ministre Paul Dupont annonce l'octroi d'un prêt de 10 millions d'euros.",
            0,
            "Paul Dupont",
            Role::Other,
        );
    }

    #[test]
    fn the_elected_who_adopt_a_budget_do_not_pay_it() {
        let text = "Adopté le 12 décembre dernier par les Conseillers départementaux, le budget 2023, d’un montant de 567 millions d’euros, mobilise 111 millions d’euros pour l’investissement.";
        has_role(text, 0, "Conseillers départementaux", Role::Other);
        let found = crate::extract(text);
        assert_eq!(found[0].source, crate::model::Source::Public, "{found:?}");
        // Voted by the councillors of a city: the same.
        has_role(
            "Voté par les Conseillers municipaux, le budget de 12 millions d’euros est en hausse.",
            0,
            "Conseillers municipaux",
            Role::Other,
        );
        // Trap: a bank's board that approves a loan stands for the lender.
        has_role(
            "Ce prêt de 20 milliards de FCFA a été approuvé par le Conseil d’administration de la Banque ouest-africaine de développement.",
            0,
            "Conseil d’administration de la Banque ouest-africaine de développement",
            Role::Funder,
        );
    }

    #[test]
    fn a_stock_market_is_no_actor() {
        let got = actors_of(
            "L’action MND chute de 12 % à 2,98 euros ce matin à la Bourse de Paris.",
            0,
        );
        assert!(got.iter().all(|(n, _)| !n.contains("Paris")), "{got:?}");
        let got = actors_of(
            "Le titre de Nuitée a gagné 5 dollars sur le Nasdaq, à 48 dollars.",
            0,
        );
        assert!(got.iter().all(|(n, _)| n != "Nasdaq"), "{got:?}");
    }

    #[test]
    fn a_noun_of_giving_is_no_verb_of_the_name_before() {
        let text = "Paris a conclu avec Brazzaville un accord-cadre relatif à la mise à disposition d'un montant global de 88,5 milliards de francs CFA.";
        has_role(text, 0, "Brazzaville", Role::Recipient);
        // Trap: `la` before a verb is its object; the subject still gives.
        has_role(
            "La Région la finance à hauteur de 3 millions d'euros.",
            0,
            "Région",
            Role::Funder,
        );
        has_role(
            "La BEI accorde un prêt de 50 millions d’euros.",
            0,
            "BEI",
            Role::Funder,
        );
    }

    #[test]
    fn an_initial_does_not_end_the_lead_in_of_a_fine() {
        let text = "Au total, 5,7 millions d'euros d'amende sont infligés à British American Tobacco Belgium, 7 millions aux Établissements L. Lacroix Fils NV et 16 millions à Philip Morris Benelux BVBA.";
        has_role(text, 2, "Philip Morris Benelux BVBA", Role::Funder);
    }

    #[test]
    fn a_company_pays_its_dividend() {
        has_role(
            "Maroc Telecom, qui a adopté une politique plus généreuse cette année en augmentant son dividende par action à 4,2 DH, redevient le premier payeur.",
            0,
            "Maroc Telecom",
            Role::Funder,
        );
        // Trap: the board that proposes it only decides.
        has_role(
            "Le Conseil d’administration a proposé un dividende de 3 francs par action.",
            0,
            "Conseil d’administration",
            Role::Other,
        );
    }

    #[test]
    fn a_market_where_prices_are_taken_is_the_setting() {
        let text =
            "Hier au marché populaire Ain Sefra à Mostaganem, la tomate était à 160 dinars le kg.";
        assert!(actors_of(text, 0).is_empty(), "{:?}", actors_of(text, 0));
        // Trap: a company that raises money on the market still gets it.
        has_role(
            "Sur le marché obligataire, Orange a levé 2 milliards d’euros.",
            0,
            "Orange",
            Role::Recipient,
        );
    }

    #[test]
    fn a_name_spelled_by_its_acronym_is_read_whole() {
        let text = "Le Programme d’aide financière à l’accessibilité aux camps de vacances (PAFACV) reçoit de nouveau une somme supplémentaire de 540 000 $, provenant de la Politique gouvernementale de prévention en santé (PGPS).";
        has_role(
            text,
            0,
            "Programme d’aide financière à l’accessibilité aux camps de vacances",
            Role::Recipient,
        );
        has_role(
            text,
            0,
            "Politique gouvernementale de prévention en santé",
            Role::Funder,
        );
        let got = actors_of(text, 0);
        assert!(
            got.iter().all(|(n, _)| n != "PAFACV" && n != "PGPS"),
            "{got:?}"
        );
        // Trap: an institution that holds the spelled name keeps it whole.
        let got = actors_of(
            "Ces prêts de 5 milliards de FCFA ont été validés par le Conseil d’administration de la Banque ouest-africaine de développement (BOAD).",
            0,
        );
        assert!(
            got.iter().any(|(n, r)| n
                == "Conseil d’administration de la Banque ouest-africaine de développement"
                && *r == Role::Funder),
            "{got:?}"
        );
    }
}
