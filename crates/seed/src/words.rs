//! Word lists in English and Spanish. Small on purpose: they are compiled into the wasm
//! module, and uniqueness never depends on them (unique values carry a row counter).

/// The language of generated text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    English,
    Spanish,
}

/// Every list the generators draw from, for one locale.
pub(crate) struct Words {
    pub first_names: &'static [&'static str],
    pub last_names: &'static [&'static str],
    pub words: &'static [&'static str],
    pub cities: &'static [&'static str],
    pub countries: &'static [&'static str],
    pub streets: &'static [&'static str],
    pub company_suffixes: &'static [&'static str],
    pub colors: &'static [&'static str],
}

pub(crate) fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::English => &EN,
        Locale::Spanish => &ES,
    }
}

/// Email domains are the same in both locales (reserved example domains: never real mail).
pub(crate) const DOMAINS: &[&str] = &["example.com", "example.org", "example.net", "mail.example"];

static EN: Words = Words {
    first_names: &[
        "James",
        "Mary",
        "John",
        "Patricia",
        "Robert",
        "Jennifer",
        "Michael",
        "Linda",
        "William",
        "Elizabeth",
        "David",
        "Barbara",
        "Richard",
        "Susan",
        "Joseph",
        "Jessica",
        "Thomas",
        "Sarah",
        "Charles",
        "Karen",
        "Daniel",
        "Nancy",
        "Matthew",
        "Lisa",
        "Anthony",
        "Betty",
        "Mark",
        "Margaret",
        "Paul",
        "Sandra",
        "Steven",
        "Ashley",
        "Andrew",
        "Emily",
        "Joshua",
        "Olivia",
        "Kevin",
        "Grace",
        "Brian",
        "Chloe",
    ],
    last_names: &[
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
        "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
        "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
        "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter",
    ],
    words: &[
        "apple", "river", "garden", "silver", "window", "journey", "market", "summer", "forest",
        "bridge", "little", "bright", "quiet", "story", "morning", "ocean", "mountain", "simple",
        "coffee", "letter", "travel", "paper", "yellow", "engine", "planet", "stone", "music",
        "winter", "secret", "golden", "island", "garage", "kitchen", "rocket", "shadow", "pencil",
        "harbor", "meadow", "thunder", "lantern", "village", "castle", "friend", "season",
        "signal", "market", "window", "blanket", "compass", "canvas",
    ],
    cities: &[
        "London",
        "New York",
        "Chicago",
        "Toronto",
        "Sydney",
        "Dublin",
        "Boston",
        "Seattle",
        "Denver",
        "Austin",
        "Manchester",
        "Edinburgh",
        "Melbourne",
        "Vancouver",
        "Portland",
        "Atlanta",
    ],
    countries: &[
        "United States",
        "United Kingdom",
        "Canada",
        "Australia",
        "Ireland",
        "New Zealand",
        "Germany",
        "France",
        "Japan",
        "India",
        "Brazil",
        "South Africa",
    ],
    streets: &[
        "Main Street",
        "Oak Avenue",
        "Maple Road",
        "Park Lane",
        "High Street",
        "Church Road",
        "Elm Street",
        "Mill Lane",
        "King Street",
        "Station Road",
    ],
    company_suffixes: &["Inc.", "Ltd.", "LLC", "Group", "Labs", "Partners", "& Co."],
    colors: &[
        "red", "green", "blue", "yellow", "purple", "orange", "black", "white", "grey",
    ],
};

