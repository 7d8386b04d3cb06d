//! The comparison and the coaching guide: hand-computed cases and properties.

use crate::common::sparc;
use align180::domain::base::format;
use align180::domain::base::language::Language;
use align180::domain::base::rating::Rating;
use align180::domain::records::response::Response;
use align180::domain::rules::comparison::{compare, GapLabel};
use align180::domain::rules::guide::{
    build_guide, coaching_questions, largest_gaps, largest_gaps_each_way, Names, Stage, Topic,
};
use align180::domain::rules::scoring::DimensionScore;
use proptest::prelude::*;

/// Every item rated `digit`, except the listed dimensions rated `other`.
fn uniform(digit: u8, overrides: &[(&str, u8)]) -> Response {
    let mut r = Response::default();
    for (d, item) in sparc().items() {
        let value = overrides
            .iter()
            .find(|(id, _)| *id == d.id)
            .map(|(_, v)| *v)
            .unwrap_or(digit);
        if let Ok(rating) = Rating::try_from(value) {
            r.rate(&item.id, rating);
        }
    }
    r
}

fn item_ids() -> Vec<String> {
    sparc().items().map(|(_, i)| i.id.clone()).collect()
}

#[test]
fn leader_all_4_manager_strategy_2_gives_five_blind_spots() {
    let leader = uniform(4, &[]);
    let manager = uniform(4, &[("strategy", 2)]);
    let c = compare(sparc(), &leader, &manager);
    assert_eq!(c.items.len(), 25);
    assert_eq!(c.count(GapLabel::BlindSpot), 5);
    assert_eq!(c.count(GapLabel::AgreedStrength), 20);
    assert!(c
        .items
        .iter()
        .filter(|i| i.dimension_id == "strategy")
        .all(|i| i.gap == 2));
    // mean |gap| = 10 / 25 = 0.4 → round(100 × (1 − 0.4 / 4)) = 90.
    assert_eq!(c.headline.alignment_index, Some(90));
    // 20 of 25 items within one point.
    assert_eq!(
        (c.headline.agreed_items, c.headline.compared_items),
        (20, 25)
    );
    assert_eq!(c.headline.agreement_percent(), Some(80));
    let strategy = &c.dimensions[0];
    assert_eq!(strategy.gap, Some(2.0));
    assert!(strategy.flagged);
    assert!(c.dimensions[1..]
        .iter()
        .all(|d| d.gap == Some(0.0) && !d.flagged));
    // The diverging chart's order puts the blind spots first.
    assert!(c.items_by_gap()[..5]
        .iter()
        .all(|i| i.label == GapLabel::BlindSpot));
}

#[test]
fn labels_follow_the_product_rules() {
    use GapLabel::*;
    let cases = [
        (5, 3, BlindSpot),
        (5, 1, BlindSpot),
        (3, 1, BlindSpot),
        (1, 3, HiddenStrength),
        (2, 5, HiddenStrength),
        (4, 4, AgreedStrength),
        (5, 4, AgreedStrength),
        (4, 5, AgreedStrength),
        (1, 1, AgreedDevelopmentArea),
        (2, 1, AgreedDevelopmentArea),
        (1, 2, AgreedDevelopmentArea),
        (3, 3, Aligned),
        (3, 4, Aligned),
        (2, 3, Aligned),
        (4, 3, Aligned),
    ];
    for (l, m, label) in cases {
        assert_eq!(GapLabel::classify(l, m), label, "self {l}, manager {m}");
    }
}

#[test]
fn opposite_ends_give_index_zero_and_identical_give_100() {
    let c = compare(sparc(), &uniform(5, &[]), &uniform(1, &[]));
    assert_eq!(c.headline.alignment_index, Some(0));
    assert_eq!(c.headline.agreement_percent(), Some(0));
    let same = compare(sparc(), &uniform(3, &[]), &uniform(3, &[]));
    assert_eq!(same.headline.alignment_index, Some(100));
    let none = compare(sparc(), &Response::default(), &uniform(3, &[]));
    assert_eq!(none.headline.alignment_index, None);
    assert_eq!(none.headline.agreement_percent(), None);
}

#[test]
fn not_enough_data_from_either_rater_shows_no_dimension_gap() {
    // The manager did not observe Purpose (0 = Not observed).
    let c = compare(sparc(), &uniform(4, &[]), &uniform(4, &[("purpose", 0)]));
    let purpose = &c.dimensions[1];
    assert_eq!(purpose.manager, DimensionScore::NotEnoughData);
    // Nothing to compare on: the dimension shows not enough data on both
    // sides (the leader's own mean stays on their profile).
    assert_eq!(purpose.leader, DimensionScore::NotEnoughData);
    assert_eq!(purpose.gap, None);
    assert_eq!(purpose.compared, 0);
    assert!(!purpose.flagged);
    assert_eq!(c.headline.compared_items, 20);
}

