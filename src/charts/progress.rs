//! Charts over cycles: the alignment index and agreement rate, and each
//! dimension's self and manager scores. Each point's label is written in its
//! line's colour, the first line's to the left of its points and the
//! second's to the right, so two labels never share a place even where the
//! lines meet or cross.

use crate::charts::parts::{base_chart, figure, legend, no_figure, plot_grid, value_axis, wrap};
use crate::charts::{Look, MANAGER_SERIES, SELF_SERIES, TEAM_SERIES};
use crate::domain::format;
use crate::domain::progress::{DimensionPoint, Progress};
use crate::domain::rating::{MAX_SCORE, MIN_SCORE};
use charming::component::Axis;
use charming::datatype::DataPoint;
use charming::element::{AxisLabel, AxisType, ItemStyle, Label, LabelPosition, LineStyle, Symbol};
use charming::series::Line;
use charming::Chart;

fn base(progress: &Progress, look: &Look, names: Vec<&str>, min: f64, max: f64) -> Chart {
    let palette = look.palette;
    let per_cycle = (look.width - 60.0) / progress.cycles.len().max(1) as f64;
    let labels: Vec<String> = progress
        .cycles
        .iter()
        .map(|c| wrap(&c.label, look.chars_in(per_cycle)))
        .collect();
    base_chart(palette)
        .legend(legend(palette, names))
        .grid(plot_grid(palette, 30, 40, 10))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(labels)
                .axis_label(
                    AxisLabel::new()
                        .color(palette.text)
                        .font_size(f64::from(palette.font_size)),
                ),
        )
        .y_axis(value_axis(look.palette, min, max, (max - min) / 4.0))
}

/// Where a line's point labels sit, and the symbol that tells the lines
/// apart without colour. Above and below keep two equal figures apart and
/// off a level line; each label sits on the chart's surface, so a line that
/// still passes behind it never strikes through its text.
#[derive(Clone, Copy)]
enum Place {
    /// Above each point, circles (the first line).
    Above,
    /// Below each point, squares (the second line).
    Below,
    /// Right of each point, triangles (the team's line).
    Right,
}

/// A line whose points are labelled with their table text in the line's
/// own colour, at its [`Place`].
fn line(name: &str, color: &str, look: &Look, place: Place, values: Vec<DataPoint>) -> Line {
    let (symbol, position) = match place {
        Place::Above => (Symbol::Circle, LabelPosition::Top),
        Place::Below => (Symbol::Rect, LabelPosition::Bottom),
        Place::Right => (Symbol::Triangle, LabelPosition::Right),
    };
    Line::new()
        .name(name)
        .item_style(ItemStyle::new().color(color))
        .line_style(LineStyle::new().color(color).width(3))
        .symbol(symbol)
        .symbol_size(9)
        .label(
            Label::new()
                .show(true)
                .formatter("{b}")
                .position(position)
                .distance(6)
                .color(color)
                .font_weight("bold")
                .font_size(f64::from(look.palette.font_size))
                .background_color(look.palette.surface)
                .padding((1.0, 3.0, 1.0, 3.0)),
        )
        .data(values)
}

/// The height of a chart over cycles.
pub fn over_time_height(look: &Look) -> f64 {
    220.0 + 2.0 * look.line_height()
}

/// Alignment index and agreement rate (both 0–100) over the cycles.
pub fn alignment_over_time(progress: &Progress, look: &Look) -> Chart {
    let index = progress
        .cycles
        .iter()
        .map(|c| match c.alignment_index {
            Some(i) => figure(f64::from(i), i.to_string()).into(),
            None => no_figure().into(),
        })
        .collect();
    let agreement = progress
        .cycles
        .iter()
        .map(|c| match c.agreement_percent {
            Some(p) => figure(f64::from(p), format::percent(p)).into(),
            None => no_figure().into(),
        })
        .collect();
    let palette = look.palette;
    base(
        progress,
        look,
        vec!["Alignment index", "Agreement rate (%)"],
        0.0,
        100.0,
    )
    .series(line(
        "Alignment index",
        palette.leader,
        look,
        Place::Above,
        index,
    ))
    .series(line(
        "Agreement rate (%)",
        palette.manager,
        look,
        Place::Below,
        agreement,
    ))
}

/// One dimension's self and manager scores over the cycles, on the 1–5
/// scale, and the team's mean agreement when a team pulse stands beside any
/// cycle.
pub fn dimension_over_time(progress: &Progress, dimension: usize, look: &Look) -> Chart {
    let pick = |f: fn(&DimensionPoint) -> Option<f64>| -> Vec<DataPoint> {
        progress
            .cycles
            .iter()
            .map(|c| match c.dimensions.get(dimension).and_then(f) {
                Some(m) => figure(format::round1(m), format::score(m)).into(),
                None => no_figure().into(),
            })
            .collect()
    };
    let with_team = progress.cycles.iter().any(|c| {
        c.dimensions
            .get(dimension)
            .is_some_and(|d| d.team.is_some())
    });
    let palette = look.palette;
    let mut names = vec![SELF_SERIES, MANAGER_SERIES];
    if with_team {
        names.push(TEAM_SERIES);
    }
    let chart = base(
        progress,
        look,
        names,
        f64::from(MIN_SCORE),
        f64::from(MAX_SCORE),
    )
    .series(line(
        SELF_SERIES,
        palette.leader,
        look,
        Place::Above,
        pick(|d| d.leader),
    ))
    .series(line(
        MANAGER_SERIES,
        palette.manager,
        look,
        Place::Below,
        pick(|d| d.manager),
    ));
    if with_team {
        chart.series(line(
            TEAM_SERIES,
            palette.team,
            look,
            Place::Right,
            pick(|d| d.team),
        ))
    } else {
        chart
    }
}
