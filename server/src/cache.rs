//! The most read public pages (the festival's program, map, interventions and files; the idea
//! list and the ideas) for anonymous visitors, kept in memory between writes.
//!
//! On festival day the whole city opens the program and the map at once; they change only when
//! the steering group (or a proposer) writes something. The idea list is read far more than
//! ideas are written or supported. So a `GET` of one of [`CACHED`] paths by
//! a visitor without a session is answered from memory when an answer rendered since the last
//! write, in the same minute and for the same language exists; otherwise it is rendered and kept.
//!
//! Never stale after a write: SQLite's update hook counts every row written to a table that
//! public pages show ([`app::server::db::public_writes`]), and an answer is kept with the count
//! and the cache's generation read *before* it was rendered; it is served only while both are
//! unchanged. A row is counted before its transaction commits, so a request that wrote ends the
//! generation again when it has finished (committed): an answer rendered in between, from the
//! data before the commit, is never served after it. "On now" stays right because the minute is part of the key. Pages carry the request's
//! CSP nonce: a kept page has it cut out and each answer gets the nonce of its own request.
use crate::spliced_gzip::SplicedGzip;
use app::server::db::public_writes;
use app::server::state::REQUEST_ID_HEADER;
use app::{CspNonce, LANG_COOKIE};
use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

/// Says whether an answer came from memory (`hit`) or was rendered and kept (`miss`).
pub const CACHE_HEADER: &str = "x-santaka-cache";

/// The paths answered from memory (exactly, or as a prefix where they end in `/`).
const CACHED: &[&str] = &[
    "/festival",
    "/festival/map",
    "/festival/i/",
    "/festival/program.ics",
    "/festival/program.geojson",
    "/api/festival_program",
    "/api/get_intervention",
    "/ideas",
    "/ideas/",
];
/// At most this many answers, of at most this many bytes together, are kept; when full, the
/// memory starts again (a flood of made-up query strings cannot grow it).
const MAX_ENTRIES: usize = 2_000;
const MAX_BYTES: usize = 64 * 1024 * 1024;
/// A larger answer is served but not kept.
const MAX_KEPT: usize = 2 * 1024 * 1024;
/// A smaller answer is not worth compressing.
const MIN_COMPRESSED: usize = 1024;
/// A cached path's answer is read whole before it is kept; none comes near this (the program
/// page with a thousand interventions is about 1 MB).
const MAX_BODY: usize = 64 * 1024 * 1024;

#[derive(Default)]
pub struct ResponseCache {
    generation: AtomicU64,
    entries: RwLock<HashMap<Key, Arc<Entry>>>,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    uri: String,
    locale: String,
    accept_language: String,
    minute: i64,
}

struct Entry {
    generation: u64,
    writes: u64,
    status: StatusCode,
    headers: HeaderMap,
    /// The body cut at each place the rendering request's nonce stood.
    parts: Vec<Bytes>,
    /// The same, compressed once, for visitors whose browser takes gzip (every browser).
    gzip: Option<SplicedGzip>,
}

impl Entry {
    fn size(&self) -> usize {
        self.parts.iter().map(Bytes::len).sum::<usize>()
            + self.gzip.as_ref().map_or(0, SplicedGzip::size)
    }

    fn body(&self, nonce: &str) -> Body {
        if self.parts.len() == 1 {
            return Body::from(self.parts[0].clone());
        }
        let size = self.size() + nonce.len() * self.parts.len();
        let mut out = Vec::with_capacity(size);
        for (i, part) in self.parts.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(nonce.as_bytes());
            }
            out.extend_from_slice(part);
        }
        Body::from(out)
    }
}

impl ResponseCache {
    /// Ends the current generation: nothing kept before is served again.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    fn lookup(&self, key: &Key, generation: u64, writes: u64) -> Option<Arc<Entry>> {
        let entries = self.entries.read().ok()?;
        entries
            .get(key)
            .filter(|e| e.generation == generation && e.writes == writes)
            .cloned()
    }

    fn keep(&self, key: Key, entry: Entry) {
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        let used: usize = entries.values().map(|e| e.size()).sum();
        if entries.len() >= MAX_ENTRIES || used + entry.size() > MAX_BYTES {
            entries.clear();
        }
        // Answers of older generations, writes or minutes are dead weight.
        let current = self.generation.load(Ordering::SeqCst);
        let writes = public_writes();
        if entries.len() > MAX_ENTRIES / 2 {
            entries.retain(|k, e| {
                e.generation == current && e.writes == writes && k.minute == key.minute
            });
        }
        entries.insert(key, Arc::new(entry));
    }
}

