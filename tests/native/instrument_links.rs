//! Trainers' instruments beyond the file: learning them (only through the
//! checker), refusing a different set under a known id and version, and
//! carrying them inside invitation and cohort links, compressed, with the
//! code's checksum; reading a link never runs the checker (a set not known
//! here comes back to be checked apart, and a refusal is remembered). Every test uses its own instrument ids, since what a
//! page knows is shared by the whole process.

use align180::domain::base::rating::Rating;
use align180::domain::formats::files::{export, read_file, FileContent};
use align180::domain::formats::share::cohort::CohortLink;
use align180::domain::formats::share::envelope::learning;
use align180::domain::formats::share::invitation::Invitation;
use align180::domain::formats::share::response::ResponseCode;
use align180::domain::formats::share::{Part, ShareError};
use align180::domain::records::assessment::Assessment;
use align180::domain::records::response::Response;
use align180::domain::rules::questionnaire::Step;
use align180::domain::sets::carried::Refusal;
use align180::domain::sets::check::{instrument_file, link_chars};
use align180::domain::sets::instrument::Instrument;
use align180::domain::sets::registry::{LearnError, QuestionSet, SetKind};
use proptest::prelude::*;
use serde_json::{json, Value};

const PULSE: &str = include_str!("../fixtures/instruments/pulse-3-dimensions.json");

/// The fixture under another id (and optionally with a changed first item).
fn pulse_as(id: &str, first_item: Option<&str>) -> String {
    let mut v: Value = serde_json::from_str(PULSE).unwrap_or(Value::Null);
    v["id"] = json!(id);
    if let Some(text) = first_item {
        v["dimensions"][0]["items"][0]["text"] = json!(text);
    }
    v.to_string()
}

fn invitation(instrument: &'static Instrument) -> Invitation {
    Invitation {
        instrument,
        assessment_id: "abcdefghijkmnpqr".into(),
        nonce: 42,
        leader: "Dana Reyes".into(),
        manager: Some("Sam Patel".into()),
        cycle: Some("Q1 2027".into()),
    }
}

#[test]
fn learning_checks_and_remembers() {
    let pulse = Instrument::learn(&pulse_as("learn-test", None)).expect("valid");
    assert_eq!(pulse.dimensions.len(), 3);
    assert_eq!(Instrument::find(&pulse.reference()), Some(pulse));
    assert_eq!(
        Instrument::find_by_fingerprint(pulse.fingerprint()),
        Some(pulse)
    );
    // The same file again gives the same instrument, not a second copy.
    assert!(std::ptr::eq(
        Instrument::learn(&instrument_file(pulse)).expect("again"),
        pulse
    ));
    // A different set under the same id and version is refused.
    assert_eq!(
        Instrument::learn(&pulse_as(
            "learn-test",
            Some("Writes the team's goals on the wall every Monday morning")
        )),
        Err(LearnError::Conflict(pulse.reference()))
    );
    // Invalid files are never learned, and say why.
    match Instrument::learn("{\"format\": 1}") {
        Err(LearnError::Invalid(_, problems)) => assert!(problems.len() > 3, "{problems:?}"),
        other => panic!("{other:?}"),
    }
    // The built-in id is never taken over.
    assert_eq!(
        Instrument::learn(&pulse_as("sparc-180", None)),
        Err(LearnError::BuiltinId("sparc-180".into()))
    );
    assert!(std::ptr::eq(
        Instrument::learn(&instrument_file(Instrument::sparc_180()))
            .expect("the built-in set itself"),
        Instrument::sparc_180()
    ));
}

#[test]
fn questionnaires_follow_the_instrument() {
    let pulse = Instrument::learn(&pulse_as("steps-test", None)).expect("valid");
    // 3 dimensions, priorities, 1 reflection question, review.
    assert_eq!(Step::all(pulse).len(), 6);
    let mut bare: Value = serde_json::from_str(PULSE).unwrap_or(Value::Null);
    bare["id"] = json!("steps-bare");
    bare["reflections"] = json!([]);
    let bare = Instrument::learn(&bare.to_string()).expect("valid");
    assert_eq!(
        Step::all(bare).len(),
        5,
        "no reflection step without questions"
    );
    assert_eq!(Step::from_slug(bare, "reflections"), None);
}

