//! Charts over cycles: the alignment index and agreement rate, and each
//! dimension's self and manager scores.

use crate::charts::palette::Palette;
use crate::charts::plot_grid;
use crate::charts::profile::one_decimal;
use crate::charts::{legend, value_axis, MANAGER_SERIES, SELF_SERIES};
use crate::domain::progress::Progress;
use crate::domain::rating::MAX_SCORE;
use charming::component::Axis;
use charming::element::{AxisLabel, AxisType, ItemStyle, Label, LineStyle, Tooltip, Trigger};
use charming::series::Line;
use charming::Chart;

fn base(progress: &Progress, palette: Palette, names: Vec<&str>, max: f64) -> Chart {
    let labels: Vec<String> = progress.cycles.iter().map(|c| c.label.clone()).collect();
    Chart::new()
        .animation(false)
        .legend(legend(palette, names))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(plot_grid(30, 35, 10))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(labels)
                .axis_label(AxisLabel::new().color(palette.text)),
        )
        .y_axis(value_axis(palette, 0.0, max, max / 5.0))
}

fn line(name: &str, color: &str, text: &str, values: Vec<Option<f64>>) -> Line {
    Line::new()
        .name(name)
        .item_style(ItemStyle::new().color(color))
        .line_style(LineStyle::new().color(color).width(3))
        .symbol_size(9)
        .label(Label::new().show(true).color(text))
        .data(values)
}

/// Alignment index and agreement rate (both 0–100) over the cycles.
pub fn alignment_over_time(progress: &Progress, palette: Palette) -> Chart {
    let index = progress
        .cycles
        .iter()
        .map(|c| c.alignment_index.map(f64::from))
        .collect();
    let agreement = progress
        .cycles
        .iter()
        .map(|c| c.agreement_percent.map(f64::from))
        .collect();
    base(
        progress,
        palette,
        vec!["Alignment index", "Agreement rate (%)"],
        100.0,
    )
    .series(line("Alignment index", palette.leader, palette.text, index))
    .series(line(
        "Agreement rate (%)",
        palette.manager,
        palette.text,
        agreement,
    ))
}

/// One dimension's self and manager scores over the cycles.
pub fn dimension_over_time(progress: &Progress, dimension: usize, palette: Palette) -> Chart {
    let pick = |f: fn(&crate::domain::progress::DimensionPoint) -> Option<f64>| {
        progress
            .cycles
            .iter()
            .map(|c| c.dimensions.get(dimension).and_then(f).map(one_decimal))
            .collect()
    };
    base(
        progress,
        palette,
        vec![SELF_SERIES, MANAGER_SERIES],
        f64::from(MAX_SCORE),
    )
    .series(line(
        SELF_SERIES,
        palette.leader,
        palette.text,
        pick(|d| d.leader),
    ))
    .series(line(
        MANAGER_SERIES,
        palette.manager,
        palette.text,
        pick(|d| d.manager),
    ))
}
