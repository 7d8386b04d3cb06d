//! The browser's WebCrypto, the only cryptography in Align 180 (nothing
//! hand-written): a collector's key pair (ECDH P-256), and members' answers
//! sealed for it. Each code gets a fresh key pair of its own; the shared
//! secret goes through HKDF-SHA-256 (salted with the code's public key) to
//! an AES-GCM key that seals the answers, with the code's outside as
//! associated data (see [`crate::domain::formats::share::sealed`]).

use crate::domain::base::messages::Messages;
use crate::domain::formats::share::sealed::{SealedPulseCode, IV_BYTES};
use crate::domain::records::pulse::CollectorRef;
use crate::web::browser::window;
use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

/// Binds every derived key to this use.
const HKDF_INFO: &[u8] = b"Align 180 sealed pulse code v1";

/// Why the browser's cryptography could not do its part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// This browser has no WebCrypto (an old browser, or a page not served
    /// over HTTPS or from this computer).
    Unavailable,
    /// The key did not open the code: it was changed, or sealed for another key.
    DoesNotOpen,
    /// Anything else the browser reported.
    Failed(String),
}

impl CryptoError {
    /// What went wrong, in `words`.
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            CryptoError::Unavailable => words.crypto_unavailable().to_string(),
            CryptoError::DoesNotOpen => words.collect_does_not_open().to_string(),
            CryptoError::Failed(e) => words.crypto_failed(e),
        }
    }
}

fn failed(e: JsValue) -> CryptoError {
    CryptoError::Failed(
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_default(),
    )
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let crypto = window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)?;
    // `subtle` is undefined outside secure contexts.
    let subtle = crypto.subtle();
    if subtle.is_undefined() {
        return Err(CryptoError::Unavailable);
    }
    Ok(subtle)
}

async fn wait(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, CryptoError> {
    JsFuture::from(promise.map_err(failed)?)
        .await
        .map_err(failed)
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

fn bytes(buffer: JsValue) -> Vec<u8> {
    buffer
        .dyn_into::<ArrayBuffer>()
        .map(|b| Uint8Array::new(&b).to_vec())
        .unwrap_or_default()
}

/// An algorithm's parameters as a plain object. (web-sys' dictionary
/// types would add a JavaScript setter per field to the first download;
/// `Reflect.set` is there already.)
fn params(fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in fields {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}

/// ECDH on the P-256 curve, for making and importing keys.
fn p256() -> Object {
    params(&[("name", "ECDH".into()), ("namedCurve", "P-256".into())])
}

/// AES-GCM with this nonce, authenticating `aad`.
fn gcm(iv: &[u8], aad: &[u8]) -> Object {
    params(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(iv).into()),
        ("additionalData", Uint8Array::from(aad).into()),
    ])
}

/// One half (`publicKey`, `privateKey`) of a key pair just made.
fn half(pair: &JsValue, which: &str) -> Result<CryptoKey, CryptoError> {
    Reflect::get(pair, &JsValue::from_str(which))
        .map_err(failed)?
        .dyn_into::<CryptoKey>()
        .map_err(failed)
}

/// A new key pair's two halves, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyPair {
    /// The public key, raw (65 bytes).
    pub public: Vec<u8>,
    /// The private key, PKCS #8.
    pub private: Vec<u8>,
}

/// A new collector's key pair. It must be exportable to be kept in this
/// browser's storage and its backups; it is never sent anywhere else.
pub async fn make_key_pair() -> Result<KeyPair, CryptoError> {
    let subtle = subtle()?;
    let pair =
        wait(subtle.generate_key_with_object(&p256(), true, &usages(&["deriveBits"]))).await?;
    let public = bytes(wait(subtle.export_key("raw", &half(&pair, "publicKey")?)).await?);
    let private = bytes(wait(subtle.export_key("pkcs8", &half(&pair, "privateKey")?)).await?);
    Ok(KeyPair { public, private })
}

