//! The action plan and progress over cycles, with hand-computed deltas.

use crate::common::sparc;
use align180::domain::base::rating::Rating;
use align180::domain::records::assessment::Assessment;
use align180::domain::records::commitment::CommitmentStatus;
use align180::domain::records::response::Rater;
use align180::domain::rules::plan::{next_cycle, valid_date, CommitmentDraft, PlanError};
use align180::domain::rules::progress::{cycle_chain, progress};

/// A completed cycle: the leader rates every item `leader`, the manager
/// rates Strategy `strategy` and the rest `rest` (0 = Not observed).
fn completed(id: &str, cycle: &str, leader: u8, strategy: u8, rest: u8) -> Assessment {
    let mut a = Assessment::new(id.into(), sparc(), "Dana", "Sam", cycle, id.len() as u64)
        .unwrap_or_else(|e| panic!("{e:?}"));
    for (d, item) in sparc().items() {
        let m = if d.id == "strategy" { strategy } else { rest };
        a.response_mut(Rater::Leader)
            .rate(&item.id, Rating::Score(leader));
        if let Ok(r) = Rating::try_from(m) {
            a.response_mut(Rater::Manager).rate(&item.id, r);
        }
    }
    a.response_mut(Rater::Leader).submitted_at = Some(1);
    a.response_mut(Rater::Manager).submitted_at = Some(2);
    a
}

fn commitment(
    action: &str,
    status: CommitmentStatus,
) -> align180::domain::records::commitment::Commitment {
    CommitmentDraft {
        item_id: Some("strategy-priorities".into()),
        action: action.into(),
        owner: Some(Rater::Leader),
        due: "2027-03-31".into(),
        status: Some(status),
    }
    .into_commitment(action.replace(' ', "-"))
    .unwrap_or_else(|e| panic!("{}", e.describe(crate::common::en())))
}

#[test]
fn dates_and_drafts_are_checked() {
    assert!(valid_date("2027-02-28"));
    assert!(valid_date("2028-02-29"));
    assert!(!valid_date("2027-02-29"));
    assert!(!valid_date("2027-13-01"));
    assert!(!valid_date("31/03/2027"));
    let empty = CommitmentDraft {
        action: "  ".into(),
        ..Default::default()
    };
    assert_eq!(
        empty.into_commitment("c".into()),
        Err(PlanError::MissingAction)
    );
    let bad = CommitmentDraft {
        action: "Do it".into(),
        due: "tomorrow".into(),
        ..Default::default()
    };
    assert_eq!(bad.into_commitment("c".into()), Err(PlanError::BadDate));
    let mut c = commitment("Share the strategy map", CommitmentStatus::Planned);
    assert_eq!(
        c.check_in("2027-03-03", "Talked about it in our 1:1"),
        Ok(())
    );
    assert_eq!(c.check_in("2027-02-01", "Agreed the first draft"), Ok(()));
    assert_eq!(
        c.check_ins[0].date, "2027-02-01",
        "check-ins are kept in date order"
    );
    assert_eq!(c.check_in("2027-03-04", " "), Err(PlanError::MissingNote));
}

#[test]
fn the_next_cycle_links_back_and_carries_open_commitments() {
    let mut first = completed("cycbbbbbbbbbbbbb", "Q1 2027", 4, 2, 4);
    first.commitments = vec![
        commitment("Open one", CommitmentStatus::InProgress),
        commitment("Finished one", CommitmentStatus::Done),
    ];
    let second = next_cycle(&first, "cycccccccccccccc".into(), "Q2 2027", 9)
        .unwrap_or_else(|e| panic!("{}", e.describe(crate::common::en())));
    assert_eq!(second.previous_cycle.as_deref(), Some("cycbbbbbbbbbbbbb"));
    assert_eq!(
        (second.leader.as_str(), second.manager.as_deref()),
        ("Dana", Some("Sam"))
    );
    assert_eq!(second.cycle.as_deref(), Some("Q2 2027"));
    assert!(second.leader_response.ratings.is_empty() && second.manager_response.is_none());
    assert_eq!(second.commitments.len(), 1);
    assert_eq!(second.commitments[0].action, "Open one");
    assert_eq!(
        second.commitments[0].carried_from.as_deref(),
        Some("cycbbbbbbbbbbbbb")
    );
    assert_eq!(
        next_cycle(&first, "x".into(), "Q1 2027", 9).err(),
        Some(PlanError::SameCycle)
    );
}

