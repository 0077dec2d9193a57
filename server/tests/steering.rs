//! The steering group's desk and imports over HTTP: the desk's CSV files are the steering
//! group's only; an upload is a multipart form whose file is kept for its preview; ten
//! megabytes of junk, a file in the wrong encoding and a non-steering caller each get a clear
//! answer, never a server error.
mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{header_of, spawn_app, text, Jar};

const BOUNDARY: &str = "santaka-test-boundary";

fn multipart(kind: &str, name: &str, file: &[u8]) -> Request<Body> {
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n{kind}\r\n\
         --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         Content-Type: text/csv\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    Request::post("/steering/import")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::CONTENT_LENGTH, body.len())
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(body))
        .expect("request")
}

#[tokio::test]
async fn panels_download_as_csv_for_the_steering_group_only() {
    let app = spawn_app().await;
    let mut egle = app.login("egle@santaka.test", "egle-demo-2026").await;
    let (status, csv) = app.page("/steering/funnel.csv?period=all", &mut egle).await;
    assert_eq!(status, StatusCode::OK);
    assert!(csv.starts_with("measure,key,value\r\n"), "{csv}");
    assert!(csv.contains("\r\nideas_now,spark,"), "{csv}");
    let (status, _) = app.page("/steering/nothing.csv", &mut egle).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let mut ruta = app.login("ruta@santaka.test", "ruta-demo-2026").await;
    assert_eq!(
        app.page("/steering/funnel.csv", &mut ruta).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.page("/steering", &mut ruta).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.page("/steering/youth.csv", &mut Jar::default()).await.0,
        StatusCode::UNAUTHORIZED
    );
    // The desk page itself, with every panel, for the steering group.
    let (status, page) = app.page("/steering?period=all", &mut egle).await;
    assert_eq!(status, StatusCode::OK);
    for panel in [
        "funnel",
        "sectors",
        "youth",
        "mentors",
        "gatherings",
        "festival",
        "partners",
    ] {
        assert!(
            page.contains(&format!("href=\"/steering/{panel}.csv?period=all\"")),
            "{panel}"
        );
    }
}

#[tokio::test]
async fn uploads_are_kept_for_their_preview_and_junk_gets_a_reason() {
    let app = spawn_app().await;
    let mut egle = app.login("egle@santaka.test", "egle-demo-2026").await;
    // A file: kept, and its preview is where the browser goes next.
    let file = "name;sector;kind\nAleksoto dviračių dirbtuvės;socialinis;ngo\n";
    let response = app
        .send(
            multipart("organisations", "tinklas.csv", file.as_bytes()),
            &mut egle,
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let next = header_of(&response, header::LOCATION).to_owned();
    assert!(next.starts_with("/steering/import/"), "{next}");
    let (status, page) = app.page(&next, &mut egle).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Aleksoto dviračių dirbtuvės"),
        "the preview shows the row"
    );

    // Ten megabytes of junk: not read beyond what is kept, the form says why.
    let junk: Vec<u8> = (0..10 * 1024 * 1024)
        .map(|i: u32| (i.wrapping_mul(7919) % 251) as u8)
        .collect();
    let response = app
        .send(multipart("organisations", "junk.csv", &junk), &mut egle)
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/steering/import?problem=too_large"
    );
    // Beyond what the server takes at all: the same answer, unread.
    let huge = vec![b'x'; 17 * 1024 * 1024];
    let response = app
        .send(multipart("organisations", "huge.csv", &huge), &mut egle)
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/steering/import?problem=too_large"
    );

    // The same in pieces, as a browser sends it: a file just over the limit is too large,
    // one just under it is kept.
    for (size, expected) in [(3 * 1024 * 1024, None), (2 * 1024 * 1024 - 4096, Some(()))] {
        let request = multipart("organisations", "big.csv", &vec![b'a'; size]);
        let (parts, body) = request.into_parts();
        let bytes = http_body_util::BodyExt::collect(body)
            .await
            .unwrap()
            .to_bytes();
        let pieces: Vec<Result<Vec<u8>, std::io::Error>> =
            bytes.chunks(16 * 1024).map(|c| Ok(c.to_vec())).collect();
        let mut parts = parts;
        parts.headers.remove(header::CONTENT_LENGTH);
        let streamed =
            Request::from_parts(parts, Body::from_stream(futures_util::stream::iter(pieces)));
        let response = app.send(streamed, &mut egle).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{size}");
        let location = header_of(&response, header::LOCATION).to_owned();
        match expected {
            None => assert_eq!(location, "/steering/import?problem=too_large", "{size}"),
            Some(()) => assert!(
                location.starts_with("/steering/import/"),
                "{size}: {location}"
            ),
        }
    }

    // Windows-1257: kept, and the preview says what is wrong and what to do.
    let response = app
        .send(
            multipart(
                "organisations",
                "1257.csv",
                b"name,sector,kind\n\xD0an\xE8iai,social,ngo\n",
            ),
            &mut egle,
        )
        .await;
    let next = header_of(&response, header::LOCATION).to_owned();
    let (status, page) = app.page(&next, &mut egle).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("UTF-8"), "{page}");

    // Not multipart at all: back to the form.
    let request = Request::post("/steering/import")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from("kind=organisations"))
        .expect("request");
    let response = app.send(request, &mut egle).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    // Nobody else uploads.
    let mut ruta = app.login("ruta@santaka.test", "ruta-demo-2026").await;
    let response = app
        .send(
            multipart("organisations", "tinklas.csv", file.as_bytes()),
            &mut ruta,
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let _ = text(response).await;
    let response = app
        .send(
            multipart("organisations", "tinklas.csv", file.as_bytes()),
            &mut Jar::default(),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/login?next=/steering/import"
    );
}
