//! The team pulse's codes, gathering and stored form: exact round trips,
//! every truncation and single-character change rejected, codes of another
//! pulse or kind named and refused, gathering idempotent, and stored
//! records that a code could not have produced refused.

use crate::common::en;
use align180::domain::base::text::MAX_COMMENT_CHARS;
use align180::domain::formats::gathering::Gathers;
use align180::domain::formats::gathering::{tally, Outcome};
use align180::domain::formats::share::envelope::{kind_of, Kind};
use align180::domain::formats::share::pulse::{PulseCode, PulseLink};
use align180::domain::formats::share::ShareError;
use align180::domain::formats::stored::{RecordProblem, StoredRecord};
use align180::domain::records::pulse::{Agreement, PulseResponse};
use align180::domain::records::pulse::{Member, Pulse};
use align180::domain::sets::pulse_set::PulseSet;
use proptest::prelude::*;
use std::collections::BTreeMap;

const PULSE_ID: &str = "pqrstuvwxyz23456";

pub fn set() -> &'static PulseSet {
    PulseSet::sparc_team_pulse()
}

fn pulse() -> Pulse {
    Pulse {
        id: PULSE_ID.into(),
        leader: "Dana Reyes".into(),
        cycle: Some("Q1 2027".into()),
        assessment: Some("abcdefghijkmnpqr".into()),
        set: set().reference(),
        nonce: 0xdead_beef,
        created_at: 1_790_000_000_000,
        members: Vec::new(),
        collector: None,
        released: None,
    }
}

fn code(member: u32, score: u8, comment: Option<&str>) -> String {
    PulseCode {
        set: set(),
        pulse_id: PULSE_ID.into(),
        nonce: 0xdead_beef,
        member,
        response: PulseResponse {
            answers: set()
                .statements()
                .map(|(_, s)| (s.id.clone(), Agreement::Score(score)))
                .collect(),
            comment: comment.map(str::to_string),
        },
    }
    .encode()
    .expect("encodes")
}

#[test]
fn a_pulse_link_names_the_leader_and_nothing_else() {
    let link = pulse().link().expect("known set");
    let text = link.encode().expect("encodes");
    assert_eq!(PulseLink::decode(&text), Ok(link));
    assert_eq!(kind_of(&text), Some(Kind::PulseLink));
    println!("pulse link code: {} characters", text.len());
    assert!(text.len() < 80, "{}", text.len());
}

#[test]
fn a_member_code_is_short_and_carries_only_answers_and_the_comment() {
    let plain = code(7, 4, None);
    let with_comment = code(7, 4, Some("More time for planning, please."));
    println!(
        "member code: {} characters; with a 31-character comment: {}",
        plain.len(),
        with_comment.len()
    );
    // 15 answers at 3 bits, a token and the header: well under 100 characters.
    assert!(plain.len() < 60, "{}", plain.len());
    let decoded = PulseCode::decode(&with_comment).expect("decodes");
    assert_eq!(
        decoded.response.comment.as_deref(),
        Some("More time for planning, please.")
    );
    assert_eq!(decoded.response.answers.len(), 15);
    // The longest comment still makes a link under the comfortable length.
    let long = code(7, 4, Some(&"é".repeat(MAX_COMMENT_CHARS + 50)));
    let back = PulseCode::decode(&long).expect("decodes");
    assert_eq!(
        back.response.comment.map(|c| c.chars().count()),
        Some(MAX_COMMENT_CHARS)
    );
}

#[test]
fn a_blank_comment_travels_as_no_comment() {
    let decoded = PulseCode::decode(&code(1, 3, Some(" \n\u{200B} "))).expect("decodes");
    assert_eq!(decoded.response.comment, None);
}

#[test]
fn codes_of_another_kind_or_pulse_are_named_and_refused() {
    let mut p = pulse();
    let link = p.link().expect("known").encode().expect("encodes");
    assert_eq!(PulseCode::decode(&link), Err(ShareError::WrongKind));
    assert!(
        matches!(p.add_code(&link), Outcome::Rejected(r) if r.describe(en()) == "this is a team pulse link for team members, not a team member's pulse code")
    );
    let other = PulseCode {
        pulse_id: "abcdefghijkmnpqr".into(),
        ..PulseCode::decode(&code(1, 5, None)).expect("decodes")
    }
    .encode()
    .expect("encodes");
    assert!(
        matches!(p.add_code(&other), Outcome::Rejected(r) if r.describe(en()).contains("another team pulse"))
    );
    assert!(p.members.is_empty());
}

