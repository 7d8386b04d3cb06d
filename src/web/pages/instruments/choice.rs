//! Choosing the question set for a new assessment or cohort: a native
//! select, shown only when there is more than the built-in set.

use crate::domain::sets::instrument::{Instrument, InstrumentRef};
use crate::domain::sets::registry::QuestionSet;
use crate::web::language::t;
use leptos::prelude::*;

/// The select; `chosen` holds the chosen instrument.
#[component]
pub fn InstrumentChoice(chosen: RwSignal<&'static Instrument>) -> impl IntoView {
    let known = Instrument::all();
    if known.len() < 2 {
        return ().into_any();
    }
    let key = |r: &InstrumentRef| format!("{}@{}", r.id, r.version);
    let options = known
        .iter()
        .map(|i| {
            let value = key(&i.reference());
            let selected = i.reference() == chosen.get_untracked().reference();
            // Two sets may share a display name: the id and version tell them apart.
            let shared_name = known.iter().filter(|k| k.name == i.name).count() > 1;
            let text = if shared_name {
                t().choice_option_named(&i.name, &i.item_count(), &i.id, &i.version)
            } else {
                t().choice_option(&i.name, &i.item_count())
            };
            view! { <option value=value selected=selected>{text}</option> }
        })
        .collect_view();
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(i) = Instrument::all()
            .into_iter()
            .find(|i| key(&i.reference()) == value)
        {
            chosen.set(i);
        }
    };
    view! {
        <div class="field">
            <label for="instrument-choice">{t().choice_label()}</label>
            <select id="instrument-choice" on:change=on_change>{options}</select>
        </div>
    }
    .into_any()
}
