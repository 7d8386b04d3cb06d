//! A question set as a respondent sees it: every dimension with its
//! behaviours as rating fieldsets, the priorities rule and the reflection
//! questions. Choices made here are not saved.

use crate::domain::base::rating::Rating;
use crate::domain::formats::route::Route;
use crate::domain::sets::instrument::{Instrument, InstrumentRef};
use crate::domain::sets::registry::QuestionSet;
use crate::web::components::rating_item::RatingItem;
use crate::web::state::set_title;
use leptos::prelude::*;

/// The page for `#/instruments/<id>/<version>`.
#[component]
pub fn PreviewInstrumentPage(id: String, version: u32) -> impl IntoView {
    let Some(instrument) = Instrument::find(&InstrumentRef {
        id: id.clone(),
        version,
    }) else {
        set_title("Question set not found");
        return view! {
            <h1 tabindex="-1" class="page-title">"This question set is not in this browser"</h1>
            <p class="notice notice-error" role="alert">{format!("There is no question set “{id}” version {version} here. Load it on the question sets page first.")}</p>
            <p><a class="button" href=Route::Instruments.href()>"Go to the question sets"</a></p>
        }
        .into_any();
    };
    set_title(&format!("Preview: {}", instrument.name));
    let dimensions = instrument
        .dimensions
        .iter()
        .enumerate()
        .map(|(n, d)| {
            let items = d
                .items
                .iter()
                .map(|item| {
                    let answer = RwSignal::new(None::<Rating>);
                    view! {
                        <RatingItem instrument=instrument item_id=item.id.clone() text=item.text.clone()
                            current=answer on_rate=Callback::new(move |r| answer.set(Some(r)))/>
                    }
                })
                .collect_view();
            view! {
                <section class="report-section preview-dimension" data-dimension=d.id.clone()>
                    <h2>{format!("Step {} · {}", n + 1, d.name)}</h2>
                    <p class="hint">{d.summary.clone()}</p>
                    <p class="stem">"How often do I…"</p>
                    {items}
                </section>
            }
        })
        .collect_view();
    let reflections = instrument
        .reflections
        .iter()
        .map(|r| view! { <li>{r.prompt.clone()}</li> })
        .collect_view();
    let no_reflections = instrument.reflections.is_empty();
    view! {
        <p class="context">{format!("{} · version {}", instrument.id, instrument.version)}</p>
        <h1 tabindex="-1" class="page-title">{format!("Preview: {}", instrument.name)}</h1>
        <p class="notice">"This is how respondents see the questions (the manager reads “How often does [leader]…”). Nothing you choose here is saved."</p>
        {dimensions}
        <section class="report-section">
            <h2>"Priorities"</h2>
            <p>{format!("Each rater may choose up to {} behaviours as priorities for the coming cycle.", instrument.priorities_limit)}</p>
        </section>
        <section class="report-section">
            <h2>"Reflections"</h2>
            {no_reflections.then(|| view! { <p class="empty">"This question set has no reflection questions."</p> })}
            <ol>{reflections}</ol>
        </section>
        <p><a class="button" href=Route::Instruments.href()>"Back to the question sets"</a></p>
    }
    .into_any()
}
