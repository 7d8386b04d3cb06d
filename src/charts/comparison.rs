//! The report's charts: dimension scores side by side (bars or radar), every
//! item's gap (diverging bars) and the four-box view (self against manager).
//! Each draws both raters: two series per chart.

use crate::charts::palette::Palette;
use crate::charts::plot_grid;
use crate::charts::profile::one_decimal;
use crate::charts::{
    bar_categories, diverging_bars, legend, short_label, value_axis, MANAGER_SERIES, SELF_SERIES,
};
use crate::domain::comparison::{Comparison, DimensionComparison, ItemGap};
use crate::domain::rating::{MAX_SCORE, MIN_SCORE};
use charming::component::{Axis, Grid, RadarCoordinate, Title};
use charming::datatype::DataPointItem;
use charming::element::{
    AxisLabel, AxisType, ItemStyle, Label, LabelPosition, LineStyle, LineStyleType, SplitLine,
    TextStyle, Tooltip, Trigger,
};
use charming::series::{Bar, Line, Radar, Scatter};
use charming::Chart;

fn dimension_label(d: &DimensionComparison) -> String {
    if d.leader.mean().is_none() || d.manager.mean().is_none() {
        format!("{} (not enough data)", d.name)
    } else {
        d.name.clone()
    }
}

/// Both raters' dimension scores as grouped horizontal bars.
pub fn dimension_bars(comparison: &Comparison, palette: Palette) -> Chart {
    let names: Vec<String> = comparison.dimensions.iter().map(dimension_label).collect();
    let series = |name: &str, color: &str, pick: fn(&DimensionComparison) -> Option<f64>| {
        Bar::new()
            .name(name)
            .item_style(ItemStyle::new().color(color))
            .label(
                Label::new()
                    .show(true)
                    .position(LabelPosition::Right)
                    .color(palette.text),
            )
            .data(
                comparison
                    .dimensions
                    .iter()
                    .map(|d| pick(d).map(one_decimal))
                    .collect::<Vec<_>>(),
            )
    };
    Chart::new()
        .animation(false)
        .legend(legend(palette, vec![SELF_SERIES, MANAGER_SERIES]))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(plot_grid(40, 30, 10))
        .x_axis(value_axis(palette, 0.0, f64::from(MAX_SCORE), 1.0))
        .y_axis(bar_categories(palette, names))
        .series(series(SELF_SERIES, palette.leader, |d| d.leader.mean()))
        .series(series(MANAGER_SERIES, palette.manager, |d| {
            d.manager.mean()
        }))
}

/// Both raters' dimension scores on a radar (the optional view).
pub fn dimension_radar(comparison: &Comparison, palette: Palette) -> Chart {
    let indicators: Vec<(&str, i64, i64)> = comparison
        .dimensions
        .iter()
        .map(|d| (d.name.as_str(), 0, i64::from(MAX_SCORE)))
        .collect();
    let polygon = |name: &str, color: &str, pick: fn(&DimensionComparison) -> Option<f64>| {
        let values: Vec<f64> = comparison
            .dimensions
            .iter()
            .map(|d| pick(d).map(one_decimal).unwrap_or(0.0))
            .collect();
        Radar::new()
            .name(name)
            .line_style(LineStyle::new().color(color).width(2))
            .area_style(
                charming::element::AreaStyle::new()
                    .color(color)
                    .opacity(0.15),
            )
            .data(vec![DataPointItem::new(values).name(name)])
    };
    Chart::new()
        .animation(false)
        .legend(legend(palette, vec![SELF_SERIES, MANAGER_SERIES]))
        .tooltip(Tooltip::new())
        .radar(
            RadarCoordinate::new()
                .indicator(indicators)
                .radius("65%")
                .center(vec!["50%", "55%"])
                .axis_name(charming::component::RadarAxisName::new().color(palette.text)),
        )
        .series(polygon(SELF_SERIES, palette.leader, |d| d.leader.mean()))
        .series(polygon(MANAGER_SERIES, palette.manager, |d| {
            d.manager.mean()
        }))
}

/// Every item's gap, sorted by gap: bars to the right where the leader rates
/// higher, to the left where the manager does. Axis labels are cut to
/// `label_chars` so that the bars keep room on narrow screens.
pub fn gap_bars(comparison: &Comparison, palette: Palette, label_chars: usize) -> Chart {
    let items: Vec<&ItemGap> = comparison.items_by_gap();
    let labels: Vec<String> = items
        .iter()
        .map(|i| short_label(&i.text, label_chars))
        .collect();
    let gaps: Vec<Option<i32>> = items.iter().map(|i| Some(i32::from(i.gap))).collect();
    diverging_bars(palette, labels, &gaps)
}

