//! A route's address: reading `location.hash` and writing it back.

use super::Route;
use crate::domain::formats::share::MAX_CODE_CHARS;
use crate::domain::records::response::Rater;

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
            ["collect"] => Route::Collect,
            ["collector", id] if valid_segment(id) => Route::Collector {
                collector: id.to_string(),
            },
            ["collector-link"] => Route::OpenCollectorLink {
                code: String::new(),
            },
            ["collector-link", code] => Route::OpenCollectorLink {
                code: clip_code(code),
            },
            ["sealed"] => Route::OpenSealedCode {
                code: String::new(),
            },
            ["sealed", code] => Route::OpenSealedCode {
                code: clip_code(code),
            },
            ["bundle"] => Route::OpenBundle {
                code: String::new(),
            },
            ["bundle", code] => Route::OpenBundle {
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
            Route::Collect => "#/collect".to_string(),
            Route::Collector { collector } => format!("#/collector/{collector}"),
            Route::OpenCollectorLink { code } => format!("#/collector-link/{code}"),
            Route::OpenBundle { code } => format!("#/bundle/{code}"),
            Route::OpenSealedCode { code } => format!("#/sealed/{code}"),
            Route::PreviewInstrument { id, version } => format!("#/instruments/{id}/{version}"),
        }
    }
}
