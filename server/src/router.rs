//! The HTTP surface: health, the no-JavaScript language switch, the Leptos pages and server
//! functions, static assets, and the layers around them (request id, tracing, caching).
use crate::cache::{response_cache, ResponseCache};
use crate::security::{
    identify_caller, limit_bodies, refuse_cross_site, security_headers, server_fn_input,
};
use app::accounts::ssr::IDLE_LIFETIME;
use app::i18n::Locale;
use app::server::state::{AppState, REQUEST_ID_HEADER};
use app::ui::lang_switch::{lang_cookie_header, safe_return_path};
use app::{shell, App};
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::collections::HashMap;
use std::sync::Arc;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::ServeDir;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::SqliteStore;
use tracing::Level;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "santaka_session";

/// Hashed assets never change under their name, so browsers may keep them for a year.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Pages are rendered per request and may show personal data later: revalidate every time.
const REVALIDATE: &str = "no-cache";
/// Unhashed public files (favicon): a day.
const SHORT: &str = "public, max-age=86400";

pub fn build_router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    let pkg_dir = std::path::Path::new(&*options.site_root).join(&*options.site_pkg_dir);
    let pkg = ServeDir::new(pkg_dir)
        .precompressed_br()
        .precompressed_gzip();
    // Leaflet and its plugin (copied from npm by `./santaka`, with .br and .gz beside them).
    let vendor = ServeDir::new(std::path::Path::new(&*options.site_root).join("vendor"))
        .precompressed_br()
        .precompressed_gzip();
    let context_state = state.clone();
    let fallback_state = state.clone();
    let request_id = HeaderName::from_static(REQUEST_ID_HEADER);
    // Pages, server functions and the language switch know who is calling; static assets
    // and the health check do not need to.
    let sessions = SessionManagerLayer::new(SqliteStore::new(state.pool.clone()))
        .with_name(SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.public_url.starts_with("https://"))
        .with_expiry(Expiry::OnInactivity(
            tower_sessions::cookie::time::Duration::seconds(IDLE_LIFETIME.as_secs() as i64),
        ));
    let pages = Router::new()
        .route("/lang/{code}", get(switch_language))
        .merge(app::teams::http::routes())
        .merge(app::steering::http::routes())
        .leptos_routes_with_context(
            &state,
            routes,
            move || provide_context(context_state.clone()),
            {
                let options = options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(
            move || provide_context(fallback_state.clone()), shell
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            identify_caller,
        ))
        .layer(sessions)
        .with_state(state.clone());
    Router::new()
        .route("/healthz", get(healthz))
        .merge(app::festival::http::routes())
        .merge(app::workshops::http::routes())
        .merge(app::forums::http::routes())
        .merge(app::opendata::http::routes())
        .nest_service("/pkg", pkg)
        .nest_service("/vendor", vendor)
        .with_state(state.clone())
        .merge(pages)
        .layer(middleware::from_fn_with_state(
            Arc::new(ResponseCache::default()),
            response_cache,
        ))
        // Inside compression, so it reads an error's JSON as written.
        .layer(middleware::from_fn(server_fn_input))
        // Rendered answers are compressed as they go; kept ones come compressed already.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
        .layer(middleware::from_fn(cache_headers))
        .layer(middleware::from_fn_with_state(state.clone(), security_headers))
        .layer(middleware::from_fn_with_state(state, refuse_cross_site))
        .layer(middleware::from_fn(limit_bodies))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request| {
                    let id = req
                        .headers()
                        .get(REQUEST_ID_HEADER)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!("request", request_id = %id, method = %req.method(), path = %req.uri().path())
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .layer(middleware::from_fn(drop_client_request_id))
}

/// Request ids are ours: one sent by the client would be kept by `SetRequestIdLayer` and end
/// up in logs and support references, so it is removed before an id is assigned.
async fn drop_client_request_id(mut request: Request, next: Next) -> Response {
    request.headers_mut().remove(REQUEST_ID_HEADER);
    next.run(request).await
}

/// 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> Response {
    if app::server::db::ping(&state.pool).await {
        (StatusCode::OK, "ok").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

/// The language switch for browsers without JavaScript: remember the choice in the same
/// cookie the in-page switch writes, then go back to the page the visitor was on.
async fn switch_language(
    Path(code): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let next = safe_return_path(query.get("next").map(String::as_str));
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, next)]).into_response();
    // An unknown language changes nothing: the visitor simply returns to the page.
    if let Ok(locale) = code.parse::<Locale>() {
        if let Ok(cookie) = HeaderValue::from_str(&lang_cookie_header(locale)) {
            response.headers_mut().insert(header::SET_COOKIE, cookie);
        }
    }
    response
}

/// Sets `Cache-Control` where a handler did not: immutable for hashed assets, revalidation for
/// HTML, no storage for API answers and health checks, a day for other public files.
async fn cache_headers(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    if response.headers().contains_key(header::CACHE_CONTROL) {
        return response;
    }
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let value = if is_html {
        REVALIDATE
    } else if path.starts_with("/api/")
        || path == "/healthz"
        || path.starts_with("/lang/")
        || path.starts_with("/live/")
    {
        "no-store"
    } else if path.starts_with("/pkg/") && response.status().is_success() {
        IMMUTABLE
    } else if response.status().is_success() {
        SHORT
    } else {
        "no-store"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}
