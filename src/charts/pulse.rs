//! The team pulse's charts: the team beside the 180 (self, manager and team
//! per dimension as grouped bars on the 1–5 scale) and the team's shares of
//! favourable, neutral and unfavourable answers per dimension; every figure
//! is labelled with its table text.

use crate::charts::parts::{
    bar_categories, base_chart, figure, figure_label, item_tooltip, legend, no_figure, plot_grid,
    score_bars, value_axis, wrap,
};
use crate::charts::Look;
use crate::domain::base::format;
use crate::domain::base::messages::Messages;
use crate::domain::rules::pulse::beside::Beside;
use crate::domain::rules::pulse::picture::{Figures, Row};
use charming::datatype::DataPoint;
use charming::element::{ItemStyle, LabelPosition};
use charming::series::Bar;
use charming::Chart;

/// The height the bars need: three bars and a gap per dimension, the legend
/// and the axis.
pub fn team_beside_height(rows: &[Beside], look: &Look) -> f64 {
    let row = 3.0 * look.line_height() + f64::from(look.palette.font_size);
    56.0 + rows.len() as f64 * row
}

/// Self, manager and team per dimension.
pub fn team_beside_bars(rows: &[Beside], look: &Look) -> Chart {
    let chars = if look.narrow() { 14 } else { 28 };
    let names: Vec<String> = rows.iter().map(|r| wrap(&r.name, chars)).collect();
    let means =
        |pick: fn(&Beside) -> Option<f64>| -> Vec<Option<f64>> { rows.iter().map(pick).collect() };
    let palette = look.palette;
    score_bars(
        look,
        names,
        vec![
            (look.words.chart_self(), palette.leader, means(|r| r.leader)),
            (
                look.words.chart_manager(),
                palette.manager,
                means(|r| r.manager),
            ),
            (look.words.chart_team(), palette.team, means(|r| r.team)),
        ],
    )
}

/// The series names of the team's shares, in the order they are stacked.
pub fn share_series(words: &Messages) -> [&'static str; 3] {
    [
        words.chart_favourable(),
        words.chart_neutral(),
        words.chart_unfavourable(),
    ]
}

/// The height the share bars need: one bar per dimension, the legend and
/// the axis.
pub fn pulse_shares_height(rows: &[Row], look: &Look) -> f64 {
    let row = 1.5 * look.line_height() + f64::from(look.palette.font_size);
    64.0 + rows.len() as f64 * row.max(2.0 * look.line_height())
}

/// Per dimension, the favourable, neutral and unfavourable shares of the
/// team's answers as one bar from 0 to 100%, each part labelled with its
/// table text (parts of 0% have no label). Green, grey and red are the
/// agreed-strength, aligned and blind-spot colours; the legend, the order
/// and the table say the same without colour.
pub fn pulse_shares(rows: &[Row], look: &Look) -> Chart {
    let palette = look.palette;
    let chars = if look.narrow() { 14 } else { 28 };
    let names: Vec<String> = rows.iter().map(|r| wrap(&r.text, chars)).collect();
    let colours = [palette.labels[2], palette.labels[4], palette.labels[0]];
    let picks: [fn(&Figures) -> Option<u8>; 3] =
        [|f| f.favourable, |f| f.neutral, |f| f.unfavourable];
    let share_names = share_series(look.words);
    let mut chart = base_chart(palette)
        .legend(legend(palette, share_names.to_vec()))
        .tooltip(item_tooltip(palette, Some("{a}: {b}")))
        .grid(plot_grid(palette, 40, 34, 10))
        .x_axis(value_axis(palette, 0.0, 100.0, 25.0))
        .y_axis(bar_categories(palette, names));
    for ((name, colour), pick) in share_names.iter().zip(colours).zip(picks) {
        let data: Vec<DataPoint> = rows
            .iter()
            .map(|r| match pick(&r.figures) {
                Some(0) => figure(0.0, String::new()).into(),
                Some(p) => figure(f64::from(p), format::percent(look.words.language(), p)).into(),
                None => no_figure().into(),
            })
            .collect();
        chart = chart.series(
            Bar::new()
                .name(*name)
                .stack("shares")
                .item_style(ItemStyle::new().color(colour))
                .label(figure_label(palette, LabelPosition::Inside).color(palette.surface))
                .data(data),
        );
    }
    chart
}
