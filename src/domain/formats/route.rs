//! Page addresses. They live in the URL fragment (`#/…`), so every page has
//! its own URL that reloads on any plain static server, from any sub-path,
//! with no rewrite rules. (leptos_router has no hash mode, so the app keeps
//! this small, fully tested parser instead.)

use crate::domain::formats::share::MAX_CODE_CHARS;
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
    /// Anything else: shown as "page not found" with a way home.
    NotFound,
}

/// The longest id or slug accepted in an address.
const MAX_SEGMENT: usize = 64;

fn valid_segment(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_SEGMENT
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn rater_slug(rater: Rater) -> &'static str {
    match rater {
        Rater::Leader => "self",
        Rater::Manager => "manager",
    }
}

/// A code from an address, kept whole up to the longest a code can be (and
/// a character more, so that its page reports it as too long).
fn clip_code(code: &str) -> String {
    code.chars().take(MAX_CODE_CHARS + 1).collect()
}

fn parse_rater(slug: &str) -> Option<Rater> {
    match slug {
        "self" => Some(Rater::Leader),
        "manager" => Some(Rater::Manager),
        _ => None,
    }
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

    /// Reads a route from `location.hash` (with or without the leading `#`).
    /// Never fails: unknown or malformed addresses give [`Route::NotFound`].
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.split(['?']).next().unwrap_or("");
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["start"] => Route::Start,
            ["about"] => Route::About,
            ["a", id, "profile"] if valid_segment(id) => Route::Profile {
                assessment: id.to_string(),
            },
            ["a", id, "invite"] if valid_segment(id) => Route::Invite {
                assessment: id.to_string(),
            },
            ["a", id, "respond"] if valid_segment(id) => Route::Respond {
                assessment: id.to_string(),
            },
            // Any code, even empty or far too long: its page says what is wrong with it.
            ["invite"] => Route::OpenInvitation {
                code: String::new(),
            },
            ["invite", code] => Route::OpenInvitation {
                code: clip_code(code),
            },
            ["response"] => Route::OpenResponse {
                code: String::new(),
            },
            ["response", code] => Route::OpenResponse {
                code: clip_code(code),
            },
            ["a", id, "keep"] if valid_segment(id) => Route::KeepCopy {
                assessment: id.to_string(),
            },
            ["a", id, "send-back"] if valid_segment(id) => Route::SendBack {
                assessment: id.to_string(),
            },
            ["restore"] => Route::Restore {
                code: String::new(),
            },
            ["restore", code] => Route::Restore {
                code: clip_code(code),
            },
            ["a", id, "cohort"] if valid_segment(id) => Route::ShareWithCohort {
                assessment: id.to_string(),
            },
            ["cohorts", "new"] => Route::NewCohort,
            ["instruments"] => Route::Instruments,
            ["instruments", id, version] if valid_segment(id) => match version.parse::<u32>() {
                // Only the canonical form ("2", not "02" or "+2") names a version.
                Ok(v) if v.to_string() == **version => Route::PreviewInstrument {
                    id: id.to_string(),
                    version: v,
                },
                _ => Route::NotFound,
            },
            ["cohort", id] if valid_segment(id) => Route::Cohort {
                cohort: id.to_string(),
            },
            ["cohort", id, "present"] if valid_segment(id) => Route::PresentCohort {
                cohort: id.to_string(),
            },
            ["join"] => Route::JoinCohort {
                code: String::new(),
            },
            ["join", code] => Route::JoinCohort {
                code: clip_code(code),
            },
            ["cohort-code"] => Route::OpenCohortCode {
                code: String::new(),
            },
            ["cohort-code", code] => Route::OpenCohortCode {
                code: clip_code(code),
            },
            ["a", id, "team"] if valid_segment(id) => Route::AskTeam {
                assessment: id.to_string(),
            },
            ["team", id] if valid_segment(id) => Route::TeamPulse {
                pulse: id.to_string(),
            },
            ["pulse"] => Route::AnswerPulse {
                code: String::new(),
            },
            ["pulse", code] => Route::AnswerPulse {
                code: clip_code(code),
            },
            ["pulse-code"] => Route::OpenPulseCode {
                code: String::new(),
            },
            ["pulse-code", code] => Route::OpenPulseCode {
                code: clip_code(code),
            },
            ["a", id, "progress"] if valid_segment(id) => Route::Progress {
                assessment: id.to_string(),
            },
            ["a", id, "reveal"] if valid_segment(id) => Route::Reveal {
                assessment: id.to_string(),
            },
            ["a", id, "report"] if valid_segment(id) => Route::Report {
                assessment: id.to_string(),
            },
            ["a", id, "turn", rater] if valid_segment(id) => match parse_rater(rater) {
                Some(rater) => Route::Turn {
                    assessment: id.to_string(),
                    rater,
                },
                None => Route::NotFound,
            },
            ["a", id, rater, step] if valid_segment(id) && valid_segment(step) => {
                let Some(rater) = parse_rater(rater) else {
                    return Route::NotFound;
                };
                Route::Questionnaire {
                    assessment: id.to_string(),
                    rater,
                    step: step.to_string(),
                }
            }
            _ => Route::NotFound,
        }
    }

    /// The fragment for this route, starting with `#`.
    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_string(),
            Route::Start => "#/start".to_string(),
            Route::About => "#/about".to_string(),
            Route::Questionnaire {
                assessment,
                rater,
                step,
            } => format!("#/a/{assessment}/{}/{step}", rater_slug(*rater)),
            Route::Profile { assessment } => format!("#/a/{assessment}/profile"),
            Route::Turn { assessment, rater } => {
                format!("#/a/{assessment}/turn/{}", rater_slug(*rater))
            }
            Route::Reveal { assessment } => format!("#/a/{assessment}/reveal"),
            Route::Progress { assessment } => format!("#/a/{assessment}/progress"),
            Route::Invite { assessment } => format!("#/a/{assessment}/invite"),
            Route::Respond { assessment } => format!("#/a/{assessment}/respond"),
            Route::OpenInvitation { code } => format!("#/invite/{code}"),
            Route::OpenResponse { code } => format!("#/response/{code}"),
            Route::Report { assessment } => format!("#/a/{assessment}/report"),
            Route::ShareWithCohort { assessment } => format!("#/a/{assessment}/cohort"),
            Route::NewCohort => "#/cohorts/new".to_string(),
            Route::Cohort { cohort } => format!("#/cohort/{cohort}"),
            Route::PresentCohort { cohort } => format!("#/cohort/{cohort}/present"),
            Route::JoinCohort { code } => format!("#/join/{code}"),
            Route::OpenCohortCode { code } => format!("#/cohort-code/{code}"),
            Route::AskTeam { assessment } => format!("#/a/{assessment}/team"),
            Route::TeamPulse { pulse } => format!("#/team/{pulse}"),
            Route::AnswerPulse { code } => format!("#/pulse/{code}"),
            Route::OpenPulseCode { code } => format!("#/pulse-code/{code}"),
            Route::KeepCopy { assessment } => format!("#/a/{assessment}/keep"),
            Route::Restore { code } => format!("#/restore/{code}"),
            Route::SendBack { assessment } => format!("#/a/{assessment}/send-back"),
            Route::Instruments => "#/instruments".to_string(),
            Route::PreviewInstrument { id, version } => format!("#/instruments/{id}/{version}"),
        }
    }
}
