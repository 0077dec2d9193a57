//! Shared by the HTTP test files: a router over a fresh SQLite file and site folder, requests
//! with a small cookie jar, and readers for the outbox.
#![allow(dead_code)]
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::response::Response;
use http_body_util::BodyExt;
use server::build_router;
use server::config::Settings;
use server::startup::prepare_state;
use std::time::Duration;
use tokio::sync::{Mutex, MutexGuard};
use tower::ServiceExt;

/// Leptos keeps process-wide state (its executor, the server function registry). With each
/// test on its own thread and runtime, renders running side by side were seen to hang once in
/// a few runs; the tests therefore take turns. They take about a second in all.
pub static ONE_AT_A_TIME: Mutex<()> = Mutex::const_new(());

/// A request that takes longer than this is reported as a failure instead of hanging CI.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

pub struct TestApp {
    pub router: axum::Router,
    pub pool: sqlx::SqlitePool,
    _dir: tempfile::TempDir,
    _turn: MutexGuard<'static, ()>,
}

pub async fn spawn_app() -> TestApp {
    let turn = ONE_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("site dir");
    std::fs::write(
        site.join("pkg/santaka.0123abcd.js"),
        "console.log('santaka')",
    )
    .expect("js");
    std::fs::write(site.join("pkg/santaka.0123abcd.js.br"), b"brotli bytes").expect("br");
    std::fs::write(site.join("favicon.svg"), "<svg/>").expect("favicon");
    std::fs::create_dir_all(site.join("vendor/leaflet")).expect("vendor dir");
    std::fs::write(site.join("vendor/leaflet/leaflet.js"), "window.L = {}").expect("leaflet");
    std::fs::write(site.join("vendor/leaflet/leaflet.js.br"), b"brotli bytes").expect("br");
    let db = dir.path().join("data/santaka.db");
    let settings = Settings::from_lookup(|key| match key {
        "DATABASE_URL" => Some(format!("sqlite://{}", db.display())),
        "SANTAKA_SITE_ROOT" => Some(site.display().to_string()),
        _ => None,
    })
    .expect("settings");
    let state = prepare_state(&settings).await.expect("state");
    TestApp {
        pool: state.pool.clone(),
        router: build_router(state),
        _dir: dir,
        _turn: turn,
    }
}

