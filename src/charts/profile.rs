//! The leader's profile: one bar per dimension.

use crate::charts::parts::{
    bar_categories, base_chart, figure, figure_label, no_figure, plot_grid, value_axis, wrap,
};
use crate::charts::Look;
use crate::domain::base::format;
use crate::domain::base::rating::{MAX_SCORE, MIN_SCORE};
use crate::domain::rules::scoring::DimensionResult;
use charming::datatype::DataPoint;
use charming::element::{ItemStyle, LabelPosition};
use charming::series::Bar;
use charming::Chart;

/// A horizontal bar per dimension on the 1–5 scale, labelled with the
/// table's text. A dimension without enough data has no bar; its row says so
/// in the table beside the chart.
pub fn profile_chart(results: &[DimensionResult], series_name: &str, look: &Look) -> Chart {
    let palette = look.palette;
    let chars = if look.narrow() { 14 } else { 28 };
    let names: Vec<String> = results
        .iter()
        .map(|r| match r.score.mean() {
            Some(_) => r.name.clone(),
            None => look.words.chart_not_enough_data(&r.name),
        })
        .map(|n| wrap(&n, chars))
        .collect();
    let values: Vec<DataPoint> = results
        .iter()
        .map(|r| match r.score.mean() {
            Some(m) => figure(format::round1(m), format::score(look.words.language(), m)).into(),
            None => no_figure().into(),
        })
        .collect();
    base_chart(palette)
        .grid(plot_grid(palette, 40, 10, 10))
        .x_axis(value_axis(
            palette,
            f64::from(MIN_SCORE),
            f64::from(MAX_SCORE),
            1.0,
        ))
        .y_axis(bar_categories(palette, names))
        .series(
            Bar::new()
                .name(series_name)
                .item_style(ItemStyle::new().color(palette.leader))
                .label(figure_label(palette, LabelPosition::Right))
                .data(values),
        )
}

/// The profile chart's height: a row per dimension.
pub fn profile_chart_height(results: &[DimensionResult], look: &Look) -> f64 {
    40.0 + results.len() as f64 * (2.2 * look.line_height()).max(34.0)
}
