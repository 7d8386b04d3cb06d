//! Nothing lost between quarters: the whole-assessment code (restore links,
//! and the comparison sent back to the manager) round-trips exactly and
//! refuses every damaged copy; restoring follows a backup's merge rules; the
//! backup reminder follows its rule; the keeping record is in backups.

use crate::common::sparc;
use align180::domain::base::rating::Rating;
use align180::domain::base::text::clean_reflection;
use align180::domain::formats::files::{
    complete_managers_copy, export_backup, plan_restore, read_file, FileContent, RestorePlan,
};
use align180::domain::formats::share::envelope::{kind_of, Kind};
use align180::domain::formats::share::whole::AssessmentCode;
use align180::domain::formats::share::ShareError;
use align180::domain::records::assessment::Assessment;
use align180::domain::records::assessment::Remote;
use align180::domain::records::cohort::Membership;
use align180::domain::records::commitment::{CheckIn, Commitment, CommitmentStatus};
use align180::domain::records::held::Held;
use align180::domain::records::keeping::{
    backup_reminder, keep_status, should_ask_to_keep, KeepStatus, Keeping, PersistAnswer, Reminder,
    DAY_MS,
};
use align180::domain::records::response::{Rater, Response};
use align180::domain::sets::instrument::Instrument;
use align180::domain::sets::registry::QuestionSet;
use proptest::prelude::*;

fn any_commitment(i: usize) -> impl Strategy<Value = Commitment> {
    let items: Vec<String> = sparc().items().map(|(_, it)| it.id.clone()).collect();
    (
        proptest::option::of(proptest::sample::select(items)),
        "[A-Za-z0-9 ,.'é—]{1,120}",
        any::<bool>(),
        proptest::option::of((2026u32..2030, 1u32..=12, 1u32..=28)),
        0usize..3,
        proptest::collection::vec(((1u32..=12, 1u32..=28), "[A-Za-z0-9 ,.']{1,80}"), 0..4),
    )
        .prop_map(
            move |(item_id, action, leader_owns, due, status, check_ins)| Commitment {
                id: format!("c{i}"),
                item_id,
                action: clean_reflection(action.trim()),
                owner: if leader_owns {
                    Rater::Leader
                } else {
                    Rater::Manager
                },
                due: due.map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
                status: CommitmentStatus::ALL[status],
                check_ins: check_ins
                    .into_iter()
                    .map(|((m, d), note)| CheckIn {
                        date: format!("2027-{m:02}-{d:02}"),
                        note: clean_reflection(note.trim()),
                    })
                    .filter(|k| !k.note.is_empty())
                    .collect(),
                carried_from: None,
            },
        )
        .prop_filter("an action", |c| !c.action.trim().is_empty())
}

/// Any assessment as the app keeps it, with a plan, check-ins, a previous
/// cycle and a cohort membership.
fn any_whole() -> impl Strategy<Value = Assessment> {
    (
        crate::common::any_assessment(),
        proptest::collection::vec(any_commitment(0), 0..3),
        proptest::option::of(any::<[u8; 16]>()),
        proptest::option::of((
            any::<[u8; 16]>(),
            "[A-Za-z ]{1,30}",
            any::<u32>(),
            any::<u32>(),
        )),
    )
        .prop_map(|(mut a, commitments, previous, cohort)| {
            a.commitments = commitments
                .into_iter()
                .enumerate()
                .map(|(i, c)| Commitment {
                    id: format!("c{i}"),
                    ..c
                })
                .collect();
            a.previous_cycle = previous.map(|b| align180::domain::base::ids::id_from_random(&b));
            a.cohort = cohort
                .map(|(b, name, nonce, participant)| Membership {
                    cohort_id: align180::domain::base::ids::id_from_random(&b),
                    name: align180::domain::base::text::clean_label(&name),
                    nonce,
                    participant,
                })
                .filter(|m| !m.name.is_empty());
            a
        })
        // As the record check keeps them (the app stores nothing else).
        .prop_map(|a| {
            align180::domain::rules::validate::assessment(a.clone(), sparc())
                .map(|c| c.record)
                .unwrap_or(a)
        })
}

fn code_of(a: &Assessment) -> String {
    AssessmentCode {
        instrument: sparc(),
        assessment: a.clone(),
    }
    .encode()
    .expect("a kept assessment encodes")
}

