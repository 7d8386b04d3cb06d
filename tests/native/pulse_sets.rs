//! Trainers' own team pulse sets: checked by the same checker as question
//! sets (every problem with its place, nothing half-valid), learned once
//! (a different set under the same id and version refused), carried inside
//! a pulse link so a member's browser answers exactly its statements, and
//! referred to by fingerprint only in members' codes.

use align180::domain::formats::share::envelope::learning;
use align180::domain::formats::share::pulse::{PulseCode, PulseLink};
use align180::domain::formats::share::ShareError;
use align180::domain::records::pulse::{Agreement, PulseResponse};
use align180::domain::sets::pulse_check::{looks_like_pulse_set, parse_pulse_set};
use align180::domain::sets::pulse_set::{pulse_set_file, PulseSet};
use align180::domain::sets::registry::{LearnError, QuestionSet};

const SHORT: &str = include_str!("../fixtures/pulse-sets/short-team-pulse.json");

#[test]
fn the_built_in_set_passes_its_own_checker_and_is_told_apart_from_question_sets() {
    let builtin = PulseSet::sparc_team_pulse();
    assert_eq!(
        parse_pulse_set(&pulse_set_file(builtin)).as_ref(),
        Ok(builtin)
    );
    assert!(looks_like_pulse_set(SHORT));
    assert!(!looks_like_pulse_set(include_str!(
        "../../src/domain/sets/instruments/sparc-180.json"
    )));
}

#[test]
fn every_problem_is_named_by_its_place() {
    let broken = SHORT
        .replace("\"Not at all\", ", "")
        .replace("\"name\": \"Strategy\"", "\"name\": \"\"")
        .replace("short-collaboration-help", "short-strategy-goals")
        .replace("\"version\": 1", "\"version\": 0");
    let problems: Vec<String> = parse_pulse_set(&broken)
        .err()
        .unwrap_or_default()
        .iter()
        .map(|p| p.describe(crate::common::en()))
        .collect();
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(
        problems.contains(&"The version: must be 1 or more".to_string()),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("The scale: must have 5 words")),
        "{problems:?}"
    );
    assert!(
        problems.contains(&"Dimension 1, its name: is empty".to_string()),
        "{problems:?}"
    );
    assert!(
        problems.contains(&"Dimension 2, statement 1, its id: “short-strategy-goals” is used twice; ids must be unique".to_string()),
        "{problems:?}"
    );
    let too_many = SHORT.replace(
        "{ \"id\": \"short-collaboration-help\", \"text\": \"Asking another team for help is easy here.\" }",
        &(0..6).map(|i| format!("{{ \"id\": \"c{i}\", \"text\": \"Statement {i}.\" }}")).collect::<Vec<_>>().join(","),
    );
    let problems = parse_pulse_set(&too_many).err().unwrap_or_default();
    assert!(
        problems.iter().any(|p| p
            .describe(crate::common::en())
            .starts_with("Dimension 2, its statements: must have 1 to 5 statements; it has 6")),
        "{problems:?}"
    );
    assert!(parse_pulse_set("{ not json").is_err());
    assert!(parse_pulse_set("[1, 2]").is_err());
}

#[test]
fn a_trainers_set_travels_in_the_link_and_answers_refer_to_it() {
    let set = PulseSet::learn(SHORT).expect("a valid set");
    assert!(!set.is_builtin());
    assert_eq!(
        PulseSet::learn(SHORT),
        Ok(set),
        "learning again gives the same set"
    );
    let link = PulseLink {
        set,
        pulse_id: "shrtshrtshrtshr2".into(),
        nonce: 5,
        leader: "Kim Lee".into(),
        collector: None,
    };
    let text = link.encode().expect("encodes");
    println!(
        "pulse link carrying a 3-statement set: {} characters",
        text.len()
    );
    // A browser that does not know the set learns it from the link.
    PulseSet::forget(&set.reference());
    assert_eq!(PulseSet::find(&set.reference()), None);
    // Reading it needs no checker: the set comes back to be checked apart.
    assert!(matches!(
        PulseLink::decode(&text),
        Err(ShareError::SetToLearn(_))
    ));
    let opened = learning(|| PulseLink::decode(&text)).expect("the link brings its set");
    assert_eq!(opened.set.statement_count(), 3);
    assert_eq!(opened.set.scale[4], "Completely");
    // A member's code refers to it by fingerprint only: as short as ever.
    let code = PulseCode {
        set: opened.set,
        pulse_id: opened.pulse_id.clone(),
        nonce: opened.nonce,
        member: 1,
        response: PulseResponse {
            answers: opened
                .set
                .statements()
                .map(|(_, s)| (s.id.clone(), Agreement::Score(4)))
                .collect(),
            comment: None,
        },
    }
    .encode()
    .expect("encodes");
    assert!(code.len() < 50, "{}", code.len());
    assert_eq!(
        PulseCode::decode(&code).map(|c| c.response.answers.len()),
        Ok(3)
    );
}

#[test]
fn a_different_set_under_the_same_id_and_version_is_refused() {
    // Its own id: tests run side by side and share the page's registry.
    let base = SHORT.replace("short-team-pulse", "other-team-pulse");
    PulseSet::learn(&base).expect("a valid set");
    let changed = base.replace("Short team pulse", "Short team pulse, reworded");
    assert!(
        matches!(PulseSet::learn(&changed), Err(LearnError::Conflict(r)) if r.id == "other-team-pulse")
    );
    // Nor may anyone replace the built-in set.
    let imposter =
        pulse_set_file(PulseSet::sparc_team_pulse()).replace("SPARC team pulse", "Imposter");
    assert!(matches!(
        PulseSet::learn(&imposter),
        Err(LearnError::BuiltinId(_))
    ));
    // A link carrying the changed set is refused with the same reason.
    let other = parse_pulse_set(&changed).expect("valid on its own");
    let leaked: &'static PulseSet = Box::leak(Box::new(other));
    let text = PulseLink {
        set: leaked,
        pulse_id: "shrtshrtshrtshr3".into(),
        nonce: 1,
        leader: "Kim".into(),
        collector: None,
    }
    .encode()
    .expect("encodes");
    assert_eq!(
        learning(|| PulseLink::decode(&text)).map(|l| l.set.name.clone()),
        Err(ShareError::InstrumentConflict("other-team-pulse".into(), 1))
    );
    // Checked once: reading it again says why, with no second check.
    assert_eq!(
        PulseLink::decode(&text).map(|l| l.set.name.clone()),
        Err(ShareError::InstrumentConflict("other-team-pulse".into(), 1))
    );
}
