// Hamming distance with zip and filter; unequal lengths give None.
fn hamming(a: &str, b: &str) -> Option<usize> {
    if a.len() != b.len() {
        return None;
    }
    Some(a.chars().zip(b.chars()).filter(|(x, y)| x != y).count())
}

fn main() {
    println!("{:?}", hamming("GAGCCTACTAACGGGAT", "CATCGTAATGACGGCCT"));
    println!("{:?}", hamming("AAA", "AA"));
    println!("{:?}", hamming("", ""));
}
// expect: Some(7)
// expect: None
// expect: Some(0)
