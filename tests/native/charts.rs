//! Chart builders mean what they show: every figure's label is the table's
//! text for it, the four-box regions are the label rules, legends match
//! their series, score axes run 1–5 and the gap axis fits the data.

use crate::common::sparc;
use align180::charts::comparison::{dimension_bars, dimension_radar, gap_bars};
use align180::charts::diverging::diverging_height;
use align180::charts::four_box::{four_box, four_box_points, four_box_regions};
use align180::charts::palette::{Palette, Scheme};
use align180::charts::profile::profile_chart;
use align180::charts::{gap_axis_limit, option_json, wrap, Drawn, GapBar, Look};
use align180::domain::base::format;
use align180::domain::base::language::Language;
use align180::domain::base::rating::Rating;
use align180::domain::records::response::Response;
use align180::domain::rules::comparison::{compare, GapLabel};
use align180::domain::rules::scoring::score_dimensions;
use proptest::prelude::*;
use serde_json::Value;

fn light(width: f64) -> Look {
    Look::new(
        Palette::for_scheme(Scheme::Light),
        width,
        crate::common::en(),
    )
}

fn option(chart: &charming::Chart) -> Value {
    serde_json::from_str(&option_json(chart)).unwrap_or(Value::Null)
}

fn series(option: &Value) -> Vec<Value> {
    option["series"].as_array().cloned().unwrap_or_default()
}

fn data(series: &Value) -> Vec<Value> {
    series["data"].as_array().cloned().unwrap_or_default()
}

/// The label text ECharts shows for each data item of a series labelled
/// with `{b}`: the item's name; `None` for an empty slot.
fn label_texts(series: &Value) -> Vec<Option<String>> {
    assert_eq!(series["label"]["formatter"], "{b}", "{series}");
    data(series)
        .iter()
        .map(|d| d["name"].as_str().map(str::to_string))
        .collect()
}

/// The value plotted for each data item, `None` for an empty slot.
fn values(series: &Value) -> Vec<Option<f64>> {
    data(series)
        .iter()
        .map(|d| d.get("value").and_then(Value::as_f64).or(d.as_f64()))
        .collect()
}

/// Leader rates `own`, the manager `theirs`, with per-dimension exceptions.
fn pair() -> (Response, Response) {
    let mut leader = Response::default();
    let mut manager = Response::default();
    for (d, item) in sparc().items() {
        leader.rate(&item.id, Rating::Score(4));
        let m = match d.id.as_str() {
            "strategy" => 2,
            "purpose" => 5,
            _ => 4,
        };
        manager.rate(&item.id, Rating::Score(m));
    }
    (leader, manager)
}

#[test]
fn profile_chart_has_one_bar_per_dimension_and_gaps_for_missing_data() {
    let mut response = Response::default();
    for item in &sparc().dimensions[0].items {
        response.rate(&item.id, Rating::Score(4));
    }
    let results = score_dimensions(sparc(), &response);
    let look = Look::new(
        Palette::for_scheme(Scheme::Dark),
        800.0,
        crate::common::en(),
    );
    let o = option(&profile_chart(&results, "Self", &look));
    let s = series(&o);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0]["type"], "bar");
    assert_eq!(label_texts(&s[0])[0].as_deref(), Some("4.0"));
    assert_eq!(values(&s[0])[0], Some(4.0));
    assert!(values(&s[0])[1..].iter().all(Option::is_none));
    let categories = &o["yAxis"]["data"];
    assert_eq!(categories[0], "Strategy");
    assert_eq!(categories[1], "Purpose (not enough data)");
    // Scores run on the scale's own 1–5.
    assert_eq!(o["xAxis"]["min"], 1.0);
    assert_eq!(o["xAxis"]["max"], 5.0);
}

#[test]
fn every_report_chart_draws_both_raters_in_the_raters_colours() {
    let (l, m) = pair();
    let c = compare(sparc(), &l, &m);
    let look = light(900.0);
    let p = look.palette;
    for chart in [dimension_bars(&c, &look), gap_bars(&c, &look)] {
        let s = series(&option(&chart));
        assert_eq!(s[0]["itemStyle"]["color"], p.leader);
        assert_eq!(s[1]["itemStyle"]["color"], p.manager);
    }
    let radar = option(&dimension_radar(&c, &look));
    let s = series(&radar);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0]["lineStyle"]["color"], p.leader);
    assert_eq!(s[1]["lineStyle"]["color"], p.manager);
}

