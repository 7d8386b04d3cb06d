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

mod report {
    use align180::charts::comparison::{
        dimension_bars, dimension_radar, four_box, gap_bars, spread,
    };
    use align180::charts::option_json;
    use align180::charts::palette::{Palette, Scheme};
    use align180::domain::comparison::compare;
    use align180::domain::instrument::Instrument;
    use align180::domain::rating::Rating;
    use align180::domain::response::Response;
    use serde_json::Value;

    fn pair() -> (Response, Response) {
        let mut leader = Response::default();
        let mut manager = Response::default();
        for (d, item) in Instrument::sparc_180().items() {
            leader.rate(&item.id, Rating::Score(4));
            let m = if d.id == "strategy" {
                2
            } else if d.id == "purpose" {
                5
            } else {
                4
            };
            manager.rate(&item.id, Rating::Score(m));
        }
        (leader, manager)
    }

    fn option(chart: &charming::Chart) -> Value {
        serde_json::from_str(&option_json(chart)).unwrap_or(Value::Null)
    }

    fn series(option: &Value) -> Vec<Value> {
        option["series"].as_array().cloned().unwrap_or_default()
    }

    #[test]
    fn every_report_chart_draws_both_raters() {
        let (l, m) = pair();
        let c = compare(Instrument::sparc_180(), &l, &m);
        let p = Palette::for_scheme(Scheme::Light);
        for chart in [
            dimension_bars(&c, p),
            dimension_radar(&c, p),
            gap_bars(&c, p, 44),
            four_box(&c, p),
        ] {
            assert_eq!(series(&option(&chart)).len(), 2);
        }
    }

    #[test]
    fn dimension_bars_hold_each_raters_means() {
        let (l, m) = pair();
        let c = compare(Instrument::sparc_180(), &l, &m);
        let o = option(&dimension_bars(&c, Palette::for_scheme(Scheme::Light)));
        let s = series(&o);
        assert_eq!(s[0]["name"], "Self");
        assert_eq!(s[1]["name"], "Manager");
        assert_eq!(s[0]["data"], serde_json::json!([4.0, 4.0, 4.0, 4.0, 4.0]));
        assert_eq!(s[1]["data"], serde_json::json!([2.0, 5.0, 4.0, 4.0, 4.0]));
    }