fn is_cached_path(path: &str) -> bool {
    CACHED.iter().any(|c| match c.strip_suffix('/') {
        Some(_) => path.starts_with(c) && path.len() > c.len(),
        None => path == *c,
    })
}

/// The visitor's language choice, or `None` when the request carries any other cookie (a
/// session: a signed-in person, or a kept form failure) and must be rendered for them alone.
fn anonymous_locale(headers: &HeaderMap) -> Option<String> {
    let mut locale = String::new();
    for value in headers.get_all(header::COOKIE) {
        let text = value.to_str().ok()?;
        for cookie in text.split(';').map(str::trim).filter(|c| !c.is_empty()) {
            match cookie.split_once('=') {
                Some((name, value)) if name == LANG_COOKIE => locale = value.to_owned(),
                _ => return None,
            }
        }
    }
    Some(locale)
}

fn key_for(request: &Request) -> Option<Key> {
    if request.method() != Method::GET || !is_cached_path(request.uri().path()) {
        return None;
    }
    let headers = request.headers();
    if headers.contains_key(header::AUTHORIZATION) {
        return None;
    }
    let locale = anonymous_locale(headers)?;
    let accept_language = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    // The language of an answer depends on this header only when no cookie chose one.
    let accept_language = if locale.is_empty() {
        accept_language.chars().take(64).collect()
    } else {
        String::new()
    };
    Some(Key {
        uri: request.uri().to_string(),
        locale,
        accept_language,
        minute: chrono::Utc::now().timestamp().div_euclid(60),
    })
}

/// Whether the browser takes gzip (`Accept-Encoding: gzip`, not refused with `q=0`).
fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut pieces = coding.split(';').map(str::trim);
            let name = pieces.next().unwrap_or_default();
            let refused = pieces.any(|p| {
                p.strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q == 0.0)
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !refused
        })
}

fn nonce_of(request: &Request) -> String {
    request
        .extensions()
        .get::<CspNonce>()
        .map(|n| n.0.clone())
        .unwrap_or_default()
}

/// Cuts `body` at each occurrence of `nonce`.
fn split_at_nonce(body: &Bytes, nonce: &str) -> Vec<Bytes> {
    if nonce.is_empty() {
        return vec![body.clone()];
    }
    let needle = nonce.as_bytes();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i + needle.len() <= body.len() {
        if &body[i..i + needle.len()] == needle {
            parts.push(body.slice(start..i));
            i += needle.len();
            start = i;
        } else {
            i += 1;
        }
    }
    parts.push(body.slice(start..));
    parts
}