#[test]
fn links_carry_a_trainers_instrument_and_not_the_builtin_one() {
    let pulse = Instrument::learn(&pulse_as("carry-test", None)).expect("valid");
    let custom = invitation(pulse).encode().expect("encodes");
    let builtin = invitation(Instrument::sparc_180())
        .encode()
        .expect("encodes");
    assert_eq!(Invitation::decode(&custom), Ok(invitation(pulse)));
    assert!(
        custom.len() > builtin.len() + 300,
        "the questions travel with the link"
    );
    println!(
        "invitation code: built-in instrument {} characters (not carried; the set itself would take {}), custom 3-dimension instrument {} characters",
        builtin.len(),
        link_chars(Instrument::sparc_180()),
        custom.len()
    );
    let cohort = CohortLink {
        instrument: pulse,
        cohort_id: "abcdefghijkmnpqr".into(),
        nonce: 1,
        name: "Pulse cohort".into(),
    };
    let text = cohort.encode().expect("encodes");
    assert_eq!(CohortLink::decode(&text), Ok(cohort));
    println!(
        "cohort link code with the custom instrument: {} characters",
        text.len()
    );
    // Answers refer to it by fingerprint only: a response stays short.
    let mut response = Response::default();
    for (_, item) in pulse.items() {
        response.rate(&item.id, Rating::Score(3));
    }
    response.submitted_at = Some(60_000);
    let code = ResponseCode {
        instrument: pulse,
        assessment_id: "abcdefghijkmnpqr".into(),
        nonce: 42,
        submitted_minute: 1,
        manager: None,
        response: Response {
            submitted_at: Some(align180::domain::formats::share::response::minute_to_ms(1)),
            ..response
        },
    };
    let text = code.encode().expect("encodes");
    assert!(text.len() < 60, "{} characters", text.len());
    assert_eq!(ResponseCode::decode(&text), Ok(code));
}

#[test]
fn a_link_with_a_different_set_under_a_known_id_is_refused() {
    let here = Instrument::learn(&pulse_as("clash-test", None)).expect("valid");
    // Another browser's set with the same id and version but other wording:
    // build its link by hand from a private copy (never learned here).
    let theirs: Instrument = serde_json::from_str(&pulse_as(
        "clash-test",
        Some("Writes the team's goals on the wall every Monday morning"),
    ))
    .expect("instrument");
    let leaked: &'static Instrument = Box::leak(Box::new(theirs));
    let text = invitation(leaked).encode().expect("encodes");
    // Reading does not check; checking refuses it, and reading it again
    // says why.
    assert!(matches!(
        Invitation::decode(&text),
        Err(ShareError::SetToLearn(_))
    ));
    assert_eq!(
        learning(|| Invitation::decode(&text)),
        Err(ShareError::InstrumentConflict("clash-test".into(), 2))
    );
    assert_eq!(
        Invitation::decode(&text),
        Err(ShareError::InstrumentConflict("clash-test".into(), 2))
    );
    assert!(ShareError::InstrumentConflict("clash-test".into(), 2)
        .describe(crate::common::en())
        .contains("new version number"));
    // What this browser knows is unchanged.
    assert!(std::ptr::eq(
        Instrument::find(&here.reference()).expect("known"),
        here
    ));
}

#[test]
fn reading_a_link_never_runs_the_checker_its_set_is_learned_apart() {
    // A set made in another browser, never learned here.
    let theirs: Instrument =
        serde_json::from_str(&pulse_as("apart-test", None)).expect("instrument");
    let leaked: &'static Instrument = Box::leak(Box::new(theirs));
    let sent = invitation(leaked);
    let text = sent.encode().expect("encodes");
    let Err(ShareError::SetToLearn(carried)) = Invitation::decode(&text) else {
        panic!("a set not known here comes back to be checked");
    };
    assert_eq!(carried.kind, SetKind::Questions);
    assert_eq!(carried.fingerprint, leaked.fingerprint());
    assert!(
        Instrument::find(&leaked.reference()).is_none(),
        "reading learned nothing"
    );
    assert!(ShareError::SetToLearn(carried.clone())
        .describe(crate::common::en())
        .contains("checked"));
    // Checked and learned, the same code reads, with the copy learned here.
    assert_eq!(carried.learn(), Ok(()));
    let read = Invitation::decode(&text).expect("reads once learned");
    assert_eq!(read, sent);
    assert!(!std::ptr::eq(read.instrument, leaked));
    assert!(std::ptr::eq(
        Instrument::find(&leaked.reference()).expect("learned"),
        read.instrument
    ));
    // A cohort link of a set not known here: `learning` does both steps.
    let other: Instrument =
        serde_json::from_str(&pulse_as("apart-cohort", None)).expect("instrument");
    let other: &'static Instrument = Box::leak(Box::new(other));
    let cohort = CohortLink {
        instrument: other,
        cohort_id: "abcdefghijkmnpqr".into(),
        nonce: 3,
        name: "Apart".into(),
    };
    let text = cohort.encode().expect("encodes");
    assert!(matches!(
        CohortLink::decode(&text),
        Err(ShareError::SetToLearn(_))
    ));
    assert_eq!(learning(|| CohortLink::decode(&text)), Ok(cohort));
}

