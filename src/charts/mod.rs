//! Pure chart builders: domain results in, `charming::Chart` out. They hold
//! no browser types, so their content is tested natively; the web layer only
//! hands the finished option to ECharts.
//!
//! Every builder takes a [`Look`]: the palette (colours and type size of the
//! screen's scheme, or of paper) and the width the chart has, so the same
//! builder draws for a phone, a desktop, the projector and the printed page.
//! Figures are labelled with the text of [`crate::domain::format`], carried
//! as each data item's name and shown with the `{b}` formatter, so a chart
//! label is always the same string as its table cell.
//!
//! Charts never carry names that people typed (leader, manager, cycle): series
//! are "Self" and "Manager", so nothing typed can reach a chart or tooltip.

pub mod cohort;
pub mod comparison;
pub mod palette;
pub mod profile;
pub mod progress;
pub mod pulse;

use crate::charts::palette::Palette;
use charming::component::{Axis, Legend};
use charming::datatype::{CompositeValue, DataPointItem};
use charming::element::{
    AxisLabel, AxisLine, AxisType, Label, LabelPosition, LineStyle, SplitLine, TextStyle, Tooltip,
    Trigger,
};
use charming::Chart;

/// Where a chart is drawn: its palette and the width it has, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Look {
    /// Colours and type size.
    pub palette: Palette,
    /// The chart element's width in CSS pixels.
    pub width: f64,
}

impl Look {
    /// Below this width (a phone), labels go above their bars.
    pub const NARROW_BELOW: f64 = 560.0;

    /// A look for a chart `width` pixels wide.
    pub fn new(palette: Palette, width: f64) -> Look {
        Look { palette, width }
    }

    /// Whether the chart is phone-narrow.
    pub fn narrow(&self) -> bool {
        self.width < Look::NARROW_BELOW
    }

    /// About how many characters of label text fit in `px` pixels at this
    /// look's type size (system sans-serif averages just over half an em).
    pub fn chars_in(&self, px: f64) -> usize {
        (px / (f64::from(self.palette.font_size) * 0.55))
            .floor()
            .max(8.0) as usize
    }

    /// The height of one line of label text, in pixels (1.25 times the
    /// type size, as [`Drawn`] sets it).
    pub fn line_height(&self) -> f64 {
        (f64::from(self.palette.font_size) * 1.25).round()
    }
}

/// A chart ready for a page: the ECharts option as JSON, and the height in
/// pixels it needs at the look's width (charts size to their content).
#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    /// The ECharts option as JSON.
    pub option: String,
    /// The chart's height in CSS pixels.
    pub height: f64,
}

impl Drawn {
    /// Serialises `chart` for `look`, with its height: every text in the
    /// palette's colour and size, and tooltips drawn as rich text inside the
    /// chart (ECharts' default HTML tooltips need inline styles, which the
    /// page's Content-Security-Policy refuses; charming has no setter for
    /// either, so they are set on the JSON here, in one place).
    pub fn new(chart: &Chart, look: &Look, height: f64) -> Drawn {
        let text = serde_json::json!({
            "color": look.palette.text,
            "fontSize": look.palette.font_size,
            "fontFamily": FONT_FAMILY,
        });
        let mut option = serde_json::to_value(chart).unwrap_or_default();
        set_line_heights(&mut option);
        if let serde_json::Value::Object(o) = &mut option {
            o.insert("textStyle".into(), text.clone());
            if let Some(serde_json::Value::Object(tooltip)) = o.get_mut("tooltip") {
                tooltip.insert("renderMode".into(), "richText".into());
                tooltip.insert("textStyle".into(), text);
            }
        }
        Drawn {
            option: option.to_string(),
            height: height.round(),
        }
    }
}

/// The charts' type: the page's own system font stack (`--font-sans`).
pub const FONT_FAMILY: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/// Gives every text style that sets a size a line height of 1.25 times it.
/// ECharts otherwise spaces wrapped lines by the width of a CJK glyph, which
/// in a browser without CJK fonts is less than the text's height, so the
/// lines of a wrapped label are drawn over each other (charming has no
/// setter for it).
fn set_line_heights(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(o) => {
            if let Some(size) = o.get("fontSize").and_then(serde_json::Value::as_f64) {
                o.entry("lineHeight")
                    .or_insert_with(|| (size * 1.25).round().into());
            }
            o.values_mut().for_each(set_line_heights);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(set_line_heights),
        _ => {}
    }
}

/// Text styled in the palette's colour and size.
pub(crate) fn text_style(palette: Palette) -> TextStyle {
    TextStyle::new()
        .color(palette.text)
        .font_size(f64::from(palette.font_size))
}

