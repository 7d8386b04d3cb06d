//! Two devices: invitation → manager's copy → response code → import plan,
//! and the file formats (export, response file, CSV).

use crate::common::sparc;
use align180::domain::base::ids::id_from_random;
use align180::domain::base::rating::Rating;
use align180::domain::formats::exchange::{
    assessment_from_invitation, assessment_from_response, attach_response, invitation_for,
    plan_import, response_code_for, ImportPlan,
};
use align180::domain::formats::files::{
    export, file_name, merge, read_file, response_file, FileContent, FileError,
};
use align180::domain::formats::share::invitation::Invitation;
use align180::domain::formats::share::response::ResponseCode;
use align180::domain::formats::tables::comparison_csv;
use align180::domain::records::assessment::Assessment;
use align180::domain::records::assessment::Remote;
use align180::domain::records::held::Held;
use align180::domain::records::response::Rater;
use align180::domain::rules::comparison::compare;
use proptest::prelude::*;

fn leader_assessment() -> Assessment {
    let mut a = Assessment::new(
        id_from_random(&[3; 16]),
        sparc(),
        "Dana",
        "Sam",
        "Q1 2027",
        1_000,
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    a.remote = Some(Remote::Inviting { nonce: 42 });
    for (_, item) in sparc().items() {
        a.response_mut(Rater::Leader)
            .rate(&item.id, Rating::Score(4));
    }
    a.response_mut(Rater::Leader).submitted_at = Some(1_790_000_000_000);
    a
}

/// The manager's device: opens the invitation, rates, submits; returns the code.
fn manager_round_trip(leader: &Assessment, digit: u8) -> (Assessment, ResponseCode) {
    let code = invitation_for(leader, sparc(), 42)
        .encode()
        .unwrap_or_default();
    let invitation = Invitation::decode(&code).unwrap_or_else(|e| panic!("{e:?}"));
    let mut copy = assessment_from_invitation(&invitation, 2_000);
    assert_eq!(copy.leader, "Dana");
    assert_eq!(
        copy.leader_response.ratings.len(),
        0,
        "the manager never gets the leader's answers"
    );
    for (_, item) in sparc().items() {
        copy.response_mut(Rater::Manager)
            .rate(&item.id, Rating::Score(digit));
    }
    copy.response_mut(Rater::Manager).submitted_at = Some(1_790_000_100_000);
    let response = response_code_for(&copy).unwrap_or_else(|e| panic!("{e:?}"));
    let text = response.encode().unwrap_or_default();
    (
        copy,
        ResponseCode::decode(&text).unwrap_or_else(|e| panic!("{e:?}")),
    )
}

#[test]
fn a_response_made_on_another_device_gives_the_same_report() {
    let leader = leader_assessment();
    let (_, code) = manager_round_trip(&leader, 2);
    assert_eq!(
        plan_import(Some(&leader), &code),
        ImportPlan::Attach {
            other_invitation: false
        }
    );
    let mut imported = leader.clone();
    attach_response(&mut imported, &code);
    assert!(imported.both_submitted());

    // The same answers given on one device.
    let mut same_device = leader.clone();
    for (_, item) in sparc().items() {
        same_device
            .response_mut(Rater::Manager)
            .rate(&item.id, Rating::Score(2));
    }
    same_device.response_mut(Rater::Manager).submitted_at = Some(1);
    let a = compare(
        sparc(),
        &imported.leader_response,
        imported
            .manager_response
            .as_ref()
            .unwrap_or_else(|| unreachable!()),
    );
    let b = compare(
        sparc(),
        &same_device.leader_response,
        same_device
            .manager_response
            .as_ref()
            .unwrap_or_else(|| unreachable!()),
    );
    assert_eq!(a, b);
    assert_eq!(a.headline.alignment_index, Some(50));
}

#[test]
fn import_plans_cover_every_case() {
    let leader = leader_assessment();
    let (copy, code) = manager_round_trip(&leader, 3);
    assert_eq!(plan_import(None, &code), ImportPlan::Unknown);
    assert_eq!(plan_import(Some(&copy), &code), ImportPlan::OwnResponse);
    let mut attached = leader.clone();
    attach_response(&mut attached, &code);
    assert_eq!(
        plan_import(Some(&attached), &code),
        ImportPlan::AlreadyAttached
    );
    let (_, other) = manager_round_trip(&leader, 5);
    assert_eq!(
        plan_import(Some(&attached), &other),
        ImportPlan::Replace {
            other_invitation: false
        }
    );
    let mut reinvited = leader.clone();
    reinvited.remote = Some(Remote::Inviting { nonce: 7 });
    assert_eq!(
        plan_import(Some(&reinvited), &code),
        ImportPlan::Attach {
            other_invitation: true
        }
    );

    let fresh = assessment_from_response(&code, "  Dana  ", 5).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(fresh.leader, "Dana");
    assert_eq!(fresh.manager.as_deref(), Some("Sam"));
    assert_eq!(fresh.manager_response, Some(code.response.clone()));
    assert!(assessment_from_response(&code, " ", 5).is_err());
}

#[test]
fn only_a_submitted_invited_copy_makes_a_response_code() {
    let leader = leader_assessment();
    assert!(response_code_for(&leader).is_err());
    let code = invitation_for(&leader, sparc(), 1)
        .encode()
        .unwrap_or_default();
    let copy = assessment_from_invitation(
        &Invitation::decode(&code).unwrap_or_else(|e| panic!("{e:?}")),
        0,
    );
    assert!(response_code_for(&copy).is_err(), "not submitted yet");
}

#[test]
fn response_files_carry_the_code() {
    let leader = leader_assessment();
    let (copy, code) = manager_round_trip(&leader, 3);
    let text = code.encode().unwrap_or_default();
    let file = response_file(&text, &copy, crate::common::en());
    assert_eq!(
        read_file(&file, crate::common::en()),
        Ok(FileContent::Response(text))
    );
}

#[test]
fn wrong_files_are_explained() {
    assert_eq!(
        read_file("not json", crate::common::en()),
        Err(FileError::NotJson)
    );
    assert_eq!(
        read_file("{\"hello\":1}", crate::common::en()),
        Err(FileError::NotOurs)
    );
    assert_eq!(
        read_file(
            "{\"format\":\"align180-export\",\"version\":9,\"assessments\":[]}",
            crate::common::en()
        ),
        Err(FileError::Newer(9))
    );
    let mixed = "{\"format\":\"align180-export\",\"version\":1,\"assessments\":[{\"schema\":1},{\"nope\":true}]}";
    match read_file(mixed, crate::common::en()) {
        Ok(FileContent::Assessments {
            readable,
            unreadable,
            ..
        }) => {
            assert!(readable.is_empty());
            assert_eq!(unreadable.len(), 2);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn merging_adds_new_skips_identical_and_never_overwrites() {
    let a = leader_assessment();
    let mut b = a.clone();
    b.id = id_from_random(&[9; 16]);
    let mut a_changed = a.clone();
    a_changed.leader = "Someone else".into();
    let mut c = b.clone();
    c.id = id_from_random(&[7; 16]);
    let mut b_changed = b.clone();
    b_changed.leader = "Another leader".into();
    let held = |id: &str| {
        if id == a.id {
            Held::Readable(a.clone())
        } else if id == c.id {
            Held::Unreadable
        } else {
            Held::Nothing
        }
    };
    let plan = merge(
        held,
        vec![b.clone(), a_changed, b.clone(), b_changed, c.clone()],
    );
    assert_eq!(plan.added, vec![b.clone()]);
    assert_eq!(plan.identical, 1);
    assert_eq!(plan.kept, vec![a.id.clone()]);
    // A record this browser cannot read is never replaced by an import.
    assert_eq!(plan.unreadable_here, vec![c.id.clone()]);
    // Two different records under one id in one file: reported, first kept.
    assert_eq!(plan.conflicting, vec![b.id]);
}

#[test]
fn the_comparison_csv_has_a_row_per_item_and_is_formula_safe() {
    let leader = leader_assessment();
    let (_, code) = manager_round_trip(&leader, 2);
    let mut manager = code.response.clone();
    // The manager did not observe one behaviour: the leader's rating stays.
    manager.rate("strategy-daily-work", Rating::NotObserved);
    let c = compare(sparc(), &leader.leader_response, &manager);
    let csv = comparison_csv(
        crate::common::en(),
        sparc(),
        &c,
        &leader.leader_response,
        &manager,
    );
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "\u{feff}item,dimension,self,manager,gap,label");
    assert_eq!(lines.len(), 26);
    assert_eq!(lines[1], "Translates the organisation's strategy into a few clear priorities for the team,Strategy,4,2,2,blind spot");
    assert!(lines[11].contains("Makes timely decisions"));
    assert!(
        lines[2].ends_with(",Strategy,4,not observed,,not compared"),
        "{}",
        lines[2]
    );
    assert_eq!(
        file_name(&["Dana Reyes", "Q1 2027", "comparison"], "csv"),
        "dana-reyes-q1-2027-comparison.csv"
    );
}

proptest! {
    #[test]
    fn exports_read_back_exactly(assessments in proptest::collection::vec(crate::common::any_assessment(), 0..4)) {
        let text = export(&assessments, 1);
        match read_file(&text, crate::common::en()) {
            Ok(FileContent::Assessments { readable, unreadable, .. }) => {
                prop_assert_eq!(readable, assessments);
                prop_assert!(unreadable.is_empty());
            }
            other => prop_assert!(false, "{:?}", other),
        }
    }

    #[test]
    fn any_text_as_a_file_never_panics(text in ".{0,300}") {
        let _ = read_file(&text, crate::common::en());
    }
}
