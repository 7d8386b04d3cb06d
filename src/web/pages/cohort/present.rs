//! The cohort's picture as slides for a projector: one idea per slide (see
//! [`crate::domain::rules::cohort::slides`]), a title slide that opens the session,
//! type sized to the screen's height (28 px at 1080, every text), moved with
//! the keys presentation clickers send, a click on the slide or the buttons.
//! The buttons fade while the mouse rests (the room sees only the slide) and
//! come back when it moves or a button has the focus; "Full screen" is not
//! offered in full screen. Escape or the button returns to the cohort page.

use super::page::{enter_full_screen, CohortProblem};
use super::parts::{
    dimension_table, gaps_chart, gaps_table, heatmap, median_text, priority_list, prompt_list,
    spread_chart, spread_hint,
};
use crate::charts::{Drawn, Look};
use crate::domain::base::format;
use crate::domain::formats::route::Route;
use crate::domain::records::cohort::Cohort;
use crate::domain::rules::cohort::aggregate::Picture;
use crate::domain::rules::cohort::slides::{after, deck, withheld_sentence, Slide, Step};
use crate::domain::sets::instrument::Instrument;
use crate::web::browser::{document, local_offset_minutes, now_ms, window};
use crate::web::components::chart::Chart;
use crate::web::language::t;
use crate::web::router::navigate;
use crate::web::state::set_title;
use crate::web::storage::records;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn leave_full_screen() {
    if let Some(doc) = document() {
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        }
    }
}

/// Slide text in CSS pixels for the window's height: 28 px at 1080 (what
/// reads from the back of a room), set on `.slides` and given to the charts
/// so their labels match the text.
fn slide_text_px() -> u32 {
    let height = window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(1080.0);
    (height * 28.0 / 1080.0).round().clamp(14.0, 40.0) as u32
}

/// How long the mouse rests before the buttons fade, in milliseconds.
const CONTROLS_IDLE_MS: u64 = 2_500;

fn in_full_screen() -> bool {
    document().is_some_and(|d| d.fullscreen_element().is_some())
}

/// A slide's chart fills the room the slide has below its title (charts
/// size to their content elsewhere): about 60 % of the window's height.
fn filling(draw: impl Fn(&Look) -> Drawn + 'static) -> impl Fn(&Look) -> Drawn + 'static {
    move |look: &Look| {
        let drawn = draw(look);
        let room = window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .map_or(0.0, |h| (h * 0.6).floor());
        Drawn {
            height: drawn.height.max(room),
            ..drawn
        }
    }
}

/// The title a slide shows the room: the cohort's name on the title slide.
fn slide_title(slide: Slide, picture: &Picture, cohort: &str) -> String {
    match slide {
        Slide::Welcome => cohort.into(),
        Slide::Spread => t().cohort_spread_heading().into(),
        Slide::Gaps | Slide::GapsWithheld => t().cohort_gaps_heading().into(),
        Slide::Heatmap(i) => {
            t().slide_every_behaviour(&picture.dimensions.get(i).map_or("", |d| d.name.as_str()))
        }
        Slide::DetailWithheld => t().slide_behaviour_by_behaviour().into(),
        Slide::Priorities => t().cohort_priorities_heading().into(),
        Slide::Prompts => t().cohort_prompts_heading().into(),
    }
}

/// One slide's content.
fn slide_body(
    slide: Slide,
    picture: &Picture,
    instrument: &'static Instrument,
    text_px: RwSignal<u32>,
) -> AnyView {
    let large = move || Some(text_px.get());
    if let Some(sentence) = withheld_sentence(t(), slide, picture) {
        return view! { <p class="slide-sentence" id="slide-withheld">{sentence}</p> }.into_any();
    }
    match slide {
        Slide::Welcome => title_slide(picture).into_any(),
        Slide::Spread => view! {
            <p class="slide-hint">{spread_hint(picture)}</p>
            <Chart draw=filling(spread_chart(picture, large)) label=t().cohort_spread_chart_label()/>
            <div class="visually-hidden">{dimension_table(picture, false)}</div>
        }
        .into_any(),
        Slide::Gaps => {
            let widest = picture.widest_gaps();
            view! {
                <p class="slide-hint">{t().slide_gaps_hint()}</p>
                <Chart draw=filling(gaps_chart(&widest, large)) label=t().cohort_gaps_chart_label()/>
                <div class="visually-hidden">{gaps_table(&widest)}</div>
            }
            .into_any()
        }
        Slide::Heatmap(i) => {
            let name = picture
                .dimensions
                .get(i)
                .map_or(String::new(), |d| d.name.clone());
            let items = picture
                .items
                .iter()
                .filter(move |item| item.dimension == name);
            view! {
                <p class="slide-hint">{heatmap_hint(picture.manager_detail)}</p>
                {heatmap(items, instrument, t().slide_heatmap_caption().into(), "slide-heatmap", |i| i.leader, picture.manager_detail)}
            }
            .into_any()
        }
        Slide::Priorities => priority_list(&picture.top_priorities()).into_any(),
        Slide::Prompts => prompt_list(picture).into_any(),
        Slide::DetailWithheld | Slide::GapsWithheld => ().into_any(),
    }
}

/// The subtitle of a behaviour slide: it names the managers' median only
/// where the table has that column.
fn heatmap_hint(manager_column: bool) -> &'static str {
    if manager_column {
        t().slide_heatmap_hint_managers()
    } else {
        t().slide_heatmap_hint()
    }
}

