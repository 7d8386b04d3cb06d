//! The page table: every route's view ([`page_for`]) and the split points
//! of the pages that download when first opened, so that the first
//! question needs only the core (the report and its charts, the trainer's
//! cohort pages, question sets, sharing, progress and the data tools are
//! pieces). Functions naming the same piece share one download; they are
//! prefetched when the browser is idle once a question is on screen
//! ([`crate::web::prefetch::when_idle`]).
//!
//! How a page in a piece is shown while it downloads (and when it cannot
//! be) is [`crate::web::loading`]; split points the always-loaded pages
//! call for tools are [`crate::web::tools`].

use crate::domain::formats::route::Route;
use crate::domain::records::response::Rater;
use crate::web::loading::{lazy_page, Piece};
use crate::web::pages::{
    home::HomePage, not_found::NotFoundPage, questionnaire::QuestionnairePage, start::StartPage,
};
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// Every page, by its address: the core pages shown at once, the others
/// from the piece that holds them. A new page is a variant of [`Route`]
/// (its address) and a line here (with its split point below).
pub fn page_for(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Start => view! { <StartPage/> }.into_any(),
        Route::Questionnaire {
            assessment,
            rater,
            step,
        } => view! { <QuestionnairePage id=assessment rater=rater step=step/> }.into_any(),
        Route::Profile { assessment } => in_piece(move || profile(assessment.clone())),
        Route::Turn { assessment, rater } => turn(assessment, rater),
        Route::Reveal { assessment } => in_piece(move || reveal(assessment.clone())),
        Route::Report { assessment } => in_piece(move || report(assessment.clone())),
        Route::Progress { assessment } => in_piece(move || progress(assessment.clone())),
        Route::Invite { assessment } => in_piece(move || invite(assessment.clone())),
        Route::Respond { assessment } => in_piece(move || respond(assessment.clone())),
        Route::OpenInvitation { code } => way_in(move || open_invitation(code.clone())),
        Route::OpenResponse { code } => in_piece(move || open_response(code.clone())),
        Route::ShareWithCohort { assessment } => {
            in_piece(move || share_with_cohort(assessment.clone()))
        }
        Route::NewCohort => in_piece(new_cohort),
        Route::Cohort { cohort: id } => in_piece(move || cohort(id.clone())),
        Route::PresentCohort { cohort } => in_piece(move || present_cohort(cohort.clone())),
        Route::JoinCohort { code } => way_in(move || join_cohort(code.clone())),
        Route::OpenCohortCode { code } => in_piece(move || open_cohort_code(code.clone())),
        Route::AskTeam { assessment } => in_piece(move || ask_team(assessment.clone())),
        Route::TeamPulse { pulse } => in_piece(move || team_pulse(pulse.clone())),
        Route::AnswerPulse { code } => {
            // A team member needs only this page: nothing else downloads.
            way_in(move || answer_pulse(code.clone()))
        }
        Route::OpenPulseCode { code } => in_piece(move || open_pulse_code(code.clone())),
        Route::OpenSealedCode { code } => in_piece(move || open_sealed_code(code.clone())),
        Route::OpenBundle { code } => in_piece(move || open_bundle(code.clone())),
        Route::OpenCollectorLink { code } => in_piece(move || open_collector_link(code.clone())),
        Route::Collect => in_piece(collect),
        Route::Collector { collector } => in_piece(move || collector_page(collector.clone())),
        Route::KeepCopy { assessment } => in_piece(move || keep_copy(assessment.clone())),
        Route::Restore { code } => in_piece(move || restore(code.clone())),
        Route::SendBack { assessment } => in_piece(move || send_back(assessment.clone())),
        Route::Instruments => in_piece(instruments),
        Route::PreviewInstrument { id, version } => {
            in_piece(move || preview_instrument(id.clone(), version))
        }
        Route::About => in_piece(about),
        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
    }
}

/// A page in a downloaded piece; once it shows, the other pieces download
/// when the browser is idle.
fn in_piece<F, Fut>(load: F) -> AnyView
where
    F: Fn() -> Fut + 'static,
    Fut: std::future::Future<Output = Piece> + 'static,
{
    lazy_page(load, false)
}

/// A page that is a way in (an invitation, a cohort or team pulse link):
/// nothing else downloads until its questionnaire starts (or never, for a
/// team member).
fn way_in<F, Fut>(load: F) -> AnyView
where
    F: Fn() -> Fut + 'static,
    Fut: std::future::Future<Output = Piece> + 'static,
{
    lazy_page(load, true)
}

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
    use crate::domain::records::cohort::Cohort;
    use crate::web::pages::cohort::page::cohort_code_words;
    use crate::web::pages::open_code::open_code_page;
    Ok(open_code_page::<Cohort>(&code, cohort_code_words()))
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
    use crate::domain::records::pulse::Pulse;
    use crate::web::pages::open_code::open_code_page;
    use crate::web::pages::pulse::page::pulse_code_words;
    Ok(open_code_page::<Pulse>(&code, pulse_code_words()))
}

/// A collector's bundle opened on the leader's device.
#[wasm_split(pulse, fallible)]
pub fn open_bundle(code: String) -> Piece {
    use crate::web::pages::pulse::bundle::OpenBundlePage;
    Ok(view! { <OpenBundlePage code=code/> }.into_any())
}

/// A collector's link opened on the leader's device.
#[wasm_split(pulse, fallible)]
pub fn open_collector_link(code: String) -> Piece {
    use crate::web::pages::pulse::collector_link::OpenCollectorLinkPage;
    Ok(view! { <OpenCollectorLinkPage code=code/> }.into_any())
}

/// Becoming a collector of a team's answers.
#[wasm_split(collect, fallible, preload(preload_collect))]
pub fn collect() -> Piece {
    use crate::web::pages::collect::new::CollectPage;
    Ok(view! { <CollectPage/> }.into_any())
}

/// A collector's page: their link, the codes held, the bundles.
#[wasm_split(collect, fallible)]
pub fn collector_page(id: String) -> Piece {
    use crate::web::pages::collect::page::CollectorPage;
    Ok(view! { <CollectorPage id=id/> }.into_any())
}

/// A member's sealed code opened as a link (held on the collector's device).
#[wasm_split(collect, fallible)]
pub fn open_sealed_code(code: String) -> Piece {
    use crate::web::pages::collect::gather::OpenSealedCodePage;
    Ok(view! { <OpenSealedCodePage code=code/> }.into_any())
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

/// What Align 180 is (from every page's footer).
#[wasm_split(tools, fallible)]
pub fn about() -> Piece {
    use crate::web::pages::about::AboutPage;
    Ok(view! { <AboutPage/> }.into_any())
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