#[test]
fn a_refused_set_is_remembered_and_a_conflict_ends_when_the_other_set_goes() {
    // Not a valid set (an empty behaviour), sent from a browser that never
    // checked it: refused once, then reading says so without checking.
    let invalid: Instrument =
        serde_json::from_str(&pulse_as("refused-test", Some(""))).expect("instrument");
    let invalid: &'static Instrument = Box::leak(Box::new(invalid));
    let text = invitation(invalid).encode().expect("encodes");
    let Err(ShareError::SetToLearn(carried)) = Invitation::decode(&text) else {
        panic!("not checked yet");
    };
    assert_eq!(carried.learn(), Err(Refusal::Invalid));
    assert_eq!(
        Invitation::decode(&text),
        Err(ShareError::Malformed(Part::QuestionSet))
    );
    assert_eq!(
        learning(|| Invitation::decode(&text)),
        Err(ShareError::Malformed(Part::QuestionSet))
    );
    // A conflict lasts as long as the other set is known here.
    let here = Instrument::learn(&pulse_as("conflict-ends", None)).expect("valid");
    let theirs: Instrument = serde_json::from_str(&pulse_as(
        "conflict-ends",
        Some("Reads the whole plan aloud at every weekly team meeting"),
    ))
    .expect("instrument");
    let theirs: &'static Instrument = Box::leak(Box::new(theirs));
    let text = invitation(theirs).encode().expect("encodes");
    assert_eq!(
        learning(|| Invitation::decode(&text)),
        Err(ShareError::InstrumentConflict("conflict-ends".into(), 2))
    );
    Instrument::forget(&here.reference());
    assert!(matches!(
        Invitation::decode(&text),
        Err(ShareError::SetToLearn(_))
    ));
    let read = learning(|| Invitation::decode(&text)).expect("no conflict left");
    assert_eq!(read.instrument, theirs);
}

#[test]
fn backups_carry_the_instruments_their_records_use() {
    let pulse = Instrument::learn(&pulse_as("backup-test", None)).expect("valid");
    let a = Assessment::new("abcdefghijkmnpqs".into(), pulse, "Dana", "", "", 1).expect("named");
    let file = export(std::slice::from_ref(&a), 2);
    let v: Value = serde_json::from_str(&file).unwrap_or(Value::Null);
    assert_eq!(v["instruments"][0]["id"], "backup-test");
    match read_file(&file, crate::common::en()) {
        Ok(FileContent::Assessments {
            readable,
            instruments,
            unreadable,
            ..
        }) => {
            assert_eq!(readable, vec![a.clone()]);
            assert_eq!(instruments, vec![pulse]);
            assert!(unreadable.is_empty());
        }
        other => panic!("{other:?}"),
    }
    // An invitation file holds the code, whatever it carries.
    assert_eq!(
        read_file(
            &align180::domain::formats::files::invitation_file("CODE", &a, crate::common::en()),
            crate::common::en()
        ),
        Ok(FileContent::Invitation("CODE".into()))
    );
    // The built-in instrument is never written into files.
    let builtin = Assessment::new(
        "abcdefghijkmnpqt".into(),
        Instrument::sparc_180(),
        "Lee",
        "",
        "",
        1,
    )
    .expect("named");
    assert!(!export(&[builtin], 2).contains("\"instruments\""));
}

fn any_instrument_file() -> impl Strategy<Value = String> {
    let item = "[A-Za-z ,']{8,120}";
    let dimension = ("[A-Za-z ]{1,30}", proptest::collection::vec(item, 1..=10));
    (proptest::collection::vec(dimension, 3..=8), 1u32..1000, 0usize..=2, 0usize..=2).prop_map(|(dims, version, reflections, limit)| {
        let mut v: Value = serde_json::from_str(PULSE).unwrap_or(Value::Null);
        v["version"] = json!(version);
        v["priorities_limit"] = json!(limit);
        v["dimensions"] = json!(dims.iter().enumerate().map(|(d, (name, items))| json!({
            "id": format!("dim-{d}"),
            "name": if name.trim().is_empty() { "Dimension".to_string() } else { name.clone() },
            "summary": "What this dimension is about.",
            "items": items.iter().enumerate().map(|(i, text)| json!({
                "id": format!("item-{d}-{i}"),
                "text": if text.trim().is_empty() { "Does one observable thing".to_string() } else { text.clone() },
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>());
        v["reflections"] = json!((0..reflections).map(|i| json!({"id": format!("r{i}"), "prompt": "What changed?"})).collect::<Vec<_>>());
        // One id per distinct content, so generated sets never clash with each other.
        v["id"] = json!(format!("prop-{:08x}", align180::domain::base::checksum::crc32(v.to_string().as_bytes())));
        v.to_string()
    })
    // Random text barely compresses: keep the sets within the link budget,
    // whose own rule is tested in tests/instrument_check.rs.
    .prop_filter("fits in a link", |file| {
        align180::domain::sets::check::parse_instrument(file).is_ok()
    })
}

proptest! {
    #[test]
    fn any_valid_instrument_round_trips_through_a_link(file in any_instrument_file()) {
        let instrument = Instrument::learn(&file).expect("generated sets are valid");
        let sent = invitation(instrument);
        let text = sent.encode().expect("encodes");
        prop_assert_eq!(Invitation::decode(&text), Ok(sent));
        let cohort = CohortLink { instrument, cohort_id: "abcdefghijkmnpqr".into(), nonce: 9, name: "C".into() };
        prop_assert_eq!(CohortLink::decode(&cohort.encode().expect("encodes")), Ok(cohort));
        // And every cut of the carrying code is refused.
        for cut in [1, 5, text.len() / 2] {
            prop_assert!(Invitation::decode(&text[..text.len() - cut]).is_err());
        }
    }
}