#[test]
fn dimension_scores_compare_only_the_behaviours_both_rated() {
    // Issue 22's Resilience: self 4, 5, 4, 4, 3 (4.0 on all five); the
    // manager did not observe the first two and rated the other three
    // 4, 4, 3 (3.7). On the three both rated they agree exactly.
    let resilience: Vec<String> = sparc().dimensions[3]
        .items
        .iter()
        .map(|i| i.id.clone())
        .collect();
    let mut leader = uniform(3, &[]);
    let mut manager = uniform(3, &[]);
    for (id, (l, m)) in resilience
        .iter()
        .zip([(4, 0), (5, 0), (4, 4), (4, 4), (3, 3)])
    {
        leader.rate(id, Rating::try_from(l).expect("a rating"));
        manager.rate(id, Rating::try_from(m).expect("a rating"));
    }
    let profile =
        align180::domain::rules::scoring::score_dimension(&sparc().dimensions[3], &leader);
    assert_eq!(
        profile.score,
        DimensionScore::Mean(4.0),
        "the leader's own profile keeps all five"
    );
    let c = compare(sparc(), &leader, &manager);
    let d = &c.dimensions[3];
    assert_eq!(d.name, "Resilience");
    assert_eq!((d.compared, d.total), (3, 5), "3 of 5 behaviours compared");
    assert_eq!(
        format::dimension_score(crate::common::en(), d.leader.mean()),
        "3.7"
    );
    assert_eq!(
        format::dimension_score(crate::common::en(), d.manager.mean()),
        "3.7"
    );
    assert_eq!(
        d.gap
            .map(|v| format::signed_score(Language::En, v))
            .as_deref(),
        Some("0.0")
    );
    assert!(!d.flagged);
    // The gap is the difference of the two figures shown: 3.3 and 2.7 read +0.6.
    let strategy: Vec<String> = sparc().dimensions[0]
        .items
        .iter()
        .map(|i| i.id.clone())
        .collect();
    for (id, (l, m)) in strategy
        .iter()
        .zip([(4, 3), (3, 3), (3, 2), (0, 0), (0, 0)])
    {
        leader.rate(id, Rating::try_from(l).expect("a rating"));
        manager.rate(id, Rating::try_from(m).expect("a rating"));
    }
    let s = &compare(sparc(), &leader, &manager).dimensions[0];
    assert_eq!(
        format::dimension_score(crate::common::en(), s.leader.mean()),
        "3.3"
    );
    assert_eq!(
        format::dimension_score(crate::common::en(), s.manager.mean()),
        "2.7"
    );
    assert_eq!(
        s.gap
            .map(|v| format::signed_score(Language::En, v))
            .as_deref(),
        Some("+0.6")
    );
}

#[test]
fn priority_overlap_counts_the_managers_choices_the_leader_shares() {
    let ids = item_ids();
    let mut leader = uniform(3, &[]);
    let mut manager = uniform(3, &[]);
    for id in [&ids[0], &ids[5], &ids[10]] {
        assert!(leader.toggle_priority(sparc(), id).is_ok());
    }
    for id in [&ids[5], &ids[0], &ids[20]] {
        assert!(manager.toggle_priority(sparc(), id).is_ok());
    }
    let c = compare(sparc(), &leader, &manager);
    assert_eq!(
        c.headline.priorities.shared,
        vec![ids[5].clone(), ids[0].clone()]
    );
    assert_eq!(c.headline.priorities.manager_count, 3);
}

#[test]
fn the_guide_covers_the_largest_gaps_each_way_and_the_priority_mismatch() {
    let ids = item_ids();
    let mut leader = uniform(4, &[("strategy", 5)]);
    let mut manager = uniform(4, &[("strategy", 2)]);
    // One hidden strength of 3 points in Collaboration's first item: as large
    // as the five Strategy blind spots, so it is discussed too.
    leader.rate("collaboration-challenge", Rating::Score(2));
    manager.rate("collaboration-challenge", Rating::Score(5));
    assert!(leader.toggle_priority(sparc(), &ids[0]).is_ok());
    assert!(manager.toggle_priority(sparc(), &ids[1]).is_ok());
    let c = compare(sparc(), &leader, &manager);

    let (up, down) = largest_gaps_each_way(&c, 3);
    assert_eq!(
        up.iter().map(|g| g.item_id.as_str()).collect::<Vec<_>>(),
        [
            "strategy-priorities",
            "strategy-daily-work",
            "strategy-trade-offs"
        ]
    );
    assert_eq!(
        down.iter().map(|g| g.item_id.as_str()).collect::<Vec<_>>(),
        ["collaboration-challenge"]
    );
    let top = largest_gaps(&c);
    assert_eq!(
        top.iter().map(|g| g.item_id.as_str()).collect::<Vec<_>>(),
        [
            "strategy-priorities",
            "strategy-daily-work",
            "collaboration-challenge"
        ]
    );

    let guide = build_guide(
        crate::common::en(),
        sparc(),
        &c,
        &leader,
        &manager,
        &Names {
            leader: "Dana",
            manager: "Sam",
        },
    );
    assert_eq!(guide.topics.len(), 4);
    assert!(matches!(&guide.topics[0], Topic::Gap { letter: 'A', .. }));
    assert!(
        matches!(&guide.topics[2], Topic::Gap { letter: 'C', gap } if gap.label == GapLabel::HiddenStrength)
    );
    assert!(
        matches!(&guide.topics[3], Topic::PriorityMismatch { leader_only, manager_only }
        if leader_only.len() == 1 && manager_only.len() == 1)
    );
    let stages: Vec<Stage> = guide.stages.iter().map(|s| s.stage).collect();
    assert_eq!(stages, Stage::ALL);
    assert_eq!(
        guide.stages[0].questions[0],
        coaching_questions(crate::common::en())[0]
    );
    assert_eq!(
        guide.stages[1].questions[0],
        coaching_questions(crate::common::en())[1]
    );
    assert_eq!(
        guide.stages[2].questions[0],
        coaching_questions(crate::common::en())[2]
    );
    let communicate = guide.stages[1].questions.join("\n");
    assert!(
        communicate.contains("A: Dana rated it 5 (consistently), Sam 2 (sometimes)."),
        "{communicate}"
    );
    assert!(
        communicate.contains("C: Sam sees it more often than Dana does (5 against 2)."),
        "{communicate}"
    );
    assert!(communicate.contains("Your priorities differ"));
    // The priority only Dana chose is topic A: named by its letter, not retold.
    assert!(communicate.contains("only Dana chose A"), "{communicate}");
}

