//! The diverging gap chart: bars around zero with each name in full above
//! its bar, shared by the report's item gaps and the cohort's widest gaps.

use crate::charts::parts::{
    bar_categories, base_chart, figure, figure_label, hidden_value_axis, legend, legend_room,
    no_figure, signed_ticks_axis, wrap,
};
use crate::charts::Look;
use crate::domain::base::messages::Messages;
use charming::datatype::DataPointItem;
use charming::element::{AxisLabel, AxisLine, Label, LabelPosition};
use charming::Chart;

/// The legend of a diverging gap chart, right side first.
pub fn gap_sides(words: &Messages) -> [&'static str; 2] {
    [words.chart_self_higher(), words.chart_manager_higher()]
}

/// The legend entry for rows without a gap (a mark on the zero line).
pub fn no_gap(words: &Messages) -> &'static str {
    words.chart_rated_same()
}

/// One diverging bar: its value and the text of its label.
#[derive(Clone, Debug, PartialEq)]
pub struct GapBar {
    /// The behaviour (or other category) the bar stands for.
    pub name: String,
    /// Its gap: positive when the leader rates higher.
    pub value: f64,
    /// The gap as the table shows it ("+2", "−1.3").
    pub text: String,
}

/// Band heights of a diverging chart with names above the bars.
struct GapLayout {
    /// Characters per line of a name.
    chars: usize,
    /// Lines of the longest name.
    lines: usize,
    /// Thickness of a bar.
    bar: f64,
    /// The legend's entries.
    legend: Vec<&'static str>,
}

/// Room below the plot for the axis.
const GAP_BOTTOM: f64 = 30.0;
/// Room beside the plot for the value labels of the longest bars ("−2.0"):
/// four characters at the look's type size, and a little air.
fn gap_label_room(look: &Look) -> f64 {
    4.0 * 0.6 * f64::from(look.palette.font_size) + 8.0
}

impl GapLayout {
    fn new(look: &Look, bars: &[GapBar]) -> GapLayout {
        let chars = look.chars_in(look.width - gap_label_room(look) - 12.0);
        let lines = bars
            .iter()
            .map(|b| wrap(&b.name, chars).lines().count())
            .max()
            .unwrap_or(1)
            .max(1);
        let mut legend = gap_sides(look.words).to_vec();
        if bars.iter().any(|b| b.value == 0.0) {
            legend.push(no_gap(look.words));
        }
        GapLayout {
            chars,
            lines,
            bar: f64::from(look.palette.font_size).max(9.0),
            legend,
        }
    }

    fn band(&self, look: &Look) -> f64 {
        // The air above a name keeps it clear of the bar of the row above;
        // more on a phone, where names wrap to several lines and a tight
        // row reads as the bar above's (paper keeps its page).
        let air = if look.narrow() { 0.9 } else { 0.5 };
        self.lines as f64 * look.line_height() + self.bar + air * look.line_height() + 3.0
    }

    /// How far the first name reaches above its band (ECharts centres the
    /// bar in its band; the name sits on top of the bar): room the plot
    /// needs below the legend.
    fn overhang(&self, look: &Look) -> f64 {
        let above_bar = self.lines as f64 * look.line_height() + NAME_GAP;
        (above_bar + self.bar / 2.0 - self.band(look) / 2.0).max(0.0)
    }

    fn top(&self, look: &Look) -> f64 {
        legend_room(look, &self.legend) + self.overhang(look)
    }
}

/// Space between a name and the top of its bar, in pixels.
const NAME_GAP: f64 = 3.0;

/// The height a diverging chart of `bars` needs at `look`'s width.
pub fn diverging_height(look: &Look, bars: &[GapBar]) -> f64 {
    let layout = GapLayout::new(look, bars);
    layout.top(look) + GAP_BOTTOM + bars.len() as f64 * layout.band(look)
}

/// The axis of a diverging chart: symmetric, whole numbers, at least ±2 and
/// wide enough for the largest bar.
pub fn gap_axis_limit(bars: &[GapBar]) -> f64 {
    let widest = bars.iter().map(|b| b.value.abs()).fold(0.0, f64::max);
    widest.ceil().max(2.0)
}

