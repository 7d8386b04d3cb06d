//! The tables people take to a spreadsheet: the comparison and the action
//! plan (the cohort's is [`crate::domain::rules::cohort::table`]).

use crate::domain::base::csv::{cell, Sheet};
use crate::domain::base::messages::Messages;
use crate::domain::base::rating::Rating;
use crate::domain::records::commitment::Commitment;
use crate::domain::records::response::{Rater, Response};
use crate::domain::rules::comparison::Comparison;
use crate::domain::sets::instrument::Instrument;

/// The comparison as CSV: one row per item (including items not compared).
/// Each rater's rating is data and is kept even when the other chose Not
/// observed or gave none; only the gap and the label need both.
pub fn comparison_csv(
    words: &Messages,
    instrument: &Instrument,
    comparison: &Comparison,
    leader: &Response,
    manager: &Response,
) -> String {
    let rating = |r: &Response, id: &str| match r.rating(id) {
        Some(Rating::Score(s)) => s.to_string(),
        Some(Rating::NotObserved) => cell(words.csv_not_observed()),
        None => String::new(),
    };
    let mut out = Sheet::new(words.language());
    out.heading(words.csv_comparison_heading());
    for (dimension, item) in instrument.items() {
        let (gap, label) = match comparison.items.iter().find(|g| g.item_id == item.id) {
            Some(g) => (g.gap.to_string(), cell(g.label.name(words))),
            None => (String::new(), cell(words.csv_not_compared())),
        };
        let row = [
            cell(&item.text),
            cell(&dimension.name),
            rating(leader, &item.id),
            rating(manager, &item.id),
            gap,
            label,
        ];
        out.row(&row);
    }
    out.text()
}

/// The action plan as CSV: one row per commitment, check-ins joined.
pub fn plan_csv(
    words: &Messages,
    instrument: &Instrument,
    leader: &str,
    manager: &str,
    plan: &[Commitment],
) -> String {
    let mut out = Sheet::new(words.language());
    out.heading(words.csv_plan_heading());
    for c in plan {
        let behaviour = c
            .item_id
            .as_deref()
            .and_then(|id| instrument.item(id))
            .map(|(_, i)| i.text.clone())
            .unwrap_or_default();
        let owner = match c.owner {
            Rater::Leader => leader,
            Rater::Manager => manager,
        };
        let check_ins = c
            .check_ins
            .iter()
            .map(|k| format!("{}: {}", k.date, k.note))
            .collect::<Vec<_>>()
            .join(" | ");
        let row = [
            cell(&behaviour),
            cell(&c.action),
            cell(owner),
            cell(c.due.as_deref().unwrap_or("")),
            cell(c.status.name(words)),
            cell(&check_ins),
        ];
        out.row(&row);
    }
    out.text()
}
