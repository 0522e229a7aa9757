// Exercism word-count: words split on non-word characters with apostrophes trimmed, lowercase, counted in a BTreeMap.
use std::collections::BTreeMap;

fn word_count(text: &str) -> BTreeMap<String, u32> {
    let mut counts = BTreeMap::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
    {
        *counts.entry(word.to_lowercase()).or_default() += 1;
    }
    counts
}

fn main() {
    let texts = [
        "one fish two fish red fish blue fish",
        "Joe can't tell between 'large' and large.",
        "car: carpet as java: javascript!!&@$%^&",
        " multiple   whitespaces",
        "First: don't laugh. Then: don't cry. You're getting it.",
    ];
    for t in texts {
        let counts = word_count(t);
        let line: Vec<String> = counts.iter().map(|(w, n)| format!("{}={}", w, n)).collect();
        println!("{}", line.join(" "));
    }
}
// expect: blue=1 fish=4 one=1 red=1 two=1
// expect: and=1 between=1 can't=1 joe=1 large=2 tell=1
// expect: as=1 car=1 carpet=1 java=1 javascript=1
// expect: multiple=1 whitespaces=1
// expect: cry=1 don't=2 first=1 getting=1 it=1 laugh=1 then=1 you're=1
