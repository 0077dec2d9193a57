//! A small map drawn on the server, no JavaScript: one SVG holding the map tiles around a few
//! places (as SVG images, from the configured tile server) and a numbered pin per place. The
//! numbers match the list of places the page shows beside it, which is the map's text. Without
//! tiles (offline) the pins still stand on a blank square.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The map's size in its own pixels (it scales to its column).
const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 280.0;
/// Room kept between the outermost pins and the edge.
const MARGIN: f64 = 36.0;
const TILE: f64 = 256.0;
/// The closest and the farthest zoom used.
const MAX_ZOOM: u32 = 16;
const MIN_ZOOM: u32 = 9;

/// A place on the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapPin {
    pub lat: f64,
    pub lon: f64,
    pub label: String,
}

/// Web Mercator: a point's pixel position in the world at `zoom` (as the tile servers cut it).
pub fn world_pixel(lat: f64, lon: f64, zoom: u32) -> (f64, f64) {
    let size = TILE * f64::from(1u32 << zoom);
    let x = (lon + 180.0) / 360.0 * size;
    let lat = lat.clamp(-85.05, 85.05).to_radians();
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0 * size;
    (x, y)
}

/// The closest zoom at which every pin fits inside the map with its margin.
pub fn fitting_zoom(pins: &[MapPin]) -> u32 {
    (MIN_ZOOM..=MAX_ZOOM)
        .rev()
        .find(|zoom| {
            let points: Vec<(f64, f64)> = pins
                .iter()
                .map(|p| world_pixel(p.lat, p.lon, *zoom))
                .collect();
            let span = |pick: fn(&(f64, f64)) -> f64| {
                let (lo, hi) = points
                    .iter()
                    .map(pick)
                    .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
                hi - lo
            };
            span(|p| p.0) <= WIDTH - 2.0 * MARGIN && span(|p| p.1) <= HEIGHT - 2.0 * MARGIN
        })
        .unwrap_or(MIN_ZOOM)
}

/// A map tile: (zoom, x, y), and where its top left corner stands in the map.
pub type PlacedTile = ((u32, i64, i64), f64, f64);

/// The tiles and each pin's place in the map.
pub fn layout(pins: &[MapPin]) -> (Vec<PlacedTile>, Vec<(f64, f64)>) {
    if pins.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let zoom = fitting_zoom(pins);
    let points: Vec<(f64, f64)> = pins
        .iter()
        .map(|p| world_pixel(p.lat, p.lon, zoom))
        .collect();
    let mid = |pick: fn(&(f64, f64)) -> f64| {
        let (lo, hi) = points
            .iter()
            .map(pick)
            .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
        (lo + hi) / 2.0
    };
    let left = mid(|p| p.0) - WIDTH / 2.0;
    let top = mid(|p| p.1) - HEIGHT / 2.0;
    let tiles_across = 1i64 << zoom;
    let mut tiles = Vec::new();
    for ty in (top / TILE).floor() as i64..=((top + HEIGHT) / TILE).floor() as i64 {
        for tx in (left / TILE).floor() as i64..=((left + WIDTH) / TILE).floor() as i64 {
            if (0..tiles_across).contains(&ty) {
                let x = tx.rem_euclid(tiles_across);
                tiles.push((
                    (zoom, x, ty),
                    tx as f64 * TILE - left,
                    ty as f64 * TILE - top,
                ));
            }
        }
    }
    let at = points.iter().map(|(x, y)| (x - left, y - top)).collect();
    (tiles, at)
}

/// The map of `pins`, titled `title` (what it shows, e.g. "Places of Kauno kepykla on a map");
/// `tile_url` is the tile server's template (`…/{z}/{x}/{y}.png`).
#[component]
pub fn MiniMap(title: String, pins: Vec<MapPin>, tile_url: String) -> impl IntoView {
    let (tiles, at) = layout(&pins);
    let tiles = tiles
        .into_iter()
        .map(|((z, x, y), left, top)| {
            let href = tile_url
                .replace("{s}", "a")
                .replace("{r}", "")
                .replace("{z}", &z.to_string())
                .replace("{x}", &x.to_string())
                .replace("{y}", &y.to_string());
            view! {
                <image href=href x=format!("{left:.0}") y=format!("{top:.0}") width="256" height="256" />
            }
        })
        .collect_view();
    let markers = pins
        .iter()
        .zip(at)
        .enumerate()
        .map(|(n, (pin, (x, y)))| {
            view! {
                <g class="map-pin" transform=format!("translate({x:.1} {y:.1})")>
                    <title>{pin.label.clone()}</title>
                    <path d="M0 0 L-9 -14 A11 11 0 1 1 9 -14 Z" />
                    <text x="0" y="-15" text-anchor="middle">{(n + 1).to_string()}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="mini-map" role="img" aria-label=title viewBox=format!("0 0 {WIDTH} {HEIGHT}")
            width="100%" preserveAspectRatio="xMidYMid slice">
            <rect class="map-ground" x="0" y="0" width=WIDTH.to_string() height=HEIGHT.to_string() />
            {tiles}
            {markers}
            <text class="map-credit" x=format!("{:.0}", WIDTH - 4.0) y=format!("{:.0}", HEIGHT - 4.0) text-anchor="end">"© OpenStreetMap"</text>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin(lat: f64, lon: f64) -> MapPin {
        MapPin {
            lat,
            lon,
            label: String::new(),
        }
    }

    #[test]
    fn points_land_on_the_tiles_the_servers_cut() {
        // Kaunas' town hall at zoom 13 is in tile x 4639, y 2595 (as OpenStreetMap cuts it).
        let (x, y) = world_pixel(54.8972, 23.8867, 13);
        assert_eq!(((x / TILE) as i64, (y / TILE) as i64), (4639, 2595));
        let (x0, _) = world_pixel(0.0, -180.0, 0);
        assert_eq!(x0, 0.0);
    }

    #[test]
    fn the_map_zooms_in_as_far_as_every_place_fits() {
        // One place: the closest zoom.
        assert_eq!(fitting_zoom(&[pin(54.8972, 23.8867)]), MAX_ZOOM);
        // The old town and Šilainiai, about 5 km apart: farther out.
        let spread = [pin(54.8972, 23.8867), pin(54.9275, 23.8286)];
        let zoom = fitting_zoom(&spread);
        assert!((11..=13).contains(&zoom), "{zoom}");
        let (tiles, at) = layout(&spread);
        assert!(!tiles.is_empty());
        for (x, y) in at {
            assert!((MARGIN - 1.0..=WIDTH - MARGIN + 1.0).contains(&x), "{x}");
            assert!((MARGIN - 1.0..=HEIGHT - MARGIN + 1.0).contains(&y), "{y}");
        }
        // Every tile touches the map.
        for (_, left, top) in tiles {
            assert!(left > -TILE && left < WIDTH && top > -TILE && top < HEIGHT);
        }
        assert_eq!(layout(&[]), (Vec::new(), Vec::new()));
    }
}
