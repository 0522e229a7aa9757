// Line statistics: lines(), enumerate, trim, filter of empty lines, and the longest line by max_by_key.
fn main() {
    let poem = "I'm nobody! Who are you?\nAre you nobody, too?\n\nThen there's a pair of us - don't tell!\nThey'd banish us, you know.";
    let lines: Vec<&str> = poem.lines().collect();
    println!("{} lines", lines.len());
    for (n, line) in poem.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        println!("{:>2}: {}", n + 1, line);
    }
    let longest = lines.iter().max_by_key(|l| l.len()).unwrap();
    println!("longest ({} bytes): {}", longest.len(), longest);
    let with_you: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.to_lowercase().contains("you"))
        .map(|(i, _)| i + 1)
        .collect();
    println!("lines mentioning you: {:?}", with_you);
    let punct = poem.chars().filter(|c| c.is_ascii_punctuation()).count();
    println!("punctuation marks: {}", punct);
    let words_per_line: Vec<usize> = lines.iter().map(|l| l.split_whitespace().count()).collect();
    println!("{:?}", words_per_line);
}
// expect: 5 lines
// expect:  1: I'm nobody! Who are you?
// expect:  2: Are you nobody, too?
// expect:  4: Then there's a pair of us - don't tell!
// expect:  5: They'd banish us, you know.
// expect: longest (39 bytes): Then there's a pair of us - don't tell!
// expect: lines mentioning you: [1, 2, 5]
// expect: punctuation marks: 12
// expect: [5, 4, 0, 9, 5]