/// A complete two-sided assessment as a leader and a manager leave it.
fn typical(reflection_words: usize, commitments: usize) -> Assessment {
    let mut a = Assessment::new(
        "abcdefghijkmnpqr".into(),
        sparc(),
        "Priya Sharma",
        "Alex Morgan",
        "Q1 2027",
        1_790_000_000_000,
    )
    .expect("valid");
    let items: Vec<String> = sparc().items().map(|(_, i)| i.id.clone()).collect();
    // Real English of varied words (the instrument's own behaviour texts),
    // so deflate shrinks it as much as people's writing and no more.
    let prose: Vec<&str> = sparc()
        .items()
        .flat_map(|(_, i)| i.text.split_whitespace())
        .collect();
    // Each answer its own passage: nobody writes the same text twice.
    let text = |nth: usize| -> String {
        prose
            .iter()
            .cycle()
            .skip(nth * 37)
            .take(reflection_words)
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    };
    for (rater, shift) in [(Rater::Leader, 0), (Rater::Manager, 2)] {
        let r = a.response_mut(rater);
        for (i, id) in items.iter().enumerate() {
            r.rate(id, Rating::Score(((i + shift) % 5 + 1) as u8));
        }
        r.priorities = items
            .iter()
            .skip(shift)
            .step_by(7)
            .take(3)
            .cloned()
            .collect();
        for (k, p) in sparc().reflections.iter().enumerate() {
            r.reflections.insert(p.id.clone(), text(k + 3 * shift));
        }
        r.submitted_at = Some(1_790_000_600_000 + shift as u64);
        r.last_step = Some("review".into());
    }
    a.commitments = (0..commitments)
        .map(|i| Commitment {
            id: format!("c{i}"),
            item_id: Some(items[i % items.len()].clone()),
            action: format!(
                "Open each team meeting with the two priorities that matter most ({i})."
            ),
            owner: Rater::Leader,
            due: Some("2027-03-31".into()),
            status: CommitmentStatus::InProgress,
            check_ins: vec![CheckIn {
                date: "2027-02-01".into(),
                note: "Talked about it in our one-on-one; two meetings so far.".into(),
            }],
            carried_from: None,
        })
        .collect();
    a.remote = Some(Remote::Inviting { nonce: 7 });
    a
}

#[test]
fn lengths_of_a_typical_and_a_large_restore_link() {
    let typical_code = code_of(&typical(40, 2));
    let large_code = code_of(&typical(250, 8));
    // The longest there can be: every reflection at its 2,000-character
    // cap, of letters that do not compress.
    let mut worst = typical(0, 8);
    let mut seed = 7_u64;
    for r in [&mut worst.leader_response] {
        for text in r.reflections.values_mut() {
            *text = (0..2000)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    if i % 7 == 6 {
                        ' '
                    } else {
                        (b'a' + (seed >> 59) as u8 % 26) as char
                    }
                })
                .collect::<String>()
                .trim()
                .to_string();
        }
    }
    let worst_code = code_of(&worst);
    println!(
        "restore code: typical complete assessment {} characters, large {} characters, the leader's reflections at their cap {} characters",
        typical_code.len(),
        large_code.len(),
        worst_code.len()
    );
    assert!(worst_code.len() <= align180::domain::formats::share::MAX_CODE_CHARS);
    assert_eq!(kind_of(&typical_code), Some(Kind::Assessment));
    // A typical one fits a chat message and a QR code (the comfort bound).
    assert!(typical_code.len() < align180::domain::formats::share::LINK_COMFORT_CHARS);
    assert!(large_code.len() > typical_code.len());
    for code in [typical_code, large_code] {
        let back = AssessmentCode::decode(&code).expect("reads back");
        assert_eq!(code_of(&back.assessment), code);
    }
}

