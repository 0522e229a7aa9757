// Letter counts in a [usize; 26] array indexed by (b - b'a') as usize; the most common letter via max_by_key on enumerate.
fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut counts = [0usize; 26];
    for b in text.bytes().filter(u8::is_ascii_lowercase) {
        counts[(b - b'a') as usize] += 1;
    }
    let (i, n) = counts.iter().enumerate().max_by_key(|&(_, n)| n).unwrap();
    println!("{} {}", (b'a' + i as u8) as char, n);
    let present: String = (0..26u8).filter(|&i| counts[i as usize] > 1).map(|i| (b'a' + i) as char).collect();
    println!("{present}");
}
// expect: e 5
// expect: dehnortu
