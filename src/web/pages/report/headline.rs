//! The headline: alignment index, agreement rate and priority overlap.

use crate::domain::comparison::{Comparison, GapLabel};
use leptos::prelude::*;

/// The three headline figures, with what they mean.
#[component]
pub fn Headline(comparison: Comparison, leader: String, manager: String) -> impl IntoView {
    let h = &comparison.headline;
    let index = h
        .alignment_index
        .map(|i| i.to_string())
        .unwrap_or_else(|| "–".into());
    let rate = h
        .agreement_percent()
        .map(|p| format!("{p}%"))
        .unwrap_or_else(|| "–".into());
    let overlap = format!(
        "{} of {}",
        h.priorities.shared.len(),
        h.priorities.manager_count
    );
    let counts = GapLabel::ALL
        .iter()
        .map(|&label| {
            let n = comparison.count(label);
            view! { <li data-label=label.key() data-count=n>{label.counted(n)}</li> }
        })
        .collect_view();
    view! {
        <section class="report-section headline" aria-labelledby="headline-heading">
            <h2 id="headline-heading">"Headline"</h2>
            <dl class="figures">
                <div class="figure">
                    <dt>"Alignment index"</dt>
                    <dd><span class="figure-value" id="alignment-index">{index}</span><span class="figure-unit">" / 100"</span></dd>
                    <dd class="figure-note">"100 means identical ratings; 0 means opposite ends of the scale."</dd>
                </div>
                <div class="figure">
                    <dt>"Agreement rate"</dt>
                    <dd><span class="figure-value" id="agreement-rate">{rate}</span></dd>
                    <dd class="figure-note">{format!("{} of {} behaviours rated by both are within one point.", h.agreed_items, h.compared_items)}</dd>
                </div>
                <div class="figure">
                    <dt>"Priority overlap"</dt>
                    <dd><span class="figure-value" id="priority-overlap">{overlap}</span></dd>
                    <dd class="figure-note">{format!("Of {manager}'s priorities, {leader} chose this many too.")}</dd>
                </div>
            </dl>
            <ul class="label-counts" aria-label="Behaviours by label">{counts}</ul>
        </section>
    }
}