#[test]
fn a_carried_question_set_travels_with_the_assessment() {
    let fixture = include_str!("../fixtures/instruments/pulse-3-dimensions.json");
    let mut v: serde_json::Value = serde_json::from_str(fixture).expect("json");
    v["id"] = serde_json::json!("restore-carried");
    let set = Instrument::learn(&v.to_string()).expect("valid set");
    let mut a =
        Assessment::new("bcdefghijkmnpqrs".into(), set, "Dana", "Sam", "", 5).expect("valid");
    let first = set
        .items()
        .next()
        .map(|(_, i)| i.id.clone())
        .expect("an item");
    a.response_mut(Rater::Leader).rate(&first, Rating::Score(4));
    a.response_mut(Rater::Leader)
        .reflections
        .insert(set.reflections[0].id.clone(), "Clear goals.".into());
    let code = AssessmentCode {
        instrument: set,
        assessment: a.clone(),
    }
    .encode()
    .expect("encodes");
    // The set itself is inside (a plain invitation is far shorter).
    assert!(code.len() > 400, "{}", code.len());
    let back = AssessmentCode::decode(&code).expect("reads back");
    assert!(std::ptr::eq(back.instrument, set));
    assert_eq!(back.assessment, a);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_kept_assessment_round_trips(a in any_whole()) {
        let code = code_of(&a);
        let back = AssessmentCode::decode(&code);
        prop_assert_eq!(back.map(|b| b.assessment), Ok(a));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Every cut and every single-character change is refused: about
    /// 24 codes × (length × 2) damaged codes per run.
    #[test]
    fn every_truncation_and_single_change_is_refused(a in any_whole(), seed in any::<u8>()) {
        let code = code_of(&a);
        for cut in 0..code.len() {
            prop_assert!(AssessmentCode::decode(&code[..cut]).is_err(), "cut at {cut}");
        }
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (i, c) in code.bytes().enumerate() {
            let mut other = alphabet[(usize::from(seed) + i) % alphabet.len()];
            if other == c {
                other = alphabet[(usize::from(seed) + i + 1) % alphabet.len()];
            }
            let mut changed = code.clone().into_bytes();
            changed[i] = other;
            let changed = String::from_utf8(changed).expect("ascii");
            prop_assert!(AssessmentCode::decode(&changed).is_err(), "change at {i}");
        }
    }
}

#[test]
fn other_codes_and_junk_are_refused_with_a_reason() {
    assert_eq!(AssessmentCode::decode(""), Err(ShareError::Empty));
    assert_eq!(
        AssessmentCode::decode("not a code!"),
        Err(ShareError::NotACode)
    );
    let invitation = align180::domain::formats::share::invitation::Invitation {
        instrument: sparc(),
        assessment_id: "abcdefghijkmnpqr".into(),
        nonce: 1,
        leader: "Dana".into(),
        manager: None,
        cycle: None,
    }
    .encode()
    .expect("encodes");
    assert_eq!(
        AssessmentCode::decode(&invitation),
        Err(ShareError::WrongKind)
    );
}

#[test]
fn restoring_follows_the_backup_merge_rules() {
    let a = typical(20, 1);
    assert_eq!(plan_restore(Held::Nothing, &a), RestorePlan::Add);
    assert_eq!(
        plan_restore(Held::Readable(a.clone()), &a),
        RestorePlan::AlreadyHere
    );
    assert_eq!(
        plan_restore(Held::Unreadable, &a),
        RestorePlan::UnreadableHere
    );
    // An older link (fewer answers) over a newer copy here: kept, and said.
    let mut older = a.clone();
    older.manager_response = None;
    older.leader_response.submitted_at = None;
    match plan_restore(Held::Readable(a.clone()), &older) {
        RestorePlan::KeptHere { difference } => {
            assert!(
                difference
                    .describe(crate::common::en())
                    .contains("this browser is further along"),
                "{difference:?}"
            )
        }
        other => panic!("{other:?}"),
    }
    // A newer link over an older copy is never written over either.
    match plan_restore(Held::Readable(older), &a) {
        RestorePlan::KeptHere { difference } => {
            assert!(
                difference
                    .describe(crate::common::en())
                    .contains("link is further along"),
                "{difference:?}"
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_managers_copy_takes_the_comparison_sent_back() {
    let leaders = typical(20, 1);
    let mut managers = leaders.clone();
    managers.leader_response = Response::default();
    managers.commitments.clear();
    managers.remote = Some(Remote::Answering { nonce: 7 });
    // On the manager's device his answers keep their exact time and the
    // step last shown; the leader's copy has them as the response carried them.
    if let (Some(mine), Some(carried)) = (
        managers.manager_response.as_mut(),
        leaders.manager_response.as_ref(),
    ) {
        mine.submitted_at = carried.submitted_at.map(|t| t + 17_123);
        mine.last_step = Some("review".into());
    }
    let mut leaders = leaders;
    if let Some(carried) = leaders.manager_response.as_mut() {
        carried.last_step = None;
    }
    assert_eq!(
        plan_restore(Held::Readable(managers.clone()), &leaders),
        RestorePlan::CompleteManagersCopy
    );
    let done = complete_managers_copy(&managers, &leaders);
    assert!(done.both_submitted());
    assert_eq!(done.leader_response, leaders.leader_response);
    assert_eq!(done.manager_response, managers.manager_response);
    assert_eq!(done.remote, Some(Remote::Answering { nonce: 7 }));
    assert_eq!(done.commitments, leaders.commitments);
    // Other manager answers than the ones this device sent: not his copy's comparison.
    let mut changed = leaders.clone();
    if let Some(m) = changed.manager_response.as_mut() {
        m.rate("strategy-priorities", Rating::NotObserved);
    }
    assert!(matches!(
        plan_restore(Held::Readable(managers), &changed),
        RestorePlan::KeptHere { .. }
    ));
}

const NOW: u64 = 1_800_000_000_000;

#[test]
fn the_backup_reminder_by_hand_written_cases() {
    let none = Keeping::default();
    assert_eq!(
        backup_reminder(&none, NOW),
        None,
        "nothing stored, nothing to say"
    );

    let fresh = Keeping {
        changed_since_backup: Some(NOW - 3 * DAY_MS),
        ..Keeping::default()
    };
    assert_eq!(
        backup_reminder(&fresh, NOW),
        None,
        "changes under a week old"
    );

    let week_old = Keeping {
        changed_since_backup: Some(NOW - 8 * DAY_MS),
        ..Keeping::default()
    };
    assert_eq!(
        backup_reminder(&week_old, NOW),
        Some(Reminder::ChangesNotBackedUp { last_backup: None })
    );

    let old_backup = Keeping {
        last_backup: Some(NOW - 10 * DAY_MS),
        changed_since_backup: Some(NOW - DAY_MS),
        ..Keeping::default()
    };
    assert_eq!(
        backup_reminder(&old_backup, NOW),
        Some(Reminder::ChangesNotBackedUp {
            last_backup: Some(NOW - 10 * DAY_MS)
        }),
        "a change after a backup more than 7 days old"
    );
    let unchanged = Keeping {
        last_backup: Some(NOW - 30 * DAY_MS),
        ..Keeping::default()
    };
    assert_eq!(
        backup_reminder(&unchanged, NOW),
        None,
        "nothing changed since the backup"
    );

    let revealed = Keeping {
        last_reveal: Some(NOW - 1000),
        changed_since_backup: Some(NOW - 2000),
        ..Keeping::default()
    };
    assert_eq!(
        backup_reminder(&revealed, NOW),
        Some(Reminder::ComparisonNotBackedUp)
    );
    let backed_up_after_reveal = Keeping {
        last_backup: Some(NOW - 500),
        ..revealed.clone()
    };
    assert_eq!(backup_reminder(&backed_up_after_reveal, NOW), None);

    // "Not now" hides it for 7 days, then it is back.
    let mut snoozed = revealed.clone();
    snoozed.snooze(NOW);
    assert_eq!(backup_reminder(&snoozed, NOW + 6 * DAY_MS), None);
    assert_eq!(
        backup_reminder(&snoozed, NOW + 7 * DAY_MS),
        Some(Reminder::ComparisonNotBackedUp)
    );

    // A backup clears the changes; a reveal counts once per assessment.
    let mut k = week_old.clone();
    k.note_backup(NOW);
    assert_eq!(k.changed_since_backup, None);
    assert!(k.note_reveal("abc", NOW + 1));
    assert!(!k.note_reveal("abc", NOW + 2));
    assert_eq!(k.last_reveal, Some(NOW + 1));
}

#[test]
fn asking_to_keep_once_and_again_when_installed() {
    let mut k = Keeping::default();
    assert!(should_ask_to_keep(&k, false));
    k.persist = Some(PersistAnswer {
        granted: false,
        installed: false,
        at: 1,
    });
    assert!(!should_ask_to_keep(&k, false), "once in a tab");
    assert!(should_ask_to_keep(&k, true), "again when installed");
    k.persist = Some(PersistAnswer {
        granted: false,
        installed: true,
        at: 2,
    });
    assert!(!should_ask_to_keep(&k, true), "once installed too");
    assert_eq!(keep_status(Some(true), None), KeepStatus::Kept);
    assert_eq!(keep_status(Some(false), None), KeepStatus::NotAsked);
    assert_eq!(keep_status(Some(false), k.persist), KeepStatus::Refused);
    assert_eq!(keep_status(None, None), KeepStatus::Unknown);
}

#[test]
fn the_keeping_record_is_in_backups() {
    let mut k = Keeping::default();
    k.note_backup(NOW);
    let file = export_backup(&[typical(10, 0)], &[], &[], &[], Some(&k), NOW);
    match read_file(&file, crate::common::en()) {
        Ok(FileContent::Assessments {
            readable, keeping, ..
        }) => {
            assert_eq!(readable.len(), 1);
            assert_eq!(keeping.and_then(|k| k.last_backup), Some(NOW));
        }
        other => panic!("{other:?}"),
    }
    let mut here = Keeping {
        last_backup: Some(NOW - DAY_MS),
        ..Keeping::default()
    };
    here.merge_from_backup(&k);
    assert_eq!(here.last_backup, Some(NOW));
    // Stored form: versioned, and a broken one is refused, not misread.
    let stored = align180::domain::formats::stored::keeping::encode(&k);
    assert_eq!(
        align180::domain::formats::stored::keeping::decode(&stored),
        Ok(k)
    );
    assert!(
        align180::domain::formats::stored::keeping::decode("{\"schema\":1,\"keeping\":3}").is_err()
    );
}
