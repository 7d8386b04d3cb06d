//! Choosing up to the instrument's limit of priority behaviours.

use super::Editing;
use crate::web::browser::focus;
use crate::web::language::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The priorities step.
#[component]
pub fn PrioritiesStep(editing: Editing) -> impl IntoView {
    let limit = editing.instrument.priorities_limit;
    let message = RwSignal::new(None::<String>);
    let chosen = move || editing.with(|r| r.priorities.len());
    let groups = editing
        .instrument
        .dimensions
        .iter()
        .map(|dimension| {
            let boxes = dimension
                .items
                .iter()
                .map(|item| {
                    let id = item.id.clone();
                    let input_id = format!("priority-{id}");
                    let checked_id = id.clone();
                    let on_change = move |ev: leptos::ev::Event| {
                        let mut refused = None;
                        editing.change(|r| {
                            if let Err(e) = r.toggle_priority(editing.instrument, &id) {
                                refused = Some(e.describe(t()));
                            }
                        });
                        if refused.is_some() {
                            // Undo the browser's tick: the choice was not taken.
                            if let Some(input) = ev
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                            {
                                input.set_checked(false);
                            }
                        }
                        message.set(refused);
                    };
                    // Once the limit is reached, the other boxes are off, and say why.
                    let full_id = checked_id.clone();
                    let full = Signal::derive(move || {
                        chosen() >= limit && !editing.with(|r| r.is_priority(&full_id))
                    });
                    view! {
                        <div class="priority">
                            // Why a box is off is said once, where the count is.
                            <input type="checkbox" id=input_id.clone()
                                prop:checked=move || editing.with(|r| r.is_priority(&checked_id))
                                disabled=move || full.get()
                                aria-describedby="priority-limit"
                                on:change=on_change/>
                            <label for=input_id>{item.text.clone()}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="priority-group">
                    <legend>{dimension.name.clone()}</legend>
                    {boxes}
                </fieldset>
            }
        })
        .collect_view();

    request_animation_frame(|| {
        focus(".priority input");
    });

    view! {
        <p class="stem">
            {t().priorities_stem(&limit)}
        </p>
        // Beside the boxes as they scroll by: how many, and the limit.
        <div class="priority-tally">
            <p class="counter" aria-live="polite">{move || t().priorities_chosen(&chosen(), &limit)}</p>
            <p class="limit-note" id="priority-limit" class:reached={move || chosen() >= limit}>
                {move || if chosen() >= limit {
                    t().priorities_limit_reached(&limit)
                } else {
                    t().priorities_can_choose(&limit)
                }}
            </p>
        </div>
        <p class="field-error" role="alert">{move || message.get()}</p>
        <div class="priorities">{groups}</div>
    }
}
