//! The pieces of the app that download when first opened, so that the first
//! question needs only the core: the report and its charts, the trainer's
//! cohort pages, question sets, sharing (links, QR codes, files), progress
//! and the data tools. Each function below is a split point; functions
//! naming the same piece share one download. They are prefetched when the
//! browser is idle once a question is on screen ([`prefetch_when_idle`]).
//!
//! A piece that cannot be downloaded (offline on a first visit, or a newer
//! version was published meanwhile) gives [`PieceMissing`]; the page says so
//! with a way to try again, and nothing typed is lost.

use crate::domain::formats::route::Route;
use crate::domain::records::response::Rater;
use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

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

/// The side-by-side report (with its plan and charts).
#[wasm_split(report, fallible, preload(preload_report))]
pub fn report(id: String) -> Piece {
    use crate::web::pages::report::ReportPage;
    Ok(view! { <ReportPage id=id/> }.into_any())
}

/// The leader's profile (its chart is in the report's piece).
#[wasm_split(report, fallible)]
pub fn profile(id: String) -> Piece {
    use crate::web::pages::profile::ProfilePage;
    Ok(view! { <ProfilePage id=id/> }.into_any())
}

/// Progress across cycles.
#[wasm_split(report, fallible)]
pub fn progress(id: String) -> Piece {
    use crate::web::pages::progress::ProgressPage;
    Ok(view! { <ProgressPage id=id/> }.into_any())
}

/// "Both views are in".
#[wasm_split(report, fallible)]
pub fn reveal(id: String) -> Piece {
    use crate::web::pages::reveal::RevealPage;
    Ok(view! { <RevealPage id=id/> }.into_any())
}

/// The leader's invitation for the manager.
#[wasm_split(share, fallible, preload(preload_share))]
pub fn invite(id: String) -> Piece {
    use crate::web::pages::invite::InvitePage;
    Ok(view! { <InvitePage id=id/> }.into_any())
}

/// The manager's response to send back.
#[wasm_split(share, fallible)]
pub fn respond(id: String) -> Piece {
    use crate::web::pages::respond::RespondPage;
    Ok(view! { <RespondPage id=id/> }.into_any())
}

/// A response opened on the leader's device.
#[wasm_split(share, fallible)]
pub fn open_response(code: String) -> Piece {
    use crate::web::pages::open_response::OpenResponsePage;
    Ok(view! { <OpenResponsePage code=code/> }.into_any())
}

/// One assessment's restore link.
#[wasm_split(share, fallible)]
pub fn keep_copy(id: String) -> Piece {
    use crate::web::pages::keep_copy::KeepCopyPage;
    Ok(view! { <KeepCopyPage id=id/> }.into_any())
}

/// The comparison to send back to the manager's device.
#[wasm_split(share, fallible)]
pub fn send_back(id: String) -> Piece {
    use crate::web::pages::keep_copy::KeepCopyPage;
    Ok(view! { <KeepCopyPage id=id send_back=true/> }.into_any())
}

/// A whole-assessment link opened: restore it, or take the comparison back.
#[wasm_split(share, fallible)]
pub fn restore(code: String) -> Piece {
    use crate::web::pages::restore::RestorePage;
    Ok(view! { <RestorePage code=code/> }.into_any())
}

/// A participant's anonymous code for the cohort.
#[wasm_split(share, fallible)]
pub fn share_with_cohort(id: String) -> Piece {
    use crate::web::pages::cohort::share::ShareWithCohortPage;
    Ok(view! { <ShareWithCohortPage id=id/> }.into_any())
}

/// The trainer's cohort page and dashboard.
#[wasm_split(cohort, fallible, preload(preload_cohort))]
pub fn cohort(id: String) -> Piece {
    use crate::web::pages::cohort::page::CohortPage;
    Ok(view! { <CohortPage id=id/> }.into_any())
}

/// The cohort on a projector.
#[wasm_split(cohort, fallible)]
pub fn present_cohort(id: String) -> Piece {
    use crate::web::pages::cohort::present::PresentCohortPage;
    Ok(view! { <PresentCohortPage id=id/> }.into_any())
}

/// Creating a cohort.
#[wasm_split(cohort, fallible)]
pub fn new_cohort() -> Piece {
    use crate::web::pages::cohort::new::NewCohortPage;
    Ok(view! { <NewCohortPage/> }.into_any())
}

