//! The leader's profile: one bar per dimension.

use crate::charts::palette::Palette;
use crate::domain::rating::MAX_SCORE;
use crate::domain::scoring::DimensionResult;
use charming::component::{Axis, Grid};
use charming::element::{AxisLabel, AxisType, Label, LabelPosition, LineStyle, SplitLine};
use charming::series::Bar;
use charming::Chart;

/// Rounds to one decimal place, as every score is shown in tables and text.
pub fn one_decimal(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// A horizontal bar per dimension on the 1–5 scale. A dimension without
/// enough data has no bar; its row says so in the table beside the chart.
pub fn profile_chart(results: &[DimensionResult], series_name: &str, palette: Palette) -> Chart {
    let names: Vec<String> = results
        .iter()
        .map(|r| match r.score.mean() {
            Some(_) => r.name.clone(),
            None => format!("{} (not enough data)", r.name),
        })
        .collect();
    let values: Vec<Option<f64>> = results
        .iter()
        .map(|r| r.score.mean().map(one_decimal))
        .collect();
    Chart::new()
        .animation(false)
        .grid(
            Grid::new()
                .left(10)
                .contain_label(true)
                .right(40)
                .top(10)
                .bottom(30),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(f64::from(MAX_SCORE))
                .interval(1)
                .axis_label(AxisLabel::new().color(palette.text))
                .split_line(SplitLine::new().line_style(LineStyle::new().color(palette.grid))),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(names)
                .axis_label(AxisLabel::new().color(palette.text)),
        )
        .series(
            Bar::new()
                .name(series_name)
                .item_style(charming::element::ItemStyle::new().color(palette.leader))
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Right)
                        .color(palette.text),
                )
                .data(values),
        )
}
