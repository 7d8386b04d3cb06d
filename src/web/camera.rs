//! Reading QR codes with the device's camera, with no server: the camera's
//! picture plays in a `<video>`, a few times a second a frame is copied to a
//! canvas and handed to jsQR (npm's QR decoder, loaded only when scanning
//! starts, like ECharts). A short tone confirms what was read.

use crate::domain::base::messages::Messages;
use crate::web::browser::window;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the QR decoder is served from, next to index.html.
pub const DECODER_SCRIPT: &str = "jsQR.min.js";

#[wasm_bindgen]
extern "C" {
    /// jsQR: finds and decodes a QR code in RGBA pixels.
    #[wasm_bindgen(js_name = jsQR, catch)]
    fn js_qr(data: &js_sys::Uint8ClampedArray, width: u32, height: u32)
        -> Result<JsValue, JsValue>;
}

/// Why the camera could not start, in the words the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraProblem {
    /// The browser or device has no camera (or the page is not secure).
    NoCamera,
    /// The person (or the browser's settings) refused the camera.
    Refused,
    /// Another app holds the camera.
    Busy,
    /// The decoder could not be loaded (offline on a first visit).
    NoDecoder,
}

impl CameraProblem {
    /// What is wrong, in `words`.
    pub fn describe(self, words: &Messages) -> &'static str {
        match self {
            CameraProblem::NoCamera => words.camera_none(),
            CameraProblem::Refused => words.camera_refused(),
            CameraProblem::Busy => words.camera_busy(),
            CameraProblem::NoDecoder => words.camera_no_decoder(),
        }
    }
}

fn problem_of(error: &JsValue) -> CameraProblem {
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "SecurityError" => CameraProblem::Refused,
        "NotReadableError" | "AbortError" => CameraProblem::Busy,
        _ => CameraProblem::NoCamera,
    }
}

/// Starts the camera (the one facing away, where there are two) into
/// `video`; returns the stream to stop later.
pub async fn start(
    video: &web_sys::HtmlVideoElement,
) -> Result<web_sys::MediaStream, CameraProblem> {
    crate::web::library::load(DECODER_SCRIPT, "jsQR")
        .await
        .map_err(|_| CameraProblem::NoDecoder)?;
    let devices = window()
        .and_then(|w| w.navigator().media_devices().ok())
        .ok_or(CameraProblem::NoCamera)?;
    let constraints = web_sys::MediaStreamConstraints::new();
    let facing = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&facing, &"facingMode".into(), &"environment".into());
    constraints.set_video(&facing);
    constraints.set_audio(&JsValue::FALSE);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|e| problem_of(&e))?;
    let stream: web_sys::MediaStream = JsFuture::from(promise)
        .await
        .map_err(|e| problem_of(&e))?
        .dyn_into()
        .map_err(|_| CameraProblem::NoCamera)?;
    video.set_src_object(Some(&stream));
    video.set_muted(true);
    if let Ok(playing) = video.play() {
        // A refused autoplay still shows frames once the stream flows.
        let _ = JsFuture::from(playing).await;
    }
    Ok(stream)
}

/// Stops every track of the stream: the camera light goes out.
pub fn stop(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// Reads a QR code in the video's current frame, if there is one.
pub fn read_frame(
    video: &web_sys::HtmlVideoElement,
    canvas: &web_sys::HtmlCanvasElement,
) -> Option<String> {
    let (width, height) = (video.video_width(), video.video_height());
    if width == 0 || height == 0 {
        return None;
    }
    // Large frames are scaled down: codes on a phone held up to a laptop
    // stay readable, and decoding stays quick.
    let scale = (640.0 / f64::from(width.max(height))).min(1.0);
    let (w, h) = (
        (f64::from(width) * scale).round() as u32,
        (f64::from(height) * scale).round() as u32,
    );
    canvas.set_width(w);
    canvas.set_height(h);
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()?
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .ok()?;
    context
        .draw_image_with_html_video_element_and_dw_and_dh(
            video,
            0.0,
            0.0,
            f64::from(w),
            f64::from(h),
        )
        .ok()?;
    let pixels = context
        .get_image_data(0.0, 0.0, f64::from(w), f64::from(h))
        .ok()?;
    let data = js_sys::Uint8ClampedArray::from(pixels.data().0.as_slice());
    let found = js_qr(&data, w, h).ok()?;
    if found.is_null() || found.is_undefined() {
        return None;
    }
    js_sys::Reflect::get(&found, &JsValue::from_str("data"))
        .ok()?
        .as_string()
        .filter(|text| !text.is_empty())
}

/// A short tone: higher when a code was taken, lower when it was not.
pub fn tone(taken: bool) {
    let Ok(audio) = web_sys::AudioContext::new() else {
        return;
    };
    let (Ok(oscillator), Ok(gain)) = (audio.create_oscillator(), audio.create_gain()) else {
        return;
    };
    oscillator
        .frequency()
        .set_value(if taken { 880.0 } else { 330.0 });
    gain.gain().set_value(0.15);
    let now = audio.current_time();
    // A missing speaker is no reason to stop: the page says it in words too.
    let _ = oscillator
        .connect_with_audio_node(&gain)
        .and_then(|_| gain.connect_with_audio_node(&audio.destination()));
    let _ = oscillator.start_with_when(now);
    let _ = oscillator.stop_with_when(now + 0.15);
}
