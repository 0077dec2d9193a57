//! The five sectors Santaka brings together. Every idea, team and organisation carries some of
//! them; the database stores the code, the UI translates it.

crate::coded! {
    pub enum Sector {
        Youth = "youth" => sector_youth,
        Culture = "culture" => sector_culture,
        Education = "education" => sector_education,
        Business = "business" => sector_business,
        Social = "social" => sector_social,
    }
}

pub fn sectors_of(codes: Option<&str>) -> Vec<Sector> {
    let mut sectors: Vec<Sector> = codes
        .unwrap_or_default()
        .split(',')
        .filter_map(Sector::from_code)
        .collect();
    sectors.sort_by_key(|s| Sector::ALL.iter().position(|x| x == s));
    sectors
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
