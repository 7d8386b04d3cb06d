//! A team member's code, made from their answers and shown: exactly what
//! it contains and who can read it, then the link, QR code and file to
//! send. A piece of its own (reached through [`crate::web::handoff`]), so
//! a member's phone downloads the code's making (deflate, sealing) and its
//! sharing (QR code) after the questions, not before them.

use crate::domain::formats::files::{file_name, pulse_code_file};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::pulse::{PulseCode, PulseLink};
use crate::domain::formats::share::sealed::{answers_to_seal, SealedPulseCode};
use crate::domain::records::pulse::{Agreement, PulseResponse};
use crate::domain::sets::pulse_set::PulseSet;
use crate::web::components::share_button::ShareButton;
use crate::web::components::share_link::ShareLink;
use crate::web::files::{app_base_url, download};
use crate::web::language::t;
use crate::web::web_share::Shareable;
use leptos::prelude::*;

/// A team member's answers, on their way to becoming the code they send
/// (encoded, or sealed for the collector, in the piece that shows it).
#[derive(Clone)]
pub struct MemberAnswers {
    /// The link the member opened.
    pub link: PulseLink,
    /// Its set as the member reads it (in their language when it has it).
    pub set: &'static PulseSet,
    /// What they answered.
    pub response: PulseResponse,
    /// Their random number for this pulse (the same on every change).
    pub member: u32,
    /// Whether that number is kept in this browser.
    pub kept: bool,
    /// Back to the answers.
    pub on_change: Callback<()>,
}

/// The member's code: made at once (or sealed for the collector, which
/// takes a moment), then shown; if it cannot be made, why, with the way
/// back to the answers.
#[component]
pub fn MemberCode(answers: MemberAnswers) -> impl IntoView {
    let MemberAnswers {
        link,
        set,
        response,
        member,
        kept,
        on_change,
    } = answers;
    let leader = link.leader.clone();
    let collector = link.collector.as_ref().map(|c| c.name.clone());
    let made = RwSignal::new(None::<Result<String, String>>);
    match link.collector.clone() {
        None => {
            let code = PulseCode {
                set,
                pulse_id: link.pulse_id.clone(),
                nonce: link.nonce,
                member,
                response: response.clone(),
            };
            made.set(Some(code.encode().map_err(|e| e.describe(t()))));
        }
        Some(to) => {
            // The set itself (not its translation) is what the collector reads.
            match answers_to_seal(&link.leader, link.set, member, &response) {
                Err(e) => made.set(Some(Err(e.describe(t())))),
                Ok(sealed_answers) => {
                    let outside = SealedPulseCode {
                        set_fingerprint: link.set.fingerprint(),
                        pulse_id: link.pulse_id.clone(),
                        nonce: link.nonce,
                        key_tag: 0,
                        ephemeral_key: Vec::new(),
                        iv: Vec::new(),
                        sealed: Vec::new(),
                    };
                    leptos::task::spawn_local(async move {
                        let sealed =
                            crate::web::crypto::seal_for(&to, outside, &sealed_answers).await;
                        made.set(Some(match sealed.map(|code| code.encode()) {
                            Ok(Ok(text)) => Ok(text),
                            Ok(Err(e)) => Err(e.describe(t())),
                            Err(e) => Err(t().pulse_answer_not_sealed(&e.describe(t()))),
                        }));
                    });
                }
            }
        }
    }
    move || {
        match made.get() {
        None => view! { <p class="loading" role="status">{t().page_opening()}</p> }.into_any(),
        Some(Ok(code)) => view! {
            <MadeCode set=set leader=leader.clone() collector=collector.clone() code=code response=response.clone() kept=kept on_change=on_change/>
        }
        .into_any(),
        Some(Err(problem)) => view! {
            <p class="field-error" role="alert">{problem}</p>
            <div class="actions">
                <button type="button" class="button" id="change-answers" on:click=move |_| on_change.run(())>{t().pulse_answer_change()}</button>
            </div>
        }
        .into_any(),
    }
    }
}

