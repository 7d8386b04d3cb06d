//! Every item's gap (diverging bars and a table) and the four-box view
//! (scatter and lists by label).

use super::palette;
use crate::charts::comparison::{four_box, gap_bars};
use crate::charts::option_json;
use crate::domain::comparison::{Comparison, GapLabel};
use crate::domain::instrument::Instrument;
use crate::web::browser::is_narrow;
use crate::web::components::chart::Chart;
use leptos::prelude::*;

/// A gap with its sign, and a plain 0 for none: "+2", "−1", "0".
pub fn signed(gap: i8) -> String {
    match gap {
        0 => "0".to_string(),
        g if g > 0 => format!("+{g}"),
        g => format!("−{}", g.unsigned_abs()),
    }
}

/// The item gaps section.
#[component]
pub fn ItemGaps(comparison: Comparison, instrument: &'static Instrument) -> impl IntoView {
    let label_chars = if is_narrow() { 22 } else { 44 };
    let option = Signal::stored(option_json(&gap_bars(&comparison, palette(), label_chars)));
    let rows = comparison
        .items_by_gap()
        .into_iter()
        .map(|i| {
            view! {
                <tr data-item=i.item_id.clone() data-label=i.label.key()>
                    <th scope="row">{i.text.clone()}</th>
                    <td>{i.dimension.clone()}</td>
                    <td class="num">{i.leader}</td>
                    <td class="num">{i.manager}</td>
                    <td class="num">{signed(i.gap)}</td>
                    <td><span class=format!("label label-{}", i.label.key())>{i.label.name()}</span></td>
                </tr>
            }
        })
        .collect_view();
    let not_compared = instrument.item_count() - comparison.items.len();
    // One bar per behaviour: a short question set gets a shorter chart.
    let height_class = if comparison.items.len() > 12 {
        "tall-chart"
    } else {
        "short-chart"
    };
    view! {
        <section class="report-section" aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">"Every behaviour's gap"</h2>
            <p class="hint">"Gap = self − manager. Bars to the right: the leader rates the behaviour higher (2 or more: a blind spot). To the left: the manager rates it higher (2 or more: a hidden strength)."</p>
            <div class=height_class>
                <Chart option=option label="Diverging bar chart of every behaviour's gap, sorted from largest self-higher to largest manager-higher; the table below lists each one."/>
            </div>
            <div class="table-wrap" role="region" aria-label="Every behaviour table" tabindex="0"><table class="scores items-table">
                <caption>"Every behaviour rated by both, sorted by gap"</caption>
                <thead><tr><th scope="col">"Behaviour"</th><th scope="col">"Dimension"</th><th scope="col">"Self"</th><th scope="col">"Manager"</th><th scope="col">"Gap"</th><th scope="col">"Label"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
            {(not_compared > 0).then(|| view! {
                <p class="hint">{format!("{not_compared} behaviours are not compared because one or both of you marked them Not observed or left them unanswered.")}</p>
            })}
        </section>
    }
}

/// The four-box section.
#[component]
pub fn FourBox(comparison: Comparison) -> impl IntoView {
    let option = Signal::stored(option_json(&four_box(&comparison, palette())));
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
        let title = match label {
            GapLabel::AgreedStrength => "Agreed strengths",
            GapLabel::BlindSpot => "Blind spots",
            GapLabel::HiddenStrength => "Hidden strengths",
            _ => "Agreed development areas",
        };
        let empty = items.is_empty();
        view! {
            <div class=format!("box box-{}", label.key())>
                <h3>{format!("{title} ({})", items.len())}</h3>
                {empty.then(|| view! { <p class="empty">"None."</p> })}
                <ul>{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
            </div>
        }
    })
    .collect_view();
    let aligned = comparison.count(GapLabel::Aligned);
    view! {
        <section class="report-section" aria-labelledby="fourbox-heading">
            <h2 id="fourbox-heading">"The four-box view"</h2>
            <p class="hint">"Each dot is a behaviour, placed at the leader's own rating (across) and the manager's rating (up). Dots on the dashed line are rated the same by both."</p>
            <div class="square-chart">
                <Chart option=option label="Scatter chart of each behaviour's self rating against the manager's rating, with the four boxes named; the lists below give the same grouping."/>
            </div>
            <div class="boxes">{boxes}</div>
            <p class="hint">{format!("{aligned} further behaviours are aligned in the middle of the scale.")}</p>
        </section>
    }
}
