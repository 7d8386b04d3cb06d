//! The team beside the 180: the rows put the team's mean on the ratings'
//! 1–5 footing per dimension (nothing below the minimum group), the guide's
//! notes follow the stated rule with the figures as shown, and the chart's
//! three series are labelled with the table's text in the palette's colours.

use align180::charts::palette::{Palette, Scheme};
use align180::charts::pulse::team_beside_bars;
use align180::charts::{option_json, Look};
use align180::domain::base::rating::Rating;
use align180::domain::records::pulse::{Agreement, PulseResponse};
use align180::domain::records::response::Response;
use align180::domain::rules::comparison::compare;
use align180::domain::rules::pulse::beside::{beside_180, team_notes, Beside};
use align180::domain::rules::pulse::picture::pulse_picture;
use align180::domain::sets::instrument::Instrument;
use align180::domain::sets::pulse_set::PulseSet;
use serde_json::Value;

/// Every behaviour of a dimension rated `scores[dimension]`.
fn rated(scores: [u8; 5]) -> Response {
    let mut r = Response::default();
    for (d, item) in Instrument::sparc_180().items() {
        let i = Instrument::sparc_180()
            .dimensions
            .iter()
            .position(|x| x.id == d.id)
            .unwrap_or(0);
        r.rate(&item.id, Rating::Score(scores[i]));
    }
    r
}

/// A member answering every statement of a dimension `answers[dimension]` (0 = Don't know).
fn member(answers: [u8; 5]) -> PulseResponse {
    let set = PulseSet::sparc_team_pulse();
    PulseResponse {
        answers: set
            .dimensions
            .iter()
            .zip(answers)
            .flat_map(|(d, a)| {
                d.statements.iter().map(move |s| {
                    let answer = if a == 0 {
                        Agreement::DontKnow
                    } else {
                        Agreement::Score(a)
                    };
                    (s.id.clone(), answer)
                })
            })
            .collect(),
        comment: None,
    }
}

fn team() -> Vec<PulseResponse> {
    // The browser test's five members: strategy 3.2, purpose 4.0,
    // adaptiveness 3.0, resilience 1.8, collaboration 5/3.
    [
        [5, 4, 3, 2, 1],
        [4, 4, 3, 2, 2],
        [4, 5, 3, 1, 0],
        [2, 4, 3, 2, 2],
        [1, 3, 0, 2, 0],
    ]
    .map(member)
    .to_vec()
}

fn rows() -> Vec<Beside> {
    let comparison = compare(
        Instrument::sparc_180(),
        &rated([5, 3, 3, 2, 2]),
        &rated([5, 3, 3, 2, 2]),
    );
    beside_180(
        &comparison,
        &pulse_picture(PulseSet::sparc_team_pulse(), &team()),
    )
}

#[test]
fn the_team_stands_beside_each_dimension_on_the_same_footing() {
    let rows = rows();
    assert_eq!(rows.len(), 5);
    let team: Vec<Option<f64>> = rows.iter().map(|r| r.team).collect();
    assert_eq!(team[..4], [Some(3.2), Some(4.0), Some(3.0), Some(1.8)]);
    assert!(team[4].is_some_and(|t| (t - 5.0 / 3.0).abs() < 1e-9));
    assert_eq!(rows[0].leader, Some(5.0));
    assert_eq!(rows[0].dimension_id, "strategy");
}

#[test]
fn below_the_minimum_group_nothing_stands_beside() {
    let comparison = compare(
        Instrument::sparc_180(),
        &rated([5, 3, 3, 2, 2]),
        &rated([5, 3, 3, 2, 2]),
    );
    let two = pulse_picture(PulseSet::sparc_team_pulse(), &team()[..2]);
    assert!(beside_180(&comparison, &two).is_empty());
    assert!(team_notes(crate::common::en(), &beside_180(&comparison, &two)).is_empty());
}

#[test]
fn the_notes_name_a_strength_the_team_does_not_see_and_one_it_sees_more() {
    let notes = team_notes(crate::common::en(), &rows());
    assert_eq!(notes.len(), 2, "{notes:?}");
    // Strategy: both 5.0, team 3.2 (1.8 below) comes before Purpose (1.0 above).
    assert_eq!(notes[0].name, "Strategy");
    assert!(
        notes[0].text.contains("(self 5.0, manager 5.0, team 3.2)"),
        "{}",
        notes[0].text
    );
    assert!(notes[0].text.contains("you both rate it higher"));
    assert_eq!(notes[1].name, "Purpose");
    assert!(notes[1]
        .text
        .contains("your team rates it higher than either of you does"));
    // Adaptiveness (equal), Resilience (0.2) and Collaboration (0.3) are within a point.
}

