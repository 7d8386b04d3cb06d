//! Dimension scores side by side: grouped bars (or a radar), and the table.

use super::palette;
use crate::charts::comparison::{dimension_bars, dimension_radar};
use crate::charts::option_json;
use crate::domain::comparison::Comparison;
use crate::domain::scoring::DimensionScore;
use crate::web::components::chart::Chart;
use crate::web::components::score_table::format_mean;
use leptos::prelude::*;

fn score_text(score: DimensionScore) -> String {
    match score {
        DimensionScore::Mean(m) => format_mean(m),
        DimensionScore::NotEnoughData => "Not enough data".into(),
    }
}

/// A dimension gap to one decimal with its sign: "+2.0", "−0.4", "0.0".
fn signed_mean(gap: f64) -> String {
    let text = format_mean(gap.abs());
    if text == format_mean(0.0) {
        text
    } else if gap > 0.0 {
        format!("+{text}")
    } else {
        format!("−{text}")
    }
}

/// The dimensions section.
#[component]
pub fn Dimensions(comparison: Comparison) -> impl IntoView {
    let radar = RwSignal::new(false);
    let comparison_dimensions = comparison.dimensions.len();
    let bars_json = option_json(&dimension_bars(&comparison, palette()));
    let radar_json = option_json(&dimension_radar(&comparison, palette()));
    let option = Signal::derive(move || {
        if radar.get() {
            radar_json.clone()
        } else {
            bars_json.clone()
        }
    });
    let rows = comparison
        .dimensions
        .iter()
        .map(|d| {
            let gap = d.gap.map(signed_mean).unwrap_or_else(|| "–".into());
            let flag = if d.flagged {
                "Gap of 1.0 or more"
            } else if d.gap.is_none() {
                "Not enough data to compare"
            } else {
                ""
            };
            let class = if d.flagged { "flagged" } else { "" };
            view! {
                <tr data-dimension=d.dimension_id.clone() class=class>
                    <th scope="row">{d.name.clone()}</th>
                    <td class="self">{score_text(d.leader)}</td>
                    <td class="manager">{score_text(d.manager)}</td>
                    <td class="gap">{gap}</td>
                    <td class="flag">{flag}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="report-section" aria-labelledby="dimensions-heading">
            <h2 id="dimensions-heading">"Dimension scores side by side"</h2>
            <p class="hint">"Each score is the mean of that rater's rated behaviours (1–5). A gap of 1.0 or more is flagged."</p>
            <button type="button" class="button small no-print" aria-pressed=move || radar.get().to_string()
                on:click=move |_| radar.update(|r| *r = !*r)>
                {move || if radar.get() { "Show as bars" } else { "Show as radar" }}
            </button>
            <Chart option=option label=format!("Chart of the {} dimension scores, self and manager side by side; the table below has the same figures.", comparison_dimensions)/>
            <div class="table-wrap" role="region" aria-label="Dimension scores table" tabindex="0"><table class="scores compare">
                <caption>"Dimension scores (gap = self − manager)"</caption>
                <thead><tr><th scope="col">"Dimension"</th><th scope="col">"Self"</th><th scope="col">"Manager"</th><th scope="col">"Gap"</th><th scope="col">"Flag"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        </section>
    }
}