#[test]
fn progress_shows_the_index_change_and_dimension_deltas() {
    // Cycle 1: leader 4 everywhere, manager Strategy 2 → index 90 (hand-computed in tests/comparison.rs).
    // Cycle 2: both 4 everywhere → index 100, Strategy manager 2.0 → 4.0.
    let mut first = completed("cycbbbbbbbbbbbbb", "Q1 2027", 4, 2, 4);
    first.commitments = vec![
        commitment("A", CommitmentStatus::Done),
        commitment("B", CommitmentStatus::Planned),
    ];
    let mut second = completed("cycccccccccccccc", "Q2 2027", 4, 4, 4);
    second.previous_cycle = Some("cycbbbbbbbbbbbbb".into());
    let all = vec![second.clone(), first.clone()];
    let chain = cycle_chain(&all, "cycbbbbbbbbbbbbb");
    assert_eq!(
        chain.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        ["cycbbbbbbbbbbbbb", "cycccccccccccccc"]
    );
    assert_eq!(cycle_chain(&all, "cycccccccccccccc").len(), 2);

    let p = progress(crate::common::en(), &chain, |set| set);
    assert!(p.excluded.is_empty());
    let index: Vec<Option<u8>> = p.cycles.iter().map(|c| c.alignment_index).collect();
    assert_eq!(index, [Some(90), Some(100)]);
    let agreement: Vec<Option<u8>> = p.cycles.iter().map(|c| c.agreement_percent).collect();
    assert_eq!(agreement, [Some(80), Some(100)]);
    assert_eq!(p.cycles[0].dimensions[0].manager, Some(2.0));
    assert_eq!(p.cycles[1].dimensions[0].manager, Some(4.0));
    assert_eq!(p.cycles[1].dimensions[0].leader, Some(4.0));
    assert_eq!(
        (p.cycles[0].commitments_done, p.cycles[0].commitments_total),
        (1, 2)
    );
    // The five Strategy items moved +2 for the manager, 0 for the leader.
    assert_eq!(p.moved.len(), 5);
    assert!(p
        .moved
        .iter()
        .all(|m| m.manager_delta == Some(2) && m.leader_delta == Some(0)));
    assert_eq!(p.moved[0].item_id, "strategy-priorities");
}

#[test]
fn not_observed_and_missing_manager_responses_give_no_delta() {
    let first = completed("cycbbbbbbbbbbbbb", "Q1", 3, 3, 3);
    // Cycle 2: the manager marks everything outside Strategy Not observed and has not submitted.
    let mut second = completed("cycccccccccccccc", "Q2", 5, 5, 0);
    second.previous_cycle = Some("cycbbbbbbbbbbbbb".into());
    let p = progress(crate::common::en(), &[&first, &second], |set| set);
    assert_eq!(
        p.cycles[1].dimensions[1].manager, None,
        "Purpose: not enough data"
    );
    assert!(p.moved.iter().all(|m| m.leader_delta == Some(2)));
    let purpose = p.moved.iter().find(|m| m.item_id.starts_with("purpose"));
    assert!(purpose.is_none_or(|m| m.manager_delta.is_none()));
    if let Some(r) = second.manager_response.as_mut() {
        r.submitted_at = None;
    }
    let p = progress(crate::common::en(), &[&first, &second], |set| set);
    assert_eq!(p.cycles[1].alignment_index, None);
    assert!(p.cycles[1].dimensions.iter().all(|d| d.manager.is_none()));
    assert!(p.moved.iter().all(|m| m.manager_delta.is_none()));
}

#[test]
fn cycles_on_another_instrument_are_listed_not_compared() {
    let mut old = completed("cycaaaaaaaaaaaaa", "Q4 2026", 2, 2, 2);
    old.instrument.version = 0;
    let mut first = completed("cycbbbbbbbbbbbbb", "Q1 2027", 4, 2, 4);
    first.previous_cycle = Some("cycaaaaaaaaaaaaa".into());
    let p = progress(crate::common::en(), &[&old, &first], |set| set);
    assert_eq!(p.cycles.len(), 1);
    assert_eq!(p.excluded.len(), 1);
    assert_eq!(p.excluded[0].label, "Q4 2026");
    assert!(p.excluded[0]
        .reason
        .contains("different question set (sparc-180 version 0)"));
    assert!(
        p.moved.is_empty(),
        "one compared cycle has nothing to move from"
    );
}

