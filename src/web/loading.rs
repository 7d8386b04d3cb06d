//! How a page that lives in a downloaded piece is shown: a quiet line
//! while it downloads, the page once it is here, and a plain message with
//! Try again and Reload when it cannot be downloaded (offline on a first
//! visit, or a newer version was published meanwhile); nothing typed is lost.

use leptos::prelude::*;
use wasm_split_helpers::SplitLoaderError;

/// A piece of the app could not be downloaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PieceMissing;

impl From<SplitLoaderError> for PieceMissing {
    fn from(_: SplitLoaderError) -> PieceMissing {
        PieceMissing
    }
}

/// A page that lives in a piece.
pub type Piece = Result<AnyView, PieceMissing>;

thread_local! {
    static DOWNLOAD_THE_REST: std::cell::Cell<Option<fn()>> = const { std::cell::Cell::new(None) };
}

/// Says how the rest of the app downloads once a page is on screen (the
/// app gives [`crate::web::prefetch::when_idle`]; pages never name it, so
/// no page depends on the list of pieces).
pub fn on_first_page(download: fn()) {
    DOWNLOAD_THE_REST.with(|d| d.set(Some(download)));
}

/// Starts the download of the rest of the app (once a question or a page
/// from a piece is on screen).
pub fn download_the_rest() {
    if let Some(download) = DOWNLOAD_THE_REST.with(std::cell::Cell::get) {
        download();
    }
}

/// Shows the page a piece holds: a quiet line while it downloads, the page
/// once it is here, and if it cannot be downloaded, a plain message with
/// Try again and Reload (answers are saved as they are given, so reloading
/// loses nothing). Once it is shown, the rest of the app downloads when
/// idle, unless `way_in`: a page that is a way in (an invitation or a
/// cohort link, whose questionnaire then starts that download; a team pulse
/// link, whose member needs nothing else), so a phone on a slow line gets
/// the question first, and no more.
pub fn lazy_page<F, Fut>(load: F, way_in: bool) -> AnyView
where
    F: Fn() -> Fut + 'static,
    Fut: std::future::Future<Output = Piece> + 'static,
{
    use send_wrapper::SendWrapper;
    let attempt = RwSignal::new(0_u32);
    let load = SendWrapper::new(load);
    view! {
        <Suspense fallback=|| view! { <p class="loading" aria-live="polite">"Opening…"</p> }>
            {move || {
                attempt.track();
                let download = SendWrapper::new(load());
                Suspend::new(async move {
                    match download.await {
                        Ok(page) => {
                            // Called here, not inside the pieces: code
                            // inside a piece that names the loader keeps it
                            // in builds that are not split (component tests).
                            if !way_in {
                                download_the_rest();
                            }
                            page
                        }
                        Err(PieceMissing) => view! { <PieceProblem attempt=attempt/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// Shown when a piece cannot be downloaded.
#[component]
fn PieceProblem(attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <div class="notice notice-error" role="alert" id="piece-missing">
            <h1 tabindex="-1" class="page-title">"This page could not be opened"</h1>
            <p>
                "Part of Align 180 could not be downloaded: this device may be offline, or a newer version was published. "
                "Everything you entered is saved in this browser."
            </p>
            <div class="actions">
                <button type="button" class="button primary" on:click=move |_| attempt.update(|n| *n += 1)>"Try again"</button>
                <button type="button" class="button" on:click=move |_| {
                    if let Some(w) = crate::web::browser::window() {
                        if w.location().reload().is_err() {
                            crate::web::state::shared().action_problem.set(Some("This browser would not reload the page; use its Reload button.".into()));
                        }
                    }
                }>"Reload"</button>
            </div>
        </div>
    }
}