/// ECharts colours a legend entry by its series' item colour, or else by
/// the option's colour list in series order: both must be the series' colour.
#[test]
fn legend_colours_equal_series_colours() {
    let (l, m) = pair();
    let c = compare(sparc(), &l, &m);
    for scheme in [Scheme::Light, Scheme::Dark] {
        let look = Look::new(Palette::for_scheme(scheme), 700.0, crate::common::en());
        for chart in [
            dimension_bars(&c, &look),
            dimension_radar(&c, &look),
            gap_bars(&c, &look),
            four_box(&c, &look),
        ] {
            let o = option(&chart);
            let palette_list: Vec<Value> = o["color"].as_array().cloned().unwrap_or_default();
            let legend: Vec<Value> = o["legend"]["data"].as_array().cloned().unwrap_or_default();
            assert!(!legend.is_empty());
            let s = series(&o);
            for entry in &legend {
                let name = entry.get("name").unwrap_or(entry);
                let (index, found) = s
                    .iter()
                    .enumerate()
                    .find(|(_, s)| &s["name"] == name)
                    .unwrap_or_else(|| panic!("no series named {name}"));
                let drawn = found["lineStyle"]["color"]
                    .as_str()
                    .or(found["itemStyle"]["color"].as_str());
                let keyed = found["itemStyle"]["color"]
                    .as_str()
                    .or(palette_list.get(index).and_then(Value::as_str));
                assert!(drawn.is_some(), "{name} has no colour of its own");
                assert_eq!(
                    drawn, keyed,
                    "legend {name}: series drawn in {drawn:?}, keyed {keyed:?}"
                );
            }
        }
    }
}

#[test]
fn dimension_bars_are_labelled_with_the_tables_text() {
    let (l, m) = pair();
    let c = compare(sparc(), &l, &m);
    let s = series(&option(&dimension_bars(&c, &light(900.0))));
    assert_eq!(s[0]["name"], "Self");
    assert_eq!(s[1]["name"], "Manager");
    assert_eq!(values(&s[0]), vec![Some(4.0); 5]);
    assert_eq!(
        label_texts(&s[1]),
        ["2.0", "5.0", "4.0", "4.0", "4.0"].map(|t| Some(t.to_string()))
    );
}

#[test]
fn a_mean_of_three_and_a_quarter_reads_3_3_on_the_chart_as_in_the_table() {
    let mut leader = Response::default();
    let mut manager = Response::default();
    for (d, item) in sparc().items() {
        manager.rate(&item.id, Rating::Score(3));
        leader.rate(&item.id, Rating::Score(3));
        if d.id == "purpose" {
            leader.rate(&item.id, Rating::Score(4));
        }
    }
    // Purpose: 4, 3, 3, 3 and one Not observed → 13 / 4 = 3.25.
    let purpose: Vec<String> = sparc().dimensions[1]
        .items
        .iter()
        .map(|i| i.id.clone())
        .collect();
    for (id, r) in purpose.iter().zip([
        Rating::Score(4),
        Rating::Score(3),
        Rating::Score(3),
        Rating::Score(3),
        Rating::NotObserved,
    ]) {
        leader.rate(id, r);
    }
    let c = compare(sparc(), &leader, &manager);
    assert_eq!(c.dimensions[1].leader.mean(), Some(3.25));
    let s = series(&option(&dimension_bars(&c, &light(900.0))));
    assert_eq!(label_texts(&s[0])[1].as_deref(), Some("3.3"));
    assert_eq!(values(&s[0])[1], Some(3.3));
    assert_eq!(format::score(Language::En, 3.25), "3.3");
}

#[test]
fn gap_bars_are_sorted_split_by_side_with_signed_labels_and_full_names() {
    let (l, m) = pair();
    let c = compare(sparc(), &l, &m);
    let look = Look::new(
        Palette::for_scheme(Scheme::Dark),
        360.0,
        crate::common::en(),
    );
    let o = option(&gap_bars(&c, &look));
    let s = series(&o);
    let right = values(&s[0]);
    let left = values(&s[1]);
    assert_eq!(right.len(), 25);
    assert!(right[..5].iter().all(|v| *v == Some(2.0)), "{right:?}");
    assert!(right[5..].iter().all(Option::is_none));
    assert!(left[20..].iter().all(|v| *v == Some(-1.0)), "{left:?}");
    assert_eq!(label_texts(&s[0])[0].as_deref(), Some("+2"));
    assert_eq!(label_texts(&s[1])[24].as_deref(), Some("−1"));
    // Every behaviour's whole text, wrapped (never cut) to the phone's width.
    let names: Vec<String> = data(&s[2])
        .iter()
        .filter_map(|d| d["name"].as_str().map(str::to_string))
        .collect();
    assert_eq!(names.len(), 25);
    let sorted = c.items_by_gap();
    for (name, item) in names.iter().zip(&sorted) {
        assert_eq!(name.replace('\n', " "), item.text);
        assert!(name
            .lines()
            .all(|l| l.chars().count() <= look.chars_in(look.width - 30.0)));
    }
    // The axis is symmetric, whole numbers, at least ±2, with a true minus.
    assert_eq!(
        o["xAxis"][0]["data"],
        serde_json::json!(["−2", "−1", "0", "+1", "+2"])
    );
    assert_eq!(o["xAxis"][1]["min"], -2.0);
    assert_eq!(o["xAxis"][1]["max"], 2.0);
}

