//! The five sectors Santaka brings together. Every idea, team and organisation carries some of
//! them; the database stores the code, the UI translates it.
use serde::{Deserialize, Serialize};

crate::coded! {
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Sector {
        Youth = "youth" => sector_youth,
        Culture = "culture" => sector_culture,
        Education = "education" => sector_education,
        Business = "business" => sector_business,
        Social = "social" => sector_social,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sector_round_trips_through_its_code() {
        for sector in Sector::ALL {
            assert_eq!(Sector::from_code(sector.code()), Some(sector));
        }
        assert_eq!(Sector::from_code("sports"), None);
    }
}
