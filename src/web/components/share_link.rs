//! A link to hand to someone else: the link itself, a Copy button, its QR
//! code, and a plain warning that anyone holding it can read what it carries.

use crate::domain::formats::share::qr::qr_svg;
use crate::domain::formats::share::LINK_COMFORT_CHARS;
use crate::web::components::share_button::ShareButton;
use crate::web::files::copy_text;
use crate::web::language::t;
use crate::web::web_share::Shareable;
use leptos::prelude::*;

/// The size the QR code is drawn at: large enough for a phone camera.
const QR_PIXELS: u32 = 280;

/// Shows a share link with Copy and a QR code.
#[component]
pub fn ShareLink(
    /// The whole link.
    link: String,
    /// What the link is, e.g. "Invitation link".
    label: &'static str,
    /// What the link carries, for the privacy warning.
    carries: String,
    /// The message that goes with it in a chat or e-mail: who asks what
    /// (see [`crate::domain::formats::share::message`]).
    message: String,
    /// Who it is for, e.g. "your trainer" (default: "the person it is for").
    #[prop(optional)]
    for_whom: Option<&'static str>,
) -> impl IntoView {
    let for_whom = for_whom.unwrap_or(t().share_link_for_anyone());
    let copied = RwSignal::new(None::<bool>);
    // The QR code filling the screen, to be read by a camera a metre away.
    let large = RwSignal::new(false);
    let closing = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && large.get_untracked() {
            large.set(false);
        }
    });
    on_cleanup(move || closing.remove());
    let too_long = link.len() > LINK_COMFORT_CHARS;
    let qr = qr_svg(&link, QR_PIXELS);
    let copy_link = link.clone();
    let copy = move |_| {
        let text = copy_link.clone();
        leptos::task::spawn_local(async move {
            copied.set(Some(copy_text(&text).await.is_ok()));
        });
    };
    let length = link.len();
    let shareable = Shareable::Link {
        title: t().share_link_title(&label),
        text: message,
        url: link.clone(),
    };
    view! {
        <div class="share-link">
            <label for="share-link-text" class="share-label">{label}</label>
            <textarea id="share-link-text" class="share-text" readonly rows="3" data-length=length
                on:focus=move |ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(t) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                        t.select();
                    }
                }>{link.clone()}</textarea>
            <div class="actions">
                <button type="button" class="button primary" id="copy-link" on:click=copy>{t().share_link_copy()}</button>
                <ShareButton what=shareable label=t().share_link_share() id="share-link"/>
                <span class="copy-status" role="status">{move || match copied.get() {
                    Some(true) => t().share_link_copied(),
                    Some(false) => t().share_link_copy_blocked(),
                    None => "",
                }}</span>
            </div>
            <p class="privacy-note">
                <strong>{t().share_link_anyone()}" "</strong>{t().share_link_carries(&carries, &for_whom)}
            </p>
            {too_long.then(|| view! {
                <p class="notice">{t().share_link_long(&length)}</p>
            })}
            {match qr {
                Some(svg) => view! {
                    <figure class="qr" class:qr-full=move || large.get()>
                        <div class="qr-code" role="img" aria-label=t().share_link_qr_label(&label) inner_html=svg></div>
                        <figcaption>{t().share_link_scan()}</figcaption>
                        <button type="button" class="button" id="qr-larger" aria-pressed=move || if large.get() { "true" } else { "false" }
                            on:click=move |_| large.update(|l| *l = !*l)>
                            {move || if large.get() { t().share_link_qr_back() } else { t().share_link_qr_full() }}
                        </button>
                    </figure>
                }.into_any(),
                None => view! { <p class="hint">{t().share_link_too_long_for_qr()}</p> }.into_any(),
            }}
        </div>
    }
}