#[test]
fn the_gap_axis_fits_the_widest_bar() {
    let bar = |v: f64| GapBar {
        name: String::new(),
        value: v,
        text: String::new(),
    };
    assert_eq!(gap_axis_limit(&[]), 2.0);
    assert_eq!(gap_axis_limit(&[bar(1.0), bar(-0.5)]), 2.0);
    assert_eq!(gap_axis_limit(&[bar(1.0), bar(-3.0)]), 3.0);
    assert_eq!(gap_axis_limit(&[bar(2.3)]), 3.0);
    assert_eq!(gap_axis_limit(&[bar(4.0)]), 4.0);
}

#[test]
fn a_legend_that_wraps_on_a_phone_gets_its_own_rows_above_the_plot() {
    // The same bars, but one rated the same: its legend gains "Rated the
    // same", which on a phone takes a second row; the chart grows by that row
    // instead of drawing it over the first name. On a desktop it fits one row.
    let bars = |same: bool| -> Vec<GapBar> {
        (0..4)
            .map(|i| GapBar {
                name: "Explains how each person's daily work contributes to the goals".into(),
                value: if same && i == 3 { 0.0 } else { 1.0 },
                text: String::new(),
            })
            .collect()
    };
    let phone = light(358.0);
    let grown = diverging_height(&phone, &bars(true)) - diverging_height(&phone, &bars(false));
    assert!(grown >= phone.line_height() + 10.0, "grew {grown}");
    let desktop = light(1200.0);
    assert_eq!(
        diverging_height(&desktop, &bars(true)),
        diverging_height(&desktop, &bars(false))
    );
}

#[test]
fn a_score_of_one_still_has_a_bar_and_an_empty_gap_side_stays_empty() {
    let (l, m) = pair();
    let c = compare(sparc(), &l, &m);
    let look = light(800.0);
    let stubs = |chart: &charming::Chart, height: f64| -> Vec<Value> {
        let drawn: Value = serde_json::from_str(&Drawn::new(chart, &look, height).option)
            .expect("a drawn chart is JSON");
        series(&drawn)
            .iter()
            .filter(|s| s["type"] == "bar")
            .map(|s| s["barMinHeight"].clone())
            .collect()
    };
    let scores = stubs(&dimension_bars(&c, &look), 300.0);
    assert_eq!(scores.len(), 2);
    assert!(scores.iter().all(|s| s == 3), "{scores:?}");
    let gaps = stubs(&gap_bars(&c, &look), 900.0);
    assert_eq!(gaps.len(), 2);
    assert!(gaps.iter().all(Value::is_null), "{gaps:?}");
}

#[test]
fn the_four_box_on_paper_leaves_its_key_to_the_page() {
    // The printed page shows the key with counts beside the chart; the
    // chart's own legend would be a second key.
    let (l, m) = pair();
    let c = compare(sparc(), &l, &m);
    let screen = option(&four_box(&c, &light(700.0)));
    let entries = |o: &Value| -> usize {
        let legend = &o["legend"];
        let one = if legend.is_array() {
            &legend[0]
        } else {
            legend
        };
        one["data"].as_array().map_or(0, Vec::len)
    };
    assert_eq!(entries(&screen), 5, "{}", screen["legend"]);
    let paper = option(&four_box(
        &c,
        &Look::new(Palette::for_paper(), 310.0, crate::common::en()),
    ));
    assert_eq!(entries(&paper), 0, "{}", paper["legend"]);
}

