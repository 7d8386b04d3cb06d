//! Which browser deletes this site's data after 7 days without a visit:
//! Safari (on iPhone, iPad and Mac) outside Home Screen mode. One small
//! module so the notice is shown to exactly those people and no others.

use crate::web::browser::window;

/// Whether the app runs installed (added to the Home Screen, or as an
/// installed web app): such apps are exempt from Safari's 7-day deletion,
/// and browsers agree to keep their data.
pub fn installed() -> bool {
    let Some(w) = window() else {
        return false;
    };
    // Safari on iOS sets navigator.standalone; everyone else has the media query.
    let ios_standalone = js_sys::Reflect::get(&w.navigator(), &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let display_standalone = w
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    ios_standalone || display_standalone
}

/// Whether a user agent is Safari's (WebKit's own browser on iPhone, iPad
/// or Mac), not Chrome, Firefox, Edge or another browser that names Safari
/// in its user agent.
pub fn is_safari_agent(agent: &str) -> bool {
    let others = [
        "Chrome/",
        "Chromium/",
        "CriOS/",
        "FxiOS/",
        "EdgiOS/",
        "Edg/",
        "OPR/",
        "OPiOS/",
        "Android",
    ];
    agent.contains("Safari/")
        && agent.contains("Version/")
        && !others.iter().any(|o| agent.contains(o))
}

/// Whether this is Safari outside Home Screen mode, where the site's data
/// is deleted after 7 days without a visit.
pub fn deletes_after_a_week() -> bool {
    let agent = window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    is_safari_agent(&agent) && !installed()
}
