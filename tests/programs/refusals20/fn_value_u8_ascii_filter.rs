// u8's ASCII predicates named as values: `.filter(u8::is_ascii_lowercase)` takes the &u8 filter passes, and `.map(u8::to_ascii_uppercase)` a &u8 from iter().
fn main() {
    let text = "Hello, World 42!";
    let lower = text.bytes().filter(u8::is_ascii_lowercase).count();
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    let upper: Vec<u8> = text.as_bytes().iter().map(u8::to_ascii_uppercase).collect();
    println!("lower={} digits={}", lower, digits);
    let shown: String = upper.iter().map(|&b| b as char).collect();
    println!("{}", shown);
    let all_ascii = text.as_bytes().iter().all(u8::is_ascii);
    println!("{}", all_ascii);
}
// expect: lower=8 digits=2
// expect: HELLO, WORLD 42!
// expect: true
