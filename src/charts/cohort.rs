//! The cohort dashboard's charts: each dimension's spread as box plots (self
//! and, where shared, manager) and the widest self–manager gaps as diverging
//! bars. The item heatmap is a table (see the web layer), so it needs no chart.

use crate::charts::diverging::{diverging_bars, diverging_height, GapBar};
use crate::charts::parts::{
    bar_categories, base_chart, item_tooltip, legend, plot_grid, value_axis, wrap,
};
use crate::charts::Look;
use crate::domain::base::format;
use crate::domain::base::language::Language;
use crate::domain::base::rating::{MAX_SCORE, MIN_SCORE};
use crate::domain::rules::cohort::aggregate::{ItemStats, Picture, Summary};
use charming::datatype::CompositeValue;
use charming::element::ItemStyle;
use charming::series::Boxplot;
use charming::Chart;

/// A box's five numbers, or an empty box where nobody has a score.
fn five_numbers(summary: Option<Summary>) -> CompositeValue {
    match summary {
        Some(s) => CompositeValue::Array(
            [s.min, s.q1, s.median, s.q3, s.max]
                .into_iter()
                .map(|v| CompositeValue::from(format::round1(v)))
                .collect(),
        ),
        None => CompositeValue::Array(Vec::new()),
    }
}

/// Each dimension's distribution of scores across the cohort, as box plots:
/// one box for participants' self scores and, where any manager shared, one
/// for managers' scores.
pub fn dimension_boxplots(picture: &Picture, look: &Look) -> Chart {
    let palette = look.palette;
    let chars = if look.narrow() { 14 } else { 28 };
    let names: Vec<String> = picture
        .dimensions
        .iter()
        .map(|d| wrap(&d.name, chars))
        .collect();
    let series = |name: &str,
                  color: &str,
                  pick: fn(
        &crate::domain::rules::cohort::aggregate::DimensionSpread,
    ) -> Option<Summary>| {
        Boxplot::new()
            .name(name)
            .item_style(
                ItemStyle::new()
                    .color("transparent")
                    .border_color(color)
                    .border_width(2),
            )
            .data(
                picture
                    .dimensions
                    .iter()
                    .map(|d| five_numbers(pick(d)))
                    .collect::<Vec<_>>(),
            )
    };
    let (self_name, manager_name) = (look.words.chart_self(), look.words.chart_manager());
    let mut names_shown = vec![self_name];
    let mut chart = base_chart(palette)
        .tooltip(item_tooltip(palette, None))
        .grid(plot_grid(palette, 20, 30, 10))
        // Horizontal, like the report's charts: long dimension names fit on
        // a phone, and the first dimension is at the top.
        .x_axis(value_axis(
            palette,
            f64::from(MIN_SCORE),
            f64::from(MAX_SCORE),
            1.0,
        ))
        .y_axis(bar_categories(palette, names))
        .series(series(self_name, palette.leader, |d| d.leader));
    if picture.manager_figures() {
        names_shown.push(manager_name);
        chart = chart.series(series(manager_name, palette.manager, |d| d.manager));
    }
    chart.legend(legend(palette, names_shown))
}

/// The box plots' height: a row per dimension, taller when managers add a box.
pub fn dimension_boxplots_height(picture: &Picture, look: &Look) -> f64 {
    let boxes: f64 = if picture.manager_figures() { 2.0 } else { 1.0 };
    let row = (boxes * 22.0 + 14.0).max(2.4 * look.line_height());
    60.0 + picture.dimensions.len() as f64 * row
}

/// The cohort's widest gaps as bars: each behaviour's mean self − manager
/// gap, labelled with one decimal as in the table.
pub fn widest_gap_data(language: Language, items: &[&ItemStats]) -> Vec<GapBar> {
    items
        .iter()
        .filter_map(|i| {
            i.mean_gap.map(|g| GapBar {
                name: i.text.clone(),
                value: format::round1(g),
                text: format::signed_score(language, g),
            })
        })
        .collect()
}

/// The widest mean self–manager gaps across the cohort: bars to the right
/// where participants rate themselves higher than their managers do.
pub fn widest_gap_bars(items: &[&ItemStats], look: &Look) -> Chart {
    diverging_bars(look, &widest_gap_data(look.words.language(), items))
}

/// The height of the widest-gap bars at the look's width.
pub fn widest_gap_bars_height(items: &[&ItemStats], look: &Look) -> f64 {
    diverging_height(look, &widest_gap_data(look.words.language(), items))
}
