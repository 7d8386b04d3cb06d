//! The stored record format: round trips, and no input makes it panic.

use align180::domain::formats::stored::{RecordProblem, StoredRecord, Unreadable, SCHEMA_VERSION};
use align180::domain::records::assessment::Assessment;
use proptest::prelude::*;

proptest! {
    #[test]
    fn save_then_load_gives_the_same_assessment(assessment in crate::common::any_assessment()) {
        let key = Assessment::key_for(&assessment.id);
        prop_assert_eq!(Assessment::id_from_key(&key), Some(assessment.id.as_str()));
        let decoded = Assessment::decode(&key, &assessment.encode());
        prop_assert_eq!(decoded, Ok(assessment));
    }

    #[test]
    fn any_text_decodes_without_panicking(raw in ".{0,200}") {
        let decoded = Assessment::decode("align180.assessment.x", &raw);
        let is_assessment = decoded.is_ok();
        prop_assert!(!is_assessment);
    }

    #[test]
    fn every_truncation_is_unreadable(assessment in crate::common::any_assessment(), cut in 0usize..1000) {
        let key = Assessment::key_for(&assessment.id);
        let text = assessment.encode();
        let cut = cut % text.len();
        let mut end = cut;
        while !text.is_char_boundary(end) { end -= 1; }
        let is_unreadable = matches!(Assessment::decode(&key, &text[..end]), Err(RecordProblem::Unreadable(_)));
        prop_assert!(is_unreadable);
    }
}

#[test]
fn corruption_cases_map_to_clear_outcomes() {
    let key = "align180.assessment.abc";
    let unreadable = |raw: &str| match Assessment::decode(key, raw) {
        Err(RecordProblem::Unreadable(reason)) => reason,
        other => panic!("{raw} gave {other:?}"),
    };
    assert_eq!(unreadable("{not json"), Unreadable::NotJson);
    assert_eq!(unreadable("{\"assessment\":{}}"), Unreadable::NoSchema);
    assert_eq!(unreadable("{\"schema\":1}"), Unreadable::Malformed);
    assert_eq!(
        unreadable("{\"schema\":0,\"assessment\":{}}"),
        Unreadable::UnknownSchema(0)
    );
    // Each says what is wrong in words.
    assert!(unreadable("{not json")
        .describe(crate::common::en())
        .contains("not valid JSON"));
    assert!(Unreadable::UnknownSchema(0)
        .describe(crate::common::en())
        .contains("schema version 0"));
    let newer = format!("{{\"schema\":{}}}", SCHEMA_VERSION + 1);
    assert_eq!(
        Assessment::decode(key, &newer),
        Err(RecordProblem::NewerSchema(SCHEMA_VERSION + 1))
    );
}

#[test]
fn mismatched_ids_and_unknown_instruments_are_unreadable() {
    use align180::domain::sets::instrument::Instrument;
    let a = Assessment::new("abc".into(), Instrument::sparc_180(), "Dana", "", "", 1)
        .unwrap_or_else(|e| panic!("{e:?}"));
    let text = a.encode();
    assert!(matches!(
        Assessment::decode("align180.assessment.other", &text),
        Err(RecordProblem::Unreadable(Unreadable::IdNotKey(_)))
    ));
    let mut b = a.clone();
    b.instrument.version = 99;
    assert!(
        matches!(Assessment::decode("align180.assessment.abc", &b.encode()), Err(RecordProblem::Unreadable(r)) if r.describe(crate::common::en()).contains("question set this browser does not have"))
    );
}