    #[test]
    fn gap_bars_are_sorted_with_blind_spots_first_and_split_by_side() {
        let (l, m) = pair();
        let c = compare(Instrument::sparc_180(), &l, &m);
        let s = series(&option(&gap_bars(
            &c,
            Palette::for_scheme(Scheme::Dark),
            20,
        )));
        let right: Vec<Value> = s[0]["data"].as_array().cloned().unwrap_or_default();
        let left: Vec<Value> = s[1]["data"].as_array().cloned().unwrap_or_default();
        assert_eq!(right.len(), 25);
        assert!(right[..5].iter().all(|v| v == 2), "{right:?}");
        assert!(right[5..].iter().all(Value::is_null));
        assert!(left[20..].iter().all(|v| v == -1), "{left:?}");
        assert!(left[..5].iter().all(Value::is_null));
        let o = option(&gap_bars(&c, Palette::for_scheme(Scheme::Dark), 20));
        let labels = o["yAxis"][0]["data"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(
            labels
                .iter()
                .all(|l| l.as_str().is_some_and(|t| t.chars().count() <= 20)),
            "{labels:?}"
        );
    }

    #[test]
    fn four_box_places_every_item_near_its_true_ratings() {
        let (l, m) = pair();
        let c = compare(Instrument::sparc_180(), &l, &m);
        let s = series(&option(&four_box(&c, Palette::for_scheme(Scheme::Light))));
        assert_eq!(s[0]["data"].as_array().map(Vec::len), Some(25));
        let items: Vec<_> = c.items.iter().collect();
        let points = spread(&items);
        for ((x, y), item) in points.iter().zip(&items) {
            assert!((x - f64::from(item.leader)).abs() <= 0.3 + 1e-9);
            assert!((y - f64::from(item.manager)).abs() <= 0.3 + 1e-9);
        }
        // The first nine items sharing a cell sit at distinct places.
        let same: Vec<_> = points.iter().take(5).collect();
        for (i, a) in same.iter().enumerate() {
            for b in &same[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}

mod labels {
    use align180::charts::short_label;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn short_labels_fit_and_keep_short_text_whole(text in ".{0,120}", max in 2usize..80) {
            let label = short_label(&text, max);
            prop_assert!(label.chars().count() <= max, "{label:?} > {max}");
            if text.chars().count() <= max {
                prop_assert_eq!(label, text);
            } else {
                prop_assert!(label.ends_with('…'));
            }
        }
    }
}

fn cohort_of(scores: &[(u8, Option<u8>)]) -> align180::domain::cohort::aggregate::Picture {
    use align180::domain::cohort::Participant;
    use align180::domain::share::cohort::AnonymousAnswers;
    let instrument = Instrument::sparc_180();
    let all = |score: u8| AnonymousAnswers {
        ratings: instrument
            .items()
            .map(|(_, i)| (i.id.clone(), Rating::Score(score)))
            .collect(),
        priorities: Vec::new(),
    };
    let people: Vec<Participant> = scores
        .iter()
        .enumerate()
        .map(|(t, (own, manager))| Participant {
            token: t as u32,
            leader: all(*own),
            manager: manager.map(all),
        })
        .collect();
    align180::domain::cohort::aggregate::picture(instrument, &people)
}

#[test]
fn cohort_box_plots_carry_five_numbers_per_dimension() {
    use align180::charts::cohort::dimension_boxplots;
    let picture = cohort_of(&[(2, Some(3)), (3, Some(3)), (4, Some(5)), (5, None)]);
    let option: Value = serde_json::from_str(&option_json(&dimension_boxplots(
        &picture,
        Palette::for_scheme(Scheme::Light),
    )))
    .unwrap_or(Value::Null);
    let series = option["series"].as_array().cloned().unwrap_or_default();
    assert_eq!(series.len(), 2, "self and manager");
    assert_eq!(series[0]["type"], "boxplot");
    // Self: 2, 3, 4, 5 → min 2, q1 2.75 (shown 2.8), median 3.5, q3 4.25 (4.3), max 5.
    assert_eq!(
        series[0]["data"][0],
        serde_json::json!([2.0, 2.8, 3.5, 4.3, 5.0])
    );
    // Managers: 3, 3, 5.
    assert_eq!(
        series[1]["data"][4],
        serde_json::json!([3.0, 3.0, 3.0, 4.0, 5.0])
    );
    assert_eq!(series[0]["data"].as_array().map(Vec::len), Some(5));
    // Without managers there is one series.
    let alone = cohort_of(&[(2, None), (3, None), (4, None)]);
    let option: Value = serde_json::from_str(&option_json(&dimension_boxplots(
        &alone,
        Palette::for_scheme(Scheme::Light),
    )))
    .unwrap_or(Value::Null);
    assert_eq!(option["series"].as_array().map(Vec::len), Some(1));
}

#[test]
fn cohort_gap_bars_split_by_direction() {
    use align180::charts::cohort::widest_gap_bars;
    let picture = cohort_of(&[(4, Some(2)), (4, Some(3)), (5, Some(3))]);
    let widest = picture.widest_gaps();
    assert_eq!(widest.len(), 5);
    let option: Value = serde_json::from_str(&option_json(&widest_gap_bars(
        &widest,
        Palette::for_scheme(Scheme::Light),
        30,
    )))
    .unwrap_or(Value::Null);
    // Mean gap (2 + 1 + 2) / 3 = 1.7 on every item: all on the self side.
    assert_eq!(option["series"][0]["data"][0].as_f64(), Some(1.7));
    assert!(option["series"][1]["data"][0].is_null());
}

#[test]
fn projector_options_set_every_text_larger_and_keep_the_rest() {
    use align180::charts::with_font_size;
    let original = r#"{"series":[{"type":"bar","data":[1,2],"label":{"show":true}}],"legend":{"top":0},"xAxis":[{"axisLabel":{"color":"red"}}],"yAxis":{"type":"category"}}"#;
    let large: Value = serde_json::from_str(&with_font_size(original, 20)).unwrap_or(Value::Null);
    assert_eq!(large["textStyle"]["fontSize"], 20);
    assert_eq!(
        large["xAxis"][0]["axisLabel"],
        serde_json::json!({"color": "red", "fontSize": 20})
    );
    assert_eq!(large["yAxis"]["axisLabel"]["fontSize"], 20);
    assert_eq!(large["legend"]["textStyle"]["fontSize"], 20);
    assert_eq!(
        large["series"][0]["label"],
        serde_json::json!({"show": true, "fontSize": 20})
    );
    assert_eq!(large["series"][0]["data"], serde_json::json!([1, 2]));
    assert_eq!(large["legend"]["top"], 0);
    // Not an option object: left as it was.
    assert_eq!(with_font_size("[1]", 20), "[1]");
}