#[test]
fn a_rater_without_enough_data_gives_no_note() {
    let mut rows = rows();
    rows[0].manager = None;
    assert!(team_notes(crate::common::en(), &rows)
        .iter()
        .all(|n| n.name != "Strategy"));
}

#[test]
fn the_chart_has_three_series_labelled_with_the_tables_text() {
    for scheme in [Scheme::Light, Scheme::Dark] {
        let palette = Palette::for_scheme(scheme);
        let option: Value = serde_json::from_str(&option_json(&team_beside_bars(
            &rows(),
            &Look::new(palette, 900.0, crate::common::en()),
        )))
        .unwrap_or(Value::Null);
        let series = option["series"].as_array().cloned().unwrap_or_default();
        assert_eq!(series.len(), 3);
        let names: Vec<&str> = series.iter().filter_map(|s| s["name"].as_str()).collect();
        assert_eq!(names, ["Self", "Manager", "Team"]);
        let colours: Vec<&str> = series
            .iter()
            .filter_map(|s| s["itemStyle"]["color"].as_str())
            .collect();
        assert_eq!(colours, [palette.leader, palette.manager, palette.team]);
        assert_ne!(palette.team, palette.leader);
        assert_ne!(palette.team, palette.manager);
        let team_labels: Vec<&str> = series[2]["data"]
            .as_array()
            .map(|d| d.iter().filter_map(|x| x["name"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(team_labels, ["3.2", "4.0", "3.0", "1.8", "1.7"]);
        assert_eq!(series[2]["label"]["formatter"], "{b}");
        // The score axis runs 1–5.
        assert_eq!(
            option["xAxis"]["min"]
                .as_f64()
                .or(option["xAxis"][0]["min"].as_f64()),
            Some(1.0)
        );
        assert_eq!(
            option["xAxis"]["max"]
                .as_f64()
                .or(option["xAxis"][0]["max"].as_f64()),
            Some(5.0)
        );
        let legend = &option["legend"]["data"];
        assert_eq!(legend.as_array().map(Vec::len), Some(3), "{legend}");
    }
}

#[test]
fn the_share_chart_stacks_the_tables_percentages() {
    use align180::charts::pulse::{pulse_shares, share_series};
    let picture = pulse_picture(PulseSet::sparc_team_pulse(), &team());
    let palette = Palette::for_scheme(Scheme::Light);
    let option: Value = serde_json::from_str(&option_json(&pulse_shares(
        &picture.dimensions,
        &Look::new(palette, 900.0, crate::common::en()),
    )))
    .unwrap_or(Value::Null);
    let series = option["series"].as_array().cloned().unwrap_or_default();
    assert_eq!(series.len(), 3);
    let labels = |s: &Value| -> Vec<String> {
        s["data"]
            .as_array()
            .map(|d| {
                d.iter()
                    .map(|x| x["name"].as_str().unwrap_or("?").to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let values = |s: &Value| -> Vec<f64> {
        s["data"]
            .as_array()
            .map(|d| {
                d.iter()
                    .map(|x| x["value"].as_f64().unwrap_or(-1.0))
                    .collect()
            })
            .unwrap_or_default()
    };
    for (s, name) in series.iter().zip(share_series(crate::common::en())) {
        assert_eq!(s["name"], name);
        assert_eq!(s["stack"], "shares");
    }
    // Strategy 60 / 0 / 40; purpose 80 / 20 / 0; adaptiveness 0 / 100 / 0.
    assert_eq!(values(&series[0])[..3], [60.0, 80.0, 0.0]);
    assert_eq!(labels(&series[0])[..3], ["60%", "80%", ""]);
    assert_eq!(labels(&series[1])[..3], ["", "20%", "100%"]);
    assert_eq!(labels(&series[2])[..3], ["40%", "", ""]);
    // Each bar adds up to 100.
    for i in 0..5 {
        let total: f64 = series.iter().map(|s| values(s)[i]).sum();
        assert!((99.0..=101.0).contains(&total), "dimension {i}: {total}");
    }
    let colours: Vec<&str> = series
        .iter()
        .filter_map(|s| s["itemStyle"]["color"].as_str())
        .collect();
    assert_eq!(
        colours,
        [palette.labels[2], palette.labels[4], palette.labels[0]]
    );
}
