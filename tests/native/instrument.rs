//! The built-in instrument is complete and follows the item-writing rules.

use align180::domain::base::rating::Rating;
use align180::domain::sets::instrument::Instrument;
use align180::domain::sets::registry::QuestionSet;
use std::collections::HashSet;

#[test]
fn sparc_has_five_dimensions_of_five_items() {
    let instrument = Instrument::sparc_180();
    let names: Vec<&str> = instrument
        .dimensions
        .iter()
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Strategy",
            "Purpose",
            "Adaptiveness",
            "Resilience",
            "Collaboration"
        ]
    );
    for d in &instrument.dimensions {
        assert_eq!(d.items.len(), 5, "{}", d.name);
        assert!(!d.summary.trim().is_empty());
    }
    assert_eq!(instrument.item_count(), 25);
}

#[test]
fn ids_are_unique_and_url_safe() {
    let instrument = Instrument::sparc_180();
    let mut seen = HashSet::new();
    let ids = instrument
        .dimensions
        .iter()
        .map(|d| &d.id)
        .chain(instrument.items().map(|(_, i)| &i.id));
    for id in ids {
        assert!(seen.insert(id.clone()), "duplicate id {id}");
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{id}"
        );
    }
    assert_eq!(seen.len(), 30);
}

#[test]
fn items_follow_the_writing_rules() {
    for (_, item) in Instrument::sparc_180().items() {
        let words = item.text.split_whitespace().count();
        assert!((8..=18).contains(&words), "{} has {words} words", item.id);
        let lower = format!(" {} ", item.text.to_lowercase());
        assert!(
            !lower.contains(" and "),
            "{}: one behaviour per item",
            item.id
        );
        for negative in [" not ", "n't", " never ", " no "] {
            assert!(!lower.contains(negative), "{}: no negatives", item.id);
        }
        // Reads right after "How often does Dana …" and "How often do I …":
        // starts with a verb in the third person, no first or second person.
        let first = item.text.split_whitespace().next().unwrap_or("");
        assert!(
            first.ends_with('s'),
            "{} should start with a verb: {first}",
            item.id
        );
        for person in [" i ", " my ", " you ", " your "] {
            assert!(!lower.contains(person), "{}: neutral wording", item.id);
        }
    }
}

#[test]
fn scale_has_words_for_every_point() {
    let instrument = Instrument::sparc_180();
    let words: Vec<&str> = (1..=5).filter_map(|s| instrument.scale_word(s)).collect();
    assert_eq!(
        words,
        ["Rarely", "Sometimes", "Often", "Usually", "Consistently"]
    );
    assert_eq!(instrument.scale.not_observed, "Not observed");
    assert_eq!(Rating::all().count(), instrument.scale.points.len() + 1);
}

#[test]
fn priorities_and_reflections_match_the_product() {
    let instrument = Instrument::sparc_180();
    assert_eq!(instrument.priorities_limit, 3);
    let prompts: Vec<&str> = instrument
        .reflections
        .iter()
        .map(|r| r.prompt.as_str())
        .collect();
    assert_eq!(
        prompts,
        [
            "What does success look like in this role today?",
            "Where are we aligned — or misaligned — on leadership expectations?",
            "What behaviours will have the greatest impact on the team and the organisation?",
        ]
    );
}

#[test]
fn the_reference_finds_the_builtin() {
    let instrument = Instrument::sparc_180();
    assert_eq!(Instrument::find(&instrument.reference()), Some(instrument));
    let mut other = instrument.reference();
    other.version += 1;
    assert_eq!(Instrument::find(&other), None);
}
