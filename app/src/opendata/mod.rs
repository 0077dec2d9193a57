//! Open data: every public dataset of Santaka under CC BY 4.0, as CSV (UTF-8 with a header row)
//! and as JSON, streamed row by row so a large one never sits in the server's memory. The
//! datasets, their fields and the CSV rule are here (plain, unit-tested); the SQL in `ssr.rs`
//! reads only what is public: nothing hidden by moderation, nothing written by or about a
//! minor, no personal data beyond the display names of people known to be adults. The files
//! are served by `http.rs`; the page that lists them is `pages/open_data.rs`.
#[cfg(feature = "ssr")]
pub mod http;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ssr;

crate::coded! {
    /// A public dataset.
    pub enum Dataset {
        Ideas = "ideas" => od_ideas,
        Teams = "teams" => od_teams,
        Workshops = "workshops" => od_workshops,
        Forums = "forums" => od_forums,
        Harvests = "harvests" => od_harvests,
        Organisations = "organisations" => od_organisations,
    }
}

impl Dataset {
    /// Its fields, in the order of the CSV's columns and of each JSON object's keys.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Dataset::Ideas => &[
                "id",
                "title",
                "summary",
                "stage",
                "district",
                "sectors",
                "tags",
                "lang",
                "lat",
                "lng",
                "author",
                "supports",
                "comments",
                "team_id",
                "born_in_forum",
                "born_in_workshop",
                "created_at",
                "updated_at",
            ],
            Dataset::Teams => &[
                "id",
                "name",
                "description",
                "idea_id",
                "idea_title",
                "stage",
                "members",
                "mentors",
                "created_at",
            ],
            Dataset::Workshops => &[
                "id",
                "title",
                "purpose",
                "serves",
                "lang",
                "day",
                "starts",
                "ends",
                "place",
                "address",
                "online",
                "capacity",
                "registered",
                "attended",
                "sectors",
            ],
            Dataset::Forums => &[
                "id",
                "title",
                "calling",
                "lang",
                "day",
                "starts",
                "ends",
                "place",
                "address",
                "online",
                "capacity",
                "registered",
                "harvest",
                "ideas_born",
            ],
            Dataset::Harvests => &[
                "id",
                "forum_id",
                "forum",
                "day",
                "segment",
                "table",
                "session",
                "body",
                "lang",
                "written_at",
            ],
            Dataset::Organisations => &[
                "id",
                "name",
                "sector",
                "kind",
                "website",
                "description",
                "offers_venue",
                "offers_money",
                "offers_materials",
                "pledges_accepted",
                "created_at",
            ],
        }
    }

    /// The dataset of a file name without its extension.
    pub fn of_file(name: &str) -> Option<(Dataset, Format)> {
        let (stem, ext) = name.rsplit_once('.')?;
        let format = match ext {
            "csv" => Format::Csv,
            "json" => Format::Json,
            _ => return None,
        };
        Dataset::from_code(stem).map(|d| (d, format))
    }
}

/// A file format of the datasets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_name_a_dataset_and_a_format() {
        assert_eq!(
            Dataset::of_file("ideas.csv"),
            Some((Dataset::Ideas, Format::Csv))
        );
        assert_eq!(
            Dataset::of_file("organisations.json"),
            Some((Dataset::Organisations, Format::Json))
        );
        for bad in ["ideas", "ideas.xml", "users.csv", ".csv", "ideas.csv.json"] {
            assert_eq!(Dataset::of_file(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_dataset_has_an_id_first_and_no_field_twice() {
        for d in Dataset::ALL {
            let f = d.fields();
            assert_eq!(f[0], "id");
            let mut sorted = f.to_vec();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), f.len(), "{d:?}");
        }
    }
}
