//! The pieces every chart is built from: axes, grid, legend, tooltip and
//! figures in the palette's colours and type, and the grouped score bars
//! that several charts share.

use crate::charts::palette::Palette;
use crate::charts::Look;
use charming::component::{Axis, Legend};
use charming::datatype::{CompositeValue, DataPointItem};
use charming::element::{
    AxisLabel, AxisLine, AxisType, Label, LabelPosition, LineStyle, SplitLine, TextStyle, Tooltip,
    Trigger,
};
use charming::Chart;

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
        .map(crate::domain::base::format::signed_whole)
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
    // canvas, and the page's font can draw them a little wider (by more
    // for long single words, such as German's "Anpassungsfähigkeit").
    let scale = f64::from(palette.font_size) / 13.0;
    let px = |v: i32| (f64::from(v) * scale).round() as i32;
    charming::component::Grid::new()
        .left(px(24))
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

/// How many rows ECharts lays a top legend of `names` out in across the
/// look's width: each entry is its 25 px mark, 5 px and its text, with 10 px
/// between entries. Text is measured generously, so the estimate errs
/// towards a row more, never a row too few (a legend row too few is drawn
/// over the plot).
pub(crate) fn legend_rows(look: &Look, names: &[&str]) -> usize {
    let char_px = 0.56 * f64::from(look.palette.font_size);
    let room = look.width - 10.0;
    let mut rows = 1;
    let mut used = 0.0;
    for name in names {
        let entry = 30.0 + name.chars().count() as f64 * char_px;
        if used > 0.0 && used + 10.0 + entry > room {
            rows += 1;
            used = 0.0;
        }
        used += if used > 0.0 { 10.0 + entry } else { entry };
    }
    rows
}

/// The room a top legend of `names` takes above the plot, in pixels.
pub(crate) fn legend_room(look: &Look, names: &[&str]) -> f64 {
    8.0 + legend_rows(look, names) as f64 * (look.line_height() + 10.0)
}

/// A tooltip for one data item, showing its series and its name (which
/// carries the formatted figure). [`crate::charts::Drawn::new`] draws every tooltip as
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
pub(crate) fn mean_figure(
    language: crate::domain::base::language::Language,
    mean: Option<f64>,
) -> charming::datatype::DataPoint {
    match mean {
        Some(m) => figure(
            crate::domain::base::format::round1(m),
            crate::domain::base::format::score(language, m),
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
            f64::from(crate::domain::base::rating::MIN_SCORE),
            f64::from(crate::domain::base::rating::MAX_SCORE),
            1.0,
        ))
        .y_axis(bar_categories(palette, names));
    for (name, colour, means) in series {
        chart = chart.series(
            charming::series::Bar::new()
                .name(name)
                .item_style(charming::element::ItemStyle::new().color(colour))
                .label(figure_label(palette, LabelPosition::Right))
                .data(
                    means
                        .into_iter()
                        .map(|m| mean_figure(look.words.language(), m))
                        .collect::<Vec<_>>(),
                ),
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