#[test]
fn the_plan_travels_in_export_files() {
    use align180::domain::formats::files::{export, read_file, FileContent};
    let mut a = completed("cycbbbbbbbbbbbbb", "Q1 2027", 4, 2, 4);
    let mut c = commitment("Share the map", CommitmentStatus::InProgress);
    assert!(c.check_in("2027-03-03", "Discussed").is_ok());
    a.commitments = vec![c];
    a.previous_cycle = Some("cycaaaaaaaaaaaaa".into());
    match read_file(&export(std::slice::from_ref(&a), 0), crate::common::en()) {
        Ok(FileContent::Assessments { readable, .. }) => assert_eq!(readable, vec![a]),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_team_stands_beside_each_cycle_from_the_minimum_group() {
    use align180::charts::palette::{Palette, Scheme};
    use align180::charts::progress::dimension_over_time;
    use align180::charts::{option_json, Look};
    use align180::domain::records::pulse::{Agreement, PulseResponse};
    use align180::domain::rules::pulse::picture::pulse_picture;
    use align180::domain::sets::pulse_set::PulseSet;
    let set = PulseSet::sparc_team_pulse();
    let everyone = |score: u8| PulseResponse {
        answers: set
            .statements()
            .map(|(_, s)| (s.id.clone(), Agreement::Score(score)))
            .collect(),
        comment: None,
    };
    let first = completed("cycbbbbbbbbbbbbb", "Q1", 4, 2, 4);
    let mut second = completed("cycccccccccccccc", "Q2", 4, 4, 4);
    second.previous_cycle = Some(first.id.clone());
    let chain = [&first, &second];
    let look = Look::new(
        Palette::for_scheme(Scheme::Light),
        800.0,
        crate::common::en(),
    );
    let series_names = |p: &align180::domain::rules::progress::Progress| -> Vec<String> {
        let option: serde_json::Value =
            serde_json::from_str(&option_json(&dimension_over_time(p, 0, &look)))
                .unwrap_or_default();
        option["series"]
            .as_array()
            .map(|s| {
                s.iter()
                    .filter_map(|x| x["name"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    // No pulse: no team anywhere, and the charts stay self and manager.
    let without = progress(crate::common::en(), &chain, |set| set).with_team(|_| None);
    assert!(!without.has_team());
    assert_eq!(series_names(&without), ["Self", "Manager"]);
    // Two answers beside Q1 (withheld), four beside Q2.
    let p = progress(crate::common::en(), &chain, |set| set).with_team(|id| {
        let n = if id == first.id { 2 } else { 4 };
        Some(pulse_picture(
            set,
            &vec![everyone(if id == first.id { 2 } else { 4 }); n],
        ))
    });
    assert!(p.has_team());
    assert_eq!(p.cycles[0].team_responses, Some(2));
    assert_eq!(
        p.cycles[0].dimensions[0].team, None,
        "below the minimum group"
    );
    assert_eq!(p.cycles[1].team_responses, Some(4));
    assert_eq!(p.cycles[1].dimensions[0].team, Some(4.0));
    assert_eq!(series_names(&p), ["Self", "Manager", "Team"]);
}

#[test]
fn two_lines_labels_point_away_from_each_other_or_sit_side_by_side() {
    use align180::charts::progress::{label_places, Place};
    // The phone's "81" and "92%": agreement above the index in every cycle,
    // so its labels go above and the index's below, never towards each other.
    assert_eq!(
        label_places(&[Some(81.0), Some(80.0)], &[Some(92.0), Some(83.0)]),
        (Place::Below, Place::Above)
    );
    assert_eq!(
        label_places(&[Some(90.0), Some(100.0)], &[Some(80.0), Some(100.0)]),
        (Place::Above, Place::Below),
        "equal figures count as the first above"
    );
    // Crossing lines: side by side at every point.
    assert_eq!(
        label_places(&[Some(75.0), Some(90.0)], &[Some(82.0), Some(70.0)]),
        (Place::Left, Place::Right)
    );
    // A cycle where one side has no figure decides nothing.
    assert_eq!(
        label_places(&[None, Some(3.0), Some(4.0)], &[Some(5.0), Some(2.0), None]),
        (Place::Above, Place::Below)
    );
}

#[test]
fn the_alignment_chart_places_its_labels_by_which_line_is_higher() {
    use align180::charts::palette::{Palette, Scheme};
    use align180::charts::progress::alignment_over_time;
    use align180::charts::{option_json, Look};
    // Cycle 1: manager rates Strategy 2 (index 90, agreement 80 %);
    // cycle 2 agrees everywhere (100, 100 %): the index is never below.
    let first = completed("cycbbbbbbbbbbbbb", "Q1", 4, 2, 4);
    let mut second = completed("cycccccccccccccc", "Q2", 4, 4, 4);
    second.previous_cycle = Some(first.id.clone());
    let p = progress(crate::common::en(), &[&first, &second], |set| set);
    let look = Look::new(
        Palette::for_scheme(Scheme::Light),
        390.0,
        crate::common::en(),
    );
    let option: serde_json::Value =
        serde_json::from_str(&option_json(&alignment_over_time(&p, &look))).unwrap_or_default();
    let positions: Vec<(String, String)> = option["series"]
        .as_array()
        .map(|series| {
            series
                .iter()
                .map(|s| {
                    (
                        s["name"].as_str().unwrap_or_default().to_string(),
                        s["label"]["position"]
                            .as_str()
                            .unwrap_or_default()
                            .to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        positions,
        [
            ("Alignment index".to_string(), "top".to_string()),
            ("Agreement rate (%)".to_string(), "bottom".to_string())
        ]
    );
}
