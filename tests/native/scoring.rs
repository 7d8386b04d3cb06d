//! Scoring: hand-computed cases and properties.

use align180::domain::base::rating::Rating;
use align180::domain::records::response::Response;
use align180::domain::rules::scoring::{highlights, score_dimensions, DimensionScore};
use align180::domain::sets::instrument::Instrument;
use proptest::prelude::*;

fn respond(pattern: &[(&str, [u8; 5])]) -> Response {
    let instrument = Instrument::sparc_180();
    let mut response = Response::default();
    for (dimension_id, digits) in pattern {
        let dimension = instrument
            .dimensions
            .iter()
            .find(|d| d.id == *dimension_id)
            .unwrap_or_else(|| panic!("no dimension {dimension_id}"));
        for (item, digit) in dimension.items.iter().zip(digits) {
            if let Ok(rating) = Rating::try_from(*digit) {
                response.rate(&item.id, rating);
            }
        }
    }
    response
}

#[test]
fn means_exclude_not_observed() {
    // 0 = Not observed.
    let response = respond(&[
        ("strategy", [5, 4, 3, 2, 1]),     // 15 / 5 = 3.0
        ("purpose", [4, 4, 5, 0, 0]),      // 13 / 3 = 4.333…
        ("adaptiveness", [2, 0, 0, 0, 5]), // 3 unrated of 5 → not enough data
        ("resilience", [1, 1, 1, 1, 2]),   // 6 / 5 = 1.2
        ("collaboration", [5, 5, 5, 5, 5]),
    ]);
    let results = score_dimensions(Instrument::sparc_180(), &response);
    let means: Vec<Option<f64>> = results.iter().map(|r| r.score.mean()).collect();
    assert_eq!(means[0], Some(3.0));
    assert!((means[1].unwrap_or(0.0) - 13.0 / 3.0).abs() < 1e-9);
    assert_eq!(results[2].score, DimensionScore::NotEnoughData);
    assert_eq!((results[2].rated, results[2].total), (2, 5));
    assert_eq!(means[3], Some(1.2));
    assert_eq!(means[4], Some(5.0));
}

#[test]
fn unanswered_counts_as_unrated() {
    // Only two items answered in Strategy: three unanswered → not enough data.
    let mut response = respond(&[("strategy", [4, 4, 9, 9, 9])]);
    let results = score_dimensions(Instrument::sparc_180(), &response);
    assert_eq!(results[0].score, DimensionScore::NotEnoughData);
    // Exactly half or less unrated still scores: 3 rated, 2 unrated.
    response.rate("strategy-progress", Rating::Score(1));
    let results = score_dimensions(Instrument::sparc_180(), &response);
    assert_eq!(results[0].score, DimensionScore::Mean(3.0));
    assert!(results[1..]
        .iter()
        .all(|r| r.score == DimensionScore::NotEnoughData));
}

#[test]
fn highlights_pick_extremes_without_overlap() {
    let response = respond(&[("strategy", [5, 4, 3, 2, 1]), ("purpose", [3, 3, 3, 3, 5])]);
    let h = highlights(Instrument::sparc_180(), &response, 3);
    let high: Vec<u8> = h.highest.iter().map(|r| r.score).collect();
    let low: Vec<u8> = h.lowest.iter().map(|r| r.score).collect();
    assert_eq!(high, [5, 5, 4]);
    assert_eq!(h.highest[0].item_id, "strategy-priorities");
    assert_eq!(h.highest[1].item_id, "purpose-meaning");
    assert_eq!(low, [1, 2, 3]);
    assert_eq!(h.lowest[0].item_id, "strategy-context");

    let uniform = respond(&[("strategy", [4, 4, 4, 4, 4])]);
    assert_eq!(
        highlights(Instrument::sparc_180(), &uniform, 3),
        Default::default()
    );
}

#[test]
fn a_tie_is_told_not_cut() {
    // Five behaviours rated 5: three are listed, "and 2 more rated 5".
    let response = respond(&[("strategy", [5, 5, 5, 5, 5]), ("purpose", [2, 2, 3, 3, 1])]);
    let h = highlights(Instrument::sparc_180(), &response, 3);
    assert_eq!(
        h.highest.iter().map(|r| r.score).collect::<Vec<_>>(),
        [5, 5, 5]
    );
    assert_eq!(h.highest_more, 2);
    // Lowest: 1, 2, 2; nothing else is rated 2.
    assert_eq!(
        h.lowest.iter().map(|r| r.score).collect::<Vec<_>>(),
        [1, 2, 2]
    );
    assert_eq!(h.lowest_more, 0);
    // Without a tie at the cut, nothing more is said.
    let plain = respond(&[("strategy", [5, 4, 3, 2, 1])]);
    let h = highlights(Instrument::sparc_180(), &plain, 3);
    assert_eq!((h.highest_more, h.lowest_more), (0, 0));
}

proptest! {
    #[test]
    fn means_lie_on_the_scale(response in crate::common::any_response()) {
        for result in score_dimensions(Instrument::sparc_180(), &response) {
            prop_assert!(result.rated <= result.total);
            match result.score {
                DimensionScore::Mean(m) => {
                    prop_assert!((1.0..=5.0).contains(&m), "{m}");
                    prop_assert!(2 * (result.total - result.rated) <= result.total);
                }
                DimensionScore::NotEnoughData => {
                    prop_assert!(2 * (result.total - result.rated) > result.total);
                }
            }
        }
    }

    #[test]
    fn not_observed_never_moves_a_mean(response in crate::common::any_response(), pick in 0usize..25) {
        let instrument = Instrument::sparc_180();
        let (dimension, item) = instrument.items().nth(pick).unwrap_or_else(|| unreachable!());
        let dim_index = instrument.dimension_index(&dimension.id).unwrap_or(0);
        let mut with_no = response.clone();
        with_no.rate(&item.id, Rating::NotObserved);
        let mut without = response.clone();
        without.ratings.remove(&item.id);
        let a = &score_dimensions(instrument, &with_no)[dim_index];
        let b = &score_dimensions(instrument, &without)[dim_index];
        prop_assert_eq!(a, b);
    }

    #[test]
    fn highlights_are_disjoint_and_ordered(response in crate::common::any_response()) {
        let h = highlights(Instrument::sparc_180(), &response, 3);
        prop_assert!(h.highest.len() <= 3 && h.lowest.len() <= 3);
        prop_assert!(h.highest.windows(2).all(|w| w[0].score >= w[1].score));
        prop_assert!(h.lowest.windows(2).all(|w| w[0].score <= w[1].score));
        for low in &h.lowest {
            prop_assert!(h.highest.iter().all(|high| high.item_id != low.item_id));
        }
        if let (Some(top), Some(bottom)) = (h.highest.first(), h.lowest.first()) {
            prop_assert!(top.score > bottom.score);
        }
    }
}
