//! The report's summary, which is also page 1 of the printed report: the
//! three headline figures, the labels counted, dimension scores side by side
//! (chart and table), the largest gaps each way, and the shared priorities.

use super::{gap_details, label_chip};
use crate::charts::comparison::{
    dimension_bars, dimension_bars_height, dimension_radar, dimension_radar_height,
};
use crate::charts::{Drawn, Look};
use crate::domain::base::format;
use crate::domain::base::thresholds::SUMMARY_GAPS_EACH_WAY;
use crate::domain::rules::comparison::{Comparison, DimensionComparison, GapLabel, ItemGap};
use crate::domain::rules::guide::largest_gaps_each_way;
use crate::web::components::chart::Chart;
use crate::web::language::t;
use leptos::prelude::*;
use std::rc::Rc;

/// Who is who in the summary's sentences.
#[derive(Clone)]
pub struct People {
    /// The leader's name.
    pub leader: String,
    /// The manager's name (or a stand-in).
    pub manager: String,
}

/// The summary section.
#[component]
pub fn Summary(
    comparison: Comparison,
    people: People,
    /// The behaviours both chose, in the manager's order.
    shared_priorities: Vec<(String, String)>,
) -> impl IntoView {
    let h = &comparison.headline;
    let index = h
        .alignment_index
        .map(|i| i.to_string())
        .unwrap_or_else(|| format::NO_FIGURE.into());
    let rate = h
        .agreement_percent()
        .map(|v| format::percent(t().language(), v))
        .unwrap_or_else(|| format::NO_FIGURE.into());
    // "0 of 0" reads as broken: with no manager priorities there is no figure.
    let overlap = match h.priorities.manager_count {
        0 => format::NO_FIGURE.to_string(),
        n => t().report_overlap(&h.priorities.shared.len(), &n),
    };
    let overlap_note = match h.priorities.manager_count {
        0 => t().report_overlap_none(&people.manager),
        n => t().report_overlap_note(
            h.priorities.shared.len(),
            &people.manager,
            &n,
            &people.leader,
        ),
    };
    let counts = GapLabel::ALL
        .iter()
        .map(|&label| {
            let n = comparison.count(label);
            view! {
                <li data-label=label.key() data-count=n>
                    {label_chip(label, label.counted(t(), n))}
                </li>
            }
        })
        .collect_view();
    let (self_higher, manager_higher) = largest_gaps_each_way(&comparison, SUMMARY_GAPS_EACH_WAY);
    let gap_list = |gaps: Vec<ItemGap>, none: String| {
        if gaps.is_empty() {
            return view! { <p class="empty">{none}</p> }.into_any();
        }
        let rows = gaps
            .into_iter()
            .map(|g| {
                view! {
                    <li data-item=g.item_id.clone()>
                        <span class="behaviour">{g.text.clone()}</span>
                        {gap_details(&g)}
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="gap-list">{rows}</ol> }.into_any()
    };
    let shared = if shared_priorities.is_empty() {
        view! { <p class="empty">{t().report_no_shared_priorities()}</p> }.into_any()
    } else {
        let rows = shared_priorities
            .into_iter()
            .map(|(text, dimension)| {
                view! { <li><span class="behaviour">{text}</span><span class="meta">{dimension}</span></li> }
            })
            .collect_view();
        view! { <ol class="priority-list shared-priorities">{rows}</ol> }.into_any()
    };
    let self_heading = t().report_rates_higher(&people.leader);
    let manager_heading = t().report_rates_higher(&people.manager);
    view! {
        <section class="report-section report-summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{t().report_summary_heading()}</h2>
            <dl class="figures">
                <div class="figure">
                    <dt>{t().report_alignment_index()}</dt>
                    <dd><span class="figure-value" id="alignment-index">{index}</span><span class="figure-unit">" / 100"</span></dd>
                    <dd class="figure-note">{t().report_index_note()}</dd>
                </div>
                <div class="figure">
                    <dt>{t().report_agreement_rate()}</dt>
                    <dd><span class="figure-value" id="agreement-rate">{rate}</span></dd>
                    <dd class="figure-note">{t().report_agreement_note(&h.agreed_items, &h.compared_items)}</dd>
                </div>
                <div class="figure">
                    <dt>{t().report_shared_priorities()}</dt>
                    <dd><span class="figure-value" id="priority-overlap">{overlap}</span></dd>
                    <dd class="figure-note">{overlap_note}</dd>
                </div>
            </dl>
            <ul class="label-counts" aria-label=t().report_label_counts()>{counts}</ul>
            <Dimensions comparison=comparison.clone()/>
            <div class="two-columns summary-gaps">
                <div class="self-higher">
                    <h3>{self_heading}</h3>
                    {gap_list(self_higher, t().report_no_self_higher().into())}
                </div>
                <div class="manager-higher">
                    <h3>{manager_heading}</h3>
                    {gap_list(manager_higher, t().report_no_manager_higher().into())}
                </div>
            </div>
            <div class="summary-priorities">
                <h3>{t().report_shared_priorities()}</h3>
                {shared}
            </div>
        </section>
    }
}

/// Dimension scores side by side: grouped bars (or a radar), and the table.
#[component]
fn Dimensions(comparison: Comparison) -> impl IntoView {
    let radar = RwSignal::new(false);
    let count = comparison.dimensions.len();
    let comparison = Rc::new(comparison);
    let build = {
        let comparison = comparison.clone();
        move |look: &Look| {
            if radar.get() {
                Drawn::new(
                    &dimension_radar(&comparison, look),
                    look,
                    dimension_radar_height(look),
                )
            } else {
                Drawn::new(
                    &dimension_bars(&comparison, look),
                    look,
                    dimension_bars_height(&comparison, look),
                )
            }
        }
    };
    let rows = comparison
        .dimensions
        .iter()
        .map(|d: &DimensionComparison| {
            let gap = d
                .gap
                .map(|v| format::signed_score(t().language(), v))
                .unwrap_or_else(|| format::NO_FIGURE.into());
            // Fewer behaviours compared than the dimension has: said where
            // the scores are, since they are means over those alone.
            let compared = (d.gap.is_some() && d.compared < d.total)
                .then(|| t().report_compared(&d.compared, &d.total));
            let class = if d.flagged { "flagged" } else { "" };
            view! {
                <tr data-dimension=d.dimension_id.clone() class=class>
                    <th scope="row">{d.name.clone()}{compared.map(|c| view! { <span class="meta compared">{c}</span> })}</th>
                    <td class="num self" data-label=t().chart_self()>{format::dimension_score(t(), d.leader.mean())}</td>
                    <td class="num manager" data-label=t().chart_manager()>{format::dimension_score(t(), d.manager.mean())}</td>
                    <td class="num gap" data-label=t().report_col_gap()>{gap}{d.flagged.then(|| view! { <span class="flag-mark">{format!(" · {}", t().report_flagged())}</span> })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="dimensions">
            <div class="section-head">
                <h3 id="dimensions-heading">{t().report_dimensions_heading()}</h3>
                <button type="button" class="button small no-print" aria-pressed=move || radar.get().to_string()
                    on:click=move |_| radar.update(|r| *r = !*r)>
                    {move || if radar.get() { t().report_show_bars() } else { t().report_show_radar() }}
                </button>
            </div>
            <div class="chart-and-table">
                <Chart draw=build paper_width=360.0 label=t().report_dimensions_chart(&count)/>
                <div class="table-wrap" role="region" aria-labelledby="dimensions-caption" tabindex="0"><table class="scores compare">
                    <caption id="dimensions-caption">{t().report_dimensions_caption()}</caption>
                    <thead><tr><th scope="col">{t().report_col_dimension()}</th><th scope="col" class="num">{t().chart_self()}</th><th scope="col" class="num">{t().chart_manager()}</th><th scope="col" class="num">{t().report_col_gap()}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table></div>
            </div>
        </div>
    }
}
