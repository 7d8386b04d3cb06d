//! A participant's anonymous code, gathering codes without duplicates,
//! the files that carry them and merging a backup's cohorts.

use super::*;
use crate::common::en;

fn member_assessment() -> Assessment {
    let mut a = Assessment::new(
        "qrstuvwxyz234567".into(),
        sparc(),
        "Alex Doe",
        "Sam Boss",
        "",
        5,
    )
    .expect("named");
    a.cohort = Some(Membership {
        cohort_id: COHORT_ID.into(),
        name: "Directors, Spring 2027".into(),
        nonce: 77,
        participant: 4242,
    });
    a
}

#[test]
fn a_participants_code_carries_no_names_or_reflections() {
    let mut a = member_assessment();
    assert_eq!(code_for(&a, None).err(), Some(CodeError::NotSubmitted));
    for id in item_ids() {
        a.leader_response.rate(&id, Rating::Score(4));
    }
    a.leader_response
        .set_reflection("success", "My private thoughts about Sam Boss");
    a.leader_response.submitted_at = Some(10);
    let code = code_for(&a, None).expect("submitted");
    assert!(code.manager.is_none(), "the manager has not answered");
    let text = code.encode().expect("encodes");
    let decoded = CohortCode::decode(&text).expect("decodes");
    assert_eq!(decoded, code);
    assert_eq!(decoded.participant, 4242);
    let bytes = format!("{decoded:?}");
    assert!(!bytes.contains("Alex") && !bytes.contains("Sam") && !bytes.contains("private"));
    let mut outside = a.clone();
    outside.cohort = None;
    assert_eq!(code_for(&outside, None).err(), Some(CodeError::NotInCohort));
    println!("cohort code, self only: {} characters", text.len());
}

#[test]
fn gathering_adds_updates_skips_duplicates_and_reports_bad_codes() {
    let mut c = cohort();
    let own = CohortCode {
        instrument: sparc(),
        cohort_id: COHORT_ID.into(),
        cohort_nonce: 77,
        participant: 1,
        leader: answers(4, &[], &[0]),
        manager: None,
        team: None,
    };
    let code = own.encode().expect("encodes");
    let other_cohort = CohortCode {
        cohort_nonce: 78,
        ..own.clone()
    }
    .encode()
    .expect("encodes");
    let with_manager = CohortCode {
        manager: Some(answers(3, &[], &[])),
        ..own.clone()
    }
    .encode()
    .expect("encodes");
    let second = CohortCode {
        participant: 2,
        ..own.clone()
    }
    .encode()
    .expect("encodes");
    let invitation = Invitation {
        instrument: sparc(),
        assessment_id: COHORT_ID.into(),
        nonce: 1,
        leader: "A".into(),
        manager: None,
        cycle: None,
    }
    .encode()
    .expect("encodes");
    let truncated = &code[..code.len() - 3];
    let pasted = format!(
        "{code}\n\n  https://example.org/app/#/cohort-code/{code}  \n{truncated}\n{other_cohort}\nhello there!\n{invitation}\n{second}\n{with_manager}\n"
    );
    let results = c.add_lines(&pasted);
    let outcomes: Vec<&Outcome> = results.iter().map(|r| &r.outcome).collect();
    assert_eq!(outcomes[0], &Outcome::Added);
    assert_eq!(outcomes[1], &Outcome::Duplicate);
    assert!(matches!(outcomes[2], Outcome::Rejected(r) if r.describe(en()).contains("incomplete")));
    assert!(
        matches!(outcomes[3], Outcome::Rejected(r) if r.describe(en()).contains("another cohort"))
    );
    assert!(
        matches!(outcomes[4], Outcome::Rejected(r) if r.describe(en()).contains("not an Align 180 code"))
    );
    assert!(
        matches!(outcomes[5], Outcome::Rejected(r) if r.describe(en()) == "this is a leader's invitation to their manager, not a participant's cohort code"),
        "{:?}",
        outcomes[5]
    );
    assert_eq!(outcomes[6], &Outcome::Added);
    assert_eq!(outcomes[7], &Outcome::Updated);
    assert_eq!(
        results[2].source.describe(en()),
        "line 4",
        "blank lines keep their numbers"
    );
    let t = tally(&results);
    assert_eq!((t.added, t.updated, t.duplicates, t.rejected), (2, 1, 1, 4));
    assert_eq!(c.participants.len(), 2);
    assert!(
        c.participants[0].manager.is_some(),
        "the newer code replaced the older"
    );
    assert_eq!(c.add_code(&second), Outcome::Duplicate);
}

