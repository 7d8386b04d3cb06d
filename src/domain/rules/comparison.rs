//! The comparison of the leader's and the manager's answers: item gaps and
//! their labels, dimension scores side by side, and the headline figures.
//! For an item both rated, gap = self − manager.

use crate::domain::base::format::round1;
use crate::domain::base::messages::Messages;
use crate::domain::base::thresholds::{
    AGREED_DEVELOPMENT_MAX, AGREED_STRENGTH_MIN, AGREEMENT_MAX_GAP, BLIND_SPOT_GAP,
    DIMENSION_GAP_FLAG, SCALE_SPAN,
};
use crate::domain::records::response::Response;
use crate::domain::rules::scoring::{score_dimension, DimensionScore};
use crate::domain::sets::instrument::Instrument;

/// What an item's pair of ratings means for the conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GapLabel {
    /// The leader rates themself well above the manager's view.
    BlindSpot,
    /// The manager rates the leader well above the leader's own view.
    HiddenStrength,
    /// Both agree it is frequent.
    AgreedStrength,
    /// Both agree it is rare.
    AgreedDevelopmentArea,
    /// Close enough, in the middle of the scale.
    Aligned,
}

impl GapLabel {
    /// Classifies a pair of 1–5 ratings.
    pub fn classify(leader: u8, manager: u8) -> GapLabel {
        let gap = leader as i8 - manager as i8;
        if gap >= BLIND_SPOT_GAP {
            GapLabel::BlindSpot
        } else if gap <= -BLIND_SPOT_GAP {
            GapLabel::HiddenStrength
        } else if gap.abs() <= AGREEMENT_MAX_GAP
            && leader >= AGREED_STRENGTH_MIN
            && manager >= AGREED_STRENGTH_MIN
        {
            GapLabel::AgreedStrength
        } else if gap.abs() <= AGREEMENT_MAX_GAP
            && leader <= AGREED_DEVELOPMENT_MAX
            && manager <= AGREED_DEVELOPMENT_MAX
        {
            GapLabel::AgreedDevelopmentArea
        } else {
            GapLabel::Aligned
        }
    }

    /// The label as people read it.
    pub fn name(self, words: &Messages) -> &'static str {
        match self {
            GapLabel::BlindSpot => words.label_blind_spot(),
            GapLabel::HiddenStrength => words.label_hidden_strength(),
            GapLabel::AgreedStrength => words.label_agreed_strength(),
            GapLabel::AgreedDevelopmentArea => words.label_agreed_development_area(),
            GapLabel::Aligned => words.label_aligned(),
        }
    }

    /// The label with a count, e.g. "1 blind spot", "5 blind spots".
    pub fn counted(self, words: &Messages, n: usize) -> String {
        match self {
            GapLabel::BlindSpot => words.label_blind_spots(n),
            GapLabel::HiddenStrength => words.label_hidden_strengths(n),
            GapLabel::AgreedStrength => words.label_agreed_strengths(n),
            GapLabel::AgreedDevelopmentArea => words.label_agreed_development_areas(n),
            GapLabel::Aligned => words.label_aligned_count(&n),
        }
    }

    /// A stable key for styling and tests.
    pub fn key(self) -> &'static str {
        match self {
            GapLabel::BlindSpot => "blind-spot",
            GapLabel::HiddenStrength => "hidden-strength",
            GapLabel::AgreedStrength => "agreed-strength",
            GapLabel::AgreedDevelopmentArea => "agreed-development-area",
            GapLabel::Aligned => "aligned",
        }
    }

    /// Every label, in the order reports list them.
    pub const ALL: [GapLabel; 5] = [
        GapLabel::BlindSpot,
        GapLabel::HiddenStrength,
        GapLabel::AgreedStrength,
        GapLabel::AgreedDevelopmentArea,
        GapLabel::Aligned,
    ];
}

/// One item both raters scored.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemGap {
    /// The item's id.
    pub item_id: String,
    /// The behaviour.
    pub text: String,
    /// Its dimension's id.
    pub dimension_id: String,
    /// Its dimension's name.
    pub dimension: String,
    /// The leader's own rating, 1–5.
    pub leader: u8,
    /// The manager's rating, 1–5.
    pub manager: u8,
    /// leader − manager, −4 to +4.
    pub gap: i8,
    /// What the pair means.
    pub label: GapLabel,
}

/// One dimension, both raters side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionComparison {
    /// The dimension's id.
    pub dimension_id: String,
    /// The dimension's name.
    pub name: String,
    /// The leader's score on the behaviours both rated.
    pub leader: DimensionScore,
    /// The manager's score on the behaviours both rated.
    pub manager: DimensionScore,
    /// leader − manager, only when both have enough data: always the
    /// difference of the two scores shown.
    pub gap: Option<f64>,
    /// How many of the dimension's behaviours both rated (1–5 each).
    pub compared: usize,
    /// How many behaviours the dimension has.
    pub total: usize,
    /// Whether |gap| reaches [`DIMENSION_GAP_FLAG`].
    pub flagged: bool,
}

/// How many priorities the two share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriorityOverlap {
    /// Item ids both chose, in the manager's order.
    pub shared: Vec<String>,
    /// How many the manager chose (the "of" in "2 of 3").
    pub manager_count: usize,
}