/// The slide that opens the session: what this is, the day, how many took
/// part and each dimension's middle score at a glance (self, and managers'
/// where enough shared), so the room knows what the next slides unpack.
fn title_slide(picture: &Picture) -> impl IntoView {
    let n = picture.participants;
    let counts = if n == 0 {
        t().slide_none_yet().to_string()
    } else {
        match picture.with_manager {
            0 => t().slide_took_part(n),
            m => t().slide_took_part_managers(n, &m),
        }
    };
    let managers = picture.manager_figures();
    let glance = (n > 0).then(|| {
        let tiles = picture
            .dimensions
            .iter()
            .map(|d| {
                let manager = managers.then(|| {
                    view! { <span class="glance-other">{t().slide_glance_managers(&median_text(d.manager))}</span> }
                });
                view! {
                    <li class="glance-tile" data-dimension=d.dimension_id.clone()>
                        <span class="glance-name">{d.name.clone()}</span>
                        <span class="glance-figure">{median_text(d.leader)}</span>
                        <span class="glance-label">{t().slide_glance_self()}</span>
                        {manager}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="glance-heading" id="glance-heading">{t().slide_glance_heading()}</p>
            <ul class="glance" id="slide-glance" aria-labelledby="glance-heading">{tiles}</ul>
        }
    });
    view! {
        <div class="title-slide">
            <p class="title-counts" id="slide-counts">{counts}</p>
            {glance}
        </div>
    }
}

/// Whether a key press belongs to a control that handles it itself (a
/// button's Space or Enter), so the deck does not move twice.
fn control_handles(ev: &web_sys::KeyboardEvent) -> bool {
    let on_control = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A" | "INPUT"));
    on_control && matches!(ev.key().as_str(), " " | "Enter")
}

/// The page for `#/cohort/<id>/present`.
#[component]
pub fn PresentCohortPage(id: String) -> impl IntoView {
    let cohort = match records::load::<Cohort>(&id) {
        Ok(c) => c,
        Err(error) => return view! { <CohortProblem error=error/> }.into_any(),
    };
    let Some((instrument, picture)) = crate::web::shown::shown_cohort_picture(&cohort) else {
        return view! { <p class="notice notice-error">{t().cohort_questions_unknown()}</p> }
            .into_any();
    };
    set_title(&t().slide_page_title(&cohort.name));
    let slides = deck(&picture);
    let count = slides.len();
    let current = RwSignal::new(0_usize);
    let text_px = RwSignal::new(slide_text_px());
    let back = Route::Cohort { cohort: id.clone() };
    let go = {
        let back = back.clone();
        move |step: Step| match after(current.get_untracked(), count, step) {
            Some(to) => current.set(to),
            None => {
                leave_full_screen();
                navigate(&back);
            }
        }
    };
    let keys = {
        let go = go.clone();
        window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || control_handles(&ev) {
                return;
            }
            if let Some(step) = Step::from_key(&ev.key(), ev.shift_key()) {
                ev.prevent_default();
                go(step);
            }
        })
    };
    let resizes = window_event_listener(leptos::ev::resize, move |_| {
        let px = slide_text_px();
        if text_px.get_untracked() != px {
            text_px.set(px);
        }
    });
    // The buttons fade while the mouse rests; moving it brings them back.
    let idle = RwSignal::new(false);
    let idle_timer = StoredValue::new(None::<TimeoutHandle>);
    let wake = move || {
        if let Some(handle) = idle_timer.get_value() {
            handle.clear();
        }
        if idle.get_untracked() {
            idle.set(false);
        }
        let handle = set_timeout_with_handle(
            move || idle.set(true),
            std::time::Duration::from_millis(CONTROLS_IDLE_MS),
        )
        .ok();
        idle_timer.set_value(handle);
    };
    wake();
    let full = RwSignal::new(in_full_screen());
    // The change event bubbles from the element to the window.
    let full_screen_changes = window_event_listener_untyped("fullscreenchange", move |_| {
        full.set(in_full_screen());
    });
    on_cleanup(move || {
        keys.remove();
        resizes.remove();
        full_screen_changes.remove();
        if let Some(handle) = idle_timer.get_value() {
            handle.clear();
        }
        leave_full_screen();
    });
    let name = cohort.name.clone();
    let show = {
        let name = name.clone();
        move || {
            let index = current.get();
            let slide = slides.get(index).copied().unwrap_or(Slide::Welcome);
            let title = slide_title(slide, &picture, &name);
            let label = t().slide_label(&(index + 1), &count, &title);
            view! {
                <section class="slide" class:slide-opening=slide == Slide::Welcome data-slide=index aria-roledescription="slide"
                    aria-label=label>
                    {(slide == Slide::Welcome).then(|| view! {
                        <p class="slide-kicker">{t().slide_kicker()}" "
                            <span id="slide-date">{format::date(t().language(), now_ms(), local_offset_minutes())}</span></p>
                    })}
                    <h2 class="slide-title">{title}</h2>
                    <div class="slide-body">{slide_body(slide, &picture, instrument, text_px)}</div>
                </section>
            }
        }
    };
    let (next, previous, leave) = (go.clone(), go.clone(), go.clone());
    view! {
        <div class="projector slides" class:idle=move || idle.get()
            class:opening=move || current.get() == 0
            style:font-size=move || format!("{}px", text_px.get())
            on:pointermove=move |_| wake()>
            <header class="slide-header">
                <h1 tabindex="-1" class="slide-cohort">{name}</h1>
                <p class="slide-number" id="slide-number" aria-live="polite">{move || format!("{} / {count}", current.get() + 1)}</p>
            </header>
            <div class="slide-stage" on:click=move |_| go(Step::Next)>{show}</div>
            <nav class="slide-controls" aria-label=t().slide_controls()>
                <button type="button" class="button" id="slide-previous" on:click=move |_| previous(Step::Previous)
                    disabled=move || { current.get() == 0 }>{t().slide_previous()}</button>
                <button type="button" class="button primary" id="slide-next" on:click=move |_| next(Step::Next)
                    disabled=move || { current.get() + 1 >= count }>{t().slide_next()}</button>
                <Show when=move || !full.get()>
                    <button type="button" class="button" id="slide-full-screen" on:click=move |_| enter_full_screen()>{t().slide_full_screen()}</button>
                </Show>
                <button type="button" class="button" id="exit-present" on:click=move |_| leave(Step::Leave)>{t().slide_exit()}</button>
            </nav>
        </div>
    }
    .into_any()
}
