//! The language a piece of content is written in, of Santaka's two: recorded when it is
//! written, carried as `lang` on its element and marked when it differs from the page's.

/// Words that are frequent in English and rare in Lithuanian.
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "for", "with", "in", "is", "are", "we", "our", "on", "from", "at",
    "by", "this", "that", "will", "you", "a", "an", "it", "be", "into", "who", "all", "about",
];

/// Words that are frequent in Lithuanian and rare in English.
const LITHUANIAN: &[&str] = &[
    "ir", "su", "kad", "ar", "bei", "per", "prie", "iš", "apie", "kaip", "mes", "jie", "tai",
    "yra", "nuo", "po", "už", "į", "be", "kur", "kas", "mūsų", "kartu", "jau", "dar", "kiemo",
];

/// Lithuanian letters that English never uses.
fn lithuanian_letter(c: char) -> bool {
    matches!(
        c.to_lowercase().next().unwrap_or(c),
        'ą' | 'č' | 'ę' | 'ė' | 'į' | 'š' | 'ų' | 'ū' | 'ž'
    )
}

/// "lt" or "en" for `text`: Lithuanian letters and words against English words; when the text
/// says neither clearly (a name, a number), `fallback`, the language of the page it was
/// written on.
pub fn detect_lang(text: &str, fallback: &str) -> &'static str {
    let letters = text.chars().filter(|c| lithuanian_letter(*c)).count();
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && !lithuanian_letter(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let english = words
        .iter()
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .count();
    let lithuanian = words
        .iter()
        .filter(|w| LITHUANIAN.contains(&w.as_str()))
        .count()
        + letters.min(5);
    match english.cmp(&lithuanian) {
        std::cmp::Ordering::Greater => "en",
        std::cmp::Ordering::Less => "lt",
        std::cmp::Ordering::Equal if fallback == "en" => "en",
        std::cmp::Ordering::Equal => "lt",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lithuanian_letters_and_words_make_lithuanian() {
        assert_eq!(detect_lang("Kiemų kino vakaras Šilainiuose", "en"), "lt");
        assert_eq!(detect_lang("Kartu su kaimynais ir mokykla", "en"), "lt");
    }

    #[test]
    fn english_words_make_english_even_on_the_lithuanian_site() {
        assert_eq!(
            detect_lang("Open mic nights for the young poets of Kaunas", "lt"),
            "en"
        );
        assert_eq!(
            detect_lang("We paint the courtyard walls with the neighbours", "lt"),
            "en"
        );
    }

    #[test]
    fn a_name_says_nothing_so_the_page_decides() {
        assert_eq!(detect_lang("Kaunas 2026", "en"), "en");
        assert_eq!(detect_lang("Kaunas 2026", "lt"), "lt");
        assert_eq!(detect_lang("", "lt"), "lt");
    }

    #[test]
    fn an_english_title_with_a_lithuanian_place_name_stays_english() {
        assert_eq!(
            detect_lang("A walk along the Nemunas to Žaliakalnis and back", "lt"),
            "en"
        );
    }
}
