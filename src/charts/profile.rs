//! The leader's profile: one bar per dimension.

use crate::charts::palette::Palette;
use crate::charts::plot_grid;
use crate::charts::{bar_categories, value_axis};
use crate::domain::rating::MAX_SCORE;
use crate::domain::scoring::DimensionResult;
use charming::element::{Label, LabelPosition};
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
        .grid(plot_grid(40, 10, 30))
        .x_axis(value_axis(palette, 0.0, f64::from(MAX_SCORE), 1.0))
        .y_axis(bar_categories(palette, names))
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
