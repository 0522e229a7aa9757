// A byte string lives in static memory: a function may return it as &'static [u8], and a const may hold one.
const DIGITS: &[u8] = b"0123456789";

fn vowels() -> &'static [u8] {
    b"aeiou"
}

fn main() {
    let text = "hello world";
    let n = text.bytes().filter(|b| vowels().contains(b)).count();
    println!("{n} {}", DIGITS[7] as char);
    let counts: Vec<usize> = b"abca".iter().map(|&c| b"banana".iter().filter(|&&d| d == c).count()).collect();
    println!("{:?}", counts);
}
// expect: 3 7
// expect: [3, 1, 0, 3]
