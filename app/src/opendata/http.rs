//! The datasets as files: `/open-data/{dataset}.csv` and `.json`, public, readable from any
//! site, streamed (`ssr::stream`). At most a few downloads run at once, each holding one
//! database connection while it streams; one more is asked to come back shortly.
use super::{ssr, Dataset, Format};
use crate::server::state::AppState;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use futures_util::StreamExt;
use std::sync::{Arc, LazyLock};
use tokio::sync::Semaphore;

/// Downloads that may stream at the same time.
const AT_ONCE: usize = 4;
static DOWNLOADS: LazyLock<Arc<Semaphore>> = LazyLock::new(|| Arc::new(Semaphore::new(AT_ONCE)));

/// Open data's routes, merged by the server outside the session layer (public, no caller).
pub fn routes() -> Router<AppState> {
    Router::new().route("/open-data/{file}", get(download))
}

/// `/open-data/ideas.csv`, `/open-data/ideas.json`, …
pub async fn download(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some((dataset, format)) = Dataset::of_file(&file) else {
        return (StatusCode::NOT_FOUND, "No such dataset.").into_response();
    };
    let Ok(permit) = DOWNLOADS.clone().try_acquire_owned() else {
        let mut busy = (
            StatusCode::SERVICE_UNAVAILABLE,
            "Several downloads are running; try again in a minute.",
        )
            .into_response();
        busy.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
        return busy;
    };
    // The permit goes with the task that reads the rows: given back when it ends.
    let rx = ssr::stream(state.pool.clone(), dataset, format, permit);
    // Fused: the compression layer polls once more after the end.
    let chunks = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|chunk| (chunk, rx))
    })
    .fuse();
    let mut response = Body::from_stream(chunks).into_response();
    let content_type = match format {
        Format::Csv => "text/csv; charset=utf-8",
        Format::Json => "application/json",
    };
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    let disposition = format!(
        "attachment; filename=\"santaka-{}.{}\"",
        dataset.code(),
        format.extension()
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}