/// A participant's code opened on the trainer's device.
#[wasm_split(cohort, fallible)]
pub fn open_cohort_code(code: String) -> Piece {
    use crate::domain::formats::gathering::Outcome;
    use crate::domain::records::cohort::Cohort;
    use crate::web::pages::open_code::{open_code_page, CodeWords};
    Ok(open_code_page::<Cohort>(
        &code,
        CodeWords {
            title: "Add a cohort code",
            received: "Cohort code received",
            not_here: "This is a participant's anonymous cohort code, but its cohort is not in this browser. Open it (or paste it) on the device where the trainer created the cohort.",
            outcome: |cohort, outcome| {
                let name = &cohort.name;
                match outcome {
                    Outcome::Added => format!("Added to “{name}”."),
                    Outcome::Updated => format!("This participant shared again: their newer answers replace the earlier ones in “{name}”."),
                    Outcome::Duplicate => format!("This code is already in “{name}”; nothing changed."),
                    Outcome::Rejected(reason) => format!("Not added to “{name}”: {reason}."),
                }
            },
            open: "Open the cohort",
            route: |cohort| Route::Cohort { cohort: cohort.id.clone() },
        },
    ))
}

/// A leader's team pulse: link, gathering and the team's picture.
#[wasm_split(pulse, fallible, preload(preload_pulse))]
pub fn team_pulse(id: String) -> Piece {
    use crate::web::pages::pulse::page::TeamPulsePage;
    Ok(view! { <TeamPulsePage id=id/> }.into_any())
}

/// "Ask my team": starts the team pulse beside an assessment.
#[wasm_split(pulse, fallible)]
pub fn ask_team(id: String) -> Piece {
    use crate::web::pages::pulse::ask::AskTeamPage;
    Ok(view! { <AskTeamPage id=id/> }.into_any())
}

/// A pulse link opened by a team member.
#[wasm_split(pulse, fallible)]
pub fn answer_pulse(code: String) -> Piece {
    use crate::web::pages::pulse::answer::AnswerPulsePage;
    Ok(view! { <AnswerPulsePage code=code/> }.into_any())
}

/// A member's pulse code opened on the leader's device.
#[wasm_split(pulse, fallible)]
pub fn open_pulse_code(code: String) -> Piece {
    use crate::domain::formats::gathering::Outcome;
    use crate::domain::records::pulse::Pulse;
    use crate::web::pages::open_code::{open_code_page, CodeWords};
    Ok(open_code_page::<Pulse>(
        &code,
        CodeWords {
            title: "Add a team pulse code",
            received: "Team pulse code received",
            not_here: "This is a team member's anonymous pulse code, but its team pulse is not in this browser. Open it (or paste it) on the device where the leader started the pulse.",
            outcome: |pulse, outcome| match outcome {
                Outcome::Added => format!("Added to your team pulse ({} so far).", pulse.members.len()),
                Outcome::Updated => "This team member answered again: their newer answers replace the earlier ones.".to_string(),
                Outcome::Duplicate => "This code is already in your team pulse; nothing changed.".to_string(),
                Outcome::Rejected(reason) => format!("Not added: {reason}."),
            },
            open: "Open the team pulse",
            route: |pulse| Route::TeamPulse { pulse: pulse.id.clone() },
        },
    ))
}

/// Trainers' question sets.
#[wasm_split(instruments, fallible, preload(preload_instruments))]
pub fn instruments() -> Piece {
    use crate::web::pages::instruments::InstrumentsPage;
    Ok(view! { <InstrumentsPage/> }.into_any())
}

/// A question set as a respondent sees it.
#[wasm_split(instruments, fallible)]
pub fn preview_instrument(id: String, version: u32) -> Piece {
    use crate::web::pages::instruments::preview::PreviewInstrumentPage;
    Ok(view! { <PreviewInstrumentPage id=id version=version/> }.into_any())
}

/// The home page's tools: team pulses, cohorts, import, backup, erase.
#[wasm_split(tools, fallible, preload(preload_tools))]
pub fn home_tools(refresh: Callback<()>) -> Piece {
    use crate::web::pages::home_tools::HomeTools;
    Ok(view! { <HomeTools refresh=refresh/> }.into_any())
}

/// What Align 180 is (from every page's footer).
#[wasm_split(tools, fallible)]
pub fn about() -> Piece {
    use crate::web::pages::about::AboutPage;
    Ok(view! { <AboutPage/> }.into_any())
}