/// Imports a key (`raw` public or `pkcs8` private) for ECDH.
async fn import(
    subtle: &SubtleCrypto,
    format: &str,
    bytes: &[u8],
    usage: &[&str],
) -> Result<CryptoKey, CryptoError> {
    let data = Uint8Array::from(bytes);
    Ok(
        wait(subtle.import_key_with_object(format, &data, &p256(), false, &usages(usage)))
            .await?
            .unchecked_into(),
    )
}

/// The AES-GCM key of one code, from one side's private key and the other's
/// public key (the code's own public key salts it).
async fn code_key(
    subtle: &SubtleCrypto,
    private: &CryptoKey,
    public: &CryptoKey,
    code_public: &[u8],
    usage: &str,
) -> Result<CryptoKey, CryptoError> {
    let ecdh = params(&[("name", "ECDH".into()), ("public", public.into())]);
    let shared: Object = wait(subtle.derive_bits_with_object(&ecdh, private, 256))
        .await?
        .unchecked_into();
    let hkdf_key: CryptoKey =
        wait(subtle.import_key_with_str("raw", &shared, "HKDF", false, &usages(&["deriveKey"])))
            .await?
            .unchecked_into();
    let hkdf = params(&[
        ("name", "HKDF".into()),
        ("hash", "SHA-256".into()),
        ("info", Uint8Array::from(HKDF_INFO).into()),
        ("salt", Uint8Array::from(code_public).into()),
    ]);
    let aes = params(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    Ok(wait(subtle.derive_key_with_object_and_object(
        &hkdf,
        &hkdf_key,
        &aes,
        false,
        &usages(&[usage]),
    ))
    .await?
    .unchecked_into())
}

/// Seals `answers` for `collector`: a fresh key pair for this code, a
/// random AES-GCM nonce, and the code's outside (`outside`, whose key and
/// nonce fields are filled here) authenticated with them.
pub async fn seal_for(
    collector: &CollectorRef,
    mut outside: SealedPulseCode,
    answers: &[u8],
) -> Result<SealedPulseCode, CryptoError> {
    let subtle = subtle()?;
    let theirs = import(&subtle, "raw", &collector.public_key, &[]).await?;
    let mine =
        wait(subtle.generate_key_with_object(&p256(), false, &usages(&["deriveBits"]))).await?;
    let code_public = bytes(wait(subtle.export_key("raw", &half(&mine, "publicKey")?)).await?);
    let private = half(&mine, "privateKey")?;
    let key = code_key(&subtle, &private, &theirs, &code_public, "encrypt").await?;
    let mut iv = [0u8; IV_BYTES];
    window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)?
        .get_random_values_with_u8_array(&mut iv)
        .map_err(failed)?;
    outside.key_tag = collector.key_tag();
    outside.ephemeral_key = code_public;
    outside.iv = iv.to_vec();
    let aad = outside
        .associated_data()
        .map_err(|_| CryptoError::Failed(String::new()))?;
    let sealed =
        wait(subtle.encrypt_with_object_and_u8_array(&gcm(&iv, &aad), &key, answers)).await?;
    outside.sealed = bytes(sealed);
    Ok(outside)
}

/// Opens a sealed code with a collector's private key (PKCS #8); a code
/// that was changed or sealed for another key does not open.
pub async fn open_sealed(
    private_key: &[u8],
    code: &SealedPulseCode,
) -> Result<Vec<u8>, CryptoError> {
    let subtle = subtle()?;
    let private = import(&subtle, "pkcs8", private_key, &["deriveBits"]).await?;
    let theirs = import(&subtle, "raw", &code.ephemeral_key, &[])
        .await
        .map_err(|_| CryptoError::DoesNotOpen)?;
    let key = code_key(&subtle, &private, &theirs, &code.ephemeral_key, "decrypt")
        .await
        .map_err(|_| CryptoError::DoesNotOpen)?;
    let aad = code
        .associated_data()
        .map_err(|_| CryptoError::DoesNotOpen)?;
    let opened =
        wait(subtle.decrypt_with_object_and_u8_array(&gcm(&code.iv, &aad), &key, &code.sealed))
            .await
            .map_err(|_| CryptoError::DoesNotOpen)?;
    Ok(bytes(opened))
}
