//! The report's four-box view: self against manager for every behaviour,
//! with the label regions shaded exactly as the label rules define them.

use crate::charts::parts::{
    base_chart, hidden_value_axis, item_tooltip, legend, legend_room, text_style, wrap,
};
use crate::charts::Look;
use crate::domain::base::messages::Messages;
use crate::domain::base::rating::{MAX_SCORE, MIN_SCORE};
use crate::domain::rules::comparison::{Comparison, GapLabel};
use charming::component::{Axis, Grid};
use charming::datatype::DataPointItem;
use charming::element::{
    AxisLabel, AxisType, ItemStyle, Label, LabelPosition, LineStyle, LineStyleType, MarkArea,
    MarkAreaData, NameLocation, SplitLine, Symbol,
};
use charming::series::{Line, Scatter};
use charming::Chart;

/// A rectangle of the four-box in rating units (cells run from r − 0.5 to
/// r + 0.5 around each rating r), shaded for one label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Region {
    /// The label every pair of ratings inside it carries.
    pub label: GapLabel,
    /// The self-rating range, across.
    pub self_from: f64,
    /// End of the self-rating range.
    pub self_to: f64,
    /// The manager-rating range, up.
    pub manager_from: f64,
    /// End of the manager-rating range.
    pub manager_to: f64,
}

impl Region {
    /// Whether the point (self, manager) lies strictly inside.
    pub fn contains(&self, leader: f64, manager: f64) -> bool {
        leader > self.self_from
            && leader < self.self_to
            && manager > self.manager_from
            && manager < self.manager_to
    }
}

/// The four-box regions, drawn from the label rules themselves: every cell
/// of the 5 × 5 grid of rating pairs gets the label
/// [`GapLabel::classify`] gives it, and neighbouring cells with one label
/// merge into rectangles (bands where |gap| ≥ 2, squares where both agree
/// high or low). So the shading can never disagree with a label.
pub fn four_box_regions() -> Vec<Region> {
    let mut rows: Vec<Region> = Vec::new();
    for manager in MIN_SCORE..=MAX_SCORE {
        let mut leader = MIN_SCORE;
        while leader <= MAX_SCORE {
            let label = GapLabel::classify(leader, manager);
            let start = leader;
            while leader < MAX_SCORE && GapLabel::classify(leader + 1, manager) == label {
                leader += 1;
            }
            rows.push(Region {
                label,
                self_from: f64::from(start) - 0.5,
                self_to: f64::from(leader) + 0.5,
                manager_from: f64::from(manager) - 0.5,
                manager_to: f64::from(manager) + 0.5,
            });
            leader += 1;
        }
    }
    // Merge runs stacked directly above one another with the same label and extent.
    let mut merged: Vec<Region> = Vec::new();
    for run in rows {
        match merged.iter_mut().find(|r| {
            r.label == run.label
                && r.self_from == run.self_from
                && r.self_to == run.self_to
                && r.manager_to == run.manager_from
        }) {
            Some(r) => r.manager_to = run.manager_to,
            None => merged.push(run),
        }
    }
    merged
}

/// One mark on the four-box: a pair of ratings and the behaviours that got it.
#[derive(Clone, Debug, PartialEq)]
pub struct FourBoxPoint {
    /// The leader's own rating, across.
    pub leader: u8,
    /// The manager's rating, up.
    pub manager: u8,
    /// The label of this pair.
    pub label: GapLabel,
    /// The behaviours rated this way, in the order asked.
    pub behaviours: Vec<String>,
}

/// The four-box marks: one per distinct pair of ratings, at its true
/// position, with how many behaviours share it (never nudged off it).
pub fn four_box_points(comparison: &Comparison) -> Vec<FourBoxPoint> {
    let mut points: Vec<FourBoxPoint> = Vec::new();
    for item in &comparison.items {
        match points
            .iter_mut()
            .find(|p| p.leader == item.leader && p.manager == item.manager)
        {
            Some(p) => p.behaviours.push(item.text.clone()),
            None => points.push(FourBoxPoint {
                leader: item.leader,
                manager: item.manager,
                label: item.label,
                behaviours: vec![item.text.clone()],
            }),
        }
    }
    points
}

/// The name a label's region and marks carry on the chart and its legend.
pub fn region_name(words: &Messages, label: GapLabel) -> &'static str {
    match label {
        GapLabel::BlindSpot => words.chart_blind_spots(),
        GapLabel::HiddenStrength => words.chart_hidden_strengths(),
        GapLabel::AgreedStrength => words.chart_agreed_strengths(),
        GapLabel::AgreedDevelopmentArea => words.chart_agreed_development_areas(),
        GapLabel::Aligned => words.chart_aligned(),
    }
}

/// The mark's shape for a label: shape as well as colour tells labels apart.
pub fn label_symbol(label: GapLabel) -> Symbol {
    match label {
        GapLabel::BlindSpot => Symbol::Triangle,
        GapLabel::HiddenStrength => Symbol::Diamond,
        GapLabel::AgreedStrength => Symbol::Circle,
        GapLabel::AgreedDevelopmentArea => Symbol::Rect,
        GapLabel::Aligned => Symbol::RoundRect,
    }
}

