//! The tables people take to a spreadsheet: the comparison and the action
//! plan (the cohort table is in [`crate::domain::cohort::table`]). Every cell
//! is quoted when needed and never starts like a formula.

use crate::domain::comparison::Comparison;
use crate::domain::instrument::Instrument;

/// A CSV cell: quoted when needed, and never starting with a character a
/// spreadsheet would run as a formula.
pub(crate) fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The comparison as CSV: one row per item (including items not compared).
pub fn comparison_csv(instrument: &Instrument, comparison: &Comparison) -> String {
    let mut out = String::from("item,dimension,self,manager,gap,label\r\n");
    for (dimension, item) in instrument.items() {
        let row = match comparison.items.iter().find(|g| g.item_id == item.id) {
            Some(g) => [
                cell(&item.text),
                cell(&dimension.name),
                g.leader.to_string(),
                g.manager.to_string(),
                g.gap.to_string(),
                g.label.name().to_string(),
            ],
            None => [
                cell(&item.text),
                cell(&dimension.name),
                String::new(),
                String::new(),
                String::new(),
                "not compared".to_string(),
            ],
        };
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
    plan: &[crate::domain::plan::Commitment],
) -> String {
    use crate::domain::response::Rater;
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
