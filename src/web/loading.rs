//! How a page that lives in a downloaded piece is shown: a quiet line
//! while it downloads, the page once it is here, and a plain message with
//! Try again and Reload when it cannot be downloaded (offline on a first
//! visit, or a newer version was published meanwhile); nothing typed is lost.

use crate::domain::base::messages::Section;
use crate::web::language::t;
use crate::web::missing::PieceMissing;
use leptos::prelude::*;

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
pub fn lazy_page<F, Fut>(load: F, way_in: bool, sections: &'static [Section]) -> AnyView
where
    F: Fn() -> Fut + 'static,
    Fut: std::future::Future<Output = Piece> + 'static,
{
    shown_when_loaded(Box::new(move || Box::pin(load())), way_in, sections)
}

/// A piece's download, boxed: the frame around it ([`shown_when_loaded`])
/// is then compiled once for the whole app, not once per page.
type Download = Box<dyn Fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = Piece>>>>;

/// [`lazy_page`]'s body, for every page alike.
fn shown_when_loaded(load: Download, way_in: bool, sections: &'static [Section]) -> AnyView {
    use send_wrapper::SendWrapper;
    let attempt = RwSignal::new(0_u32);
    let load = SendWrapper::new(load);
    view! {
        <Suspense fallback=|| view! { <p class="loading" aria-live="polite">{t().page_opening()}</p> }>
            {move || {
                attempt.track();
                // A piece builds its page as soon as it is here, so its
                // words must be here first (usually they are: they download
                // when the browser is idle after the first page).
                let words = SendWrapper::new(crate::web::language::ready(sections));
                let download = SendWrapper::new(load());
                Suspend::new(async move {
                    let page = match words.await {
                        Ok(()) => download.await,
                        Err(missing) => Err(missing),
                    };
                    match page {
                        Ok(page) => {
                            // Called here, not inside the pieces: code
                            // inside a piece that names the loader keeps it
                            // in builds that are not split (component tests).
                            if !way_in {
                                download_the_rest();
                            }
                            page
                        }
                        Err(PieceMissing) => view! { <PieceProblem attempt=attempt under_opening=way_in/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// The words a page in a piece shows (a way in needs only the links', and
/// a team member's page the member's too: [`LINK_WORDS`], [`MEMBER_WORDS`]).
pub const PAGE_WORDS: &[Section] = &[Section::Links, Section::Pages, Section::Member];
/// The words of an invitation's or a cohort link's page.
pub const LINK_WORDS: &[Section] = &[Section::Links];
/// The words of a team member's page.
pub const MEMBER_WORDS: &[Section] = &[Section::Links, Section::Member];

/// Shown when a piece cannot be downloaded; a way in's page is under its
/// opening (`crate::web::pages::way_in`), whose heading is the `<h1>`.
#[component]
fn PieceProblem(attempt: RwSignal<u32>, under_opening: bool) -> impl IntoView {
    view! {
        <div class="notice notice-error" role="alert" id="piece-missing">
            {if under_opening {
                view! { <h2>{t().piece_missing_title()}</h2> }.into_any()
            } else {
                view! { <h1 tabindex="-1" class="page-title">{t().piece_missing_title()}</h1> }.into_any()
            }}
            <p>{t().piece_missing_text()}</p>
            <div class="actions">
                <button type="button" class="button primary" on:click=move |_| attempt.update(|n| *n += 1)>{t().piece_try_again()}</button>
                <button type="button" class="button" on:click=move |_| {
                    if let Some(w) = crate::web::browser::window() {
                        if w.location().reload().is_err() {
                            crate::web::state::shared().action_problem.set(Some(t().reload_refused().into()));
                        }
                    }
                }>{t().piece_reload()}</button>
            </div>
        </div>
    }
}
