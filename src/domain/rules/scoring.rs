//! Scores for one rater: dimension means and highlighted behaviours.
//! Not observed and unanswered items never count towards a mean.

use crate::domain::base::thresholds::MAX_UNRATED_SHARE;
use crate::domain::records::response::Response;
use crate::domain::sets::instrument::{Dimension, Instrument};

/// A dimension's score, or why there is none.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DimensionScore {
    /// The mean of the rated items, between 1 and 5.
    Mean(f64),
    /// More than [`MAX_UNRATED_SHARE`] of the items were left unrated.
    NotEnoughData,
}

impl DimensionScore {
    /// The mean, if there is enough data for one.
    pub fn mean(self) -> Option<f64> {
        match self {
            DimensionScore::Mean(m) => Some(m),
            DimensionScore::NotEnoughData => None,
        }
    }
}

/// One dimension's result for one rater.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionResult {
    /// The dimension's id.
    pub dimension_id: String,
    /// The dimension's name, for charts and tables.
    pub name: String,
    /// Items given a 1–5 score.
    pub rated: usize,
    /// Items in the dimension.
    pub total: usize,
    /// The score, or not enough data.
    pub score: DimensionScore,
}

/// Scores one dimension from one rater's answers.
pub fn score_dimension(dimension: &Dimension, response: &Response) -> DimensionResult {
    let scores: Vec<u8> = dimension
        .items
        .iter()
        .filter_map(|item| response.rating(&item.id).and_then(|r| r.score()))
        .collect();
    let total = dimension.items.len();
    let rated = scores.len();
    let unrated = total - rated;
    let enough = total > 0 && rated > 0 && (unrated as f64) <= MAX_UNRATED_SHARE * total as f64;
    let score = if enough {
        DimensionScore::Mean(scores.iter().map(|&s| f64::from(s)).sum::<f64>() / rated as f64)
    } else {
        DimensionScore::NotEnoughData
    };
    DimensionResult {
        dimension_id: dimension.id.clone(),
        name: dimension.name.clone(),
        rated,
        total,
        score,
    }
}

/// Scores every dimension, in instrument order.
pub fn score_dimensions(instrument: &Instrument, response: &Response) -> Vec<DimensionResult> {
    instrument
        .dimensions
        .iter()
        .map(|d| score_dimension(d, response))
        .collect()
}

/// A behaviour with the score one rater gave it.
#[derive(Clone, Debug, PartialEq)]
pub struct RatedItem {
    /// The item's id.
    pub item_id: String,
    /// The behaviour's text.
    pub text: String,
    /// The dimension it belongs to.
    pub dimension: String,
    /// The score given, 1–5.
    pub score: u8,
}

/// The behaviours a rater scored highest and lowest.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Highlights {
    /// Highest first; ties keep the order asked.
    pub highest: Vec<RatedItem>,
    /// Lowest first; ties keep the order asked.
    pub lowest: Vec<RatedItem>,
    /// More behaviours rated the same as the last of `highest`, left out
    /// for room: said as "and 2 more rated 5", never cut silently.
    pub highest_more: usize,
    /// The same for `lowest`.
    pub lowest_more: usize,
}

/// Picks up to `count` highest- and lowest-rated behaviours. A behaviour is
/// "highest" only if something was rated lower, and "lowest" only if something
/// was rated higher, so uniform answers highlight nothing; no behaviour is in both.
pub fn highlights(instrument: &Instrument, response: &Response, count: usize) -> Highlights {
    let rated: Vec<RatedItem> = instrument
        .items()
        .filter_map(|(dimension, item)| {
            let score = response.rating(&item.id)?.score()?;
            Some(RatedItem {
                item_id: item.id.clone(),
                text: item.text.clone(),
                dimension: dimension.name.clone(),
                score,
            })
        })
        .collect();
    let (Some(min), Some(max)) = (
        rated.iter().map(|r| r.score).min(),
        rated.iter().map(|r| r.score).max(),
    ) else {
        return Highlights::default();
    };
    if min == max {
        return Highlights::default();
    }
    let mut by_high = rated.clone();
    by_high.sort_by_key(|r| std::cmp::Reverse(r.score));
    let high: Vec<RatedItem> = by_high.into_iter().filter(|r| r.score > min).collect();
    let (highest, highest_more) = cut_at_count(high, count);
    let mut by_low = rated;
    by_low.sort_by_key(|r| r.score);
    let low: Vec<RatedItem> = by_low
        .into_iter()
        .filter(|r| r.score < max && !highest.iter().any(|h| h.item_id == r.item_id))
        .collect();
    let (lowest, lowest_more) = cut_at_count(low, count);
    Highlights {
        highest,
        lowest,
        highest_more,
        lowest_more,
    }
}

/// The first `count` of a sorted list, and how many after them share the
/// last one's score (a tie is told, not cut).
fn cut_at_count(mut sorted: Vec<RatedItem>, count: usize) -> (Vec<RatedItem>, usize) {
    let rest = sorted.split_off(count.min(sorted.len()));
    let tied = sorted.last().map_or(0, |last| {
        rest.iter().filter(|r| r.score == last.score).count()
    });
    (sorted, tied)
}
