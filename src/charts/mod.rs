//! Pure chart builders: domain results in, `charming::Chart` out. They hold
//! no browser types, so their content is tested natively; the web layer only
//! hands the finished option to ECharts.

pub mod palette;
pub mod profile;

use charming::Chart;

/// The ECharts option as JSON text. Charts carry data and plain strings only
/// (no JavaScript formatters), so JSON is a complete description of them.
pub fn option_json(chart: &Chart) -> String {
    serde_json::to_string(chart).unwrap_or_else(|_| "{}".to_string())
}
