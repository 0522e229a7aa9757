// Scrabble score with a match on to_ascii_uppercase() letters; sum::<u32>() over a map.
fn score(word: &str) -> u32 {
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
        .sum::<u32>()
}

fn main() {
    for w in ["cabbage", "OxyphenButazone", "", "zoo!"] {
        println!("{w}: {}", score(w));
    }
}
// expect: cabbage: 14
// expect: OxyphenButazone: 41
// expect: : 0
// expect: zoo!: 12
