//! The findings `extract` returns: plain data, no behaviour, no serialisation (that is `output`'s).

pub use rust_decimal::Decimal;

/// One money mention found in a document, with everything tied to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// 0-based position of this finding in its document.
    pub index: usize,
    /// 1-based line of the first character of the mention.
    pub line: usize,
    /// Offsets in Unicode scalar values into the document's text, end exclusive.
    pub start: usize,
    pub end: usize,
    /// The same span in bytes (UTF-8), end exclusive.
    pub byte_start: usize,
    pub byte_end: usize,
    /// The mention exactly as written.
    pub text: String,
    /// The amount, exact, in units of the currency; `None` for a range.
    pub value: Option<Decimal>,
    /// The two ends of a range; both `None` otherwise (`min`/`max` qualifiers keep `value`).
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    /// ISO 4217 code.
    pub currency: &'static str,
    /// True when the currency (or scale) was not written beside the amount but taken from the
    /// sentence or the document.
    pub currency_inferred: bool,
    /// Where the currency of a unit written without its country (`$`, `francs`, `F CFA`)
    /// comes from: `CAD from "Québec" at byte 1432`, `CHF from the default country CH`.
    pub currency_cue: Option<String>,
    pub qualifier: Qualifier,
    /// The words that set the qualifier (`plus de`, `environ`…), for `--explain`.
    pub qualifier_cue: Option<String>,
    pub period: Option<Period>,
    /// What the amount is counted per (`par action`, `/habitant`, `de l’heure`), if anything.
    pub per: Option<Per>,
    pub source: Source,
    /// The words that decided `source`.
    pub source_cue: Option<String>,
    pub actors: Vec<Actor>,
    /// The phrase, as written, that says what the money goes into (`dans l’intelligence
    /// artificielle`), when the text says it.
    pub purpose: Option<String>,
    /// Index of the total this mention is a part of (`dont …`).
    pub part_of: Option<usize>,
    /// Index of the first mention of the same value and currency in the document.
    pub repeat_of: Option<usize>,
    /// Name of the amount rule that matched.
    pub rule: &'static str,
    /// The sentence the mention is in (at most `text::MAX_SENTENCE` bytes), shared by the
    /// findings of one sentence.
    pub sentence: std::sync::Arc<str>,
}

/// How exact the written amount is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    Exact,
    Approx,
    Min,
    Max,
    Range,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::Min => "min",
            Qualifier::Max => "max",
            Qualifier::Range => "range",
        }
    }
}

/// The period an amount recurs over, when the text gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Year,
    Month,
    Week,
    Day,
}

impl Period {
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Year => "year",
            Period::Month => "month",
            Period::Week => "week",
            Period::Day => "day",
        }
    }
}

/// What an amount is counted per, when the text says it (`1,09 $ par action`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Per {
    /// `par action`, `par titre`.
    Share,
    /// `par habitant`, `/habitant`.
    Inhabitant,
    /// `par personne`, `par élève`, `par bénéficiaire`.
    Person,
    /// `par entreprise`, `par PME`.
    Company,
    /// `par ménage`, `par foyer`.
    Household,
    /// `de l’heure`, `/h`, a wage `horaire`.
    Hour,
    /// `par salarié`, `par emploi`.
    Employee,
    /// `par tonne`, `le litre`, `le kWh`.
    Unit,
    /// `par projet`, `par dossier`.
    Project,
}

impl Per {
    pub fn as_str(self) -> &'static str {
        match self {
            Per::Share => "share",
            Per::Inhabitant => "inhabitant",
            Per::Person => "person",
            Per::Company => "company",
            Per::Household => "household",
            Per::Hour => "hour",
            Per::Employee => "employee",
            Per::Unit => "unit",
            Per::Project => "project",
        }
    }
}

/// Where the money comes from, as far as the text says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    Public,
    Private,
    Mixed,
    Unknown,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Public => "public",
            Source::Private => "private",
            Source::Mixed => "mixed",
            Source::Unknown => "unknown",
        }
    }
}

/// An organisation, person, place or programme named near an amount.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Actor {
    /// As written (without the article or title that introduced it).
    pub name: String,
    pub kind: ActorKind,
    /// What it does with this amount: gives it, gets it, or neither.
    pub role: Role,
    /// Why it was taken (`gazetteer`, `title`, `acronym`…), for `--explain`.
    pub why: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActorKind {
    Organization,
    Person,
    Place,
    Programme,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Organization => "organization",
            ActorKind::Person => "person",
            ActorKind::Place => "place",
            ActorKind::Programme => "programme",
        }
    }

    /// Parses the kind column of the gazetteer.
    pub fn parse(s: &str) -> Option<ActorKind> {
        match s {
            "organization" => Some(ActorKind::Organization),
            "person" => Some(ActorKind::Person),
            "place" => Some(ActorKind::Place),
            "programme" => Some(ActorKind::Programme),
            _ => None,
        }
    }
}

/// What an actor does with an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Puts the money in: invests, grants, lends, pays, subscribes.
    Funder,
    /// Gets it: raises, receives, benefits; what the money goes to or through.
    Recipient,
    /// Announces, decides, comments, without giving or receiving.
    Other,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Funder => "funder",
            Role::Recipient => "recipient",
            Role::Other => "other",
        }
    }
}