/// The base of every chart: no animation (print and screenshots show the
/// final state), and the two raters' colours first in the series colours,
/// so a series without its own colour still matches its legend.
pub(crate) fn base_chart(palette: Palette) -> Chart {
    Chart::new().animation(false).color(vec![
        charming::element::Color::from(palette.leader),
        charming::element::Color::from(palette.manager),
    ])
}

/// A value axis from `min` to `max` with a grid line every `step`, in the
/// palette's colours.
pub(crate) fn value_axis(palette: Palette, min: f64, max: f64, step: f64) -> Axis {
    Axis::new()
        .type_(AxisType::Value)
        .min(min)
        .max(max)
        .interval(step)
        .axis_label(
            AxisLabel::new()
                .color(palette.text)
                .font_size(f64::from(palette.font_size)),
        )
        .split_line(SplitLine::new().line_style(LineStyle::new().color(palette.grid)))
}

/// The categories of a horizontal bar chart, first at the top.
pub(crate) fn bar_categories(palette: Palette, names: Vec<String>) -> Axis {
    Axis::new()
        .type_(AxisType::Category)
        .inverse(true)
        .data(names)
        .axis_label(
            AxisLabel::new()
                .color(palette.text)
                .font_size(f64::from(palette.font_size)),
        )
}

/// An axis labelled with whole numbers from `-limit` to `+limit` in the
/// figures' own text ("−2", "0", "+2": a true minus sign, which a value
/// axis cannot print), with a grid line at each. It only labels: data sits
/// on a hidden value axis over the same grid ([`hidden_value_axis`]).
pub(crate) fn signed_ticks_axis(palette: Palette, limit: i32) -> Axis {
    let ticks: Vec<String> = (-limit..=limit)
        .map(crate::domain::format::signed_whole)
        .collect();
    Axis::new()
        .type_(AxisType::Category)
        .boundary_gap(false)
        .data(ticks)
        .axis_label(
            AxisLabel::new()
                .color(palette.text)
                .font_size(f64::from(palette.font_size)),
        )
        .axis_tick(charming::element::AxisTick::new().show(false))
        .axis_line(AxisLine::new().show(false))
        .split_line(
            SplitLine::new()
                .show(true)
                .line_style(LineStyle::new().color(palette.grid)),
        )
}

/// A value axis that places data without drawing anything, under a labelling
/// axis such as [`signed_ticks_axis`].
pub(crate) fn hidden_value_axis(min: f64, max: f64) -> Axis {
    Axis::new()
        .type_(AxisType::Value)
        .show(false)
        .min(min)
        .max(max)
}

/// The plot area: labels inside it (`contain_label`), with room on the right
/// for value labels and at the top for a legend.
pub(crate) fn plot_grid(
    palette: Palette,
    right: i32,
    top: i32,
    bottom: i32,
) -> charming::component::Grid {
    // Margins are given for 13 px text and grow with larger type (the
    // projector's), with slack on the left: ECharts measures labels in a
    // canvas, and the page's font can draw them a little wider.
    let scale = f64::from(palette.font_size) / 13.0;
    let px = |v: i32| (f64::from(v) * scale).round() as i32;
    charming::component::Grid::new()
        .left(px(10))
        .right(px(right))
        .top(px(top))
        .bottom(px(bottom))
        .contain_label(true)
}

/// A legend along the top, in the palette's text colour and size.
pub(crate) fn legend(palette: Palette, names: Vec<&str>) -> Legend {
    Legend::new()
        .top(0)
        .text_style(text_style(palette))
        .data(names)
}

/// A tooltip for one data item, showing its series and its name (which
/// carries the formatted figure). [`option_json`] draws every tooltip as
/// rich text inside the chart.
pub(crate) fn item_tooltip(palette: Palette, formatter: Option<&str>) -> Tooltip {
    let tooltip = Tooltip::new()
        .trigger(Trigger::Item)
        .background_color(palette.surface)
        .border_color(palette.grid);
    match formatter {
        Some(f) => tooltip.formatter(f),
        None => tooltip,
    }
}

/// A figure on a chart: its value to plot, and the text shown as its label
/// (the same text as its table cell).
pub(crate) fn figure(value: f64, text: String) -> DataPointItem {
    DataPointItem::new(value).name(text)
}

/// A series label showing each data item's own text (its name).
pub(crate) fn figure_label(palette: Palette, position: LabelPosition) -> Label {
    Label::new()
        .show(true)
        .position(position)
        .formatter("{b}")
        .color(palette.text)
        .font_size(f64::from(palette.font_size))
}

