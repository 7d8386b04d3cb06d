//! Pure chart builders: domain results in, `charming::Chart` out. They hold
//! no browser types, so their content is tested natively; the web layer only
//! hands the finished option to ECharts.
//!
//! Charts never carry names that people typed (leader, manager, cycle): series
//! are "Self" and "Manager", so nothing typed can reach a chart or tooltip.

pub mod cohort;
pub mod comparison;
pub mod palette;
pub mod profile;
pub mod progress;

use crate::charts::palette::Palette;
use charming::component::{Axis, Legend};
use charming::element::{AxisLabel, AxisType, LineStyle, SplitLine, TextStyle};
use charming::Chart;

/// A value axis from `min` to `max` with a grid line every `step`, in the
/// palette's colours.
pub(crate) fn value_axis(palette: Palette, min: f64, max: f64, step: f64) -> Axis {
    Axis::new()
        .type_(AxisType::Value)
        .min(min)
        .max(max)
        .interval(step)
        .axis_label(AxisLabel::new().color(palette.text))
        .split_line(SplitLine::new().line_style(LineStyle::new().color(palette.grid)))
}

/// The categories of a horizontal bar chart, first at the top.
pub(crate) fn bar_categories(palette: Palette, names: Vec<String>) -> Axis {
    Axis::new()
        .type_(AxisType::Category)
        .inverse(true)
        .data(names)
        .axis_label(AxisLabel::new().color(palette.text))
}

/// The plot area: labels inside it (`contain_label`), with room on the right
/// for value labels and at the top for a legend.
pub(crate) fn plot_grid(right: i32, top: i32, bottom: i32) -> charming::component::Grid {
    charming::component::Grid::new()
        .left(10)
        .right(right)
        .top(top)
        .bottom(bottom)
        .contain_label(true)
}

/// A legend along the top, in the palette's text colour.
pub(crate) fn legend(palette: Palette, names: Vec<&str>) -> Legend {
    Legend::new()
        .top(0)
        .text_style(TextStyle::new().color(palette.text))
        .data(names)
}

/// The legend of a diverging gap chart, right side first.
pub const GAP_SIDES: [&str; 2] = ["Self rates higher", "Manager rates higher"];

/// Horizontal bars around zero, one category per label (first at the top):
/// positive values to the right in the leader's colour, negative to the left
/// in the manager's, each labelled with its value. Shared by the report's
/// item gaps and the cohort's widest gaps.
pub(crate) fn diverging_bars<V>(
    palette: Palette,
    labels: Vec<String>,
    values: &[Option<V>],
) -> Chart
where
    V: Copy + PartialOrd + Default + Into<charming::datatype::NumericValue>,
{
    use charming::element::{ItemStyle, Label, LabelPosition, Tooltip, Trigger};
    use charming::series::Bar;
    let side = |name: &str, color: &str, right: bool| {
        let keep = |v: &V| {
            if right {
                *v > V::default()
            } else {
                *v < V::default()
            }
        };
        Bar::new()
            .name(name)
            .stack("gap")
            .item_style(ItemStyle::new().color(color))
            .label(
                Label::new()
                    .show(true)
                    .color(palette.text)
                    .position(if right {
                        LabelPosition::Right
                    } else {
                        LabelPosition::Left
                    }),
            )
            .data(
                values
                    .iter()
                    .map(|v| charming::datatype::CompositeValue::from(v.filter(keep)))
                    .collect::<Vec<_>>(),
            )
    };
    let span = f64::from(crate::domain::rating::MAX_SCORE - crate::domain::rating::MIN_SCORE);
    Chart::new()
        .animation(false)
        .legend(legend(palette, GAP_SIDES.to_vec()))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(plot_grid(20, 30, 10))
        .x_axis(value_axis(palette, -span, span, 1.0))
        .y_axis(bar_categories(palette, labels))
        .series(side(GAP_SIDES[0], palette.leader, true))
        .series(side(GAP_SIDES[1], palette.manager, false))
}

/// The series name for the leader's own ratings.
pub const SELF_SERIES: &str = "Self";
/// The series name for the manager's ratings.
pub const MANAGER_SERIES: &str = "Manager";

/// The ECharts option as JSON text. Charts carry data and plain strings only
/// (no JavaScript formatters), so JSON is a complete description of them.
pub fn option_json(chart: &Chart) -> String {
    serde_json::to_string(chart).unwrap_or_else(|_| "{}".to_string())
}

/// The same option with every text at `px` pixels: the global `textStyle`,
/// plus axis labels, legends and data labels, which ECharts gives their own
/// 12 px default. For the projector, where 12 px cannot be read from the
/// back row.
pub fn with_font_size(option_json: &str, px: u32) -> String {
    use serde_json::{json, Value};
    fn set(target: Option<&mut Value>, key: &str, px: u32) {
        let apply = |v: &mut Value| {
            if let Value::Object(o) = v {
                let style = o.entry(key).or_insert_with(|| json!({}));
                if let Value::Object(style) = style {
                    style.insert("fontSize".into(), json!(px));
                }
            }
        };
        match target {
            Some(Value::Array(items)) => items.iter_mut().for_each(apply),
            Some(other) => apply(other),
            None => {}
        }
    }
    let Ok(Value::Object(mut option)) = serde_json::from_str::<Value>(option_json) else {
        return option_json.to_string();
    };
    option.insert("textStyle".into(), json!({ "fontSize": px }));
    for axis in ["xAxis", "yAxis"] {
        set(option.get_mut(axis), "axisLabel", px);
    }
    set(option.get_mut("legend"), "textStyle", px);
    set(option.get_mut("series"), "label", px);
    Value::Object(option).to_string()
}

/// Shortens a behaviour for an axis label, on a word boundary, with an ellipsis.
pub fn short_label(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max_chars.saturating_sub(1) {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}
