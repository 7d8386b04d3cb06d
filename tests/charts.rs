//! Chart builders produce the expected ECharts options.
#![cfg(not(target_arch = "wasm32"))]

use align180::charts::option_json;
use align180::charts::palette::{Palette, Scheme};
use align180::charts::profile::profile_chart;
use align180::domain::instrument::Instrument;
use align180::domain::rating::Rating;
use align180::domain::response::Response;
use align180::domain::scoring::score_dimensions;
use serde_json::Value;

#[test]
fn profile_chart_has_one_bar_per_dimension_and_gaps_for_missing_data() {
    let instrument = Instrument::sparc_180();
    let mut response = Response::default();
    for item in &instrument.dimensions[0].items {
        response.rate(&item.id, Rating::Score(4));
    }
    let results = score_dimensions(instrument, &response);
    let chart = profile_chart(&results, "Self", Palette::for_scheme(Scheme::Dark));
    let option: Value = serde_json::from_str(&option_json(&chart)).unwrap_or(Value::Null);
    let series = option["series"].as_array().cloned().unwrap_or_default();
    assert_eq!(series.len(), 1);
    assert_eq!(series[0]["type"], "bar");
    assert_eq!(series[0]["name"], "Self");
    let data = series[0]["data"].as_array().cloned().unwrap_or_default();
    assert_eq!(data.len(), 5);
    assert_eq!(data[0].as_f64(), Some(4.0));
    assert!(data[1..].iter().all(|v| !v.is_number()), "{data:?}");
    let categories = &option["yAxis"][0]["data"];
    let categories = if categories.is_null() {
        &option["yAxis"]["data"]
    } else {
        categories
    };
    assert_eq!(categories[0], "Strategy");
    assert_eq!(categories[1], "Purpose (not enough data)");
    assert_eq!(categories[4], "Collaboration (not enough data)");
}
