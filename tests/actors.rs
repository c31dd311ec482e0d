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