#[test]
fn wrapping_keeps_every_word_and_fits_the_line() {
    let text = "Translates the organisation's strategy into a few clear priorities for the team";
    let wrapped = wrap(text, 20);
    assert_eq!(wrapped.replace('\n', " "), text);
    assert!(wrapped.lines().all(|l| l.chars().count() <= 20));
    assert_eq!(wrap("short", 20), "short");
}

mod four_box_truth {
    use super::*;

    /// All 36 pairs of a self and a manager answer (0 = Not observed, 1–5):
    /// a rated pair lies in exactly one region, whose label is the rules' label.
    #[test]
    fn the_regions_are_the_label_rules_for_every_pair() {
        let regions = four_box_regions();
        for leader in 0u8..=5 {
            for manager in 0u8..=5 {
                let inside: Vec<_> = regions
                    .iter()
                    .filter(|r| r.contains(f64::from(leader), f64::from(manager)))
                    .collect();
                if leader == 0 || manager == 0 {
                    assert!(inside.is_empty(), "({leader}, {manager}) is not plotted");
                    continue;
                }
                assert_eq!(inside.len(), 1, "({leader}, {manager}) in {inside:?}");
                assert_eq!(inside[0].label, GapLabel::classify(leader, manager));
            }
        }
        // And nothing else: the regions tile the 5 × 5 grid exactly.
        let area: f64 = regions
            .iter()
            .map(|r| (r.self_to - r.self_from) * (r.manager_to - r.manager_from))
            .sum();
        assert_eq!(area, 25.0);
    }

    #[test]
    fn the_bands_and_squares_are_whole_rectangles() {
        let regions = four_box_regions();
        let squares: Vec<_> = regions
            .iter()
            .filter(|r| r.label == GapLabel::AgreedStrength)
            .collect();
        assert_eq!(squares.len(), 1);
        assert_eq!(
            (
                squares[0].self_from,
                squares[0].self_to,
                squares[0].manager_from,
                squares[0].manager_to
            ),
            (3.5, 5.5, 3.5, 5.5)
        );
        let low: Vec<_> = regions
            .iter()
            .filter(|r| r.label == GapLabel::AgreedDevelopmentArea)
            .collect();
        assert_eq!(low.len(), 1);
        assert_eq!((low[0].self_to, low[0].manager_to), (2.5, 2.5));
    }

    #[test]
    fn each_pair_is_one_mark_at_its_true_ratings_coloured_and_shaped_by_label() {
        let (l, m) = pair();
        let c = compare(sparc(), &l, &m);
        let look = light(700.0);
        let o = option(&four_box(&c, &look));
        let s = series(&o);
        // A line, then one scatter series per label.
        let marks: Vec<&Value> = s.iter().filter(|s| s["type"] == "scatter").collect();
        assert_eq!(marks.len(), GapLabel::ALL.len());
        let mut counted = 0.0;
        for (series, label) in marks.iter().zip(GapLabel::ALL) {
            assert_eq!(series["itemStyle"]["color"], look.palette.label(label));
            for point in data(series) {
                let v = point["value"].as_array().cloned().unwrap_or_default();
                let (x, y, n) = (v[0].as_f64(), v[1].as_f64(), v[2].as_f64());
                let (x, y) = (x.unwrap_or(-1.0), y.unwrap_or(-1.0));
                assert_eq!(x.fract(), 0.0, "never nudged off its rating");
                assert_eq!(y.fract(), 0.0);
                assert_eq!(GapLabel::classify(x as u8, y as u8), label);
                counted += n.unwrap_or(0.0);
            }
            // Its regions are shaded in its colour.
            assert_eq!(
                series["markArea"]["itemStyle"]["color"],
                look.palette.label(label)
            );
        }
        assert_eq!(counted, 25.0);
        let points = four_box_points(&c);
        // Strategy 4/2 (blind spot), Purpose 4/5 and the rest 4/4.
        assert_eq!(points.len(), 3);
        assert_eq!(points.iter().map(|p| p.behaviours.len()).sum::<usize>(), 25);
    }
}

fn cohort_of(scores: &[(u8, Option<u8>)]) -> align180::domain::rules::cohort::aggregate::Picture {
    use align180::domain::records::cohort::AnonymousAnswers;
    use align180::domain::records::cohort::Participant;
    let all = |score: u8| AnonymousAnswers {
        ratings: sparc()
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
            team: None,
        })
        .collect();
    align180::domain::rules::cohort::aggregate::picture(sparc(), &people)
}