/// Offers one assessment as a file named from `stem`, its leader and cycle
/// (the export format lives with the tools).
#[wasm_split(tools, fallible)]
pub fn offer_assessment_file(
    a: crate::domain::records::assessment::Assessment,
    stem: String,
) -> Result<(), PieceMissing> {
    use crate::domain::formats::files::{export, file_name};
    let name = file_name(
        &[&stem, &a.leader, a.cycle.as_deref().unwrap_or("")],
        "json",
    );
    crate::web::files::offer(
        &name,
        "application/json",
        &export(std::slice::from_ref(&a), crate::web::browser::now_ms()),
    );
    Ok(())
}

/// Offers everything this page holds (assessments, cohorts, team pulses)
/// as one backup file named `<stem>-<today>.json`, and notes its date. A
/// store that cannot be listed gives no file that looks complete: the
/// reason is returned instead.
#[wasm_split(tools, fallible)]
pub fn offer_backup(stem: String) -> Result<Result<(), String>, PieceMissing> {
    Ok(crate::web::pages::data_panel::offer_backup(&stem))
}

/// Learns the trainers' question sets stored in this browser (through the
/// checker, which lives with the question sets): run before the app shows
/// anything, only when such sets are stored.
#[wasm_split(instruments, fallible)]
pub fn learn_stored_sets() -> Result<(), PieceMissing> {
    // Sets that cannot be learned are listed on the question sets page.
    let _ = crate::web::storage::instruments::learn_stored();
    Ok(())
}

/// An invitation link opened on the manager's device.
#[wasm_split(links, fallible, preload(preload_links))]
pub fn open_invitation(code: String) -> Piece {
    use crate::web::pages::open_invitation::OpenInvitationPage;
    Ok(view! { <OpenInvitationPage code=code/> }.into_any())
}

/// A cohort link opened by a participant.
#[wasm_split(links, fallible)]
pub fn join_cohort(code: String) -> Piece {
    use crate::web::pages::cohort::join::JoinCohortPage;
    Ok(view! { <JoinCohortPage code=code/> }.into_any())
}

/// Whose turn it is (kept with the core: it sits between two questionnaires).
pub fn turn(id: String, rater: Rater) -> AnyView {
    use crate::web::pages::turn::TurnPage;
    view! { <TurnPage id=id rater=rater/> }.into_any()
}

/// Shows the page a piece holds: a quiet line while it downloads, the page
/// once it is here, and if it cannot be downloaded, a plain message with
/// Try again and Reload (answers are saved as they are given, so reloading
/// loses nothing). Once it is shown, the other pieces download when idle.
pub fn lazy_page<F, Fut>(load: F) -> AnyView
where
    F: Fn() -> Fut + 'static,
    Fut: std::future::Future<Output = Piece> + 'static,
{
    lazy_page_then(load, true)
}

/// Like [`lazy_page`], for a page that is a way in (an invitation or a
/// cohort link, whose questionnaire then starts the download of the rest of
/// the app; a team pulse link, whose member needs nothing else): a phone on
/// a slow line gets the question first, and no more.
pub fn lazy_entry_page<F, Fut>(load: F) -> AnyView
where
    F: Fn() -> Fut + 'static,
    Fut: std::future::Future<Output = Piece> + 'static,
{
    lazy_page_then(load, false)
}

fn lazy_page_then<F, Fut>(load: F, prefetch_rest: bool) -> AnyView
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
                            if prefetch_rest {
                                prefetch_when_idle();
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

/// Downloads every piece when the browser has nothing else to do, so moving
/// between pages has no visible wait, and installs the offline copy (the
/// service worker). Called once a question, or any page in a piece, is on
/// screen; later calls do nothing.
pub fn prefetch_when_idle() {
    thread_local! {
        static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    let update_ready = crate::web::state::shared().update_ready;
    crate::web::browser::when_idle(move || {
        // The offline copy of every piece, and the pieces for this session.
        crate::web::offline::register(update_ready);
        leptos::task::spawn_local(async {
            // A piece that fails here is tried again when it is opened.
            let _ = preload_report().await;
            let _ = preload_share().await;
            let _ = preload_tools().await;
            let _ = preload_links().await;
            let _ = preload_cohort().await;
            let _ = preload_instruments().await;
            let _ = preload_pulse().await;
        });
    });
}