#[test]
fn no_behaviour_is_retold_within_a_stage() {
    let (leader, manager) = (
        uniform(5, &[("strategy", 1)]),
        uniform(2, &[("strategy", 5)]),
    );
    let c = compare(sparc(), &leader, &manager);
    let guide = build_guide(
        crate::common::en(),
        sparc(),
        &c,
        &leader,
        &manager,
        &Names {
            leader: "Dana",
            manager: "Sam",
        },
    );
    for stage in &guide.stages {
        let text = stage.questions.join(" ");
        for (_, item) in sparc().items() {
            assert!(
                text.matches(item.text.as_str()).count() <= 1,
                "{} repeats “{}”",
                stage.stage.name(crate::common::en()),
                item.text
            );
        }
    }
}

#[test]
fn a_fully_aligned_pair_gets_a_guide_without_topics() {
    let c = compare(sparc(), &uniform(4, &[]), &uniform(4, &[]));
    let guide = build_guide(
        crate::common::en(),
        sparc(),
        &c,
        &Response::default(),
        &Response::default(),
        &Names {
            leader: "A",
            manager: "B",
        },
    );
    assert!(guide.topics.is_empty());
    assert_eq!(guide.stages.len(), 4);
    assert!(guide.stages.iter().all(|s| !s.questions.is_empty()));
}

proptest! {
    #[test]
    fn index_and_rate_stay_in_bounds(a in crate::common::any_response(), b in crate::common::any_response()) {
        let c = compare(sparc(), &a, &b);
        if let Some(index) = c.headline.alignment_index {
            prop_assert!(index <= 100);
        }
        if let Some(rate) = c.headline.agreement_percent() {
            prop_assert!(rate <= 100);
        }
        prop_assert!(c.headline.agreed_items <= c.headline.compared_items);
        prop_assert!(c.headline.priorities.shared.len() <= c.headline.priorities.manager_count);
    }

    #[test]
    fn swapping_raters_negates_gaps_and_swaps_blind_spots_with_hidden_strengths(
        a in crate::common::any_response(), b in crate::common::any_response()
    ) {
        let ab = compare(sparc(), &a, &b);
        let ba = compare(sparc(), &b, &a);
        prop_assert_eq!(ab.items.len(), ba.items.len());
        for (x, y) in ab.items.iter().zip(&ba.items) {
            prop_assert_eq!(&x.item_id, &y.item_id);
            prop_assert_eq!(x.gap, -y.gap);
            let swapped = match x.label {
                GapLabel::BlindSpot => GapLabel::HiddenStrength,
                GapLabel::HiddenStrength => GapLabel::BlindSpot,
                other => other,
            };
            prop_assert_eq!(y.label, swapped);
        }
        prop_assert_eq!(ab.headline.alignment_index, ba.headline.alignment_index);
        prop_assert_eq!(ab.count(GapLabel::BlindSpot), ba.count(GapLabel::HiddenStrength));
        for (x, y) in ab.dimensions.iter().zip(&ba.dimensions) {
            prop_assert_eq!(x.gap.map(|g| (g * 1e6).round()), y.gap.map(|g| (-g * 1e6).round()));
            prop_assert_eq!(x.flagged, y.flagged);
        }
    }

    #[test]
    fn not_observed_items_never_count(a in crate::common::any_response(), b in crate::common::any_response()) {
        let c = compare(sparc(), &a, &b);
        let both_scored = sparc()
            .items()
            .filter(|(_, i)| {
                a.rating(&i.id).and_then(Rating::score).is_some()
                    && b.rating(&i.id).and_then(Rating::score).is_some()
            })
            .count();
        prop_assert_eq!(c.headline.compared_items, both_scored);
        for item in &c.items {
            prop_assert!((1..=5).contains(&item.leader) && (1..=5).contains(&item.manager));
        }
    }
}
