//! The cohort table as CSV: one row per dimension, then (for a large enough
//! group) one row per item, with the same figures as the dashboard. No row
//! ever describes a single participant.

use crate::domain::base::csv::cell;
use crate::domain::rules::cohort::aggregate::{Picture, Summary};

/// A figure as the dashboard shows it (one decimal), in plain CSV digits.
fn figure(v: Option<f64>) -> String {
    v.map(crate::domain::base::format::csv_score)
        .unwrap_or_default()
}

fn summary_cells(s: Option<Summary>) -> [String; 4] {
    match s {
        Some(s) => [
            s.count.to_string(),
            figure(Some(s.median)),
            figure(Some(s.q1)),
            figure(Some(s.q3)),
        ],
        None => ["0".into(), String::new(), String::new(), String::new()],
    }
}

/// The table as CSV text.
pub fn cohort_csv(cohort_name: &str, picture: &Picture) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "cohort,{},participants,{},with manager,{}\r\n",
        cell(cohort_name),
        picture.participants,
        picture.with_manager
    ));
    out.push_str("level,dimension,item,self n,self median,self q1,self q3,manager n,manager median,manager q1,manager q3,self mean,manager mean,mean gap,pairs,chosen as priority\r\n");
    for d in &picture.dimensions {
        let mut row = vec!["dimension".to_string(), cell(&d.name), String::new()];
        row.extend(summary_cells(d.leader));
        row.extend(summary_cells(d.manager));
        row.extend([
            figure(d.leader.map(|s| s.mean)),
            figure(d.manager.map(|s| s.mean)),
            String::new(),
            String::new(),
            String::new(),
        ]);
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    for i in &picture.items {
        let manager = picture.manager_detail.then_some(i.manager);
        let mut row = vec!["item".to_string(), cell(&i.dimension), cell(&i.text)];
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
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
