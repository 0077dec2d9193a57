//! The router over HTTP without a socket: each test gets a fresh SQLite file and its own
//! site folder, and sends requests straight into `build_router`.
mod common;

use app::server::state::REQUEST_ID_HEADER;
use axum::http::{header, StatusCode};
use common::{header_of, spawn_app, text};

#[tokio::test]
async fn health_is_ok_while_the_database_answers() {
    let app = spawn_app().await;
    let response = app.get("/healthz", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header_of(&response, header::CACHE_CONTROL), "no-store");
}

#[tokio::test]
async fn health_is_unavailable_when_the_database_is_gone() {
    let app = spawn_app().await;
    app.pool.close().await;
    let response = app.get("/healthz", &[]).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn the_home_page_is_lithuanian_by_default_and_never_cached() {
    let app = spawn_app().await;
    let response = app.get("/", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header_of(&response, header::CACHE_CONTROL), "no-cache");
    assert!(!header_of(
        &response,
        header::HeaderName::from_static(REQUEST_ID_HEADER)
    )
    .is_empty());
    let body = text(response).await;
    assert!(
        body.contains(r#"<html lang="lt""#),
        "{}",
        &body[..body.len().min(400)]
    );
    assert!(body.contains("Kur susitinka miesto idėjos"));
    // Live content from the database: the demo blurb of the youth sector.
    assert!(body.contains("Šilainių, Dainavos ir Aleksoto"));
}

#[tokio::test]
async fn the_language_cookie_chooses_english() {
    let app = spawn_app().await;
    let response = app.get("/", &[("cookie", "i18n_pref_locale=en")]).await;
    let body = text(response).await;
    assert!(body.contains(r#"<html lang="en""#));
    assert!(
        body.contains("Where the city&#39;s ideas meet")
            || body.contains("Where the city's ideas meet")
    );
}

#[tokio::test]
async fn an_english_browser_without_a_cookie_gets_english() {
    let app = spawn_app().await;
    let response = app.get("/", &[("accept-language", "en-GB,en;q=0.9")]).await;
    assert!(text(response).await.contains(r#"<html lang="en""#));
}

#[tokio::test]
async fn the_language_link_sets_the_cookie_and_returns_to_the_page() {
    let app = spawn_app().await;
    let response = app.get("/lang/en?next=/kita%3Fa%3D1", &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(header_of(&response, header::LOCATION), "/kita?a=1");
    let cookie = header_of(&response, header::SET_COOKIE);
    assert!(cookie.starts_with("i18n_pref_locale=en;"), "{cookie}");
    assert!(cookie.contains("Path=/"));
}

#[tokio::test]
async fn the_language_link_never_sends_visitors_to_another_site() {
    let app = spawn_app().await;
    let response = app.get("/lang/lt?next=//evil.example/", &[]).await;
    assert_eq!(header_of(&response, header::LOCATION), "/");
}

#[tokio::test]
async fn an_unknown_language_changes_nothing_and_returns_to_the_page() {
    let app = spawn_app().await;
    let response = app.get("/lang/xx?next=/kita", &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(header_of(&response, header::LOCATION), "/kita");
    assert!(response.headers().get(header::SET_COOKIE).is_none());
}

#[tokio::test]
async fn a_request_id_sent_by_the_client_is_replaced() {
    let app = spawn_app().await;
    let response = app.get("/healthz", &[("x-request-id", "forged-id")]).await;
    let id = header_of(
        &response,
        header::HeaderName::from_static(REQUEST_ID_HEADER),
    );
    assert!(!id.is_empty());
    assert_ne!(id, "forged-id");
}

#[tokio::test]
async fn an_unknown_address_is_a_translated_404_page() {
    let app = spawn_app().await;
    let response = app.get("/tokio-puslapio-nera", &[]).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let body = text(response).await;
    assert!(body.contains("Puslapis nerastas"));
    let response = app
        .get("/no-such-page", &[("cookie", "i18n_pref_locale=en")])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(text(response).await.contains("Page not found"));
}

#[tokio::test]
async fn hashed_assets_are_precompressed_and_cached_for_a_year() {
    let app = spawn_app().await;
    let response = app
        .get(
            "/pkg/santaka.0123abcd.js",
            &[("accept-encoding", "br, gzip")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header_of(&response, header::CONTENT_ENCODING), "br");
    assert_eq!(
        header_of(&response, header::CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
    // Leaflet is served precompressed too (under its own, unhashed name: a day's cache).
    let leaflet = app
        .get(
            "/vendor/leaflet/leaflet.js",
            &[("accept-encoding", "br, gzip")],
        )
        .await;
    assert_eq!(leaflet.status(), StatusCode::OK);
    assert_eq!(header_of(&leaflet, header::CONTENT_ENCODING), "br");
    assert_eq!(
        header_of(&leaflet, header::CACHE_CONTROL),
        "public, max-age=86400"
    );
    let favicon = app.get("/favicon.svg", &[]).await;
    assert_eq!(favicon.status(), StatusCode::OK);
    assert_eq!(
        header_of(&favicon, header::CACHE_CONTROL),
        "public, max-age=86400"
    );
}

#[tokio::test]
async fn the_home_stats_endpoint_answers_with_the_sectors() {
    let app = spawn_app().await;
    let response = app.get("/api/get_home_stats", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header_of(&response, header::CACHE_CONTROL), "no-store");
    let body = text(response).await;
    for code in ["youth", "culture", "education", "business", "social"] {
        assert!(
            body.contains(&format!("\"{code}\"")),
            "{code} missing in {body}"
        );
    }
    assert!(body.contains("\"festival_target\":100"));
}

#[tokio::test]
async fn a_database_failure_shows_a_translated_message_with_a_reference_and_no_details() {
    let app = spawn_app().await;
    app.pool.close().await;
    let response = app.get("/", &[]).await;
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let request_id = header_of(
        &response,
        header::HeaderName::from_static(REQUEST_ID_HEADER),
    )
    .to_owned();
    let body = text(response).await;
    assert!(body.contains("Mūsų pusėje kažkas nepavyko"));
    assert!(
        body.contains(&request_id),
        "the reference quotes the request id"
    );
    assert!(
        !body.to_lowercase().contains("pool"),
        "internal detail leaked"
    );

    let response = app.get("/api/get_home_stats", &[]).await;
    assert!(response.status().is_server_error());
    let request_id = header_of(
        &response,
        header::HeaderName::from_static(REQUEST_ID_HEADER),
    )
    .to_owned();
    let body = text(response).await;
    assert_eq!(
        body,
        format!(r#"{{"kind":"internal","request_id":"{request_id}"}}"#)
    );
}

#[tokio::test]
async fn every_registered_server_function_has_a_policy() {
    let _app = spawn_app().await;
    let paths: Vec<_> = leptos::server_fn::axum::server_fn_paths().collect();
    assert!(!paths.is_empty(), "no server functions registered");
    for (path, _method) in paths {
        assert!(
            app::server::policy::rule_for(path).is_some(),
            "server function {path} has no rule in app::server::policy::REGISTRY"
        );
    }
}

/// Without TCP_NODELAY a kept-alive connection waits ~40 ms for every response written in more
/// than one piece; the listener the server uses must set it on every accepted connection.
#[tokio::test]
async fn every_accepted_connection_sends_without_delay() {
    use axum::serve::Listener;
    let mut listener = server::startup::listen("127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let _client = tokio::net::TcpStream::connect(addr).await.unwrap();
    let (accepted, _) = listener.accept().await;
    assert!(accepted.nodelay().unwrap(), "TCP_NODELAY is off");
}

/// The body of a gzip answer, read back as text.
async fn gunzipped(response: axum::response::Response) -> String {
    use http_body_util::BodyExt;
    use std::io::Read;
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("a body")
        .to_bytes();
    let mut page = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut page)
        .expect("a valid gzip file");
    page
}

fn nonce_in(csp: &str) -> String {
    csp.split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy")
        .to_owned()
}

#[tokio::test]
async fn pages_are_compressed_and_a_kept_page_carries_each_answers_own_nonce() {
    let app = spawn_app().await;
    let gzip = [("accept-encoding", "gzip")];
    let cache = header::HeaderName::from_static(server::cache::CACHE_HEADER);
    let first = app.get("/festival", &gzip).await;
    assert_eq!(header_of(&first, cache.clone()), "miss");
    assert_eq!(header_of(&first, header::CONTENT_ENCODING), "gzip");
    let rendered = gunzipped(first).await;
    let mut nonces = Vec::new();
    for _ in 0..2 {
        let kept = app.get("/festival", &gzip).await;
        assert_eq!(header_of(&kept, cache.clone()), "hit");
        assert_eq!(header_of(&kept, header::CONTENT_ENCODING), "gzip");
        assert!(header_of(&kept, header::VARY).contains("accept-encoding"));
        let nonce = nonce_in(header_of(&kept, header::CONTENT_SECURITY_POLICY));
        let page = gunzipped(kept).await;
        assert!(
            page.contains(&format!("nonce=\"{nonce}\"")),
            "the page's scripts carry this answer's nonce"
        );
        assert_eq!(page.len(), rendered.len(), "the same page as rendered");
        nonces.push(nonce);
    }
    assert_ne!(nonces[0], nonces[1], "every answer has its own nonce");
    // A client that takes no compression gets the page as it is; brotli where it is preferred.
    let plain = app.get("/festival", &[]).await;
    assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
    assert!(text(plain).await.contains("<main"));
    let ideas = app.get("/ideas", &[("accept-encoding", "br")]).await;
    assert_eq!(header_of(&ideas, header::CONTENT_ENCODING), "br");
}