/// The code made from the answers: exactly what it contains, then the link,
/// QR code and file to send.
#[component]
fn MadeCode(
    set: &'static PulseSet,
    leader: String,
    /// The collector's name, when the code is sealed for them.
    collector: Option<String>,
    code: String,
    response: PulseResponse,
    kept: bool,
    on_change: Callback<()>,
) -> impl IntoView {
    let link = format!(
        "{}{}",
        app_base_url(),
        if collector.is_some() {
            Route::OpenSealedCode { code: code.clone() }
        } else {
            Route::OpenPulseCode { code: code.clone() }
        }
        .href()
    );
    let lines = set
        .statements()
        .map(|(_, s)| {
            let answer = match response.answers.get(&s.id) {
                Some(Agreement::Score(v)) => set.scale[usize::from(*v) - 1].clone(),
                Some(Agreement::DontKnow) => set.dont_know.clone(),
                None => t().pulse_answer_not_answered().to_string(),
            };
            view! { <li><span class="statement">{s.text.clone()}</span>" — "<strong>{answer}</strong></li> }
        })
        .collect_view();
    let comment = match &response.comment {
        Some(text) => view! {
            <p>{t().pulse_answer_your_comment(&leader)}</p>
            <blockquote class="pulse-comment" id="code-comment">{text.clone()}</blockquote>
        }
        .into_any(),
        None => view! { <p id="code-comment">{t().pulse_answer_no_comment()}</p> }.into_any(),
    };
    let file = pulse_code_file(&code, &leader, crate::web::language::t());
    let name = file_name(&["align180-team-pulse", &leader], "json");
    let message = match &collector {
        Some(to) => t().message_pulse_code_sealed(to),
        None => crate::domain::formats::share::message::pulse_code(t()),
    };
    let send_to = match &collector {
        Some(to) => t().pulse_answer_send_to_collector(to, &leader),
        None => t().pulse_answer_send_to_leader(&leader),
    };
    let shareable = Shareable::File {
        title: match &collector {
            Some(to) => t().pulse_answer_file_title_sealed(to),
            None => t().pulse_answer_file_title_own(&leader),
        },
        text: message.clone(),
        name: name.clone(),
        mime: "application/json",
        contents: file.clone(),
    };
    let error = RwSignal::new(None::<String>);
    let save_file = move |_| error.set(download(&name, "application/json", &file).err());
    view! {
        <section class="report-section code-contents" aria-labelledby="contains-heading">
            <h3 id="contains-heading">{t().pulse_answer_contains()}</h3>
            <ul id="code-contains" class="pulse-answers">{lines}</ul>
            {comment}
            <p>{t().pulse_answer_random_number()}</p>
            <p><strong>{t().pulse_answer_not_contained()}</strong>" "{t().pulse_answer_not_contained_rest()}</p>
            {collector.is_some().then(|| view! { <p>{t().pulse_answer_sealed_only_collector()}</p> })}
            {(!kept).then(|| view! {
                <p class="notice" role="status">{t().pulse_answer_no_note()}</p>
            })}
        </section>
        <p class="notice notice-important" id="send-code-to">{send_to}</p>
        <ShareLink link=link label=if collector.is_some() { t().pulse_answer_link_label_sealed() } else { t().pulse_answer_link_label_own() }
            for_whom=if collector.is_some() { t().pulse_answer_link_for_collector() } else { t().pulse_answer_link_for() }
            message=message
            carries=t().pulse_answer_link_carries().to_string()/>
        <div class="actions">
            <button type="button" class="button" id="download-pulse-code" on:click=save_file>{t().pulse_answer_download()}</button>
            <ShareButton what=shareable label=t().share_the_file() id="share-file"/>
            <button type="button" class="button" id="change-answers" on:click=move |_| on_change.run(())>{t().pulse_answer_change()}</button>
        </div>
        <p class="field-error" role="alert">{move || error.get()}</p>
    }
}