/// Horizontal bars around zero, first at the top, each behaviour's name in
/// full above its bar (wrapped to the chart's width, never cut): positive
/// values to the right in the leader's colour, negative to the left in the
/// manager's, each labelled with its text. Shared by the report's item gaps
/// and the cohort's widest gaps.
pub(crate) fn diverging_bars(look: &Look, bars: &[GapBar]) -> Chart {
    use charming::element::{ItemStyle, LabelVerticalAlign, Symbol};
    use charming::series::{Bar, Scatter};
    let palette = look.palette;
    let layout = GapLayout::new(look, bars);
    let limit = gap_axis_limit(bars);
    let side = |name: &str, color: &str, right: bool| {
        let data: Vec<charming::datatype::DataPoint> = bars
            .iter()
            .map(|b| {
                let on_side = if right { b.value > 0.0 } else { b.value < 0.0 };
                if on_side {
                    figure(b.value, b.text.clone()).into()
                } else {
                    no_figure().into()
                }
            })
            .collect();
        Bar::new()
            .name(name)
            .stack("gap")
            .x_axis_index(1)
            .bar_width(layout.bar)
            .item_style(ItemStyle::new().color(color))
            .label(figure_label(
                palette,
                if right {
                    LabelPosition::Right
                } else {
                    LabelPosition::Left
                },
            ))
            .data(data)
    };
    // The names: a point at the left edge of each band, drawn as text only,
    // lifted above the bar.
    let labels: Vec<DataPointItem> = bars
        .iter()
        .enumerate()
        .map(|(i, b)| DataPointItem::new(vec![-limit, i as f64]).name(wrap(&b.name, layout.chars)))
        .collect();
    let categories: Vec<String> = (1..=bars.len()).map(|i| i.to_string()).collect();
    // A row without a gap still shows something: a mark on the zero line.
    let same: Vec<DataPointItem> = bars
        .iter()
        .enumerate()
        .filter(|(_, b)| b.value == 0.0)
        .map(|(i, b)| DataPointItem::new(vec![0.0, i as f64]).name(b.text.clone()))
        .collect();
    let chart = base_chart(palette)
        .legend(legend(palette, layout.legend.clone()))
        .grid(
            charming::component::Grid::new()
                .left(gap_label_room(look))
                .right(gap_label_room(look))
                .top(layout.top(look))
                .bottom(GAP_BOTTOM),
        )
        .x_axis(signed_ticks_axis(palette, limit as i32))
        .x_axis(hidden_value_axis(-limit, limit))
        .y_axis(
            bar_categories(palette, categories)
                .axis_label(AxisLabel::new().show(false))
                .axis_tick(charming::element::AxisTick::new().show(false))
                .axis_line(AxisLine::new().show(false)),
        )
        .series(side(gap_sides(look.words)[0], palette.leader, true))
        .series(side(gap_sides(look.words)[1], palette.manager, false))
        .series(
            Scatter::new()
                .name(NAMES_SERIES)
                .x_axis_index(1)
                // A symbol of no size: with no symbol at all ECharts drops the label.
                .symbol(Symbol::Circle)
                .symbol_size(0)
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Right)
                        .formatter("{b}")
                        .color(palette.text)
                        .font_size(f64::from(palette.font_size))
                        .vertical_align(LabelVerticalAlign::Bottom)
                        .background_color(palette.surface)
                        .padding((0.0, 2.0, 0.0, 2.0))
                        .offset((-6.0, -(layout.bar / 2.0 + NAME_GAP))),
                )
                .data(labels),
        );
    if same.is_empty() {
        return chart;
    }
    chart.series(
        Scatter::new()
            .name(no_gap(look.words))
            .x_axis_index(1)
            .symbol(Symbol::Diamond)
            .symbol_size(layout.bar)
            .item_style(ItemStyle::new().color(palette.muted))
            .data(same),
    )
}

/// The text-only series that writes each bar's name above it (never shown:
/// it has no legend entry and no tooltip, and the chart is one image to
/// assistive technology, whose table carries the names).
pub const NAMES_SERIES: &str = "Names";