#[test]
fn code_files_and_backups_carry_cohorts() {
    let mut c = cohort();
    c.participants
        .push(participant(9, answers(2, &[], &[3]), None));
    let file = cohort_code_file("CODE", &c.name, crate::common::en());
    assert_eq!(
        read_file(&file, crate::common::en()),
        Ok(FileContent::CohortCode("CODE".into()))
    );
    let backup = export_all(&[], std::slice::from_ref(&c), &[], 3);
    match read_file(&backup, crate::common::en()) {
        Ok(FileContent::Assessments {
            cohorts,
            unreadable,
            readable,
            ..
        }) => {
            assert_eq!(cohorts, vec![c.clone()]);
            assert!(unreadable.is_empty() && readable.is_empty());
        }
        other => panic!("not a backup: {other:?}"),
    }
    // A broken cohort in a backup is reported, not imported.
    let broken = backup.replace("\"nonce\": 77", "\"nonce\": \"x\"");
    match read_file(&broken, crate::common::en()) {
        Ok(FileContent::Assessments {
            cohorts,
            unreadable,
            ..
        }) => {
            assert!(cohorts.is_empty());
            assert_eq!(unreadable.len(), 1, "{unreadable:?}");
        }
        other => panic!("not a backup: {other:?}"),
    }
}

fn any_code() -> impl Strategy<Value = CohortCode> {
    (
        proptest::array::uniform16(any::<u8>()),
        any::<u32>(),
        any::<u32>(),
        any_answers(),
        proptest::option::of(any_answers()),
        proptest::option::of(any_team()),
    )
        .prop_map(
            |(id, nonce, participant, leader, manager, team)| CohortCode {
                instrument: sparc(),
                cohort_id: id_from_random(&id),
                cohort_nonce: nonce,
                participant,
                leader,
                manager,
                team,
            },
        )
}

/// Team figures a code can carry: at least 3 answers, a mean in tenths
/// (10–50) for at least one of the five dimensions.
fn any_team() -> impl Strategy<Value = TeamFigures> {
    (
        3u8..=255,
        proptest::collection::vec(proptest::option::of(10u8..=50), 5),
        0usize..5,
        10u8..=50,
    )
        .prop_map(|(responses, mut means, at, fallback)| {
            if means.iter().all(Option::is_none) {
                means[at] = Some(fallback);
            }
            TeamFigures { responses, means }
        })
}

#[test]
fn team_figures_come_from_a_shown_pulse_and_travel_only_when_valid() {
    use align180::domain::records::pulse::{Agreement, PulseResponse};
    use align180::domain::rules::pulse::picture::pulse_picture;
    use align180::domain::sets::pulse_set::PulseSet;
    let set = PulseSet::sparc_team_pulse();
    let member = |score: u8| PulseResponse {
        answers: set
            .statements()
            .map(|(d, s)| {
                let a = if d.id == "collaboration" {
                    Agreement::DontKnow
                } else {
                    Agreement::Score(score)
                };
                (s.id.clone(), a)
            })
            .collect(),
        comment: Some("never travels".into()),
    };
    let four = pulse_picture(set, &[member(4), member(4), member(3), member(2)]);
    let figures = TeamFigures::of(&four, sparc()).expect("four answers are shown");
    assert_eq!(figures.responses, 4);
    // 4, 4, 3, 2 → 3.25, shown as 3.3: the code carries what the table shows.
    assert_eq!(
        figures.means,
        vec![Some(33), Some(33), Some(33), Some(33), None]
    );
    assert_eq!(
        TeamFigures::of(&pulse_picture(set, &[member(4), member(4)]), sparc()),
        None
    );

    let code = CohortCode {
        instrument: sparc(),
        cohort_id: COHORT_ID.into(),
        cohort_nonce: 77,
        participant: 9,
        leader: answers(4, &[], &[]),
        manager: None,
        team: Some(figures.clone()),
    };
    let text = code.encode().expect("encodes");
    assert_eq!(
        CohortCode::decode(&text).map(|c| c.team),
        Ok(Some(figures.clone()))
    );
    assert!(!text.contains("never"), "no comment travels");
    for bad in [
        TeamFigures {
            responses: 2,
            ..figures.clone()
        },
        TeamFigures {
            means: vec![Some(51), None, None, None, None],
            ..figures.clone()
        },
        TeamFigures {
            means: vec![Some(30)],
            ..figures.clone()
        },
        TeamFigures {
            means: vec![None; 5],
            ..figures.clone()
        },
    ] {
        let refused = CohortCode {
            team: Some(bad.clone()),
            ..code.clone()
        }
        .encode();
        assert!(refused.is_err(), "{bad:?}");
    }
}