/// The headline figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    /// 100 = identical ratings, 0 = opposite ends; `None` if no item was rated by both.
    pub alignment_index: Option<u8>,
    /// Items both rated with |gap| ≤ 1.
    pub agreed_items: usize,
    /// Items both rated.
    pub compared_items: usize,
    /// Shared priorities.
    pub priorities: PriorityOverlap,
}

impl Headline {
    /// The agreement rate as a whole percentage, if any item was compared.
    pub fn agreement_percent(&self) -> Option<u8> {
        crate::domain::base::format::percent_of(self.agreed_items, self.compared_items)
    }
}

/// The whole comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Items both rated, in the order asked.
    pub items: Vec<ItemGap>,
    /// Every dimension, in the order asked.
    pub dimensions: Vec<DimensionComparison>,
    /// The headline figures.
    pub headline: Headline,
}

impl Comparison {
    /// Items sorted by gap, largest positive (blind spots) first; ties keep
    /// the order asked. This is the order of the diverging chart.
    pub fn items_by_gap(&self) -> Vec<&ItemGap> {
        let mut items: Vec<&ItemGap> = self.items.iter().collect();
        items.sort_by_key(|i| std::cmp::Reverse(i.gap));
        items
    }

    /// How many items carry each label.
    pub fn count(&self, label: GapLabel) -> usize {
        self.items.iter().filter(|i| i.label == label).count()
    }
}

/// Compares two responses to the same instrument.
pub fn compare(instrument: &Instrument, leader: &Response, manager: &Response) -> Comparison {
    let items: Vec<ItemGap> = instrument
        .items()
        .filter_map(|(dimension, item)| {
            let l = leader.rating(&item.id)?.score()?;
            let m = manager.rating(&item.id)?.score()?;
            Some(ItemGap {
                item_id: item.id.clone(),
                text: item.text.clone(),
                dimension_id: dimension.id.clone(),
                dimension: dimension.name.clone(),
                leader: l,
                manager: m,
                gap: l as i8 - m as i8,
                label: GapLabel::classify(l, m),
            })
        })
        .collect();

    let dimensions = instrument
        .dimensions
        .iter()
        .map(|d| {
            // Each rater needs enough data of their own (the product's
            // rule); the scores compared are then over the behaviours both
            // rated, so the gap is the difference of the two shown.
            let enough = score_dimension(d, leader).score.mean().is_some()
                && score_dimension(d, manager).score.mean().is_some();
            let pairs: Vec<&ItemGap> = items.iter().filter(|i| i.dimension_id == d.id).collect();
            let mean = |side: fn(&ItemGap) -> u8| {
                if enough && !pairs.is_empty() {
                    let sum: u32 = pairs.iter().map(|i| u32::from(side(i))).sum();
                    DimensionScore::Mean(f64::from(sum) / pairs.len() as f64)
                } else {
                    DimensionScore::NotEnoughData
                }
            };
            let (l, m) = (mean(|i| i.leader), mean(|i| i.manager));
            // The difference of the two figures as shown (one decimal), so
            // "3.3 − 2.7" reads +0.6 and never +0.7.
            let gap = match (l, m) {
                (DimensionScore::Mean(a), DimensionScore::Mean(b)) => {
                    Some((round1(a) * 10.0 - round1(b) * 10.0).round() / 10.0)
                }
                _ => None,
            };
            DimensionComparison {
                dimension_id: d.id.clone(),
                name: d.name.clone(),
                leader: l,
                manager: m,
                gap,
                compared: pairs.len(),
                total: d.items.len(),
                // A tiny tolerance so that e.g. 4.2 − 3.2 still counts as 1.0.
                flagged: gap.is_some_and(|g| g.abs() + 1e-9 >= DIMENSION_GAP_FLAG),
            }
        })
        .collect();

    let compared_items = items.len();
    let agreed_items = items
        .iter()
        .filter(|i| i.gap.abs() <= AGREEMENT_MAX_GAP)
        .count();
    // 100 × (1 − mean |gap| / span) = 100 × (span·n − Σ|gap|) / (span·n),
    // rounded half up in whole numbers, so no binary fraction can tip it.
    let span = SCALE_SPAN as usize;
    let total_gap: usize = items
        .iter()
        .map(|i| usize::from(i.gap.unsigned_abs()))
        .sum();
    let alignment_index = crate::domain::base::format::percent_of(
        (span * compared_items).saturating_sub(total_gap),
        span * compared_items,
    );
    let shared = manager
        .priorities
        .iter()
        .filter(|p| leader.is_priority(p))
        .cloned()
        .collect();

    Comparison {
        items,
        dimensions,
        headline: Headline {
            alignment_index,
            agreed_items,
            compared_items,
            priorities: PriorityOverlap {
                shared,
                manager_count: manager.priorities.len(),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::base::language::Language;

    #[test]
    fn counted_labels_read_as_english() {
        let words = Messages::complete(Language::En);
        assert_eq!(GapLabel::BlindSpot.counted(&words, 1), "1 blind spot");
        assert_eq!(GapLabel::BlindSpot.counted(&words, 5), "5 blind spots");
        assert_eq!(
            GapLabel::AgreedDevelopmentArea.counted(&words, 0),
            "0 agreed development areas"
        );
        assert_eq!(GapLabel::Aligned.counted(&words, 3), "3 aligned");
    }
}
