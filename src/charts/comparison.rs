//! The report's charts: dimension scores side by side (bars or radar) and
//! every item's gap (diverging bars); the four-box view is in
//! [`crate::charts::four_box`]. Each draws both raters; each figure is
//! labelled with its table text.

use crate::charts::diverging::{diverging_bars, diverging_height, GapBar};
use crate::charts::parts::{base_chart, legend, score_bars, wrap};
use crate::charts::Look;
use crate::domain::base::format;
use crate::domain::base::messages::Messages;
use crate::domain::base::rating::{MAX_SCORE, MIN_SCORE};
use crate::domain::rules::comparison::{Comparison, DimensionComparison};
use charming::component::RadarCoordinate;
use charming::datatype::{CompositeValue, DataPointItem};
use charming::element::{LineStyle, SplitLine};
use charming::series::Radar;
use charming::Chart;

/// A dimension's name on a chart, saying so when a rater lacks data.
pub fn dimension_label(words: &Messages, d: &DimensionComparison) -> String {
    if d.leader.mean().is_none() || d.manager.mean().is_none() {
        words.chart_not_enough_data(&d.name)
    } else {
        d.name.clone()
    }
}

/// The height the dimension bars need: a row per dimension (two bars and a
/// gap, each about a line of text high), the legend and the axis.
pub fn dimension_bars_height(comparison: &Comparison, look: &Look) -> f64 {
    let row = 2.0 * look.line_height() + f64::from(look.palette.font_size);
    56.0 + comparison.dimensions.len() as f64 * row
}

/// Both raters' dimension scores as grouped horizontal bars on the 1–5 scale.
pub fn dimension_bars(comparison: &Comparison, look: &Look) -> Chart {
    let chars = if look.narrow() { 14 } else { 28 };
    let names: Vec<String> = comparison
        .dimensions
        .iter()
        .map(|d| wrap(&dimension_label(look.words, d), chars))
        .collect();
    let means = |pick: fn(&DimensionComparison) -> Option<f64>| -> Vec<Option<f64>> {
        comparison.dimensions.iter().map(pick).collect()
    };
    score_bars(
        look,
        names,
        vec![
            (
                look.words.chart_self(),
                look.palette.leader,
                means(|d| d.leader.mean()),
            ),
            (
                look.words.chart_manager(),
                look.palette.manager,
                means(|d| d.manager.mean()),
            ),
        ],
    )
}

/// The radar's height: square enough for five or more spokes.
pub fn dimension_radar_height(look: &Look) -> f64 {
    (look.width * 0.75).clamp(300.0, 440.0)
}

/// Both raters' dimension scores on a radar (the optional view), 1–5 on
/// every spoke; a rater without enough data leaves that spoke empty.
pub fn dimension_radar(comparison: &Comparison, look: &Look) -> Chart {
    let palette = look.palette;
    let indicators: Vec<(String, i64, i64)> = comparison
        .dimensions
        .iter()
        .map(|d| {
            (
                dimension_label(look.words, d),
                i64::from(MIN_SCORE),
                i64::from(MAX_SCORE),
            )
        })
        .collect();
    let polygon = |name: &str, color: &str, pick: fn(&DimensionComparison) -> Option<f64>| {
        let values: Vec<CompositeValue> = comparison
            .dimensions
            .iter()
            .map(|d| CompositeValue::from(pick(d).map(format::round1)))
            .collect();
        Radar::new()
            .name(name)
            .line_style(LineStyle::new().color(color).width(2))
            .area_style(
                charming::element::AreaStyle::new()
                    .color(color)
                    .opacity(0.12),
            )
            .data(vec![DataPointItem::new(values).name(name)])
    };
    let (self_name, manager_name) = (look.words.chart_self(), look.words.chart_manager());
    base_chart(palette)
        .legend(legend(palette, vec![self_name, manager_name]))
        .radar(
            RadarCoordinate::new()
                .indicator(
                    indicators
                        .iter()
                        .map(|(n, lo, hi)| (n.as_str(), *lo, *hi))
                        .collect::<Vec<_>>(),
                )
                .radius(if look.narrow() { "58%" } else { "66%" })
                .center(vec!["50%", "56%"])
                .split_number(4)
                .axis_name(
                    charming::component::RadarAxisName::new()
                        .color(palette.text)
                        .font_size(f64::from(palette.font_size)),
                )
                .split_line(SplitLine::new().line_style(LineStyle::new().color(palette.grid))),
        )
        .series(polygon(self_name, palette.leader, |d| d.leader.mean()))
        .series(polygon(manager_name, palette.manager, |d| d.manager.mean()))
}

/// The report's gap bars: every behaviour both rated, sorted by gap
/// (largest self-higher first), labelled with its signed whole gap.
pub fn gap_bar_data(comparison: &Comparison) -> Vec<GapBar> {
    comparison
        .items_by_gap()
        .into_iter()
        .map(|i| GapBar {
            name: i.text.clone(),
            value: f64::from(i.gap),
            text: format::signed_whole(i32::from(i.gap)),
        })
        .collect()
}

/// Every item's gap, sorted by gap: bars to the right where the leader rates
/// higher, to the left where the manager does; each name in full above its bar.
pub fn gap_bars(comparison: &Comparison, look: &Look) -> Chart {
    diverging_bars(look, &gap_bar_data(comparison))
}

/// The height the gap bars need at the look's width.
pub fn gap_bars_height(comparison: &Comparison, look: &Look) -> f64 {
    diverging_height(look, &gap_bar_data(comparison))
}