impl TestApp {
    pub async fn get(&self, uri: &str, headers: &[(&str, &str)]) -> Response {
        let mut request = Request::get(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let call = self
            .router
            .clone()
            .oneshot(request.body(Body::empty()).expect("request"));
        tokio::time::timeout(REQUEST_TIMEOUT, call)
            .await
            .unwrap_or_else(|_| panic!("GET {uri} did not answer within {REQUEST_TIMEOUT:?}"))
            .expect("response")
    }
}

pub async fn text(response: Response) -> String {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    String::from_utf8_lossy(&bytes).into_owned()
}

pub fn header_of(response: &Response, name: header::HeaderName) -> &str {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

/// A browser's cookie: the session cookie's value as `name=value`, or nothing.
#[derive(Debug, Clone, Default)]
pub struct Jar(pub Option<String>);

impl Jar {
    /// Takes the session cookie from a response, if it sets one.
    pub fn update(&mut self, response: &Response) {
        for value in response.headers().get_all(header::SET_COOKIE) {
            let value = value.to_str().unwrap_or("");
            if let Some(pair) = value.split(';').next() {
                if pair.starts_with("santaka_session=") {
                    self.0 = Some(pair.to_owned());
                }
            }
        }
    }
}

/// Percent-encodes a form value.
pub fn enc(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

pub fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

impl TestApp {
    /// Sends a request, with the jar's cookie, and keeps any new session cookie.
    pub async fn send(&self, request: Request<Body>, jar: &mut Jar) -> Response {
        let mut request = request;
        if let Some(cookie) = &jar.0 {
            request
                .headers_mut()
                .insert(header::COOKIE, cookie.parse().expect("cookie header"));
        }
        let uri = request.uri().to_string();
        let call = self.router.clone().oneshot(request);
        let response = tokio::time::timeout(REQUEST_TIMEOUT, call)
            .await
            .unwrap_or_else(|_| panic!("{uri} did not answer within {REQUEST_TIMEOUT:?}"))
            .expect("response");
        jar.update(&response);
        response
    }

    /// Calls a server function the way the page's JavaScript does.
    pub async fn call(
        &self,
        name: &str,
        pairs: &[(&str, &str)],
        jar: &mut Jar,
    ) -> (StatusCode, String) {
        let request = Request::post(format!("/api/{name}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .header("sec-fetch-site", "same-origin")
            .header(header::CONTENT_LENGTH, form(pairs).len())
            .body(Body::from(form(pairs)))
            .expect("request");
        let response = self.send(request, jar).await;
        let status = response.status();
        (status, text(response).await)
    }

    /// Calls a server function from a given peer address (for per-address rate limits).
    pub async fn call_from(
        &self,
        peer: &str,
        name: &str,
        pairs: &[(&str, &str)],
        jar: &mut Jar,
    ) -> (StatusCode, String) {
        let mut request = Request::post(format!("/api/{name}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .header(header::CONTENT_LENGTH, form(pairs).len())
            .body(Body::from(form(pairs)))
            .expect("request");
        let addr: std::net::SocketAddr = peer.parse().expect("peer address");
        request
            .extensions_mut()
            .insert(axum::extract::ConnectInfo(addr));
        let response = self.send(request, jar).await;
        let status = response.status();
        (status, text(response).await)
    }

    /// Calls a GET server function.
    pub async fn call_get(&self, name: &str, query: &str, jar: &mut Jar) -> (StatusCode, String) {
        let request = Request::get(format!("/api/{name}?{query}"))
            .header(header::ACCEPT, "application/json")
            .body(Body::empty())
            .expect("request");
        let response = self.send(request, jar).await;
        let status = response.status();
        (status, text(response).await)
    }

    /// Submits a form as a browser without JavaScript does, from `page`.
    pub async fn submit(
        &self,
        name: &str,
        page: &str,
        pairs: &[(&str, &str)],
        jar: &mut Jar,
    ) -> Response {
        let request = Request::post(format!("/api/{name}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "text/html,application/xhtml+xml")
            .header(header::REFERER, format!("http://127.0.0.1:3000{page}"))
            .header(header::ORIGIN, "http://127.0.0.1:3000")
            .header("sec-fetch-site", "same-origin")
            .header(header::CONTENT_LENGTH, form(pairs).len())
            .body(Body::from(form(pairs)))
            .expect("request");
        self.send(request, jar).await
    }

    /// Loads a page with the jar's cookie.
    pub async fn page(&self, path: &str, jar: &mut Jar) -> (StatusCode, String) {
        let request = Request::get(path).body(Body::empty()).expect("request");
        let response = self.send(request, jar).await;
        let status = response.status();
        (status, text(response).await)
    }

    /// Signs in and returns the jar holding the new session.
    pub async fn login(&self, email: &str, password: &str) -> Jar {
        let mut jar = Jar::default();
        let (status, body) = self
            .call(
                "login",
                &[("email", email), ("password", password)],
                &mut jar,
            )
            .await;
        assert_eq!(status, StatusCode::OK, "login of {email} failed: {body}");
        assert!(jar.0.is_some(), "login set no session cookie");
        jar
    }

    /// The newest outbox message of `kind` to `recipient`: (subject, body).
    pub async fn last_mail(&self, recipient: &str, kind: &str) -> Option<(String, String)> {
        sqlx::query_as(
            "SELECT subject, body FROM outbox WHERE recipient = ? AND kind = ? ORDER BY id DESC LIMIT 1",
        )
        .bind(recipient)
        .bind(kind)
        .fetch_optional(&self.pool)
        .await
        .expect("outbox")
    }

    pub async fn mail_count(&self) -> i64 {
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
            .fetch_one(&self.pool)
            .await
            .expect("count")
    }

    pub async fn user_count(&self) -> i64 {
        sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(&self.pool)
            .await
            .expect("count")
    }
}

/// The token in the first link of an email body that contains `path?token=`.
pub fn token_in(body: &str, path: &str) -> String {
    let marker = format!("{path}?token=");
    let start = body
        .find(&marker)
        .unwrap_or_else(|| panic!("no {marker} link in {body}"))
        + marker.len();
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

/// The error kind in a server function's JSON answer, if it is an error.
pub fn kind_of(body: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(body).ok()?;
    value
        .get("kind")
        .and_then(|k| k.as_str())
        .map(str::to_owned)
}

/// The id of a demo person by key (`ruta` for ruta@santaka.test).
pub async fn id_of(app: &TestApp, key: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM users WHERE email = ?")
        .bind(format!("{key}@santaka.test"))
        .fetch_one(&app.pool)
        .await
        .expect("demo person")
}

/// Calls a form's server function that must succeed; returns the path it sends to next.
pub async fn ok(app: &TestApp, name: &str, pairs: &[(&str, &str)], jar: &mut Jar) -> String {
    let (status, body) = app.call(name, pairs, jar).await;
    assert_eq!(status, StatusCode::OK, "{name}: {body}");
    serde_json::from_str(&body).expect("a path")
}

/// Borrows owned field values as the pairs a call takes.
pub fn pairs<'a>(owned: &'a [(&'a str, String)]) -> Vec<(&'a str, &'a str)> {
    owned.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// Calls a server function that must refuse, with an answer naming `code` (an error's kind or
/// a field's code). Returns the answer.
pub async fn refused(
    app: &TestApp,
    name: &str,
    pairs: &[(&str, &str)],
    jar: &mut Jar,
    code: &str,
) -> String {
    let (_, body) = app.call(name, pairs, jar).await;
    assert!(
        body.contains(code),
        "{name} should be refused with {code}: {body}"
    );
    body
}
