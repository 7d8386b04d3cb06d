//! Cohorts: the anonymous codes, gathering, the aggregation on hand-made
//! cohorts with hand-computed figures, and properties over random cohorts.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use align180::domain::base::ids::id_from_random;
use align180::domain::base::rating::Rating;
use align180::domain::base::thresholds::MIN_GROUP;
use align180::domain::formats::cohort_code::{code_for, CodeError};
use align180::domain::formats::files::{cohort_code_file, export_all, read_file, FileContent};
use align180::domain::formats::gathering::merge_cohorts;
use align180::domain::formats::gathering::{tally, Gathers, Outcome};
use align180::domain::formats::share::cohort::{CohortCode, CohortLink};
use align180::domain::formats::share::invitation::Invitation;
use align180::domain::formats::stored::StoredRecord;
use align180::domain::records::assessment::Assessment;
use align180::domain::records::cohort::{AnonymousAnswers, TeamFigures};
use align180::domain::records::cohort::{Cohort, Membership, Participant};
use align180::domain::records::held::Held;
use align180::domain::rules::cohort::aggregate::{picture, summarize, Summary};
use align180::domain::rules::cohort::prompts::discussion_prompts;
use align180::domain::rules::cohort::table::cohort_csv;
use align180::domain::rules::guide::Stage;
use align180::domain::sets::instrument::Instrument;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn sparc() -> &'static Instrument {
    Instrument::sparc_180()
}

fn item_ids() -> Vec<String> {
    sparc().items().map(|(_, i)| i.id.clone()).collect()
}

const COHORT_ID: &str = "abcdefghijkmnpqr";

fn cohort() -> Cohort {
    Cohort::new(COHORT_ID.into(), "Directors, Spring 2027", sparc(), 77, 1).expect("named")
}

/// Every item rated `score`, with `overrides` (item index → rating) applied.
fn answers(score: u8, overrides: &[(usize, Rating)], priorities: &[usize]) -> AnonymousAnswers {
    let ids = item_ids();
    let mut ratings: BTreeMap<String, Rating> = ids
        .iter()
        .map(|id| (id.clone(), Rating::Score(score)))
        .collect();
    for (i, r) in overrides {
        ratings.insert(ids[*i].clone(), *r);
    }
    AnonymousAnswers {
        ratings,
        priorities: priorities.iter().map(|i| ids[*i].clone()).collect(),
    }
}

fn participant(
    token: u32,
    leader: AnonymousAnswers,
    manager: Option<AnonymousAnswers>,
) -> Participant {
    Participant {
        token,
        leader,
        manager,
        team: None,
    }
}

