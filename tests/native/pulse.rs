//! The team pulse's set and picture: the built-in set's shape, hand-computed
//! figures, Don't know left out and counted, the minimum group for figures
//! and comments, and properties (counts add up, shares and means in range).

use align180::domain::base::thresholds::{MIN_GROUP, PULSE_COMMENTS_MIN};
use align180::domain::records::pulse::{Agreement, PulseResponse};
use align180::domain::rules::pulse::picture::{pulse_picture, Figures};
use align180::domain::sets::instrument::Instrument;
use align180::domain::sets::pulse_set::PulseSet;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn set() -> &'static PulseSet {
    PulseSet::sparc_team_pulse()
}

/// A response giving `score` to every statement (0 = Don't know).
fn everywhere(score: u8, comment: Option<&str>) -> PulseResponse {
    PulseResponse {
        answers: set()
            .statements()
            .map(|(_, s)| {
                let answer = if score == 0 {
                    Agreement::DontKnow
                } else {
                    Agreement::Score(score)
                };
                (s.id.clone(), answer)
            })
            .collect(),
        comment: comment.map(str::to_string),
    }
}

#[test]
fn the_builtin_pulse_stands_beside_the_180() {
    let pulse = set();
    assert_eq!(pulse.statement_count(), 15);
    let dims: Vec<&str> = pulse.dimensions.iter().map(|d| d.id.as_str()).collect();
    let sparc: Vec<&str> = Instrument::sparc_180()
        .dimensions
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(dims, sparc, "the same dimensions, in the same order");
    let mut ids: Vec<&str> = pulse.statements().map(|(_, s)| s.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 15, "statement ids are unique");
    for (_, s) in pulse.statements() {
        assert!(
            s.text.starts_with(|c: char| c.is_uppercase()) && s.text.ends_with('.'),
            "{}",
            s.text
        );
    }
    assert_eq!(pulse.scale[0], "Strongly disagree");
    assert_eq!(pulse.scale[4], "Strongly agree");
}

#[test]
fn five_members_by_hand() {
    // The product notes' example: 5, 4, 4, 2, 1 → mean 3.2, 60% / 0% / 40%.
    let answers = [5, 4, 4, 2, 1].map(Agreement::Score);
    let f = Figures::of(&answers);
    assert_eq!(f.answers, 5);
    assert!((f.mean.unwrap_or_default() - 3.2).abs() < 1e-9);
    assert_eq!(
        (f.favourable, f.neutral, f.unfavourable),
        (Some(60), Some(0), Some(40))
    );
    // Don't know is left out of every figure, and counted.
    let with_dont_know = [
        Agreement::Score(5),
        Agreement::DontKnow,
        Agreement::Score(3),
        Agreement::DontKnow,
    ];
    let f = Figures::of(&with_dont_know);
    assert_eq!((f.answers, f.dont_know), (2, 2));
    assert!((f.mean.unwrap_or_default() - 4.0).abs() < 1e-9);
    assert_eq!(
        (f.favourable, f.neutral, f.unfavourable),
        (Some(50), Some(50), Some(0))
    );
    // Only Don't know: no figure at all.
    let f = Figures::of(&[Agreement::DontKnow]);
    assert_eq!((f.mean, f.favourable), (None, None));
}

#[test]
fn a_dimension_pools_its_statements() {
    let mut responses: Vec<PulseResponse> =
        [5, 4, 2].iter().map(|s| everywhere(*s, None)).collect();
    // One member does not know about one Strategy statement.
    responses[0]
        .answers
        .insert("strategy-progress".into(), Agreement::DontKnow);
    let p = pulse_picture(set(), &responses);
    let strategy = &p.dimensions[0].figures;
    // 5, 5, 4, 4, 4, 2, 2, 2 (one 5 became Don't know): mean 28 / 8 = 3.5.
    assert_eq!((strategy.answers, strategy.dont_know), (8, 1));
    assert!((strategy.mean.unwrap_or_default() - 3.5).abs() < 1e-9);
    assert_eq!(
        (strategy.favourable, strategy.unfavourable),
        (Some(63), Some(38))
    );
    let statement = p
        .statements
        .iter()
        .find(|s| s.id == "strategy-progress")
        .map(|s| s.figures);
    assert_eq!(statement.map(|f| (f.answers, f.dont_know)), Some((2, 1)));
}

