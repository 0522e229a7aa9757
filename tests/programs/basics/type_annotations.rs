// A type annotation after the name fixes the variable's type.
fn main() {
    let small: u8 = 200;
    let big: i64 = -9000000000;
    let ratio: f64 = 0.25;
    let ok: bool = true;
    let letter: char = 'z';
    let word: &str = "hello";
    println!("{} {} {} {} {} {}", small, big, ratio, ok, letter, word);
}
// expect: 200 -9000000000 0.25 true z hello
