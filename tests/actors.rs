//! Who gives how much to whom, through the real pipeline (`extract`): each amount's own actors
//! with their roles, the venues, comparisons and outlets left out, kinds, the source that
//! follows the funder, and the purpose.

use montants::{ActorKind, Finding, Role, Source};

fn actors(f: &Finding) -> Vec<(&str, Role)> {
    f.actors.iter().map(|a| (a.name.as_str(), a.role)).collect()
}

#[test]
fn five_rounds_in_one_sentence_each_get_their_own_start_up_and_investors() {
    let text = "Cette semaine, la start-up Pasqal a levé 100 millions d’euros auprès de Partech, Ynsect 160 millions d’euros auprès d’Upfront Ventures, Mistral AI 385 millions d’euros auprès d’Andreessen Horowitz, Sorare 680 millions de dollars auprès de SoftBank et Qonto 486 millions d’euros auprès de Tiger Global.";
    let found = montants::extract(text);
    let want = [
        ("Pasqal", "Partech"),
        ("Ynsect", "Upfront Ventures"),
        ("Mistral AI", "Andreessen Horowitz"),
        ("Sorare", "SoftBank"),
        ("Qonto", "Tiger Global"),
    ];
    assert_eq!(found.len(), 5);
    for (f, (startup, investor)) in found.iter().zip(want) {
        assert_eq!(
            actors(f),
            vec![(startup, Role::Recipient), (investor, Role::Funder)],
            "{}",
            f.text
        );
        assert_eq!(f.source, Source::Private, "{}: {:?}", f.text, f.source_cue);
    }
}

#[test]
fn venues_outlets_and_comparisons_are_not_actors() {
    let found = montants::extract(
        "Lors du salon VivaTech à Paris, la Région Occitanie a accordé une subvention de 3 millions d’euros à la commune de Rennes pour la rénovation des écoles, selon Les Echos.",
    );
    assert_eq!(
        actors(&found[0]),
        vec![
            ("Région Occitanie", Role::Funder),
            ("commune de Rennes", Role::Recipient)
        ]
    );
    assert_eq!(found[0].source, Source::Public);
    assert_eq!(
        found[0].purpose.as_deref(),
        Some("pour la rénovation des écoles")
    );
    let found = montants::extract(
        "Bpifrance et Eurazeo apportent 20 millions d’euros à la jeune pousse Alan, pour rivaliser avec les États-Unis et la Chine.",
    );
    assert_eq!(
        actors(&found[0]),
        vec![
            ("Bpifrance", Role::Funder),
            ("Eurazeo", Role::Funder),
            ("Alan", Role::Recipient)
        ]
    );
    // A public and a private funder: mixed, and the cue names them.
    assert_eq!(found[0].source, Source::Mixed);
    assert_eq!(
        found[0].source_cue.as_deref(),
        Some("funder: Bpifrance + Eurazeo")
    );
}

#[test]
fn a_company_investing_is_private_and_what_it_earns_it_receives() {
    let found =
        montants::extract("Le groupe Sanofi investira 1,5 milliard d’euros dans une usine.");
    assert_eq!(actors(&found[0]), vec![("Sanofi", Role::Funder)]);
    assert_eq!(found[0].source, Source::Private);
    assert_eq!(found[0].purpose.as_deref(), Some("dans une usine"));
    let found = montants::extract(
        "Le chiffre d’affaires de Nestlé atteint 92 milliards de francs, a indiqué le PDG Mark Schneider.",
    );
    assert_eq!(
        actors(&found[0]),
        vec![("Nestlé", Role::Recipient), ("Mark Schneider", Role::Other)]
    );
    // What receives the money never decides its source: a revenue stays unknown.
    assert_eq!(found[0].source, Source::Unknown);
}