proptest! {
    #[test]
    fn cohort_codes_round_trip(code in any_code()) {
        let text = code.encode().expect("encodes");
        prop_assert_eq!(CohortCode::decode(&text), Ok(code.clone()));
        prop_assert!(text.len() <= 140, "{} characters", text.len());
    }

    #[test]
    fn damaged_cohort_codes_are_rejected(code in any_code(), cut in 1usize..80, at in 0usize..200, with in "[A-Za-z0-9_-]") {
        let text = code.encode().expect("encodes");
        let cut = cut.min(text.len());
        prop_assert!(CohortCode::decode(&text[..text.len() - cut]).is_err());
        let at = at % text.len();
        let mut changed: Vec<char> = text.chars().collect();
        let replacement = with.chars().next().unwrap_or('A');
        if changed[at] != replacement {
            changed[at] = replacement;
            let changed: String = changed.into_iter().collect();
            prop_assert!(CohortCode::decode(&changed).is_err());
        }
    }

    #[test]
    fn cohort_links_round_trip(id in proptest::array::uniform16(any::<u8>()), nonce in any::<u32>(), name in ".{1,60}") {
        let name = align180::domain::base::text::clean_label(&name);
        prop_assume!(!name.is_empty());
        let link = CohortLink { instrument: sparc(), cohort_id: id_from_random(&id), nonce, name };
        let text = link.encode().expect("encodes");
        prop_assert_eq!(CohortLink::decode(&text), Ok(link));
        prop_assert!(CohortCode::decode(&text).is_err(), "a link is not a code");
    }

    #[test]
    fn gathering_counts_add_up_and_never_double_counts(codes in proptest::collection::vec(any_code(), 0..12), noise in proptest::collection::vec("[ -~]{0,30}", 0..6)) {
        let mut c = cohort();
        let mut lines: Vec<String> = codes.iter().map(|code| CohortCode { cohort_id: COHORT_ID.into(), cohort_nonce: 77, ..code.clone() }.encode().expect("encodes")).collect();
        lines.extend(noise);
        let pasted = lines.join("\n");
        let results = c.add_lines(&pasted);
        let t = tally(&results);
        prop_assert_eq!(t.added + t.updated + t.duplicates + t.rejected, pasted.lines().filter(|l| !l.trim().is_empty()).count());
        let mut tokens: Vec<u32> = c.participants.iter().map(|p| p.token).collect();
        tokens.sort_unstable();
        tokens.dedup();
        prop_assert_eq!(tokens.len(), c.participants.len());
        prop_assert_eq!(c.participants.len(), t.added);
        // Pasting everything again changes nothing.
        let before = c.clone();
        let again = tally(&c.add_lines(&pasted));
        prop_assert_eq!(again.added + again.updated, 0);
        prop_assert_eq!(c, before);
    }

    #[test]
    fn merging_backups_never_loses_gathered_answers(here in any_participants(), there in any_participants()) {
        let mut a = cohort();
        a.participants = here.clone();
        let mut b = cohort();
        b.participants = there.clone();
        let held = |id: &str| if id == a.id { Held::Readable(a.clone()) } else { Held::Nothing };
        let plan = merge(held, vec![b]);
        let merged = plan.completed.first().cloned().unwrap_or(a);
        for p in &here {
            prop_assert!(merged.participants.contains(p));
        }
        for p in &there {
            prop_assert!(merged.participants.iter().any(|q| q.token == p.token));
        }
    }
}