/// Where the four-box's square plot sits: its side and its top (below a
/// legend, however many rows it takes at this width), in pixels.
fn four_box_frame(look: &Look) -> (f64, f64) {
    let side = (look.width - 40.0).clamp(260.0, 460.0);
    // On paper the page prints the key beside the chart.
    let top = if look.palette.paper {
        8.0
    } else {
        legend_room(look, &four_box_legend(look.words))
    };
    (side, top)
}

/// The four-box's legend: every label's region, in the labels' order.
fn four_box_legend(words: &Messages) -> Vec<&'static str> {
    GapLabel::ALL
        .iter()
        .map(|l| region_name(words, *l))
        .collect()
}

/// The four-box's height: legend, square plot, axis labels and name.
pub fn four_box_height(look: &Look) -> f64 {
    let (side, top) = four_box_frame(look);
    top + side + 24.0 + 2.0 * look.line_height()
}

/// The four-box view: each distinct pair of ratings once, at (self, manager),
/// marked in its label's colour and shape with the number of behaviours
/// there; the label regions shaded exactly as the rules define them and
/// named; the line of perfect agreement dashed.
pub fn four_box(comparison: &Comparison, look: &Look) -> Chart {
    let palette = look.palette;
    let points = four_box_points(comparison);
    let regions = four_box_regions();
    let ratings: Vec<String> = (MIN_SCORE..=MAX_SCORE).map(|r| r.to_string()).collect();
    let labelled_axis = |name: &str, gap: f64| {
        Axis::new()
            .type_(AxisType::Category)
            .data(ratings.clone())
            .name(name)
            .name_location(NameLocation::Middle)
            .name_gap(gap)
            .name_text_style(text_style(palette))
            .axis_label(
                AxisLabel::new()
                    .color(palette.text)
                    .font_size(f64::from(palette.font_size)),
            )
            .split_line(
                SplitLine::new()
                    .show(true)
                    .line_style(LineStyle::new().color(palette.grid)),
            )
    };
    let (lo, hi) = (f64::from(MIN_SCORE) - 0.5, f64::from(MAX_SCORE) + 0.5);
    let (side, plot_top) = four_box_frame(look);
    let left = ((look.width - side) / 2.0).max(40.0);

    let mut chart = base_chart(palette)
        .tooltip(item_tooltip(palette, Some("{b}")))
        .grid(
            Grid::new()
                .left(left)
                .width(side)
                .top(plot_top)
                .height(side),
        )
        .x_axis(labelled_axis(look.words.chart_self_rating(), 26.0))
        .y_axis(labelled_axis(look.words.chart_manager_rating(), 26.0))
        .x_axis(hidden_value_axis(lo, hi))
        .y_axis(hidden_value_axis(lo, hi))
        // The line first, so the marks are drawn over it.
        .series(
            Line::new()
                .name(look.words.chart_perfect_agreement())
                .x_axis_index(1)
                .y_axis_index(1)
                .z(1)
                .symbol(Symbol::None)
                .line_style(
                    LineStyle::new()
                        .color(palette.muted)
                        .type_(LineStyleType::Dashed),
                )
                .data(vec![vec![lo, lo], vec![hi, hi]]),
        );
    if !palette.paper {
        chart = chart.legend(legend(palette, four_box_legend(look.words)).top(0));
    }

    for label in GapLabel::ALL {
        let color = palette.label(label);
        let areas: Vec<&Region> = regions.iter().filter(|r| r.label == label).collect();
        // The regions carry no names of their own (they would sit on the
        // marks): the legend names each label with its colour and shape.
        let area_data: Vec<(MarkAreaData, MarkAreaData)> = areas
            .iter()
            .map(|r| {
                (
                    MarkAreaData::new()
                        .x_axis(r.self_from.to_string())
                        .y_axis(r.manager_from.to_string()),
                    MarkAreaData::new()
                        .x_axis(r.self_to.to_string())
                        .y_axis(r.manager_to.to_string()),
                )
            })
            .collect();
        let marks: Vec<DataPointItem> = points
            .iter()
            .filter(|p| p.label == label)
            .map(|p| {
                // Value: self, manager and how many behaviours share the
                // pair (the number drawn in the mark); name: the tooltip.
                let count = p.behaviours.len() as f64;
                let tooltip = look.words.chart_four_box_point(
                    &p.leader,
                    &p.manager,
                    &p.behaviours.join("; "),
                );
                DataPointItem::new(vec![f64::from(p.leader), f64::from(p.manager), count])
                    .name(wrap(&tooltip, 60))
            })
            .collect();
        chart = chart.series(
            Scatter::new()
                .name(region_name(look.words, label))
                .x_axis_index(1)
                .y_axis_index(1)
                .symbol(label_symbol(label))
                .symbol_size(28)
                .item_style(
                    ItemStyle::new()
                        .color(color)
                        .border_color(palette.surface)
                        .border_width(1),
                )
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Inside)
                        .formatter("{@[2]}")
                        .color(palette.surface)
                        .font_size(f64::from(palette.font_size))
                        .font_weight("bold"),
                )
                .mark_area(
                    MarkArea::new()
                        .silent(true)
                        .item_style(ItemStyle::new().color(color).opacity(0.14))
                        .data(area_data),
                )
                .data(marks),
        );
    }
    chart
}