#[test]
fn kinds_of_people_places_and_institutions() {
    let found = montants::extract(
        "La présidente Carole Delga a annoncé que la Banque ouest-africaine de développement prêtera 50 millions d’euros à Dakar.",
    );
    let kind = |name: &str| {
        found[0]
            .actors
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.kind)
    };
    assert_eq!(kind("Carole Delga"), Some(ActorKind::Person));
    assert_eq!(
        kind("Banque ouest-africaine de développement"),
        Some(ActorKind::Organization)
    );
    assert_eq!(kind("Dakar"), Some(ActorKind::Place));
    assert!(found[0].actors.iter().all(|a| a.name != "Banque"));
    assert_eq!(found[0].source, Source::Public);
}

#[test]
fn traps_stay_traps() {
    // Percentages, years, counts: no amount, hence no actor.
    for text in [
        "Les États-Unis ont progressé de 3 % en 2024.",
        "Le modèle compte des milliards de paramètres.",
        "Netflix revendique 212 millions d’abonnés.",
    ] {
        assert!(montants::extract(text).is_empty(), "{text}");
    }
}

#[test]
fn respectively_pairs_names_and_amounts_and_a_sum_written_twice_shares_its_actors() {
    let found = montants::extract(
        "Les start-up Pasqal et Quandela ont levé respectivement 100 millions d’euros et 50 millions d’euros.",
    );
    assert_eq!(actors(&found[0]), vec![("Pasqal", Role::Recipient)]);
    assert_eq!(actors(&found[1]), vec![("Quandela", Role::Recipient)]);
    let found = montants::extract(
        "L’AFD a accordé un prêt de 900 millions d’euros, soit environ 590 milliards de FCFA, au Cameroun pour financer trois projets.",
    );
    for f in &found {
        assert_eq!(
            actors(f),
            vec![("AFD", Role::Funder), ("Cameroun", Role::Recipient)],
            "{}",
            f.text
        );
        assert_eq!(f.source, Source::Public);
        assert_eq!(f.purpose.as_deref(), Some("pour financer trois projets"));
    }
}

fn names(f: &Finding) -> Vec<&str> {
    f.actors.iter().map(|a| a.name.as_str()).collect()
}

#[test]
fn a_sentence_that_names_no_one_and_points_at_no_one_has_no_actors() {
    // The topic no longer spills over: a price, a reserve, a budget line names no one.
    let found = montants::extract(
        "La BOAD a approuvé un prêt de 115 milliards FCFA au Togo. Le prix du gasoil a baissé de 10 francs CFA par litre.",
    );
    assert!(found[1].actors.is_empty(), "{:?}", names(&found[1]));
    // A sentence pointing back at the money before (`Ce montant`, `Le rachat`) is of its actors.
    let found = montants::extract(
        "Le groupe CGI va racheter ses actions à la Caisse de dépôt pour 500 millions de dollars. Le rachat se ferait au prix de 96,93 $ par action.",
    );
    assert!(names(&found[1]).contains(&"CGI"), "{:?}", names(&found[1]));
}

#[test]
fn a_pointer_stands_for_the_name_before_it() {
    // `le distributeur`: the company named in the sentence before, with the role read where the
    // pointer stands.
    let found = montants::extract(
        "Les plus gros chantiers se concentrent dans des filiales de groupes, comme Intermarché. Très engagé dans l'agroalimentaire, le distributeur a investi 4,57 millions d'euros dans une pâtisserie industrielle.",
    );
    assert_eq!(actors(&found[0]), vec![("Intermarché", Role::Funder)]);
    // A guessed funder never decides the source.
    assert!(
        found[0]
            .source_cue
            .as_deref()
            .is_none_or(|c| !c.contains("Intermarché")),
        "{:?}",
        found[0].source_cue
    );
    // `ces quatre sociétés`: every name of the sentence before.
    let found = montants::extract(
        "Hemarina, Manros et Sabella témoignent. Ces trois sociétés ont levé ces derniers mois plus de 90 millions d'euros.",
    );
    let got = names(&found[0]);
    assert!(
        ["Manros", "Sabella"].iter().all(|n| got.contains(n)),
        "{got:?}"
    );
    // `ce dernier`: the last one named.
    let found = montants::extract(
        "ArcelorMittal cède ses activités américaines à Cleveland-Cliffs. Ce dernier paiera 505 millions de dollars en numéraire.",
    );
    assert_eq!(names(&found[0]), vec!["Cleveland-Cliffs"]);
    // A description followed by its name points at no one else (`le groupe CGI`), and a noun's
    // complement (`le chiffre d’affaires de l’opérateur`) speaks of any operator.
    let found = montants::extract(
        "Orange a été sanctionné. L’amende correspond à 3 % du chiffre d’affaires de l’opérateur, soit 4,2 millions de dollars.",
    );
    assert!(
        !names(&found[0]).contains(&"Orange"),
        "{:?}",
        names(&found[0])
    );
}