#[test]
fn gathering_pasted_lines_is_idempotent_and_reports_each_line() {
    let mut p = pulse();
    let first = code(1, 5, None);
    let second = code(2, 2, Some("Thanks"));
    let again = code(1, 4, None);
    let pasted = format!(
        "{first}\n\nhttps://example.org/app/#/pulse-code/{first}\n{}\nhello there!\n{second}\n{again}\n",
        &second[..second.len() - 2]
    );
    let results = p.add_lines(&pasted);
    let outcomes: Vec<&Outcome> = results.iter().map(|r| &r.outcome).collect();
    assert_eq!(outcomes.len(), 6);
    assert_eq!(outcomes[0], &Outcome::Added);
    assert_eq!(outcomes[1], &Outcome::Duplicate);
    assert!(matches!(outcomes[2], Outcome::Rejected(r) if r.describe(en()).contains("incomplete")));
    assert!(
        matches!(outcomes[3], Outcome::Rejected(r) if r.describe(en()).contains("not an Align 180 code"))
    );
    assert_eq!(outcomes[4], &Outcome::Added);
    assert_eq!(outcomes[5], &Outcome::Updated);
    let t = tally(&results);
    assert_eq!((t.added, t.updated, t.duplicates, t.rejected), (2, 1, 1, 2));
    assert_eq!(p.members.len(), 2);
    // The same paste again adds nobody (the earlier answers of member 1
    // come back, and the later ones replace them again).
    let again_results = p.add_lines(&pasted);
    assert_eq!(p.members.len(), 2);
    assert!(again_results
        .iter()
        .all(|r| !matches!(r.outcome, Outcome::Added)));
}

#[test]
fn stored_pulses_round_trip_and_bad_records_are_refused() {
    let mut p = pulse();
    p.add_code(&code(1, 5, Some("Keep going")));
    p.add_code(&code(2, 1, None));
    let key = Pulse::key_for(PULSE_ID);
    assert_eq!(Pulse::decode(&key, &p.encode()), Ok(p.clone()));
    assert!(matches!(
        Pulse::decode("align180.pulse.other", &p.encode()),
        Err(RecordProblem::Unreadable(_))
    ));
    assert!(matches!(
        Pulse::decode(&key, "{not json"),
        Err(RecordProblem::Unreadable(_))
    ));
    assert_eq!(
        Pulse::decode(&key, &p.encode().replace("\"schema\":1", "\"schema\":9")),
        Err(RecordProblem::NewerSchema(9))
    );
    let mut twice = p.clone();
    twice.members.push(twice.members[0].clone());
    assert!(
        matches!(Pulse::decode(&key, &twice.encode()), Err(RecordProblem::Unreadable(r)) if r.describe(crate::common::en()).contains("twice"))
    );
    let mut out_of_range = p.clone();
    out_of_range.members[0]
        .response
        .answers
        .insert("strategy-connect".into(), Agreement::Score(9));
    assert!(matches!(
        Pulse::decode(&key, &out_of_range.encode()),
        Err(RecordProblem::Unreadable(_))
    ));
    let mut unknown = p.clone();
    unknown.members[0]
        .response
        .answers
        .insert("no-such".into(), Agreement::Score(3));
    assert!(matches!(
        Pulse::decode(&key, &unknown.encode()),
        Err(RecordProblem::Unreadable(_))
    ));
    let mut hostile = p;
    hostile.members.push(Member {
        token: 9,
        response: PulseResponse {
            answers: BTreeMap::new(),
            comment: Some("a\u{202E}b".into()),
        },
    });
    assert!(matches!(
        Pulse::decode(&key, &hostile.encode()),
        Err(RecordProblem::Unreadable(_))
    ));
}

pub fn any_response() -> impl Strategy<Value = PulseResponse> {
    let answer = prop_oneof![
        Just(None),
        Just(Some(Agreement::DontKnow)),
        (1u8..=5).prop_map(|s| Some(Agreement::Score(s))),
    ];
    (
        proptest::collection::vec(answer, 15),
        proptest::option::of("[a-zA-Z0-9 .,!?é\n<>&\"']{1,80}"),
    )
        .prop_map(|(answers, comment)| PulseResponse {
            answers: set()
                .statements()
                .zip(answers)
                .filter_map(|((_, s), a)| a.map(|a| (s.id.clone(), a)))
                .collect(),
            comment: comment
                .map(|c| align180::domain::base::text::clean_comment(&c))
                .filter(|c| !c.is_empty()),
        })
}

