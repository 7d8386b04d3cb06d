//! The page table: every route's view ([`page_for`]) and the split points
//! of the pages that download when first opened (one per piece, taking the
//! route, so the core holds one loader per piece rather than one per page), so that the first
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
use crate::web::loading::{lazy_page, Piece, LINK_WORDS, MEMBER_WORDS, PAGE_WORDS};
use crate::web::pages::{
    home::HomePage,
    not_found::NotFoundPage,
    questionnaire::QuestionnairePage,
    start::StartPage,
    way_in::{WayIn, WayInIntro},
};
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// Every page, by its address: the core pages shown at once, the others
/// from the piece that holds them. A new page is a variant of [`Route`]
/// (its address), an arm here and one in its piece's function below.
pub fn page_for(route: Route) -> AnyView {
    match &route {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Start => view! { <StartPage/> }.into_any(),
        Route::Questionnaire {
            assessment,
            rater,
            step,
        } => view! { <QuestionnairePage id=assessment.clone() rater=*rater step=step.clone()/> }
            .into_any(),
        Route::Turn { assessment, rater } => turn(assessment.clone(), *rater),
        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
        Route::Profile { .. }
        | Route::Reveal { .. }
        | Route::Report { .. }
        | Route::Progress { .. } => in_piece(move || report_pages(route.clone())),
        Route::Invite { .. }
        | Route::Respond { .. }
        | Route::OpenResponse { .. }
        | Route::ShareWithCohort { .. }
        | Route::KeepCopy { .. }
        | Route::Restore { .. }
        | Route::SendBack { .. } => in_piece(move || share_pages(route.clone())),
        Route::NewCohort
        | Route::Cohort { .. }
        | Route::PresentCohort { .. }
        | Route::OpenCohortCode { .. } => in_piece(move || cohort_pages(route.clone())),
        // A team member needs only their page: nothing else downloads.
        Route::AnswerPulse { .. } => way_in(
            WayIn::Pulse,
            lazy_page(move || member_pages(route.clone()), true, MEMBER_WORDS),
        ),
        Route::AskTeam { .. }
        | Route::TeamPulse { .. }
        | Route::OpenPulseCode { .. }
        | Route::OpenBundle { .. }
        | Route::OpenCollectorLink { .. } => in_piece(move || pulse_pages(route.clone())),
        Route::Collect | Route::Collector { .. } | Route::OpenSealedCode { .. } => {
            in_piece(move || collect_pages(route.clone()))
        }
        Route::Instruments | Route::PreviewInstrument { .. } => {
            in_piece(move || instruments_pages(route.clone()))
        }
        Route::About => in_piece(about),
        Route::OpenInvitation { .. } => way_in(
            WayIn::Invitation,
            lazy_page(move || links_pages(route.clone()), true, LINK_WORDS),
        ),
        Route::JoinCohort { .. } => way_in(
            WayIn::Cohort,
            lazy_page(move || links_pages(route.clone()), true, LINK_WORDS),
        ),
    }
}

/// A page in a downloaded piece; once it shows, the other pieces download
/// when the browser is idle.
fn in_piece<F, Fut>(load: F) -> AnyView
where
    F: Fn() -> Fut + 'static,
    Fut: std::future::Future<Output = Piece> + 'static,
{
    lazy_page(load, false, PAGE_WORDS)
}

/// A page that is a way in (an invitation, a cohort or team pulse link),
/// under its kind's opening, drawn at once and kept while the page below
/// downloads and shows (the build paints it even before the app starts).
/// Nothing else downloads until its questionnaire starts (or never, for a
/// team member): its `lazy_page` is told it is a way in.
fn way_in(kind: WayIn, page: AnyView) -> AnyView {
    view! { <WayInIntro kind=kind/>{page} }.into_any()
}

/// A route its piece does not hold (never reached: [`page_for`] sends
/// each route to its piece).
fn not_here() -> AnyView {
    view! { <NotFoundPage/> }.into_any()
}

/// The report's piece: the side-by-side report (with its plan and charts),
/// the leader's profile, progress across cycles and "Both views are in".
#[wasm_split(report, fallible, preload(preload_report))]
pub fn report_pages(route: Route) -> Piece {
    use crate::web::pages::{
        profile::ProfilePage, progress::ProgressPage, report::ReportPage, reveal::RevealPage,
    };
    Ok(match route {
        Route::Report { assessment } => view! { <ReportPage id=assessment/> }.into_any(),
        Route::Profile { assessment } => view! { <ProfilePage id=assessment/> }.into_any(),
        Route::Progress { assessment } => view! { <ProgressPage id=assessment/> }.into_any(),
        Route::Reveal { assessment } => view! { <RevealPage id=assessment/> }.into_any(),
        _ => not_here(),
    })
}

/// Sharing: the invitation, the manager's response, a response opened, a
/// restore link and the comparison sent back, a whole-assessment link
/// opened, a participant's code for the cohort.
#[wasm_split(share, fallible, preload(preload_share))]
pub fn share_pages(route: Route) -> Piece {
    use crate::web::pages::cohort::share::ShareWithCohortPage;
    use crate::web::pages::{
        invite::InvitePage, keep_copy::KeepCopyPage, open_response::OpenResponsePage,
        respond::RespondPage, restore::RestorePage,
    };
    Ok(match route {
        Route::Invite { assessment } => view! { <InvitePage id=assessment/> }.into_any(),
        Route::Respond { assessment } => view! { <RespondPage id=assessment/> }.into_any(),
        Route::OpenResponse { code } => view! { <OpenResponsePage code=code/> }.into_any(),
        Route::KeepCopy { assessment } => view! { <KeepCopyPage id=assessment/> }.into_any(),
        Route::SendBack { assessment } => {
            view! { <KeepCopyPage id=assessment send_back=true/> }.into_any()
        }
        Route::Restore { code } => view! { <RestorePage code=code/> }.into_any(),
        Route::ShareWithCohort { assessment } => {
            view! { <ShareWithCohortPage id=assessment/> }.into_any()
        }
        _ => not_here(),
    })
}

