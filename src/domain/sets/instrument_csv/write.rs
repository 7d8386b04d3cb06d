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
    if instrument.language != "en" {
        rows.push(vec!["language".into(), instrument.language.clone()]);
    }
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
    for t in &instrument.translations {
        let with = |name: &str| format!("{name} ({})", t.language);
        rows.push(vec![with("name"), t.name.clone()]);
        let mut scale = vec![with("scale")];
        scale.extend(t.scale.iter().cloned());
        rows.push(scale);
        rows.push(vec![with("not observed"), t.not_observed.clone()]);
        for r in &instrument.reflections {
            let prompt = t.reflections.get(&r.id).cloned().unwrap_or_default();
            rows.push(vec![with("reflection"), prompt]);
        }
    }
    rows.push(Vec::new());
    let mut heading: Vec<String> = [DIMENSION, BEHAVIOUR, SUMMARY, DIMENSION_ID, BEHAVIOUR_ID]
        .map(String::from)
        .to_vec();
    for t in &instrument.translations {
        for name in [DIMENSION, BEHAVIOUR, SUMMARY] {
            heading.push(format!("{name} ({})", t.language));
        }
    }
    rows.push(heading);
    for d in &instrument.dimensions {
        for (i, item) in d.items.iter().enumerate() {
            let first = i == 0;
            let summary = if first {
                d.summary.clone()
            } else {
                String::new()
            };
            let mut row = vec![
                d.name.clone(),
                item.text.clone(),
                summary,
                d.id.clone(),
                item.id.clone(),
            ];
            for t in &instrument.translations {
                let dim = t.dimensions.get(&d.id).cloned().unwrap_or_default();
                row.push(if first { dim.name } else { String::new() });
                row.push(t.items.get(&item.id).cloned().unwrap_or_default());
                row.push(if first { dim.summary } else { String::new() });
            }
            rows.push(row);
        }
    }
    write_rows(rows)
}