proptest! {
    #[test]
    fn member_codes_round_trip_exactly(member in any::<u32>(), nonce in any::<u32>(), response in any_response()) {
        let code = PulseCode { set: set(), pulse_id: PULSE_ID.into(), nonce, member, response };
        let text = code.encode().expect("encodes");
        prop_assert_eq!(PulseCode::decode(&text), Ok(code));
    }

    #[test]
    fn every_truncation_and_single_change_is_rejected(member in any::<u32>(), response in any_response(), at in any::<prop::sample::Index>(), with in "[A-Za-z0-9_-]") {
        let code = PulseCode { set: set(), pulse_id: PULSE_ID.into(), nonce: 1, member, response };
        let text = code.encode().expect("encodes");
        for cut in 0..text.len() {
            prop_assert!(PulseCode::decode(&text[..cut]).is_err(), "cut at {}", cut);
        }
        let i = at.index(text.len());
        let mut changed = text.clone().into_bytes();
        changed[i] = with.as_bytes()[0];
        let changed = String::from_utf8(changed).expect("ascii");
        if changed != text {
            prop_assert!(PulseCode::decode(&changed).is_err(), "changed at {}", i);
        }
    }

    #[test]
    fn gathering_any_codes_twice_changes_nothing_the_second_time(responses in proptest::collection::vec(any_response(), 0..8)) {
        let codes: Vec<String> = responses
            .into_iter()
            .enumerate()
            .map(|(i, response)| PulseCode { set: set(), pulse_id: PULSE_ID.into(), nonce: 0xdead_beef, member: i as u32, response }.encode().expect("encodes"))
            .collect();
        let pasted = codes.join("\n");
        let mut p = pulse();
        let first = p.add_lines(&pasted);
        prop_assert_eq!(first.len(), codes.len());
        prop_assert_eq!(p.members.len(), codes.len());
        let after_first = p.clone();
        let second = p.add_lines(&pasted);
        prop_assert_eq!(second.len(), codes.len());
        prop_assert!(second.iter().all(|r| r.outcome == Outcome::Duplicate));
        prop_assert_eq!(p, after_first);
    }
}

#[test]
fn team_pulses_travel_in_backups_and_merge_without_losing_or_doubling_anyone() {
    use align180::domain::formats::files::merge;
    use align180::domain::formats::files::{export_all, read_file, FileContent};
    use align180::domain::records::held::Held;
    let mut full = pulse();
    full.add_code(&code(1, 5, Some("Keep going")));
    full.add_code(&code(2, 3, None));
    let file = export_all(&[], &[], std::slice::from_ref(&full), 1);
    let Ok(FileContent::Assessments {
        pulses, unreadable, ..
    }) = read_file(&file, crate::common::en())
    else {
        panic!("a backup reads back: {file}");
    };
    assert_eq!(pulses, vec![full.clone()]);
    assert!(unreadable.is_empty());

    // Here with one member: the other is added, nobody doubled.
    let mut here = pulse();
    here.add_code(&code(2, 3, None));
    let plan = merge(|_| Held::Readable(here.clone()), vec![full.clone()]);
    assert_eq!(plan.completed.len(), 1);
    assert_eq!(plan.completed[0].members.len(), 2);
    // Nothing here: added; unreadable here: untouched; another link: left alone.
    assert_eq!(
        merge(|_| Held::Nothing, vec![full.clone()]).added,
        vec![full.clone()]
    );
    assert_eq!(
        merge(|_| Held::<Pulse>::Unreadable, vec![full.clone()]).unreadable_here,
        vec![PULSE_ID.to_string()]
    );
    let other = Pulse {
        nonce: 7,
        ..pulse()
    };
    assert_eq!(
        merge(|_| Held::Readable(other.clone()), vec![full.clone()]).kept,
        vec![PULSE_ID.to_string()]
    );
    // The same pulse already complete: nothing to do.
    let same = merge(|_| Held::Readable(full.clone()), vec![full.clone()]);
    assert!(same.added.is_empty() && same.completed.is_empty());
    assert_eq!(same.identical, 1);
    // The same pulse twice in one file, each copy with one member: both
    // members arrive, in one pulse.
    let (mut first, mut second) = (pulse(), pulse());
    first.add_code(&code(1, 5, None));
    second.add_code(&code(2, 3, None));
    let twice = merge(|_| Held::Nothing, vec![first, second]);
    assert_eq!(twice.added.len(), 1);
    assert_eq!(twice.added[0].members.len(), 2);
    assert!(twice.conflicting.is_empty());

    // A damaged pulse in a backup is named; the rest of the file still reads.
    let damaged = file.replace("\"token\": 1", "\"token\": 2");
    assert_ne!(damaged, file, "the backup holds the tokens");
    let Ok(FileContent::Assessments {
        pulses, unreadable, ..
    }) = read_file(&damaged, crate::common::en())
    else {
        panic!("the file still reads");
    };
    assert!(pulses.is_empty());
    assert_eq!(unreadable.len(), 1);
    assert!(
        unreadable[0].starts_with("team pulse 1: "),
        "{unreadable:?}"
    );
}