/// The middleware (see the module's documentation).
pub async fn response_cache(
    State(cache): State<Arc<ResponseCache>>,
    request: Request,
    next: Next,
) -> Response {
    let Some(key) = key_for(&request) else {
        let writes = public_writes();
        let response = next.run(request).await;
        if public_writes() != writes {
            cache.invalidate();
        }
        return response;
    };
    let nonce = nonce_of(&request);
    let gzip = accepts_gzip(request.headers());
    let generation = cache.generation.load(Ordering::SeqCst);
    let writes = public_writes();
    if let Some(entry) = cache.lookup(&key, generation, writes) {
        let compressed = entry.gzip.as_ref().filter(|_| gzip);
        let body = match compressed {
            Some(compressed) => Body::from(compressed.body(&entry.parts, &nonce)),
            None => entry.body(&nonce),
        };
        let mut response = (entry.status, body).into_response();
        *response.headers_mut() = entry.headers.clone();
        let headers = response.headers_mut();
        headers.insert(CACHE_HEADER, HeaderValue::from_static("hit"));
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if compressed.is_some() {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        }
        return response;
    }
    let response = next.run(request).await;
    let keepable = response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && !response
            .headers()
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("private") || v.contains("no-store"));
    if !keepable {
        return response;
    }
    let (mut head, body) = response.into_parts();
    let bytes = match to_bytes(body, MAX_BODY).await {
        Ok(bytes) => bytes,
        Err(err) => {
            let id = head
                .headers
                .get(REQUEST_ID_HEADER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-")
                .to_owned();
            tracing::error!(request_id = %id, error = %err, "could not read an answer to keep");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    head.headers.remove(header::CONTENT_LENGTH);
    if bytes.len() > MAX_KEPT {
        return Response::from_parts(head, Body::from(bytes));
    }
    let parts = split_at_nonce(&bytes, &nonce);
    let gzip = (bytes.len() >= MIN_COMPRESSED)
        .then(|| SplicedGzip::new(&parts).ok())
        .flatten();
    cache.keep(
        key,
        Entry {
            generation,
            writes,
            status: head.status,
            headers: head.headers.clone(),
            parts,
            gzip,
        },
    );
    let mut response = Response::from_parts(head, Body::from(bytes));
    response
        .headers_mut()
        .insert(CACHE_HEADER, HeaderValue::from_static("miss"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_most_read_public_paths_are_kept() {
        assert!(is_cached_path("/festival"));
        assert!(is_cached_path("/festival/i/12"));
        assert!(is_cached_path("/festival/program.ics"));
        assert!(!is_cached_path("/festival/i/"));
        assert!(!is_cached_path("/festival/manage"));
        assert!(!is_cached_path("/festival/agenda"));
        assert!(!is_cached_path("/festival/propose"));
        assert!(is_cached_path("/ideas"));
        assert!(!is_cached_path("/teams"));
        assert!(!is_cached_path("/profile"));
    }

    #[test]
    fn gzip_is_sent_to_browsers_that_take_it() {
        let mut headers = HeaderMap::new();
        assert!(!accepts_gzip(&headers));
        headers.insert(
            header::ACCEPT_ENCODING,
            "gzip, deflate, br, zstd".parse().unwrap(),
        );
        assert!(accepts_gzip(&headers));
        headers.insert(
            header::ACCEPT_ENCODING,
            "br;q=1.0, gzip;q=0".parse().unwrap(),
        );
        assert!(!accepts_gzip(&headers));
        headers.insert(header::ACCEPT_ENCODING, "identity".parse().unwrap());
        assert!(!accepts_gzip(&headers));
    }

    #[test]
    fn a_session_cookie_makes_the_request_personal() {
        let mut headers = HeaderMap::new();
        assert_eq!(anonymous_locale(&headers).as_deref(), Some(""));
        headers.insert(header::COOKIE, "i18n_pref_locale=en".parse().unwrap());
        assert_eq!(anonymous_locale(&headers).as_deref(), Some("en"));
        headers.insert(
            header::COOKIE,
            "i18n_pref_locale=en; santaka_session=abc".parse().unwrap(),
        );
        assert_eq!(anonymous_locale(&headers), None);
    }

    #[test]
    fn a_kept_page_gets_each_requests_nonce() {
        let body = Bytes::from_static(b"<script nonce=\"AAA\">1</script><script nonce=\"AAA\">");
        let parts = split_at_nonce(&body, "AAA");
        assert_eq!(parts.len(), 3);
        let entry = Entry {
            generation: 0,
            writes: 0,
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            parts,
            gzip: None,
        };
        let out = futures_executor(entry.body("BBBB"));
        assert_eq!(
            out,
            "<script nonce=\"BBBB\">1</script><script nonce=\"BBBB\">"
        );
    }

    #[test]
    fn the_memory_starts_again_when_it_holds_too_much() {
        let cache = ResponseCache::default();
        let big = Bytes::from(vec![b'x'; MAX_KEPT]);
        let entry = || Entry {
            generation: 0,
            writes: 0,
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            parts: vec![big.clone()],
            gzip: None,
        };
        let key = |i: usize| Key {
            uri: format!("/ideas?page={i}"),
            locale: String::new(),
            accept_language: String::new(),
            minute: 0,
        };
        let fit = MAX_BYTES / MAX_KEPT;
        for i in 0..fit {
            cache.keep(key(i), entry());
        }
        assert_eq!(cache.entries.read().unwrap().len(), fit);
        cache.keep(key(fit), entry());
        assert_eq!(cache.entries.read().unwrap().len(), 1, "started again");
    }

    fn futures_executor(body: Body) -> String {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let bytes = runtime.block_on(to_bytes(body, usize::MAX)).unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }
}
