// Exercism-style: Hamming distance as Option<usize>, None for strands of different lengths.
fn hamming_distance(s1: &str, s2: &str) -> Option<usize> {
    if s1.len() != s2.len() {
        return None;
    }
    Some(s1.chars().zip(s2.chars()).filter(|(a, b)| a != b).count())
}

fn main() {
    println!("{:?}", hamming_distance("", ""));
    println!("{:?}", hamming_distance("GGACTGAAATCTG", "GGACTGAAATCTG"));
    println!("{:?}", hamming_distance("GGACGGATTCTG", "AGGACGGATTCT"));
    println!("{:?}", hamming_distance("AATG", "AAA"));
}
// expect: Some(0)
// expect: Some(0)
// expect: Some(9)
// expect: None
