//! A question set as a respondent sees it: every dimension with its
//! behaviours as rating fieldsets, the priorities rule and the reflection
//! questions. Choices made here are not saved.

use crate::domain::base::rating::Rating;
use crate::domain::formats::route::Route;
use crate::domain::sets::instrument::{Instrument, InstrumentRef};
use crate::domain::sets::registry::QuestionSet;
use crate::web::components::rating_item::RatingItem;
use crate::web::language::t;
use crate::web::state::set_title;
use leptos::prelude::*;

/// The page for `#/instruments/<id>/<version>`.
#[component]
pub fn PreviewInstrumentPage(id: String, version: u32) -> impl IntoView {
    let Some(instrument) = Instrument::find(&InstrumentRef {
        id: id.clone(),
        version,
    }) else {
        set_title(t().sets_not_found_title());
        return view! {
            <h1 tabindex="-1" class="page-title">{t().sets_not_found_heading()}</h1>
            <p class="notice notice-error" role="alert">{t().sets_not_found(&id, &version)}</p>
            <p><a class="button" href=Route::Instruments.href()>{t().sets_go_to_sets()}</a></p>
        }
        .into_any();
    };
    let instrument = crate::web::shown::shown_instrument(instrument);
    set_title(&t().sets_preview_title(&instrument.name));
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
                    <h2>{t().sets_preview_step(&(n + 1), &d.name)}</h2>
                    <p class="hint">{d.summary.clone()}</p>
                    <p class="stem">{t().sets_preview_stem()}</p>
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
        <p class="context">{t().sets_preview_context(&instrument.id, &instrument.version)}</p>
        <h1 tabindex="-1" class="page-title">{t().sets_preview_title(&instrument.name)}</h1>
        <p class="notice">{t().sets_preview_notice()}</p>
        {dimensions}
        <section class="report-section">
            <h2>{t().sets_preview_priorities()}</h2>
            <p>{t().sets_preview_priorities_text(&instrument.priorities_limit)}</p>
        </section>
        <section class="report-section">
            <h2>{t().sets_preview_reflections()}</h2>
            {no_reflections.then(|| view! { <p class="empty">{t().sets_preview_no_reflections()}</p> })}
            <ol>{reflections}</ol>
        </section>
        <p><a class="button" href=Route::Instruments.href()>{t().sets_back_to_sets()}</a></p>
    }
    .into_any()
}
