//! The phone's own share sheet (the Web Share API), where the browser has
//! one: a link or a code file goes straight to a chat or e-mail app. Called
//! through `Reflect` because web-sys keeps `navigator.share` behind its
//! unstable-API flag. Browsers without it (most desktops) get no Share
//! button; Copy and Download are always there.

use crate::web::browser::window;
use crate::web::language::t;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What to hand to the share sheet.
#[derive(Clone, Debug, PartialEq)]
pub enum Shareable {
    /// A link, with a title and the message that goes with it.
    Link {
        title: String,
        text: String,
        url: String,
    },
    /// A text file (a code file), with a title and a message.
    File {
        title: String,
        text: String,
        name: String,
        mime: &'static str,
        /// The file's contents.
        contents: String,
    },
}

fn navigator_method(name: &str) -> Option<(web_sys::Navigator, Function)> {
    let navigator = window()?.navigator();
    let method = Reflect::get(&navigator, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((navigator, method))
}

fn data_for(what: &Shareable) -> Option<JsValue> {
    let data = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&data, &JsValue::from_str(key), value).ok();
    match what {
        Shareable::Link { title, text, url } => {
            set("title", &JsValue::from_str(title))?;
            set("text", &JsValue::from_str(text))?;
            set("url", &JsValue::from_str(url))?;
        }
        Shareable::File {
            title,
            text,
            name,
            mime,
            contents,
        } => {
            let parts = js_sys::Array::of1(&JsValue::from_str(contents));
            let options = web_sys::FilePropertyBag::new();
            options.set_type(mime);
            let file =
                web_sys::File::new_with_str_sequence_and_options(&parts, name, &options).ok()?;
            set("title", &JsValue::from_str(title))?;
            set("text", &JsValue::from_str(text))?;
            set("files", &js_sys::Array::of1(&file))?;
        }
    }
    Some(data.into())
}

/// Whether this browser can share `what` (files need `canShare` to agree).
pub fn can_share(what: &Shareable) -> bool {
    if navigator_method("share").is_none() {
        return false;
    }
    match (navigator_method("canShare"), data_for(what)) {
        (Some((navigator, can)), Some(data)) => can
            .call1(&navigator, &data)
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        // Links are shareable wherever `share` exists.
        (None, Some(_)) => matches!(what, Shareable::Link { .. }),
        _ => false,
    }
}

/// Opens the share sheet. A person closing it without choosing is not an
/// error; anything else is, in words.
pub async fn share(what: &Shareable) -> Result<(), String> {
    let (navigator, method) =
        navigator_method("share").ok_or_else(|| t().share_sheet_missing().to_string())?;
    let data = data_for(what).ok_or_else(|| t().share_sheet_not_prepared().to_string())?;
    let promise: Promise = method
        .call1(&navigator, &data)
        .map_err(|_| t().share_sheet_refused().to_string())?
        .dyn_into()
        .map_err(|_| t().share_sheet_not_shared().to_string())?;
    match JsFuture::from(promise).await {
        Ok(_) => Ok(()),
        Err(e) => {
            let name = Reflect::get(&e, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            if name == "AbortError" {
                Ok(())
            } else {
                Err(t().share_sheet_use_copy().into())
            }
        }
    }
}
