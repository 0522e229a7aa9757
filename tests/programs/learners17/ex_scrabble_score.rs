// Exercism-style: scrabble score matching each uppercased letter against groups of chars.
fn score(word: &str) -> u64 {
    word.chars()
        .map(|c| match c.to_ascii_uppercase() {
            'A' | 'E' | 'I' | 'O' | 'U' | 'L' | 'N' | 'R' | 'S' | 'T' => 1,
            'D' | 'G' => 2,
            'B' | 'C' | 'M' | 'P' => 3,
            'F' | 'H' | 'V' | 'W' | 'Y' => 4,
            'K' => 5,
            'J' | 'X' => 8,
            'Q' | 'Z' => 10,
            _ => 0,
        })
        .sum()
}

fn main() {
    for w in ["a", "Zoo", "cabbage", "OxyphenButazone", "", "piñata"] {
        println!("{} {}", w, score(w));
    }
}
// expect: a 1
// expect: Zoo 12
// expect: cabbage 14
// expect: OxyphenButazone 41
// expect:  0
// expect: piñata 7