#[test]
fn nothing_below_three_and_comments_only_from_five() {
    let two = vec![everywhere(4, Some("Good")), everywhere(2, None)];
    let p = pulse_picture(set(), &two);
    assert_eq!(p.responses, 2);
    assert!(
        !p.shown() && p.dimensions.is_empty() && p.statements.is_empty() && p.comments.is_empty()
    );
    let four: Vec<PulseResponse> = (0..4)
        .map(|i| everywhere(3, Some(&format!("Comment {i}"))))
        .collect();
    let p = pulse_picture(set(), &four);
    assert!(
        p.shown() && p.comments.is_empty(),
        "figures from {MIN_GROUP}, comments from {PULSE_COMMENTS_MIN}"
    );
    let mut five = four.clone();
    five.push(everywhere(3, Some("  <b>not html</b>  ")));
    five.push(everywhere(3, Some("   ")));
    let p = pulse_picture(set(), &five);
    assert_eq!(
        p.comments,
        [
            "<b>not html</b>",
            "Comment 0",
            "Comment 1",
            "Comment 2",
            "Comment 3"
        ]
    );
}

fn any_answer() -> impl Strategy<Value = Option<Agreement>> {
    prop_oneof![
        Just(None),
        Just(Some(Agreement::DontKnow)),
        (1u8..=5).prop_map(|s| Some(Agreement::Score(s))),
    ]
}

fn any_response() -> impl Strategy<Value = PulseResponse> {
    proptest::collection::vec(any_answer(), 15).prop_map(|answers| PulseResponse {
        answers: set()
            .statements()
            .zip(answers)
            .filter_map(|((_, s), a)| a.map(|a| (s.id.clone(), a)))
            .collect::<BTreeMap<_, _>>(),
        comment: None,
    })
}

proptest! {
    #[test]
    fn counts_add_up_and_figures_stay_in_range(responses in proptest::collection::vec(any_response(), 0..12)) {
        let p = pulse_picture(set(), &responses);
        prop_assert_eq!(p.responses, responses.len());
        prop_assert_eq!(p.shown(), responses.len() >= MIN_GROUP);
        if !p.shown() {
            prop_assert!(p.dimensions.is_empty() && p.statements.is_empty());
            return Ok(());
        }
        let given: usize = responses.iter().map(|r| r.answers.len()).sum();
        let counted: usize = p.statements.iter().map(|s| s.figures.answers + s.figures.dont_know).sum();
        prop_assert_eq!(given, counted, "every answer counted once, per statement");
        let by_dimension: usize = p.dimensions.iter().map(|d| d.figures.answers + d.figures.dont_know).sum();
        prop_assert_eq!(given, by_dimension, "and once per dimension");
        for row in p.dimensions.iter().chain(&p.statements) {
            let f = row.figures;
            match f.mean {
                None => prop_assert_eq!(f.answers, 0),
                Some(mean) => {
                    prop_assert!((1.0..=5.0).contains(&mean));
                    let total = u32::from(f.favourable.unwrap_or(0)) + u32::from(f.neutral.unwrap_or(0)) + u32::from(f.unfavourable.unwrap_or(0));
                    prop_assert!((99..=101).contains(&total), "shares add up to about 100: {}", total);
                }
            }
        }
    }

    #[test]
    fn the_picture_does_not_depend_on_the_order_of_responses(mut responses in proptest::collection::vec(any_response(), 3..8)) {
        let before = pulse_picture(set(), &responses);
        responses.reverse();
        prop_assert_eq!(pulse_picture(set(), &responses), before);
    }
}