/// A mean as a chart figure: plotted at its shown value, labelled with its
/// text (an empty slot when there is none).
pub(crate) fn mean_figure(mean: Option<f64>) -> charming::datatype::DataPoint {
    match mean {
        Some(m) => figure(
            crate::domain::format::round1(m),
            crate::domain::format::score(m),
        )
        .into(),
        None => no_figure().into(),
    }
}

/// Grouped horizontal bars of means on the 1–5 scale, one category per
/// name (first at the top) and one series per `(name, colour, means)`, each
/// bar labelled with its table text: the dimension scores side by side, and
/// the team beside the 180.
pub(crate) fn score_bars(
    look: &Look,
    names: Vec<String>,
    series: Vec<(&str, &str, Vec<Option<f64>>)>,
) -> Chart {
    let palette = look.palette;
    let legend_names: Vec<&str> = series.iter().map(|(name, _, _)| *name).collect();
    let mut chart = base_chart(palette)
        .legend(legend(palette, legend_names))
        .tooltip(item_tooltip(palette, Some("{a}: {b}")))
        .grid(plot_grid(palette, 40, 34, 10))
        .x_axis(value_axis(
            palette,
            f64::from(crate::domain::rating::MIN_SCORE),
            f64::from(crate::domain::rating::MAX_SCORE),
            1.0,
        ))
        .y_axis(bar_categories(palette, names));
    for (name, colour, means) in series {
        chart = chart.series(
            charming::series::Bar::new()
                .name(name)
                .item_style(charming::element::ItemStyle::new().color(colour))
                .label(figure_label(palette, LabelPosition::Right))
                .data(means.into_iter().map(mean_figure).collect::<Vec<_>>()),
        );
    }
    chart
}

/// An empty slot in a series (no bar, no label), e.g. not enough data.
pub(crate) fn no_figure() -> CompositeValue {
    CompositeValue::OptionalNumber(None)
}

/// Breaks `text` into lines of at most `max_chars` characters at spaces
/// (a longer word gets a line of its own), joined with `\n`, which ECharts
/// draws as line breaks. Labels are wrapped, never cut.
pub fn wrap(text: &str, max_chars: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let fits = line.is_empty() || line.chars().count() + 1 + word.chars().count() <= max_chars;
        if !fits {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.join("\n")
}

/// The legend of a diverging gap chart, right side first.
pub const GAP_SIDES: [&str; 2] = ["Self rates higher", "Manager rates higher"];

/// The legend entry for rows without a gap (a mark on the zero line).
pub const NO_GAP: &str = "Rated the same";

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
}

/// Room above the plot for the legend, and below it for the axis.
const GAP_TOP: f64 = 34.0;
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
        GapLayout {
            chars,
            lines,
            bar: f64::from(look.palette.font_size).max(9.0),
        }
    }

    fn band(&self, look: &Look) -> f64 {
        self.lines as f64 * look.line_height() + self.bar + 0.5 * look.line_height() + 3.0
    }

    /// How far the first name reaches above its band (ECharts centres the
    /// bar in its band; the name sits on top of the bar): room the plot
    /// needs below the legend.
    fn overhang(&self, look: &Look) -> f64 {
        let above_bar = self.lines as f64 * look.line_height() + NAME_GAP;
        (above_bar + self.bar / 2.0 - self.band(look) / 2.0).max(0.0)
    }

    fn top(&self, look: &Look) -> f64 {
        GAP_TOP + self.overhang(look)
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
    let mut names = GAP_SIDES.to_vec();
    if !same.is_empty() {
        names.push(NO_GAP);
    }
    let chart = base_chart(palette)
        .legend(legend(palette, names))
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
        .series(side(GAP_SIDES[0], palette.leader, true))
        .series(side(GAP_SIDES[1], palette.manager, false))
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
            .name(NO_GAP)
            .x_axis_index(1)
            .symbol(Symbol::Diamond)
            .symbol_size(layout.bar)
            .item_style(ItemStyle::new().color(palette.muted))
            .data(same),
    )
}

/// The text-only series that writes each bar's name above it.
pub const NAMES_SERIES: &str = "Names";

/// The series name for the leader's own ratings.
pub const SELF_SERIES: &str = "Self";
/// The series name for the manager's ratings.
pub const MANAGER_SERIES: &str = "Manager";
/// The series name for the team's pulse.
pub const TEAM_SERIES: &str = "Team";

/// The ECharts option as JSON text. Charts carry data and plain strings only
/// (no JavaScript formatters), so JSON is a complete description of them.
/// Pages draw through [`Drawn::new`], which adds the look's text style.
pub fn option_json(chart: &Chart) -> String {
    serde_json::to_string(chart).unwrap_or_else(|_| "{}".to_string())
}
