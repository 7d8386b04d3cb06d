//! A cohort's stored form: round trips, refusals, names.

use super::*;

#[test]
fn stored_cohorts_refuse_foreign_and_broken_records() {
    let c = cohort();
    let text = c.encode();
    assert_eq!(
        Cohort::decode(&Cohort::key_for(&c.id), &text),
        Ok(c.clone())
    );
    assert!(Cohort::decode(&Cohort::key_for("other"), &text).is_err());
    assert!(Cohort::decode(&Cohort::key_for(&c.id), "{").is_err());
    let newer = text.replace("\"schema\":1", "\"schema\":9");
    assert!(matches!(
        Cohort::decode(&Cohort::key_for(&c.id), &newer),
        Err(align180::domain::formats::stored::RecordProblem::NewerSchema(9))
    ));
    let mut unknown_item = c.clone();
    unknown_item.participants.push(participant(
        1,
        AnonymousAnswers {
            ratings: BTreeMap::from([("nope".to_string(), Rating::Score(3))]),
            priorities: vec![],
        },
        None,
    ));
    // Answers for questions the set does not have are cleaned away, and said.
    let checked = Cohort::decode_checked(&Cohort::key_for(&c.id), &unknown_item.encode())
        .expect("cleaned, not refused");
    assert!(checked
        .record
        .participants
        .iter()
        .all(|p| !p.leader.ratings.contains_key("nope")));
    assert_eq!(checked.notes.len(), 1, "{:?}", checked.notes);
    let mut unnamed = c.clone();
    unnamed.name = "\u{200B}\u{202E}".into();
    assert!(Cohort::decode(&Cohort::key_for(&c.id), &unnamed.encode()).is_err());
}

#[test]
fn cohort_names_are_required_and_cleaned() {
    assert!(Cohort::new(COHORT_ID.into(), "  \n ", sparc(), 1, 1).is_err());
    let c = Cohort::new(
        COHORT_ID.into(),
        "  Directors \u{0007} 2027 ",
        sparc(),
        1,
        1,
    )
    .expect("named");
    assert_eq!(c.name, "Directors 2027");
}

proptest! {
    #[test]
    fn stored_cohorts_round_trip(people in any_participants(), name in ".{1,40}") {
        let mut c = cohort();
        let name = align180::domain::base::text::clean_label(&name);
        prop_assume!(!name.is_empty());
        c.name = name;
        c.participants = people;
        prop_assert_eq!(Cohort::decode(&Cohort::key_for(&c.id), &c.encode()), Ok(c));
    }

    #[test]
    fn stored_cohort_decoding_never_panics(raw in ".{0,200}") {
        let _ = Cohort::decode(&Cohort::key_for(COHORT_ID), &raw);
    }
}