#[test]
fn a_name_and_its_bracketed_alias_are_one_actor() {
    let found = montants::extract(
        "Le Conseil d’administration de la Banque ouest-africaine de développement (BOAD) a approuvé un prêt de 5 milliards de FCFA.",
    );
    assert!(
        !names(&found[0]).contains(&"BOAD"),
        "{:?}",
        names(&found[0])
    );
    // A bracketed name that is not the same name stays (`l’axe Mora-Dabanga-Kousseri (Pacri)`).
    let found = montants::extract(
        "Le projet de l’axe routier Mora-Dabanga-Kousseri (Pacri) bénéficie d’un financement de 140 milliards de FCFA.",
    );
    assert!(
        names(&found[0]).contains(&"Pacri"),
        "{:?}",
        names(&found[0])
    );
}

#[test]
fn portfolios_rankings_and_those_present_are_not_actors() {
    let found = montants::extract(
        "L’accord de don de 36 milliards de FCFA a été signé par Issa Doubragne, ministre de l’Economie, de la Planification du Développement et de la Coopération Internationale, en présence du ministre des finances, Tahir Hamid Nguilin.",
    );
    let got = names(&found[0]);
    assert!(got.contains(&"Issa Doubragne"), "{got:?}");
    for not in [
        "Planification du Développement",
        "Coopération Internationale",
        "Tahir Hamid Nguilin",
    ] {
        assert!(!got.contains(&not), "{not}: {got:?}");
    }
    // A person named after an office and a comma is still the person.
    let found = montants::extract(
        "Le ministre des Finances, Mourad Medelci, a annoncé un prêt de 49 milliards de dinars.",
    );
    assert!(names(&found[0]).contains(&"Mourad Medelci"));
    // Countries ranked against are compared to.
    let found = montants::extract(
        "Les start-up marocaines ont levé 120 millions de dollars, derrière le Nigéria et le Kenya.",
    );
    assert!(found[0].actors.is_empty(), "{:?}", names(&found[0]));
}

#[test]
fn a_fine_named_in_the_lead_in_is_paid_by_each_item() {
    let found = montants::extract(
        "L’amende correspond à 3 % du chiffre d’affaires, donc : 4,2 millions de dollars pour Celtel ; 1,6 million de dollars pour Orange ; 800 000 dollars pour Sonitel.",
    );
    for (f, who) in found.iter().zip(["Celtel", "Orange", "Sonitel"]) {
        assert_eq!(actors(f), vec![(who, Role::Funder)], "{}", f.text);
        assert_eq!(f.source, Source::Private, "{}", f.text);
    }
}

#[test]
fn a_subject_cut_off_by_clauses_is_its_own_item_s() {
    let found = montants::extract(
        "Belaid Amar Khodja a été condamné à trois ans de prison assortis d’une amende de 50 000 dinars, tandis que Bouaziz Ait Chebib a écopé de deux ans de prison, dont une année avec sursis, et d’une amende de 30 000 dinars.",
    );
    assert_eq!(names(&found[1]), vec!["Bouaziz Ait Chebib"]);
}

