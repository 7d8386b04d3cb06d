//! The tables people take to a spreadsheet: the comparison and the action
//! plan (the cohort's is [`crate::domain::rules::cohort::table`]).

use crate::domain::base::csv::cell;
use crate::domain::base::rating::Rating;
use crate::domain::records::commitment::Commitment;
use crate::domain::records::response::{Rater, Response};
use crate::domain::rules::comparison::Comparison;
use crate::domain::sets::instrument::Instrument;

/// The comparison as CSV: one row per item (including items not compared).
/// Each rater's rating is data and is kept even when the other chose Not
/// observed or gave none; only the gap and the label need both.
pub fn comparison_csv(
    instrument: &Instrument,
    comparison: &Comparison,
    leader: &Response,
    manager: &Response,
) -> String {
    let rating = |r: &Response, id: &str| match r.rating(id) {
        Some(Rating::Score(s)) => s.to_string(),
        Some(Rating::NotObserved) => "not observed".to_string(),
        None => String::new(),
    };
    let mut out = String::from("item,dimension,self,manager,gap,label\r\n");
    for (dimension, item) in instrument.items() {
        let (gap, label) = match comparison.items.iter().find(|g| g.item_id == item.id) {
            Some(g) => (g.gap.to_string(), g.label.name().to_string()),
            None => (String::new(), "not compared".to_string()),
        };
        let row = [
            cell(&item.text),
            cell(&dimension.name),
            rating(leader, &item.id),
            rating(manager, &item.id),
            gap,
            label,
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The action plan as CSV: one row per commitment, check-ins joined.
pub fn plan_csv(
    instrument: &Instrument,
    leader: &str,
    manager: &str,
    plan: &[Commitment],
) -> String {
    let mut out = String::from("behaviour,action,owner,due,status,check-ins\r\n");
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
            c.status.name().to_string(),
            cell(&check_ins),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
