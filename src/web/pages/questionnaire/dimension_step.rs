//! A dimension's step: its behaviours, each rated on the frequency scale.

use super::Editing;
use crate::web::browser::{focus, query};
use crate::web::components::rating_item::RatingItem;
use crate::web::language::t;
use crate::web::state::shared;
use leptos::prelude::*;

/// The items of the dimension at `index`.
#[component]
pub fn DimensionStep(editing: Editing, index: usize) -> impl IntoView {
    let Some(dimension) = editing.instrument.dimensions.get(index) else {
        return ().into_any();
    };
    let items = dimension
        .items
        .iter()
        .map(|item| {
            let id = item.id.clone();
            let id_for_rating = id.clone();
            let current = Signal::derive(move || editing.with(|r| r.rating(&id_for_rating)));
            let on_rate = Callback::new(move |rating| {
                let id = id.clone();
                editing.change(move |r| r.rate(&id, rating));
            });
            view! {
                <RatingItem instrument=editing.instrument item_id=item.id.clone() text=item.text.clone() current=current on_rate=on_rate/>
            }
        })
        .collect_view();

    // Focus the item the review asked for, else the first unanswered one,
    // so that keyboard users can answer straight away.
    let target = shared().focus_item.get_untracked().or_else(|| {
        editing.with(|r| {
            dimension
                .items
                .iter()
                .find(|i| r.rating(&i.id).is_none())
                .map(|i| i.id.clone())
        })
    });
    shared().focus_item.set(None);
    request_animation_frame(move || {
        let focused = target
            .and_then(|id| query(&format!("#item-{id}")))
            .map(|fieldset| crate::web::browser::focus_rating_item(&fieldset))
            .unwrap_or(false);
        if !focused {
            focus("#step-title");
        }
    });

    view! {
        <p class="dimension-summary">{dimension.summary.clone()}</p>
        <p class="stem" id="step-question">{editing.question_stem()}</p>
        <ul class="scale-legend" aria-hidden="true">
            {crate::domain::base::rating::Rating::all()
                .filter_map(|r| match r {
                    crate::domain::base::rating::Rating::Score(n) => Some((n, editing.instrument.scale_word(n).unwrap_or_default().to_string())),
                    crate::domain::base::rating::Rating::NotObserved => None,
                })
                .map(|(n, word)| view! { <li><strong>{n}</strong>" "{word}</li> })
                .collect_view()}
        </ul>
        <p class="hint keyboard-hint">{t().step_keyboard_hint()}</p>
        <div class="items">{items}</div>
    }
    .into_any()
}
