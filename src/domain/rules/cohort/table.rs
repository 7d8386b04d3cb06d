//! The cohort table as CSV: one row per dimension, then (for a large enough
//! group) one row per item, with the same figures as the dashboard. No row
//! ever describes a single participant.

use crate::domain::base::csv::{cell, Sheet};
use crate::domain::base::language::Language;
use crate::domain::base::messages::Messages;
use crate::domain::rules::cohort::aggregate::{Picture, Summary};

/// A figure as the dashboard shows it (one decimal), in plain CSV digits.
fn figure(language: Language, v: Option<f64>) -> String {
    v.map(|v| crate::domain::base::format::csv_score(language, v))
        .unwrap_or_default()
}

fn summary_cells(language: Language, s: Option<Summary>) -> [String; 4] {
    let figure = |v| figure(language, Some(v));
    match s {
        Some(s) => [
            s.count.to_string(),
            figure(s.median),
            figure(s.q1),
            figure(s.q3),
        ],
        None => ["0".into(), String::new(), String::new(), String::new()],
    }
}

/// The table as CSV text, as a spreadsheet in the reader's language opens it.
pub fn cohort_csv(words: &Messages, cohort_name: &str, picture: &Picture) -> String {
    let language = words.language();
    let figure = |v| figure(language, v);
    let summary_cells = |s| summary_cells(language, s);
    let mut out = Sheet::new(language);
    out.row(&[
        cell(words.csv_cohort()),
        cell(cohort_name),
        cell(words.csv_participants()),
        picture.participants.to_string(),
        cell(words.csv_with_manager()),
        picture.with_manager.to_string(),
    ]);
    out.heading(words.csv_cohort_heading());
    for d in &picture.dimensions {
        let mut row = vec![
            cell(words.csv_level_dimension()),
            cell(&d.name),
            String::new(),
        ];
        row.extend(summary_cells(d.leader));
        row.extend(summary_cells(d.manager));
        row.extend([
            figure(d.leader.map(|s| s.mean)),
            figure(d.manager.map(|s| s.mean)),
            String::new(),
            String::new(),
            String::new(),
        ]);
        out.row(&row);
    }
    for i in &picture.items {
        let manager = picture.manager_detail.then_some(i.manager);
        let mut row = vec![
            cell(words.csv_level_item()),
            cell(&i.dimension),
            cell(&i.text),
        ];
        row.extend(summary_cells(i.leader.summary()));
        row.extend(match manager {
            Some(m) => summary_cells(m.summary()),
            None => Default::default(),
        });
        row.extend([
            figure(i.leader.mean()),
            figure(manager.and_then(|m| m.mean())),
            figure(i.mean_gap),
            i.pairs.to_string(),
            (i.leader_priority + i.manager_priority).to_string(),
        ]);
        out.row(&row);
    }
    out.text()
}