/// Spreads items that share the same pair of ratings around that point, so
/// each stays visible; deterministic, within ±0.3 of the true ratings.
pub fn spread(items: &[&ItemGap]) -> Vec<(f64, f64)> {
    const OFFSETS: [(f64, f64); 9] = [
        (0.0, 0.0),
        (0.2, 0.0),
        (-0.2, 0.0),
        (0.0, 0.2),
        (0.0, -0.2),
        (0.2, 0.2),
        (-0.2, -0.2),
        (0.2, -0.2),
        (-0.2, 0.2),
    ];
    let mut seen: Vec<((u8, u8), usize)> = Vec::new();
    items
        .iter()
        .map(|i| {
            let key = (i.leader, i.manager);
            let n = match seen.iter_mut().find(|(k, _)| *k == key) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    seen.push((key, 0));
                    0
                }
            };
            let (dx, dy) = OFFSETS[n % OFFSETS.len()];
            let ring = (n / OFFSETS.len()) as f64 * 0.05;
            (
                f64::from(i.leader) + dx + ring.copysign(dx),
                f64::from(i.manager) + dy + ring.copysign(dy),
            )
        })
        .collect()
}

/// The four-box view: each item at (self, manager), with the line of perfect
/// agreement and the four boxes named in their corners.
pub fn four_box(comparison: &Comparison, palette: Palette) -> Chart {
    let items: Vec<&ItemGap> = comparison.items.iter().collect();
    let points: Vec<DataPointItem> = spread(&items)
        .into_iter()
        .zip(&items)
        .map(|((x, y), item)| DataPointItem::new(vec![x, y]).name(short_label(&item.text, 60)))
        .collect();
    // Visible category axes give each rating 1–5 its own labelled band; the
    // data sits on hidden value axes (0.5–5.5) over the same grid, so points
    // can be spread within their band.
    let ratings: Vec<String> = (MIN_SCORE..=MAX_SCORE).map(|r| r.to_string()).collect();
    let axis = |name: &str| {
        Axis::new()
            .type_(AxisType::Category)
            .data(ratings.clone())
            .name(name)
            .name_location(charming::element::NameLocation::Middle)
            .name_gap(28)
            .name_text_style(TextStyle::new().color(palette.text))
            .axis_label(AxisLabel::new().color(palette.text))
            .split_line(
                SplitLine::new()
                    .show(true)
                    .line_style(LineStyle::new().color(palette.grid)),
            )
    };
    let (lo, hi) = (f64::from(MIN_SCORE) - 0.5, f64::from(MAX_SCORE) + 0.5);
    let data_axis = || {
        Axis::new()
            .type_(AxisType::Value)
            .show(false)
            .min(lo)
            .max(hi)
    };
    let corner = |text: &str, left: &str, top: &str| {
        Title::new().text(text).left(left).top(top).text_style(
            TextStyle::new()
                .color(palette.text)
                .font_size(12)
                .font_weight("normal"),
        )
    };
    Chart::new()
        .animation(false)
        .legend(legend(palette, vec!["Behaviours", "Perfect agreement"]))
        .tooltip(Tooltip::new())
        .title(corner("Hidden strengths", "14%", "12%"))
        .title(corner("Agreed strengths", "70%", "12%"))
        .title(corner("Agreed development areas", "24%", "80%"))
        .title(corner("Blind spots", "76%", "78%"))
        .grid(Grid::new().left(50).right(20).top(40).bottom(50))
        .x_axis(axis("Self rating"))
        .y_axis(axis("Manager rating"))
        .x_axis(data_axis())
        .y_axis(data_axis())
        .series(
            Scatter::new()
                .name("Behaviours")
                .x_axis_index(1)
                .y_axis_index(1)
                .symbol_size(11)
                .item_style(ItemStyle::new().color(palette.leader).opacity(0.85))
                .data(points),
        )
        .series(
            Line::new()
                .name("Perfect agreement")
                .x_axis_index(1)
                .y_axis_index(1)
                .symbol(charming::element::Symbol::None)
                .line_style(
                    LineStyle::new()
                        .color(palette.manager)
                        .type_(LineStyleType::Dashed),
                )
                .data(vec![vec![lo, lo], vec![hi, hi]]),
        )
}
