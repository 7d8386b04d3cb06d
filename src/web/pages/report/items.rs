//! Every item's gap (diverging bars and a table) and the four-box view
//! (the label regions with each pair of ratings marked, and lists by label).

use super::label_chip;
use crate::charts::comparison::{gap_bars, gap_bars_height};
use crate::charts::four_box::{four_box, four_box_height, region_name};
use crate::charts::{Drawn, Look};
use crate::domain::base::format;
use crate::domain::rules::comparison::{Comparison, GapLabel};
use crate::domain::sets::instrument::Instrument;
use crate::web::components::chart::Chart;
use crate::web::language::t;
use leptos::prelude::*;
use std::rc::Rc;

/// The item gaps section.
#[component]
pub fn ItemGaps(comparison: Comparison, instrument: &'static Instrument) -> impl IntoView {
    let rows = comparison
        .items_by_gap()
        .into_iter()
        .map(|i| {
            view! {
                <tr data-item=i.item_id.clone() data-label=i.label.key()>
                    <th scope="row">{i.text.clone()}<span class="meta">{i.dimension.clone()}</span></th>
                    <td class="num" data-label=t().chart_self()>{i.leader}</td>
                    <td class="num" data-label=t().chart_manager()>{i.manager}</td>
                    <td class="num" data-label=t().report_col_gap()>{format::signed_whole(i32::from(i.gap))}</td>
                    <td data-label=t().report_col_label()>{label_chip(i.label, i.label.name(t()))}</td>
                </tr>
            }
        })
        .collect_view();
    let not_compared = instrument.item_count() - comparison.items.len();
    // On paper a long list starts its table on a new page, after the chart.
    let class = if comparison.items.len() > 12 {
        "report-section item-gaps many"
    } else {
        "report-section item-gaps"
    };
    let table_open = RwSignal::new(false);
    let comparison = Rc::new(comparison);
    let build = move |look: &Look| {
        Drawn::new(
            &gap_bars(&comparison, look),
            look,
            gap_bars_height(&comparison, look),
        )
    };
    view! {
        <section class=class aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">{t().report_gaps_heading()}</h2>
            <p class="hint">{t().report_gaps_hint()}</p>
            <Chart draw=build label=t().report_gaps_chart()/>
            // The chart says it once; the table (its text equivalent, always
            // read by screen readers and printed) opens on request.
            <button type="button" class="button small no-print" id="show-items-table"
                aria-controls="items-table-wrap" aria-expanded=move || table_open.get().to_string()
                on:click=move |_| table_open.update(|o| *o = !*o)>
                {move || if table_open.get() { t().report_items_hide() } else { t().report_items_show() }}
            </button>
            // Collapsed, it is a plain box (no scrolling region to focus);
            // open, the usual scrolling table.
            <div id="items-table-wrap" role="region" aria-labelledby="items-caption"
                class:collapsed=move || !table_open.get() class:table-wrap=move || table_open.get()
                tabindex=move || table_open.get().then_some("0")><table class="scores items-table stack">
                <caption id="items-caption">{t().report_items_caption()}</caption>
                <thead><tr><th scope="col">{t().report_col_behaviour()}</th><th scope="col" class="num">{t().chart_self()}</th><th scope="col" class="num">{t().chart_manager()}</th><th scope="col" class="num">{t().report_col_gap()}</th><th scope="col">{t().report_col_label()}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
            {(not_compared > 0).then(|| view! {
                <p class="hint">{t().report_not_compared(not_compared)}</p>
            })}
        </section>
    }
}

/// The four-box section.
#[component]
pub fn FourBox(comparison: Comparison) -> impl IntoView {
    // The behaviours of each region are the chart's text equivalent (read
    // by screen readers); on screen the counts show and the names open on
    // request, so no behaviour is told three times over.
    let lists_open = RwSignal::new(false);
    let boxes = [
        GapLabel::AgreedStrength,
        GapLabel::BlindSpot,
        GapLabel::HiddenStrength,
        GapLabel::AgreedDevelopmentArea,
    ]
    .into_iter()
    .map(|label| {
        let items: Vec<String> = comparison
            .items
            .iter()
            .filter(|i| i.label == label)
            .map(|i| t().report_box_item(&i.text, &i.leader, &i.manager))
            .collect();
        let empty = items.is_empty();
        view! {
            <div class=format!("box box-{}", label.key())>
                <h3><span class=format!("label-mark mark-{}", label.key()) aria-hidden="true"></span>{t().report_box_heading(&region_name(t(), label), &items.len())}</h3>
                {empty.then(|| view! { <p class="empty">{t().report_box_none()}</p> })}
                <ul class:collapsed=move || !lists_open.get()>{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
            </div>
        }
    })
    .collect_view();
    let aligned = comparison.count(GapLabel::Aligned);
    let comparison = Rc::new(comparison);
    let build =
        move |look: &Look| Drawn::new(&four_box(&comparison, look), look, four_box_height(look));
    view! {
        <section class="report-section four-box" aria-labelledby="fourbox-heading">
            <h2 id="fourbox-heading">{t().report_four_box_heading()}</h2>
            <p class="hint">{t().report_four_box_hint()}</p>
            <div class="four-box-layout">
                <Chart draw=build paper_width=310.0 label=t().report_four_box_chart()/>
                <div class="boxes" id="four-box-lists">
                    <p class="hint print-only">{t().report_four_box_print_hint()}</p>
                    <button type="button" class="button small no-print" id="show-box-lists"
                        aria-controls="four-box-lists" aria-expanded=move || lists_open.get().to_string()
                        on:click=move |_| lists_open.update(|o| *o = !*o)>
                        {move || if lists_open.get() { t().report_box_lists_hide() } else { t().report_box_lists_show() }}
                    </button>
                    {boxes}
                    <div class="box box-aligned print-only">
                        <h3><span class="label-mark mark-aligned" aria-hidden="true"></span>{t().report_box_heading(&region_name(t(), GapLabel::Aligned), &aligned)}</h3>
                    </div>
                </div>
            </div>
            <p class="hint">{match aligned {
                0 => t().report_aligned_none().to_string(),
                n => t().report_aligned(n),
            }}</p>
        </section>
    }
}