static ES: Words = Words {
    first_names: &[
        "Lucía",
        "Mateo",
        "Sofía",
        "Hugo",
        "Martina",
        "Martín",
        "María",
        "Pablo",
        "Julia",
        "Daniel",
        "Paula",
        "Alejandro",
        "Valeria",
        "Álvaro",
        "Emma",
        "Adrián",
        "Daniela",
        "David",
        "Carmen",
        "Javier",
        "Elena",
        "Diego",
        "Sara",
        "Sergio",
        "Lola",
        "Andrés",
        "Inés",
        "Jorge",
        "Noelia",
        "Íñigo",
        "Begoña",
        "Raúl",
    ],
    last_names: &[
        "García",
        "Rodríguez",
        "González",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Martín",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Álvarez",
        "Romero",
        "Alonso",
        "Gutiérrez",
        "Navarro",
        "Torres",
        "Domínguez",
        "Vázquez",
        "Ramos",
        "Gil",
        "Serrano",
        "Blanco",
        "Molina",
        "Morales",
        "Ortega",
        "Castro",
    ],
    words: &[
        "manzana",
        "río",
        "jardín",
        "plata",
        "ventana",
        "viaje",
        "mercado",
        "verano",
        "bosque",
        "puente",
        "pequeño",
        "brillante",
        "tranquilo",
        "historia",
        "mañana",
        "océano",
        "montaña",
        "sencillo",
        "café",
        "carta",
        "papel",
        "amarillo",
        "motor",
        "planeta",
        "piedra",
        "música",
        "invierno",
        "secreto",
        "dorado",
        "isla",
        "cocina",
        "cohete",
        "sombra",
        "lápiz",
        "puerto",
        "pradera",
        "trueno",
        "farol",
        "pueblo",
        "castillo",
        "amigo",
        "estación",
        "señal",
        "manta",
        "brújula",
        "lienzo",
        "corazón",
        "camino",
        "niño",
        "canción",
    ],
    cities: &[
        "Madrid",
        "Barcelona",
        "Valencia",
        "Sevilla",
        "Zaragoza",
        "Málaga",
        "Bilbao",
        "Córdoba",
        "Granada",
        "Buenos Aires",
        "Ciudad de México",
        "Bogotá",
        "Lima",
        "Santiago",
        "Quito",
        "Montevideo",
    ],
    countries: &[
        "España",
        "México",
        "Argentina",
        "Colombia",
        "Perú",
        "Chile",
        "Ecuador",
        "Uruguay",
        "Venezuela",
        "Bolivia",
        "Paraguay",
        "Costa Rica",
    ],
    streets: &[
        "Calle Mayor",
        "Avenida de la Constitución",
        "Calle del Sol",
        "Plaza de España",
        "Calle Real",
        "Paseo del Prado",
        "Calle de la Luna",
        "Avenida de América",
        "Calle Nueva",
        "Camino Viejo",
    ],
    company_suffixes: &["S.A.", "S.L.", "y Asociados", "Grupo", "Hermanos", "Cía."],
    colors: &[
        "rojo", "verde", "azul", "amarillo", "morado", "naranja", "negro", "blanco", "gris",
    ],
};

/// ASCII folding for the parts of emails, usernames, slugs and URLs, which must stay
/// plain ASCII lower case.
pub(crate) fn ascii_fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mapped = match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' | 'À' | 'Ä' | 'Â' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' | 'È' | 'Ë' | 'Ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Í' | 'Ì' | 'Ï' | 'Î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' | 'Ò' | 'Ö' | 'Ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' | 'Ù' | 'Ü' | 'Û' => 'u',
            'ñ' | 'Ñ' => 'n',
            'ç' | 'Ç' => 'c',
            c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
            _ => continue,
        };
        out.push(mapped);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_ascii_letters_only() {
        assert_eq!(ascii_fold("Íñigo Muñoz"), "inigomunoz");
        assert_eq!(ascii_fold("New York"), "newyork");
    }

    #[test]
    fn no_list_is_empty_and_names_have_no_digits() {
        for w in [words(Locale::English), words(Locale::Spanish)] {
            for list in [
                w.first_names,
                w.last_names,
                w.words,
                w.cities,
                w.countries,
                w.streets,
            ] {
                assert!(!list.is_empty());
                // Unique values append a counter after a separator; a digit in a name
                // would make the counter ambiguous.
                assert!(list.iter().all(|s| !s.chars().any(|c| c.is_ascii_digit())));
            }
        }
    }
}
