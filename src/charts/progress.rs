//! Charts over cycles: the alignment index and agreement rate, and each
//! dimension's self and manager scores. Each point's label is written in its
//! line's colour. Two lines' labels never share a place: where one line stays
//! at or above the other, its labels sit above its points and the other's
//! below (they point away from each other, however close the lines run);
//! where the lines cross, the first line's labels sit left of its points and
//! the second's right ([`label_places`]).

use crate::charts::parts::{base_chart, figure, legend, no_figure, plot_grid, value_axis, wrap};
use crate::charts::Look;
use crate::domain::base::format;
use crate::domain::base::rating::{MAX_SCORE, MIN_SCORE};
use crate::domain::rules::progress::{DimensionPoint, Progress};
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
    // Room above the plot for the legend's rows (longer names, as in German
    // or French, wrap it onto more on a phone) and a label over the top point.
    let legend_px: f64 = names
        .iter()
        .map(|n| 35.0 + n.chars().count() as f64 * f64::from(palette.font_size) * 0.6)
        .sum();
    let rows = (legend_px / (look.width - 20.0).max(1.0)).ceil().max(1.0);
    let top = 40 + ((rows - 1.0) * 22.0) as i32;
    base_chart(palette)
        .legend(legend(palette, names))
        .grid(plot_grid(palette, 30, top, 10))
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

/// Where a line's point labels sit. Each label sits on the chart's surface,
/// so a line that still passes behind it never strikes through its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Above each point.
    Above,
    /// Below each point.
    Below,
    /// Left of each point.
    Left,
    /// Right of each point.
    Right,
}

/// Where the labels of two lines go so that they never meet: outward
/// (the upper line's above, the lower's below) when one line is at or above
/// the other wherever both have a figure, side by side (the first's left,
/// the second's right) when they cross. Equal lines count as the first
/// above, so two equal figures still part.
pub fn label_places(first: &[Option<f64>], second: &[Option<f64>]) -> (Place, Place) {
    let both = || first.iter().zip(second).filter_map(|(a, b)| a.zip(*b));
    if both().all(|(a, b)| a >= b) {
        (Place::Above, Place::Below)
    } else if both().all(|(a, b)| a <= b) {
        (Place::Below, Place::Above)
    } else {
        (Place::Left, Place::Right)
    }
}

/// The symbol that tells a line apart without colour, by its order.
#[derive(Clone, Copy)]
enum Mark {
    /// Circles (the first line).
    Circle,
    /// Squares (the second line).
    Square,
    /// Triangles (the team's line).
    Triangle,
}

/// A line whose points are labelled with their table text in the line's
/// own colour, at its [`Place`].
fn line(
    name: &str,
    color: &str,
    look: &Look,
    (mark, place): (Mark, Place),
    values: Vec<DataPoint>,
) -> Line {
    let symbol = match mark {
        Mark::Circle => Symbol::Circle,
        Mark::Square => Symbol::Rect,
        Mark::Triangle => Symbol::Triangle,
    };
    let position = match place {
        Place::Above => LabelPosition::Top,
        Place::Below => LabelPosition::Bottom,
        Place::Left => LabelPosition::Left,
        Place::Right => LabelPosition::Right,
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
    let index_values: Vec<Option<f64>> = progress
        .cycles
        .iter()
        .map(|c| c.alignment_index.map(f64::from))
        .collect();
    let agreement_values: Vec<Option<f64>> = progress
        .cycles
        .iter()
        .map(|c| c.agreement_percent.map(f64::from))
        .collect();
    let (index_place, agreement_place) = label_places(&index_values, &agreement_values);
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
            Some(p) => figure(f64::from(p), format::percent(look.words.language(), p)).into(),
            None => no_figure().into(),
        })
        .collect();
    let palette = look.palette;
    let (index_name, agreement_name) = (
        look.words.chart_alignment_index(),
        look.words.chart_agreement_rate(),
    );
    base(progress, look, vec![index_name, agreement_name], 0.0, 100.0)
        .series(line(
            index_name,
            palette.leader,
            look,
            (Mark::Circle, index_place),
            index,
        ))
        .series(line(
            agreement_name,
            palette.manager,
            look,
            (Mark::Square, agreement_place),
            agreement,
        ))
}

/// One dimension's self and manager scores over the cycles, on the 1–5
/// scale, and the team's mean agreement when a team pulse stands beside any
/// cycle (its labels right of its points, or below them when the other two
/// lines' labels take the sides).
pub fn dimension_over_time(progress: &Progress, dimension: usize, look: &Look) -> Chart {
    let values = |f: fn(&DimensionPoint) -> Option<f64>| -> Vec<Option<f64>> {
        progress
            .cycles
            .iter()
            .map(|c| c.dimensions.get(dimension).and_then(f).map(format::round1))
            .collect()
    };
    let points = |shown: &[Option<f64>]| -> Vec<DataPoint> {
        shown
            .iter()
            .map(|v| match v {
                Some(m) => figure(*m, format::score(look.words.language(), *m)).into(),
                None => no_figure().into(),
            })
            .collect()
    };
    let (leader, manager, team) = (
        values(|d| d.leader),
        values(|d| d.manager),
        values(|d| d.team),
    );
    let with_team = team.iter().any(Option::is_some);
    let (leader_place, manager_place) = label_places(&leader, &manager);
    let team_place = if leader_place == Place::Left {
        Place::Below
    } else {
        Place::Right
    };
    let palette = look.palette;
    let (self_name, manager_name, team_name) = (
        look.words.chart_self(),
        look.words.chart_manager(),
        look.words.chart_team(),
    );
    let mut names = vec![self_name, manager_name];
    if with_team {
        names.push(team_name);
    }
    let chart = base(
        progress,
        look,
        names,
        f64::from(MIN_SCORE),
        f64::from(MAX_SCORE),
    )
    .series(line(
        self_name,
        palette.leader,
        look,
        (Mark::Circle, leader_place),
        points(&leader),
    ))
    .series(line(
        manager_name,
        palette.manager,
        look,
        (Mark::Square, manager_place),
        points(&manager),
    ));
    if with_team {
        chart.series(line(
            team_name,
            palette.team,
            look,
            (Mark::Triangle, team_place),
            points(&team),
        ))
    } else {
        chart
    }
}