fn approx(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn summaries_by_hand() {
    let s = summarize(&[4.0, 1.0, 3.0, 2.0]).expect("values");
    assert_eq!(
        s,
        Summary {
            count: 4,
            min: 1.0,
            q1: 1.75,
            median: 2.5,
            q3: 3.25,
            max: 4.0,
            mean: 2.5
        }
    );
    let one = summarize(&[5.0]).expect("one value");
    assert_eq!(
        (one.min, one.q1, one.median, one.q3, one.max),
        (5.0, 5.0, 5.0, 5.0, 5.0)
    );
    assert_eq!(summarize(&[]), None);
    assert_eq!(summarize(&[f64::NAN]), None);
}

/// Three participants, two managers: dimension spreads are shown, item
/// detail is shown for self ratings, manager item detail is withheld.
#[test]
fn three_participants_two_managers_by_hand() {
    let people = vec![
        participant(1, answers(4, &[], &[0, 1]), Some(answers(2, &[], &[1]))),
        participant(2, answers(5, &[], &[1]), None),
        participant(
            3,
            answers(3, &[(0, Rating::NotObserved)], &[2]),
            Some(answers(3, &[], &[])),
        ),
    ];
    let p = picture(sparc(), &people);
    assert_eq!(p.participants, 3);
    assert_eq!(p.with_manager, 2);
    assert!(p.item_detail());
    assert!(
        !p.manager_detail,
        "two managers are below the minimum group"
    );
    // First dimension, self: 4, 5 and 3 (P3 rated 4 of 5 items, all 3).
    let first = p.dimensions[0].leader.expect("self scores");
    assert_eq!(
        (
            first.count,
            first.min,
            first.q1,
            first.median,
            first.q3,
            first.max
        ),
        (3, 3.0, 3.5, 4.0, 4.5, 5.0)
    );
    assert!(approx(first.mean, 4.0));
    // Two managers' scores (2 and 3) would single each out: no manager
    // figure at all, not even per dimension.
    assert!(!p.manager_figures());
    assert!(p.dimensions.iter().all(|d| d.manager.is_none()));
    // Item 0: a 4, a 5 and a Not observed.
    let item0 = &p.items[0];
    assert_eq!(item0.leader.scores, [0, 0, 0, 1, 1]);
    assert_eq!(item0.leader.not_observed, 1);
    assert_eq!(item0.leader.mean(), Some(4.5));
    assert_eq!(item0.leader.summary().map(|s| s.median), Some(4.5));
    // Manager figures are withheld with fewer than three managers.
    assert_eq!(item0.manager.rated(), 0);
    assert_eq!((item0.pairs, item0.mean_gap), (0, None));
    assert!(p.widest_gaps().is_empty());
    // Priorities: item 1 chosen by two participants (the manager's choice is withheld).
    let top = p.top_priorities();
    assert_eq!(top[0].item_id, item_ids()[1]);
    assert_eq!((top[0].leader_priority, top[0].manager_priority), (2, 0));
    assert_eq!(top.len(), 3);
}

#[test]
fn tied_priorities_are_all_shown_and_none_is_called_the_top() {
    // Items 0, 1 and 2 chosen twice each, item 3 once.
    let people = vec![
        participant(1, answers(3, &[], &[0, 1, 2]), None),
        participant(2, answers(4, &[], &[0, 1, 2]), None),
        participant(3, answers(2, &[], &[3]), None),
    ];
    let p = picture(sparc(), &people);
    let most = p.most_chosen();
    assert_eq!(most.len(), 3, "the three tied at the top");
    let prompts = discussion_prompts(&p);
    let execute = &prompts[2].text;
    assert!(
        execute
            .starts_with("Three behaviours were chosen equally often as priorities (2 times each)"),
        "{execute}"
    );
    assert!(!execute.contains("chosen most often"), "{execute}");
    for item in &most {
        assert!(execute.contains(&item.text), "{execute}");
    }
    // Six items chosen once each: the top list does not cut the tie at five.
    let many = vec![
        participant(1, answers(3, &[], &[0, 1, 2]), None),
        participant(2, answers(4, &[], &[3, 4, 5]), None),
        participant(3, answers(2, &[], &[]), None),
    ];
    let p = picture(sparc(), &many);
    assert_eq!(p.top_priorities().len(), 6);
}

/// Four participants, three managers: manager detail and gaps appear.
#[test]
fn widest_gaps_by_hand() {
    let people = vec![
        participant(
            1,
            answers(4, &[], &[1]),
            Some(answers(2, &[(1, Rating::Score(1))], &[1])),
        ),
        participant(2, answers(5, &[], &[]), None),
        participant(
            3,
            answers(3, &[(0, Rating::NotObserved)], &[]),
            Some(answers(3, &[], &[1])),
        ),
        participant(4, answers(2, &[], &[]), Some(answers(4, &[], &[]))),
    ];
    let p = picture(sparc(), &people);
    assert!(p.manager_detail);
    // Item 0: pairs P1 (4−2) and P4 (2−4); P3 did not score it: 2 pairs, below the minimum.
    assert_eq!(p.items[0].pairs, 2);
    assert_eq!(p.items[0].mean_gap, Some(0.0));
    // Item 1: P1 4−1 = 3, P3 0, P4 −2 → mean 1/3 over 3 pairs.
    assert_eq!(p.items[1].pairs, 3);
    assert!(approx(p.items[1].mean_gap.expect("gap"), 1.0 / 3.0));
    // Item 2: P1 2, P3 0, P4 −2 → 0. So item 1 is the widest.
    let widest = p.widest_gaps();
    assert_eq!(widest[0].item_id, item_ids()[1]);
    assert!(widest.iter().all(|i| i.pairs >= MIN_GROUP));
    assert!(!widest.iter().any(|i| i.item_id == item_ids()[0]));
    // Item 1 chosen by one participant and two managers.
    assert_eq!(
        (p.items[1].leader_priority, p.items[1].manager_priority),
        (1, 2)
    );
    // Manager medians: first dimension 2 (P1: 1,2,2,2,2 → 1.8), 3, 4.
    let m = p.dimensions[0].manager.expect("managers");
    assert!(approx(m.min, 1.8));
    assert_eq!((m.median, m.max), (3.0, 4.0));
}

#[test]
fn below_the_minimum_group_no_item_detail() {
    let people = vec![
        participant(1, answers(4, &[], &[0]), None),
        participant(2, answers(2, &[], &[0]), None),
    ];
    let p = picture(sparc(), &people);
    assert!(!p.item_detail());
    assert!(p.items.is_empty());
    assert!(p.top_priorities().is_empty());
    assert!(p.widest_gaps().is_empty());
    assert_eq!(p.dimensions[0].leader.map(|s| s.median), Some(3.0));
    let csv = cohort_csv("Small", &p);
    assert!(!csv.contains("\r\nitem,"), "no item rows: {csv}");
    // Prompts fall back to dimensions: still four, one per stage.
    let prompts = discussion_prompts(&p);
    assert_eq!(
        prompts.iter().map(|p| p.stage).collect::<Vec<_>>(),
        Stage::ALL.to_vec()
    );
}

#[test]
fn no_participants_no_figures() {
    let p = picture(sparc(), &[]);
    assert_eq!(p.participants, 0);
    assert!(p
        .dimensions
        .iter()
        .all(|d| d.leader.is_none() && d.manager.is_none()));
    assert!(discussion_prompts(&p).is_empty());
}

#[test]
fn prompts_name_the_lowest_dimension_and_widest_gap() {
    let people = vec![
        participant(
            1,
            answers(
                4,
                &[
                    (0, Rating::Score(1)),
                    (1, Rating::Score(1)),
                    (2, Rating::Score(1)),
                ],
                &[7],
            ),
            Some(answers(2, &[], &[])),
        ),
        participant(
            2,
            answers(
                4,
                &[
                    (0, Rating::Score(2)),
                    (1, Rating::Score(2)),
                    (2, Rating::Score(2)),
                ],
                &[7],
            ),
            Some(answers(2, &[], &[])),
        ),
        participant(3, answers(4, &[], &[7]), Some(answers(3, &[], &[]))),
    ];
    let p = picture(sparc(), &people);
    let prompts = discussion_prompts(&p);
    let first_dimension = &sparc().dimensions[0].name;
    assert!(
        prompts[0].text.contains(first_dimension.as_str()),
        "{}",
        prompts[0].text
    );
    let widest = p.widest_gaps()[0].text.clone();
    assert!(prompts[1].text.contains(&widest), "{}", prompts[1].text);
    let chosen = &sparc().items().nth(7).expect("item").1.text;
    assert!(prompts[2].text.contains(chosen.as_str()) && prompts[2].text.contains("3 times"));
}

#[test]
fn csv_has_a_row_per_dimension_and_item_and_is_formula_safe() {
    let people: Vec<Participant> = (0..3)
        .map(|t| participant(t, answers(3, &[], &[]), None))
        .collect();
    let p = picture(sparc(), &people);
    let csv = cohort_csv("=HYPERLINK(\"x\")", &p);
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines.len(),
        2 + sparc().dimensions.len() + sparc().item_count()
    );
    assert!(lines[0].starts_with("cohort,\"'=HYPERLINK"), "{}", lines[0]);
    assert!(lines[2].starts_with(&format!("dimension,{},,3,3.0", sparc().dimensions[0].name)));
}

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
    assert!(matches!(outcomes[2], Outcome::Rejected(r) if r.contains("incomplete")));
    assert!(matches!(outcomes[3], Outcome::Rejected(r) if r.contains("another cohort")));
    assert!(matches!(outcomes[4], Outcome::Rejected(r) if r.contains("not an Align 180 code")));
    assert!(
        matches!(outcomes[5], Outcome::Rejected(r) if r == "this is a leader's invitation to their manager, not a participant's cohort code"),
        "{:?}",
        outcomes[5]
    );
    assert_eq!(outcomes[6], &Outcome::Added);
    assert_eq!(outcomes[7], &Outcome::Updated);
    assert_eq!(
        results[2].source, "line 4",
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
    let file = cohort_code_file("CODE", &c.name);
    assert_eq!(read_file(&file), Ok(FileContent::CohortCode("CODE".into())));
    let backup = export_all(&[], std::slice::from_ref(&c), &[], 3);
    match read_file(&backup) {
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
    match read_file(&broken) {
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

fn any_answers() -> impl Strategy<Value = AnonymousAnswers> {
    common::any_response().prop_map(|r| AnonymousAnswers::of(&r))
}

fn any_participants() -> impl Strategy<Value = Vec<Participant>> {
    proptest::collection::vec(
        (
            any::<u32>(),
            any_answers(),
            proptest::option::of(any_answers()),
        ),
        0..25,
    )
    .prop_map(|v| {
        v.into_iter()
            .map(|(t, l, m)| participant(t, l, m))
            .collect()
    })
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

fn ordered(s: &Summary) -> bool {
    s.min <= s.q1
        && s.q1 <= s.median
        && s.median <= s.q3
        && s.q3 <= s.max
        && s.min <= s.mean
        && s.mean <= s.max
}

proptest! {
    #[test]
    fn summaries_are_ordered_and_medians_lie_within_the_data(values in proptest::collection::vec(-10.0f64..10.0, 1..50)) {
        let s = summarize(&values).expect("values");
        prop_assert!(ordered(&s));
        prop_assert_eq!(s.count, values.len());
        let mut sorted = values.clone();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let middle = (sorted[(n - 1) / 2] + sorted[n / 2]) / 2.0;
        prop_assert!(approx(s.median, middle));
    }

    #[test]
    fn pictures_add_up(people in any_participants()) {
        let p = picture(sparc(), &people);
        prop_assert_eq!(p.participants, people.len());
        prop_assert_eq!(p.with_manager, people.iter().filter(|x| x.manager.is_some()).count());
        for d in &p.dimensions {
            for s in [d.leader, d.manager].into_iter().flatten() {
                prop_assert!(ordered(&s));
                prop_assert!(s.min >= 1.0 && s.max <= 5.0);
            }
            prop_assert!(d.leader.map_or(0, |s| s.count) <= p.participants);
            prop_assert!(d.manager.map_or(0, |s| s.count) <= p.with_manager);
        }
        if p.item_detail() {
            prop_assert_eq!(p.items.len(), sparc().item_count());
            let chosen: usize = people.iter().map(|x| x.leader.priorities.len()).sum();
            prop_assert_eq!(p.items.iter().map(|i| i.leader_priority).sum::<usize>(), chosen);
            for i in &p.items {
                let answered = people.iter().filter(|x| x.leader.ratings.contains_key(&i.item_id)).count();
                prop_assert_eq!(i.leader.rated() + i.leader.not_observed, answered);
                prop_assert!(i.pairs <= p.with_manager);
                if let Some(s) = i.leader.summary() { prop_assert!(ordered(&s)); }
                if let Some(g) = i.mean_gap { prop_assert!((-4.0..=4.0).contains(&g)); }
                if !p.manager_detail { prop_assert_eq!(i.manager.rated(), 0); }
            }
        } else {
            prop_assert!(p.items.is_empty());
        }
        let csv = cohort_csv("Cohort", &p);
        prop_assert_eq!(csv.matches("\r\n").count(), 2 + p.dimensions.len() + p.items.len());
    }

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

    #[test]
    fn merging_backups_never_loses_gathered_answers(here in any_participants(), there in any_participants()) {
        let mut a = cohort();
        a.participants = here.clone();
        let mut b = cohort();
        b.participants = there.clone();
        let held = |id: &str| if id == a.id { Held::Readable(a.clone()) } else { Held::Nothing };
        let plan = merge_cohorts(held, vec![b]);
        let merged = plan.completed.first().cloned().unwrap_or(a);
        for p in &here {
            prop_assert!(merged.participants.contains(p));
        }
        for p in &there {
            prop_assert!(merged.participants.iter().any(|q| q.token == p.token));
        }
    }
}

#[test]
fn prompts_never_call_one_dimension_both_lowest_and_highest() {
    // Everyone rates every behaviour 3: every dimension's median is 3.0.
    let people: Vec<_> = (0..4)
        .map(|t| participant(t, answers(3, &[], &[]), None))
        .collect();
    let prompts = discussion_prompts(&picture(sparc(), &people));
    assert_eq!(prompts.len(), 4);
    assert!(
        prompts[0]
            .text
            .contains("alike on every dimension (median 3.0)"),
        "{}",
        prompts[0].text
    );
    assert!(
        !prompts[3].text.contains("highest on"),
        "{}",
        prompts[3].text
    );
    for p in &prompts {
        assert!(!p.text.contains("lowest on"), "{}", p.text);
    }
}

mod slides {
    use super::*;
    use align180::domain::rules::cohort::slides::{after, deck, withheld_sentence, Slide, Step};

    fn five_dimensions() -> Vec<Slide> {
        (0..5).map(Slide::Heatmap).collect()
    }

    #[test]
    fn an_empty_cohort_is_one_welcome_slide() {
        assert_eq!(deck(&picture(sparc(), &[])), vec![Slide::Welcome]);
    }

    #[test]
    fn below_the_minimum_group_one_sentence_replaces_the_detail() {
        let people = vec![
            participant(1, answers(4, &[], &[0]), Some(answers(3, &[], &[]))),
            participant(2, answers(2, &[], &[0]), None),
        ];
        let p = picture(sparc(), &people);
        let slides = deck(&p);
        assert_eq!(
            slides,
            vec![
                Slide::Welcome,
                Slide::Spread,
                Slide::DetailWithheld,
                Slide::Prompts
            ]
        );
        let sentence = withheld_sentence(Slide::DetailWithheld, &p).expect("a sentence");
        assert!(
            sentence.contains(&format!("at least {MIN_GROUP}")),
            "{sentence}"
        );
        assert!(sentence.contains("(2 so far)"), "{sentence}");
        assert_eq!(withheld_sentence(Slide::Spread, &p), None);
    }

    #[test]
    fn a_full_cohort_has_one_heatmap_slide_per_dimension() {
        let people: Vec<Participant> = (1..=3)
            .map(|t| {
                participant(
                    t,
                    answers(4, &[], &[1]),
                    Some(answers(2 + t as u8 % 2, &[], &[])),
                )
            })
            .collect();
        let slides = deck(&picture(sparc(), &people));
        let mut expected = vec![Slide::Welcome, Slide::Spread, Slide::Gaps];
        expected.extend(five_dimensions());
        expected.extend([Slide::Priorities, Slide::Prompts]);
        assert_eq!(slides, expected);
    }

    #[test]
    fn no_managers_no_gap_slide_and_too_few_pairs_say_so() {
        let alone: Vec<Participant> = (1..=3)
            .map(|t| participant(t, answers(4, &[], &[]), None))
            .collect();
        let slides = deck(&picture(sparc(), &alone));
        assert!(!slides.contains(&Slide::Gaps) && !slides.contains(&Slide::GapsWithheld));
        // Nobody chose priorities: no slide for them.
        assert!(!slides.contains(&Slide::Priorities));
        let mut one_pair = alone.clone();
        one_pair[0].manager = Some(answers(2, &[], &[]));
        let slides = deck(&picture(sparc(), &one_pair));
        assert_eq!(slides[2], Slide::GapsWithheld);
        assert_eq!(
            slides
                .iter()
                .filter(|s| withheld_sentence(**s, &picture(sparc(), &one_pair)).is_some())
                .count(),
            1,
            "said once"
        );
    }

    #[test]
    fn keys_move_like_presentation_software() {
        for key in ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"] {
            assert_eq!(Step::from_key(key, false), Some(Step::Next), "{key}");
        }
        for key in ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"] {
            assert_eq!(Step::from_key(key, false), Some(Step::Previous), "{key}");
        }
        assert_eq!(Step::from_key(" ", true), Some(Step::Previous));
        assert_eq!(Step::from_key("Escape", false), Some(Step::Leave));
        assert_eq!(Step::from_key("a", false), None);
    }

    proptest! {
        #[test]
        fn steps_stay_inside_the_deck(current in 0usize..20, len in 1usize..12, which in 0usize..4) {
            let step = [Step::Next, Step::Previous, Step::First, Step::Last][which];
            let to = after(current, len, step).expect("a slide");
            prop_assert!(to < len);
            let from = current.min(len - 1);
            match step {
                Step::Next => prop_assert_eq!(to, (from + 1).min(len - 1)),
                Step::Previous => prop_assert_eq!(to, from.saturating_sub(1)),
                Step::First => prop_assert_eq!(to, 0),
                _ => prop_assert_eq!(to, len - 1),
            }
        }
    }
}

#[test]
fn the_teams_view_averages_team_means_from_three_teams() {
    use align180::domain::rules::cohort::aggregate::teams_picture;
    let team = |responses: u8, means: [Option<u8>; 5]| TeamFigures {
        responses,
        means: means.to_vec(),
    };
    let with_team = |token: u32, t: TeamFigures| Participant {
        team: Some(t),
        ..participant(token, answers(4, &[], &[]), None)
    };
    let two = vec![
        with_team(1, team(5, [Some(32), Some(40), None, None, None])),
        with_team(2, team(4, [Some(40), None, None, None, None])),
        participant(3, answers(3, &[], &[]), None),
    ];
    let p = teams_picture(sparc(), &two);
    assert_eq!((p.teams, p.answers), (2, 9));
    assert!(!p.shown());
    assert!(p.dimensions.is_empty(), "nothing below three teams");

    let mut three = two.clone();
    three.push(with_team(
        4,
        team(7, [Some(25), Some(30), None, None, None]),
    ));
    let p = teams_picture(sparc(), &three);
    assert_eq!((p.teams, p.answers), (3, 16));
    assert!(p.shown());
    // Strategy: (3.2 + 4.0 + 2.5) / 3 = 3.2333…; purpose has two teams only.
    assert_eq!(p.dimensions[0].teams, 3);
    assert_eq!(
        p.dimensions[0]
            .mean
            .map(align180::domain::base::format::score)
            .as_deref(),
        Some("3.2")
    );
    assert_eq!(p.dimensions[1].teams, 2);
    assert_eq!(p.dimensions[1].mean, None);
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
