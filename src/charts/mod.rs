//! Pure chart builders: domain results in, `charming::Chart` out. They hold
//! no browser types, so their content is tested natively; the web layer only
//! hands the finished option to ECharts.
//!
//! Every builder takes a [`Look`]: the palette (colours and type size of the
//! screen's scheme, or of paper) and the width the chart has, so the same
//! builder draws for a phone, a desktop, the projector and the printed page.
//! Figures are labelled with the text of [`crate::domain::base::format`], carried
//! as each data item's name and shown with the `{b}` formatter, so a chart
//! label is always the same string as its table cell.
//!
//! Charts never carry names that people typed (leader, manager): series are
//! "Self" and "Manager" in the reader's words ([`Look::words`]), so nothing
//! typed can reach a legend or tooltip. Every legend, axis and series name
//! comes from those words.

pub mod cohort;
pub mod comparison;
pub mod diverging;
pub mod four_box;
pub mod palette;
pub mod parts;
pub mod profile;
pub mod progress;
pub mod pulse;

pub use diverging::{gap_axis_limit, GapBar};
pub use parts::wrap;

use crate::charts::palette::Palette;
use crate::domain::base::messages::Messages;
use charming::Chart;

/// Where a chart is drawn: its palette and the width it has, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Look {
    /// Colours and type size.
    pub palette: Palette,
    /// The chart element's width in CSS pixels.
    pub width: f64,
    /// The reader's words: labels, legends and figures in their language.
    pub words: &'static Messages,
}

impl Look {
    /// Below this width (a phone), labels go above their bars.
    pub const NARROW_BELOW: f64 = 560.0;

    /// A look for a chart `width` pixels wide, in the reader's words.
    pub fn new(palette: Palette, width: f64, words: &'static Messages) -> Look {
        Look {
            palette,
            width,
            words,
        }
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
        set_bar_stubs(&mut option);
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

/// Gives every bar series that is not stacked a visible stub: a score bar
/// starts at the axis' 1, so a score of 1.0 would otherwise have no bar at
/// all and read as missing (charming has no setter for `barMinHeight`).
/// Stacked bars (the gap charts' two sides) are left alone: their empty
/// side must stay empty.
fn set_bar_stubs(option: &mut serde_json::Value) {
    let Some(serde_json::Value::Array(series)) = option.get_mut("series") else {
        return;
    };
    for s in series
        .iter_mut()
        .filter_map(serde_json::Value::as_object_mut)
    {
        if s.get("type").and_then(serde_json::Value::as_str) == Some("bar")
            && !s.contains_key("stack")
        {
            s.insert("barMinHeight".into(), 3.into());
        }
    }
}

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

/// The ECharts option as JSON text. Charts carry data and plain strings only
/// (no JavaScript formatters), so JSON is a complete description of them.
/// Pages draw through [`Drawn::new`], which adds the look's text style.
pub fn option_json(chart: &Chart) -> String {
    serde_json::to_string(chart).unwrap_or_else(|_| "{}".to_string())
}
