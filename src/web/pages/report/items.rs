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
                    <td class="num" data-label="Self">{i.leader}</td>
                    <td class="num" data-label="Manager">{i.manager}</td>
                    <td class="num" data-label="Gap">{format::signed_whole(i32::from(i.gap))}</td>
                    <td data-label="Label">{label_chip(i.label, i.label.name(crate::web::language::t()))}</td>
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
            <h2 id="gaps-heading">"Every behaviour's gap"</h2>
            <p class="hint">"Gap = self − manager. Bars to the right: the leader rates the behaviour higher (2 or more: a blind spot). To the left: the manager rates it higher (2 or more: a hidden strength)."</p>
            <Chart draw=build label="Diverging bar chart of every behaviour's gap, sorted from largest self-higher to largest manager-higher; the table lists each one."/>
            // The chart says it once; the table (its text equivalent, always
            // read by screen readers and printed) opens on request.
            <button type="button" class="button small no-print" id="show-items-table"
                aria-controls="items-table-wrap" aria-expanded=move || table_open.get().to_string()
                on:click=move |_| table_open.update(|o| *o = !*o)>
                {move || if table_open.get() { "Hide the table of every behaviour" } else { "Show every behaviour as a table" }}
            </button>
            // Collapsed, it is a plain box (no scrolling region to focus);
            // open, the usual scrolling table.
            <div id="items-table-wrap" role="region" aria-labelledby="items-caption"
                class:collapsed=move || !table_open.get() class:table-wrap=move || table_open.get()
                tabindex=move || table_open.get().then_some("0")><table class="scores items-table stack">
                <caption id="items-caption">"Every behaviour rated by both, sorted by gap"</caption>
                <thead><tr><th scope="col">"Behaviour"</th><th scope="col" class="num">"Self"</th><th scope="col" class="num">"Manager"</th><th scope="col" class="num">"Gap"</th><th scope="col">"Label"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
            {(not_compared > 0).then(|| view! {
                <p class="hint">{match not_compared {
                    1 => "1 behaviour is not compared because one or both of you marked it Not observed or left it unanswered.".to_string(),
                    n => format!("{n} behaviours are not compared because one or both of you marked them Not observed or left them unanswered."),
                }}</p>
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
            .map(|i| format!("{} (self {}, manager {})", i.text, i.leader, i.manager))
            .collect();
        let empty = items.is_empty();
        view! {
            <div class=format!("box box-{}", label.key())>
                <h3><span class=format!("label-mark mark-{}", label.key()) aria-hidden="true"></span>{format!("{} ({})", region_name(label), items.len())}</h3>
                {empty.then(|| view! { <p class="empty">"None."</p> })}
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
            <h2 id="fourbox-heading">"The four-box view"</h2>
            <p class="hint">"Each mark sits at a pair of ratings (the leader's along the bottom, the manager's up the side) and counts the behaviours with that pair. Shading, colour and shape show the label: a gap of 2 or more either way, both 4 or higher, or both 2 or lower. On the dashed line both rated alike."</p>
            <div class="four-box-layout">
                <Chart draw=build paper_width=310.0 label="Four-box chart: each pair of self and manager ratings placed at its ratings, in the region of its label; the lists beside it give the same grouping."/>
                <div class="boxes" id="four-box-lists">
                    <p class="hint print-only">"How many behaviours fall in each region; the table of every behaviour above names each one's label."</p>
                    <button type="button" class="button small no-print" id="show-box-lists"
                        aria-controls="four-box-lists" aria-expanded=move || lists_open.get().to_string()
                        on:click=move |_| lists_open.update(|o| *o = !*o)>
                        {move || if lists_open.get() { "Hide the behaviours in each region" } else { "List the behaviours in each region" }}
                    </button>
                    {boxes}
                    <div class="box box-aligned print-only">
                        <h3><span class="label-mark mark-aligned" aria-hidden="true"></span>{format!("{} ({aligned})", region_name(GapLabel::Aligned))}</h3>
                    </div>
                </div>
            </div>
            <p class="hint">{match aligned {
                0 => "No other behaviour is aligned in the middle of the scale.".to_string(),
                1 => "1 further behaviour is aligned: within one point, in the middle of the scale.".to_string(),
                n => format!("{n} further behaviours are aligned: within one point, in the middle of the scale."),
            }}</p>
        </section>
    }
}
