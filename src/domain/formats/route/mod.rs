//! Page addresses. They live in the URL fragment (`#/…`), so every page has
//! its own URL that reloads on any plain static server, from any sub-path,
//! with no rewrite rules. (leptos_router has no hash mode, so the app keeps
//! this small, fully tested parser instead.)

mod address;

use crate::domain::records::response::Rater;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The list of assessments in this browser.
    Home,
    /// The form that starts a self-assessment.
    Start,
    /// A step of one rater's questionnaire.
    Questionnaire {
        /// The assessment's id.
        assessment: String,
        /// Who is answering.
        rater: Rater,
        /// The step's slug (a dimension id, `priorities`, `reflections`, `review`).
        step: String,
    },
    /// The leader's profile once they have submitted.
    Profile {
        /// The assessment's id.
        assessment: String,
    },
    /// The clear screen between turns on one device: says whose turn it is
    /// and shows nobody's answers.
    Turn {
        /// The assessment's id.
        assessment: String,
        /// Whose turn it is.
        rater: Rater,
    },
    /// "Both views are in": the step before the report opens.
    Reveal {
        /// The assessment's id.
        assessment: String,
    },
    /// The leader's invitation for the manager (link, QR code).
    Invite {
        /// The assessment's id.
        assessment: String,
    },
    /// On the manager's device: the response to send back (link, QR code, file).
    Respond {
        /// The assessment's id.
        assessment: String,
    },
    /// An invitation link opened on the manager's device.
    OpenInvitation {
        /// The code as it came; the page decodes it and explains any problem.
        code: String,
    },
    /// A response link opened on the leader's device.
    OpenResponse {
        /// The code as it came.
        code: String,
    },
    /// The leader–manager pair's progress across linked cycles.
    Progress {
        /// Any assessment of the chain.
        assessment: String,
    },
    /// The side-by-side report.
    Report {
        /// The assessment's id.
        assessment: String,
    },
    /// A participant's page for sharing their answers anonymously with
    /// their cohort (link, QR code, file).
    ShareWithCohort {
        /// The assessment's id.
        assessment: String,
    },
    /// The trainer's form that creates a cohort.
    NewCohort,
    /// The trainer's page of one cohort: its link, gathering, dashboard.
    Cohort {
        /// The cohort's id.
        cohort: String,
    },
    /// The cohort dashboard alone, in large type for a projector.
    PresentCohort {
        /// The cohort's id.
        cohort: String,
    },
    /// A cohort link opened by a participant.
    JoinCohort {
        /// The code as it came.
        code: String,
    },
    /// A participant's cohort code opened as a link on the trainer's device.
    OpenCohortCode {
        /// The code as it came.
        code: String,
    },
    /// "Ask my team": starts (or finds) the team pulse beside an assessment.
    AskTeam {
        /// The assessment's id.
        assessment: String,
    },
    /// A leader's team pulse: its link, gathering members' codes, the picture.
    TeamPulse {
        /// The pulse's id.
        pulse: String,
    },
    /// A pulse link opened by a team member: the anonymous questions.
    AnswerPulse {
        /// The code as it came.
        code: String,
    },
    /// A member's pulse code opened as a link on the leader's device.
    OpenPulseCode {
        /// The code as it came.
        code: String,
    },
    /// One assessment's restore link (a link holding all of it), with its QR code.
    KeepCopy {
        /// The assessment's id.
        assessment: String,
    },
    /// The comparison to send back to a manager who answered on their own
    /// device (the same link as a restore link, told as what it is for).
    SendBack {
        /// The assessment's id.
        assessment: String,
    },
    /// A whole-assessment link opened: a restore link, or the comparison a
    /// leader sent back to the manager.
    Restore {
        /// The code as it came.
        code: String,
    },
    /// The question sets: the built-in one and trainers' own, loading and checking.
    Instruments,
    /// A question set as a respondent would see it.
    PreviewInstrument {
        /// The instrument's id.
        id: String,
        /// The instrument's version.
        version: u32,
    },
    /// What Align 180 is, its version, licence and data, from every footer.
    About,
    /// Becoming a collector of a team's answers, or the collectors here.
    Collect,
    /// A collector's page: their link, the codes they hold, the bundles.
    Collector {
        /// The collector's id.
        collector: String,
    },
    /// A collector's link opened on a leader's device.
    OpenCollectorLink {
        /// The code as it came.
        code: String,
    },
    /// A member's code sealed for the collector, opened as a link: held on
    /// the collector's device; anywhere else it says whom it is for.
    OpenSealedCode {
        /// The code as it came.
        code: String,
    },
    /// A collector's bundle opened on the leader's device.
    OpenBundle {
        /// The code as it came.
        code: String,
    },
    /// Anything else: shown as "page not found" with a way home.
    NotFound,
}

impl Route {
    /// Whether the page uses the screen's width (reports, dashboards, lists)
    /// rather than a reading column (forms and questionnaires).
    pub fn wide(&self) -> bool {
        matches!(
            self,
            Route::Home
                | Route::Profile { .. }
                | Route::Report { .. }
                | Route::Progress { .. }
                | Route::Cohort { .. }
                | Route::PresentCohort { .. }
                | Route::Instruments
                | Route::TeamPulse { .. }
        )
    }

    /// Whether the page draws charts (so the chart library can start loading
    /// at once, beside the page's own code).
    pub fn has_charts(&self) -> bool {
        matches!(
            self,
            Route::Profile { .. }
                | Route::Report { .. }
                | Route::Progress { .. }
                | Route::Cohort { .. }
                | Route::PresentCohort { .. }
                | Route::TeamPulse { .. }
        )
    }
}