#[test]
fn a_budget_is_public_unless_it_measures_a_deficit() {
    let found = montants::extract(
        "Ce budget de 7 milliards de roupies pour Rodrigues a suscité des critiques.",
    );
    assert_eq!(found[0].source, Source::Public, "{:?}", found[0].source_cue);
    let found = montants::extract(
        "Le ministre des Finances a présenté un budget déficitaire de 11 milliards de dollars.",
    );
    assert_eq!(
        found[0].source,
        Source::Unknown,
        "{:?}",
        found[0].source_cue
    );
}

#[test]
fn fines_are_private_and_federal_or_budget_money_public() {
    let source = |t: &str| montants::extract(t)[0].source;
    // Who pays a fine or an indemnity is a company or a person.
    assert_eq!(
        source(
            "Le tribunal a condamné un imam à 6 mois de prison, assortie d’une amende de 20 000 DA."
        ),
        Source::Private
    );
    assert_eq!(
        source("Le tribunal a condamné l’accusé à verser une indemnité de 580 000 DA."),
        Source::Private
    );
    assert_eq!(
        source("Investissement fédéral : 150 millions de dollars sur 10 ans"),
        Source::Public
    );
    assert_eq!(
        source(
            "Les gouvernements provincial et fédéral investiront plus de 10 millions de dollars."
        ),
        Source::Public
    );
    assert_eq!(
        source(
            "Selon les documents budgétaires, une somme de 4 milliards de dollars a été ajoutée."
        ),
        Source::Public
    );
    // Traps: a deficit stays a measure; a company's turnover is nobody's money given.
    assert_eq!(
        source("Le déficit atteint 1,5 milliard d’euros."),
        Source::Unknown
    );
    assert_eq!(
        source("Le groupe a réalisé un chiffre d’affaires de 87,6 millions d’euros."),
        Source::Unknown
    );
}

#[test]
fn whose_accounts_are_measured_is_no_actor_but_who_spends_is() {
    let found = montants::extract(
        "Le conseil des ministres a adopté un projet de budget de l’État de plus de 2 688 milliards de francs CFA.",
    );
    assert!(
        !names(&found[0]).contains(&"État"),
        "{:?}",
        names(&found[0])
    );
    assert_eq!(found[0].source, Source::Public);
    let found = montants::extract(
        "En 2024, les dépenses de l’État en Polynésie française atteignent 222,8 milliards de francs.",
    );
    assert!(names(&found[0]).contains(&"État"), "{:?}", names(&found[0]));
}

#[test]
fn a_wage_or_a_price_has_no_place() {
    let found = montants::extract("L'Ontario présente un taux horaire minimum de 14,00 $.");
    assert!(found[0].actors.is_empty(), "{:?}", names(&found[0]));
    // A place that receives money keeps its place.
    let found = montants::extract("Le Canada verse 14 millions de dollars à l'Ontario.");
    assert!(
        names(&found[0]).contains(&"Ontario"),
        "{:?}",
        names(&found[0])
    );
}

#[test]
fn a_council_that_approves_decides_and_a_council_that_gives_gives() {
    let found = montants::extract(
        "La commission des finances du Conseil des Etats a approuvé les crédits urgents d'un montant de 109 milliards de francs.",
    );
    assert!(
        actors(&found[0]).contains(&("commission des finances du Conseil des Etats", Role::Other))
            || actors(&found[0]).contains(&("Conseil des Etats", Role::Other)),
        "{:?}",
        actors(&found[0])
    );
    // A verb of giving still makes it the funder.
    let found = montants::extract("Le Conseil fédéral accorde 50 millions de francs à l’Ukraine.");
    assert!(
        actors(&found[0]).contains(&("Conseil fédéral", Role::Funder)),
        "{:?}",
        actors(&found[0])
    );
}

#[test]
fn a_party_in_brackets_after_a_person_is_no_actor() {
    let found = montants::extract(
        "Le Conseil des Etats a approuvé 109 milliards de francs, a déclaré jeudi Johanna Gapany (PLR/FR), présidente de la commission.",
    );
    let got = names(&found[0]);
    assert!(got.contains(&"Johanna Gapany"), "{got:?}");
    assert!(!got.contains(&"PLR"), "{got:?}");
}
