//! The cohort's anonymous picture, by hand-computed cases and properties:
//! summaries, gaps, the minimum group, ties, prompts, the CSV, the teams.

use super::*;
use align180::domain::base::language::Language;

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
    let prompts = discussion_prompts(crate::common::en(), &p);
    let execute = &prompts[2].text;
    assert!(
        execute.starts_with(
            "These 3 behaviours were chosen equally often as priorities (2 times each)"
        ),
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
    let csv = cohort_csv(crate::common::en(), "Small", &p);
    assert!(!csv.contains("\r\nitem,"), "no item rows: {csv}");
    // Prompts fall back to dimensions: still four, one per stage.
    let prompts = discussion_prompts(crate::common::en(), &p);
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
    assert!(discussion_prompts(crate::common::en(), &p).is_empty());
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
    let prompts = discussion_prompts(crate::common::en(), &p);
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
    let csv = cohort_csv(crate::common::en(), "=HYPERLINK(\"x\")", &p);
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines.len(),
        2 + sparc().dimensions.len() + sparc().item_count()
    );
    assert!(
        lines[0].starts_with("\u{feff}cohort,\"'=HYPERLINK"),
        "{}",
        lines[0]
    );
    assert!(lines[2].starts_with(&format!("dimension,{},,3,3.0", sparc().dimensions[0].name)));
}

fn ordered(s: &Summary) -> bool {
    s.min <= s.q1
        && s.q1 <= s.median
        && s.median <= s.q3
        && s.q3 <= s.max
        && s.min <= s.mean
        && s.mean <= s.max
}

#[test]
fn prompts_never_call_one_dimension_both_lowest_and_highest() {
    // Everyone rates every behaviour 3: every dimension's median is 3.0.
    let people: Vec<_> = (0..4)
        .map(|t| participant(t, answers(3, &[], &[]), None))
        .collect();
    let prompts = discussion_prompts(crate::common::en(), &picture(sparc(), &people));
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
            .map(|v| align180::domain::base::format::score(Language::En, v))
            .as_deref(),
        Some("3.2")
    );
    assert_eq!(p.dimensions[1].teams, 2);
    assert_eq!(p.dimensions[1].mean, None);
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
        let csv = cohort_csv(crate::common::en(), "Cohort", &p);
        prop_assert_eq!(csv.matches("\r\n").count(), 2 + p.dimensions.len() + p.items.len());
    }
}