#[test]
fn cohort_box_plots_carry_five_numbers_per_dimension() {
    use align180::charts::cohort::dimension_boxplots;
    let picture = cohort_of(&[(2, Some(3)), (3, Some(3)), (4, Some(5)), (5, None)]);
    let o = option(&dimension_boxplots(&picture, &light(900.0)));
    let s = series(&o);
    assert_eq!(s.len(), 2, "self and manager");
    assert_eq!(s[0]["type"], "boxplot");
    // Self: 2, 3, 4, 5 → min 2, q1 2.75 (shown 2.8), median 3.5, q3 4.25 (4.3), max 5.
    assert_eq!(
        s[0]["data"][0],
        serde_json::json!([2.0, 2.8, 3.5, 4.3, 5.0])
    );
    assert_eq!(
        s[1]["data"][4],
        serde_json::json!([3.0, 3.0, 3.0, 4.0, 5.0])
    );
    let alone = cohort_of(&[(2, None), (3, None), (4, None)]);
    let o = option(&dimension_boxplots(&alone, &light(900.0)));
    assert_eq!(o["series"].as_array().map(Vec::len), Some(1));
}

#[test]
fn cohort_gap_bars_split_by_direction_with_one_decimal() {
    use align180::charts::cohort::widest_gap_bars;
    let picture = cohort_of(&[(4, Some(2)), (4, Some(3)), (5, Some(3))]);
    let widest = picture.widest_gaps();
    assert_eq!(widest.len(), 5);
    let s = series(&option(&widest_gap_bars(&widest, &light(900.0))));
    // Mean gap (2 + 1 + 2) / 3 = 1.7 on every item: all on the self side.
    assert_eq!(values(&s[0])[0], Some(1.7));
    assert_eq!(label_texts(&s[0])[0].as_deref(), Some("+1.7"));
    assert!(values(&s[1])[0].is_none());
}

#[test]
fn a_drawing_carries_the_looks_text_and_rich_text_tooltips() {
    let (l, m) = pair();
    let c = compare(sparc(), &l, &m);
    let look = Look::new(
        Palette::for_scheme(Scheme::Dark).with_font_size(24),
        1900.0,
        crate::common::en(),
    );
    let drawn = Drawn::new(&dimension_bars(&c, &look), &look, 400.0);
    let o: Value = serde_json::from_str(&drawn.option).unwrap_or(Value::Null);
    assert_eq!(o["textStyle"]["fontSize"], 24);
    assert_eq!(o["textStyle"]["color"], look.palette.text);
    // Drawn inside the chart: no HTML overlay, so no inline styles.
    assert_eq!(o["tooltip"]["renderMode"], "richText");
    assert_eq!(o["xAxis"]["axisLabel"]["fontSize"], 24.0);
    assert_eq!(drawn.height, 400.0);
}

#[test]
fn paper_is_light_whatever_the_screen() {
    let paper = Palette::for_paper();
    assert_eq!(paper.text, Palette::for_scheme(Scheme::Light).text);
    assert_ne!(paper.text, Palette::for_scheme(Scheme::Dark).text);
}

proptest! {
    /// Whatever two people answer, every figure on the report's charts is
    /// labelled with exactly the table's text, and plotted at that value.
    #[test]
    fn chart_labels_equal_table_text(a in crate::common::any_response(), b in crate::common::any_response()) {
        let c = compare(sparc(), &a, &b);
        let s = series(&option(&dimension_bars(&c, &light(900.0))));
        for (series, pick) in s.iter().zip([
            (|d: &align180::domain::rules::comparison::DimensionComparison| d.leader.mean()) as fn(&_) -> _,
            |d| d.manager.mean(),
        ]) {
            let texts = label_texts(series);
            let plotted = values(series);
            for ((d, text), value) in c.dimensions.iter().zip(&texts).zip(&plotted) {
                let table = pick(d).map(|v| format::score(Language::En, v));
                prop_assert_eq!(text, &table);
                // The bar ends where its label says.
                if let (Some(t), Some(v)) = (text, value) {
                    prop_assert_eq!(t.parse::<f64>().ok(), Some(*v));
                }
            }
        }
        let g = series(&option(&gap_bars(&c, &light(900.0))));
        let texts: Vec<String> = label_texts(&g[0])
            .into_iter()
            .zip(label_texts(&g[1]))
            .map(|(r, l)| r.or(l).unwrap_or_else(|| "0".into()))
            .collect();
        let table: Vec<String> = c
            .items_by_gap()
            .iter()
            .map(|i| format::signed_whole(i32::from(i.gap)))
            .collect();
        prop_assert_eq!(texts, table);
    }
}