/// The trainer's cohort pages: creating one, its page and dashboard, the
/// projector, and a participant's code opened on the trainer's device.
#[wasm_split(cohort, fallible, preload(preload_cohort))]
pub fn cohort_pages(route: Route) -> Piece {
    use crate::domain::records::cohort::Cohort;
    use crate::web::pages::cohort::{
        new::NewCohortPage, page::CohortPage, present::PresentCohortPage,
    };
    use crate::web::pages::open_code::open_code_page;
    Ok(match route {
        Route::Cohort { cohort } => view! { <CohortPage id=cohort/> }.into_any(),
        Route::PresentCohort { cohort } => view! { <PresentCohortPage id=cohort/> }.into_any(),
        Route::NewCohort => view! { <NewCohortPage/> }.into_any(),
        Route::OpenCohortCode { code } => {
            open_code_page::<Cohort>(&code, crate::web::pages::cohort::page::cohort_code_words())
        }
        _ => not_here(),
    })
}

/// The team pulse: asking the team, the leader's pulse page, a member's
/// code, a collector's bundle or link opened on the leader's device.
#[wasm_split(pulse, fallible, preload(preload_pulse))]
pub fn pulse_pages(route: Route) -> Piece {
    use crate::domain::records::pulse::Pulse;
    use crate::web::pages::open_code::open_code_page;
    use crate::web::pages::pulse::{
        ask::AskTeamPage, bundle::OpenBundlePage, collector_link::OpenCollectorLinkPage,
        page::TeamPulsePage,
    };
    Ok(match route {
        Route::TeamPulse { pulse } => view! { <TeamPulsePage id=pulse/> }.into_any(),
        Route::AskTeam { assessment } => view! { <AskTeamPage id=assessment/> }.into_any(),
        Route::OpenPulseCode { code } => {
            open_code_page::<Pulse>(&code, crate::web::pages::pulse::page::pulse_code_words())
        }
        Route::OpenBundle { code } => view! { <OpenBundlePage code=code/> }.into_any(),
        Route::OpenCollectorLink { code } => {
            view! { <OpenCollectorLinkPage code=code/> }.into_any()
        }
        _ => not_here(),
    })
}

/// A team member's page (the pulse link's way in): apart from the leader's
/// pulse pages and their charts, so a member's phone downloads only it.
#[wasm_split(member, fallible, preload(preload_member))]
pub fn member_pages(route: Route) -> Piece {
    use crate::web::pages::pulse::answer::AnswerPulsePage;
    Ok(match route {
        Route::AnswerPulse { code } => view! { <AnswerPulsePage code=code/> }.into_any(),
        _ => not_here(),
    })
}

/// The collector's pages: becoming one, their page, and a member's sealed
/// code opened.
#[wasm_split(collect, fallible, preload(preload_collect))]
pub fn collect_pages(route: Route) -> Piece {
    use crate::web::pages::collect::{
        gather::OpenSealedCodePage, new::CollectPage, page::CollectorPage,
    };
    Ok(match route {
        Route::Collect => view! { <CollectPage/> }.into_any(),
        Route::Collector { collector } => view! { <CollectorPage id=collector/> }.into_any(),
        Route::OpenSealedCode { code } => view! { <OpenSealedCodePage code=code/> }.into_any(),
        _ => not_here(),
    })
}

/// Trainers' question sets, and a set as a respondent sees it.
#[wasm_split(instruments, fallible, preload(preload_instruments))]
pub fn instruments_pages(route: Route) -> Piece {
    use crate::web::pages::instruments::{preview::PreviewInstrumentPage, InstrumentsPage};
    Ok(match route {
        Route::Instruments => view! { <InstrumentsPage/> }.into_any(),
        Route::PreviewInstrument { id, version } => {
            view! { <PreviewInstrumentPage id=id version=version/> }.into_any()
        }
        _ => not_here(),
    })
}

/// What Align 180 is (from every page's footer).
#[wasm_split(tools, fallible)]
pub fn about() -> Piece {
    use crate::web::pages::about::AboutPage;
    Ok(view! { <AboutPage/> }.into_any())
}

/// The ways in: an invitation link opened on the manager's device, a cohort
/// link opened by a participant.
#[wasm_split(links, fallible, preload(preload_links))]
pub fn links_pages(route: Route) -> Piece {
    use crate::web::pages::cohort::join::JoinCohortPage;
    use crate::web::pages::open_invitation::OpenInvitationPage;
    Ok(match route {
        Route::OpenInvitation { code } => view! { <OpenInvitationPage code=code/> }.into_any(),
        Route::JoinCohort { code } => view! { <JoinCohortPage code=code/> }.into_any(),
        _ => not_here(),
    })
}

/// Whose turn it is (kept with the core: it sits between two questionnaires).
pub fn turn(id: String, rater: Rater) -> AnyView {
    use crate::web::pages::turn::TurnPage;
    view! { <TurnPage id=id rater=rater/> }.into_any()
}
