//! The cohort dashboard's charts: each dimension's spread as box plots (self
//! and, where shared, manager) and the widest self–manager gaps as diverging
//! bars. The item heatmap is a table (see the web layer), so it needs no chart.

use crate::charts::palette::Palette;
use crate::charts::plot_grid;
use crate::charts::profile::one_decimal;
use crate::charts::{
    bar_categories, diverging_bars, legend, short_label, value_axis, MANAGER_SERIES, SELF_SERIES,
};
use crate::domain::cohort::aggregate::{ItemStats, Picture, Summary};
use crate::domain::rating::{MAX_SCORE, MIN_SCORE};
use charming::datatype::CompositeValue;
use charming::element::{ItemStyle, Tooltip, Trigger};
use charming::series::Boxplot;
use charming::Chart;

/// A box's five numbers, or an empty box where nobody has a score.
fn five_numbers(summary: Option<Summary>) -> CompositeValue {
    match summary {
        Some(s) => CompositeValue::Array(
            [s.min, s.q1, s.median, s.q3, s.max]
                .into_iter()
                .map(|v| CompositeValue::from(one_decimal(v)))
                .collect(),
        ),
        None => CompositeValue::Array(Vec::new()),
    }
}

/// Each dimension's distribution of scores across the cohort, as box plots:
/// one box for participants' self scores and, where any manager shared, one
/// for managers' scores.
pub fn dimension_boxplots(picture: &Picture, palette: Palette) -> Chart {
    let names: Vec<String> = picture.dimensions.iter().map(|d| d.name.clone()).collect();
    let series =
        |name: &str,
         color: &str,
         pick: fn(&crate::domain::cohort::aggregate::DimensionSpread) -> Option<Summary>| {
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
    let mut names_shown = vec![SELF_SERIES];
    let mut chart = Chart::new()
        .animation(false)
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .grid(plot_grid(20, 30, 10))
        // Horizontal, like the report's charts: long dimension names fit on
        // a phone, and the first dimension is at the top.
        .x_axis(value_axis(
            palette,
            f64::from(MIN_SCORE),
            f64::from(MAX_SCORE),
            1.0,
        ))
        .y_axis(bar_categories(palette, names))
        .series(series(SELF_SERIES, palette.leader, |d| d.leader));
    if picture.with_manager > 0 {
        names_shown.push(MANAGER_SERIES);
        chart = chart.series(series(MANAGER_SERIES, palette.manager, |d| d.manager));
    }
    chart.legend(legend(palette, names_shown))
}

/// The widest mean self–manager gaps across the cohort: bars to the right
/// where participants rate themselves higher than their managers do.
pub fn widest_gap_bars(items: &[&ItemStats], palette: Palette, label_chars: usize) -> Chart {
    let labels: Vec<String> = items
        .iter()
        .map(|i| short_label(&i.text, label_chars))
        .collect();
    let gaps: Vec<Option<f64>> = items.iter().map(|i| i.mean_gap.map(one_decimal)).collect();
    diverging_bars(palette, labels, &gaps)
}
