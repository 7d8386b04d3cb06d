//! The app shell: header, the page for the current route, and the notices
//! every page shares (e.g. "your answers could not be saved").

use crate::domain::formats::route::Route;
use crate::web::browser::scroll_to_top;
use crate::web::components::backup_reminder::BackupReminder;
use crate::web::components::safari_notice::SafariNotice;
use crate::web::language::{language, t, LanguageChoice};
use crate::web::pieces;
use crate::web::router::route_signal;
use crate::web::state::shared;
use crate::web::storage;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = shared();
    let route = route_signal();
    let save_problem = state.save_problem;
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        let (key, value) = (ev.key(), ev.new_value());
        if storage::hear(key.as_deref(), value.as_deref()) {
            // Another tab erased everything: this one writes nothing back,
            // and what it shows or kept unsaved is gone with it.
            state.unsaved.set(None);
            state.save_problem.set(None);
            state.erased_elsewhere.set(true);
        }
        state.storage_events.update(|n| *n += 1);
    });
    std::mem::forget(handle);
    let update_ready = state.update_ready;
    // A returning visit checks for a new version at once; a first visit
    // installs the offline copy once a question is on screen.
    if crate::web::offline::controlled() {
        crate::web::offline::register(update_ready);
    }
    let memory_only = storage::is_memory_only();
    // The files are written by the tools piece (downloaded when needed).
    let piece_failed = move || {
        state
            .action_problem
            .set(Some(t().shell_file_piece_missing().into()));
    };
    let keep_everything = move |_| {
        leptos::task::spawn_local(async move {
            let offered = crate::web::tools::offer_backup("align180-unsaved".into()).await;
            // The backup's words are the pages' (they download beside it).
            let words =
                crate::web::language::ready(&crate::domain::base::messages::Section::ALL).await;
            match offered {
                Ok(Ok(())) => {}
                Ok(Err(_)) if words.is_err() => piece_failed(),
                Ok(Err(problem)) => state.action_problem.set(Some(problem.describe(t()))),
                Err(_) => piece_failed(),
            }
        });
    };
    let keep_as_file = move |_| {
        if let Some(a) = state.unsaved.get_untracked() {
            leptos::task::spawn_local(async move {
                if crate::web::tools::offer_assessment_file(a, "align180-unsaved".into())
                    .await
                    .is_err()
                {
                    piece_failed();
                }
            });
        }
    };

    // Never on a question step: the Safari notice waits.
    let on_question = Signal::derive(move || {
        matches!(
            route.get(),
            Route::Questionnaire { .. } | Route::AnswerPulse { .. }
        )
    });
    // The backup reminder shows where people look at what they keep (their
    // assessments, a report), not on pages about something else (sending
    // a copy, About, a link just opened) nor on a question step.
    let reminder_here = Signal::derive(move || {
        matches!(
            route.get(),
            Route::Home | Route::Report { .. } | Route::Profile { .. } | Route::Progress { .. }
        )
    });
    // Safari's notice: on the home page, and after the first answers (on
    // any page but a question) until it is dismissed.
    let show_safari = Signal::derive(move || {
        state.storage_events.track();
        !on_question.get() && (route.get() == Route::Home || storage::holds_anything())
    });
    let page = move || {
        let route = route.get();
        scroll_to_top();
        if route.has_charts() {
            crate::web::echarts::start_loading();
        }
        pieces::page_for(route)
    };

    // A new language draws everything again, in its words.
    let language = language();
    move || {
        language.track();
        view! {
        <header class="site-header">
            <div class="bar">
                <a class="brand" href="#/" aria-label=t().shell_home_label()>
                    <Logo/>
                    <span>"Align "<span class="brand-number">"180"</span></span>
                </a>
                <span class="tagline">{t().shell_tagline()}</span>
                <LanguageChoice/>
                <Show when=move || state.private.get()>
                    <span class="private-badge" id="private-badge">{t().shell_private_badge()}</span>
                </Show>
            </div>
        </header>
        <div class="notices" role="status" aria-live="assertive">
            {move || state.action_problem.get().map(|problem| view! {
                <div class="notice notice-error" id="action-problem"><p>{problem}</p></div>
            })}
            <BackupReminder shown_here=reminder_here/>
            {move || show_safari.get().then(|| view! { <SafariNotice dismissible=true/> })}
            <Show when=move || update_ready.get()>
                <div class="notice" id="update-notice">
                    <p>{t().shell_update_ready()}</p>
                    <button type="button" class="button primary" on:click=move |_| crate::web::offline::apply_update()>{t().shell_update_button()}</button>
                </div>
            </Show>
            {memory_only.then(|| view! {
                <div class="notice notice-error" id="storage-blocked">
                    <p>{t().shell_storage_blocked()}</p>
                    <button type="button" class="button" on:click=keep_everything>{t().shell_download_everything()}</button>
                </div>
            })}
            <Show when=move || state.erased_elsewhere.get()>
                <div class="notice notice-error" id="erased-elsewhere">
                    <p>{t().shell_erased_elsewhere()}</p>
                    <button type="button" class="button primary" on:click=move |_| {
                        storage::start_again();
                        state.erased_elsewhere.set(false);
                        crate::web::router::navigate(&Route::Home);
                        state.storage_events.update(|n| *n += 1);
                    }>{t().shell_start_again()}</button>
                </div>
            </Show>
            {move || save_problem.get().map(|problem| {
                let kept = state.unsaved.with(Option::is_some);
                view! {
                    <div class="notice notice-error" id="save-problem">
                        <p>
                            {problem.describe(t())}
                            {kept.then(|| format!(" {}", t().shell_unsaved_kept()))}
                        </p>
                        {if kept {
                            view! { <button type="button" class="button" on:click=keep_as_file>{t().shell_download_answers()}</button> }.into_any()
                        } else {
                            view! { <a class="button" href=Route::Home.href()>{t().shell_go_to_assessments()}</a> }.into_any()
                        }}
                    </div>
                }
            })}
        </div>
        <main id="main" class=move || if route.get().wide() { "wide" } else { "narrow" }>{page}</main>
        <footer class="site-footer">
            <p>
                {t().shell_footer_private()}" "
                <a href=Route::About.href() id="about-link">{t().shell_about_link()}</a>
            </p>
        </footer>
        }
    }
}

/// The mark: two views (the leader's and the manager's) overlapping, the
/// common ground between them lit.
#[component]
pub fn Logo() -> impl IntoView {
    view! {
        <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" fill="#0d5e67"/>
            <circle cx="12.5" cy="16" r="7.5" fill="none" stroke="#9cc7f5" stroke-width="2.6"/>
            <circle cx="19.5" cy="16" r="7.5" fill="none" stroke="#ffc48a" stroke-width="2.6"/>
            <path d="M16 9.37 A7.5 7.5 0 0 1 16 22.63 A7.5 7.5 0 0 1 16 9.37 Z" fill="#ffffff"/>
        </svg>
    }
}
