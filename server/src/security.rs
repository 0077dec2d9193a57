//! The security layers every request passes: cross-site request refusal, security headers
//! with a per-request script nonce, and the caller's identity from their session.
use app::accounts::ssr::resolve_viewer;
use app::server::request::CurrentViewer;
use app::server::state::AppState;
use app::CspNonce;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use rand::RngCore as _;
use tower_sessions::Session;

/// Largest request body accepted by any endpoint but the uploads (forms are small).
pub const BODY_LIMIT: usize = 64 * 1024;
/// The path of the steering group's file uploads, which may carry more than [`BODY_LIMIT`]: the
/// handler reads at most what it keeps and says when a file is larger.
pub const UPLOAD_PATH: &str = "/steering/import";
/// The most an upload request may carry before it is answered without being read.
pub const UPLOAD_LIMIT: usize = 16 * 1024 * 1024;

/// Bounds every request's body: [`BODY_LIMIT`], or [`UPLOAD_LIMIT`] for uploads. A declared
/// length beyond it is answered at once (an upload by sending the form back with the reason);
/// a body that grows beyond it fails where it is read.
pub async fn limit_bodies(request: Request, next: Next) -> Response {
    let upload = request.uri().path() == UPLOAD_PATH;
    let limit = if upload { UPLOAD_LIMIT } else { BODY_LIMIT };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return if upload {
            axum::response::Redirect::to(&format!("{UPLOAD_PATH}?problem=too_large"))
                .into_response()
        } else {
            StatusCode::PAYLOAD_TOO_LARGE.into_response()
        };
    }
    let (parts, body) = request.into_parts();
    let body = axum::body::Body::new(http_body_util::Limited::new(body, limit));
    next.run(Request::from_parts(parts, body)).await
}

/// Refuses a state-changing request that a browser says comes from another site, before any
/// handler runs. Browsers send `Sec-Fetch-Site` (all current ones) or at least `Origin` on
/// such requests; a request with neither is not from a browser page and carries no ambient
/// authority beyond what SameSite=Lax cookies already limit.
pub async fn refuse_cross_site(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) && is_cross_site(&request, &state.public_url)
    {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    next.run(request).await
}

fn is_cross_site(request: &Request, public_url: &str) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let same_host = origin
        .split_once("://")
        .is_some_and(|(_, rest)| !host.is_empty() && rest == host);
    !(origin == public_url || same_host)
}

/// The origin of the map tile server for `img-src`: `https://{s}.tile.example.org/{z}/…`
/// becomes `https://*.tile.example.org`.
pub fn tile_origin(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("https", url));
    let host = rest.split('/').next().unwrap_or_default();
    format!("{scheme}://{}", host.replace("{s}", "*"))
}

/// Content-Security-Policy with a fresh nonce for the page's scripts (no inline script runs
/// without it), plus nosniff, a same-origin referrer policy and no framing on every response.
pub async fn security_headers(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let mut bytes = [0u8; 18];
    rand::rng().fill_bytes(&mut bytes);
    let nonce = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        let policy = format!(
            "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
             style-src 'self'; img-src 'self' data: {tiles}; connect-src 'self'; font-src 'self'; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            tiles = tile_origin(&state.tile_url)
        );
        if let Ok(value) = HeaderValue::from_str(&policy) {
            headers.insert(header::CONTENT_SECURITY_POLICY, value);
        }
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if state.public_url.starts_with("https://") {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    response
}

/// Resolves who is calling from the session and keeps it in the request for server functions
/// and pages. Pages shown to a signed-in person may hold personal data: never stored.
pub async fn identify_caller(
    State(state): State<AppState>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    let viewer = match resolve_viewer(&state.pool, &session).await {
        Ok(viewer) => viewer,
        Err(err) => {
            // Logged by `internal`; the request continues as anonymous.
            tracing::warn!(error = %err, "could not resolve the session's account");
            None
        }
    };
    let signed_in = viewer.is_some();
    request.extensions_mut().insert(CurrentViewer(viewer));
    let mut response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if signed_in && is_html {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    }
    response
}

/// Server functions (`/api/…`) take their arguments form-encoded (a post) or in the query (a
/// get): any other body is refused before a handler runs (415). Arguments a handler cannot
/// read (a malformed body, a word where a number belongs) are the caller's mistake: Leptos
/// answers those 500 with our `invalid` (or, for an undecodable body, `transport`) error,
/// which is turned into 422 (400) here. Only a real failure stays a 500.
pub async fn server_fn_input(request: Request, next: Next) -> Response {
    if !request.uri().path().starts_with("/api/") {
        return next.run(request).await;
    }
    if request.method() == Method::POST {
        let form = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !form {
            return StatusCode::UNSUPPORTED_MEDIA_TYPE.into_response();
        }
    }
    let response = next.run(request).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_LIMIT).await else {
        parts.headers.remove(header::CONTENT_LENGTH);
        return Response::from_parts(parts, axum::body::Body::empty());
    };
    let kind = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(str::to_owned));
    match kind.as_deref() {
        Some("invalid") => parts.status = StatusCode::UNPROCESSABLE_ENTITY,
        // On the server, Leptos reports a body it could not even decode (not UTF-8, say) as
        // a transport error.
        Some("transport") => parts.status = StatusCode::BAD_REQUEST,
        _ => {}
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}
