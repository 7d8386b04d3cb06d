//! Any question set written out as the CSV form, to start a new set from
//! in a spreadsheet.

use crate::domain::base::csv::write_rows;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::instrument_csv::{
    BEHAVIOUR, BEHAVIOUR_ID, DIMENSION, DIMENSION_ID, SUMMARY,
};

/// A question set as CSV in the form [`super::parse_instrument_csv`] reads, with
/// ids, to start a new set from in a spreadsheet.
pub fn instrument_csv(instrument: &Instrument) -> String {
    let mut rows: Vec<Vec<String>> = vec![
        vec!["name".into(), instrument.name.clone()],
        vec!["id".into(), instrument.id.clone()],
        vec!["version".into(), instrument.version.to_string()],
    ];
    let mut scale = vec!["scale".to_string()];
    scale.extend(instrument.scale.points.iter().map(|p| p.label.clone()));
    rows.push(scale);
    rows.push(vec![
        "not observed".into(),
        instrument.scale.not_observed.clone(),
    ]);
    rows.push(vec![
        "priorities".into(),
        instrument.priorities_limit.to_string(),
    ]);
    for r in &instrument.reflections {
        rows.push(vec!["reflection".into(), r.prompt.clone(), r.id.clone()]);
    }
    rows.push(Vec::new());
    rows.push(
        [DIMENSION, BEHAVIOUR, SUMMARY, DIMENSION_ID, BEHAVIOUR_ID]
            .map(String::from)
            .to_vec(),
    );
    for d in &instrument.dimensions {
        for (i, item) in d.items.iter().enumerate() {
            let summary = if i == 0 {
                d.summary.clone()
            } else {
                String::new()
            };
            rows.push(vec![
                d.name.clone(),
                item.text.clone(),
                summary,
                d.id.clone(),
                item.id.clone(),
            ]);
        }
    }
    write_rows(rows)
}
