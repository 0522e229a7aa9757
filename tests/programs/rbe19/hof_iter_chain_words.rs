// Iterator adapters on words: filter_map parsing, enumerate with skip, zip of two lists, rev, max_by_key.
fn main() {
    let text = "3 apples and 12 pears but 7 plums";
    let numbers: Vec<u32> = text.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    println!("{:?}", numbers);
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.parse::<u32>().is_err()).collect();
    for (i, w) in words.iter().enumerate().skip(1) {
        println!("{} {}", i, w);
    }
    let pairs: Vec<(u32, &str)> = numbers.iter().copied().zip(["a", "b", "c"]).collect();
    println!("{:?}", pairs);
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("{}", longest);
    let backwards: String = text.chars().rev().take(5).collect();
    println!("{}", backwards);
}
// expect: [3, 12, 7]
// expect: 1 and
// expect: 2 pears
// expect: 3 but
// expect: 4 plums
// expect: [(3, "a"), (12, "b"), (7, "c")]
// expect: apples
// expect: smulp
