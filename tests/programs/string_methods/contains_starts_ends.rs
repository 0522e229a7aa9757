// `contains`, `starts_with` and `ends_with` test for substrings.
fn main() {
    let s = String::from("rustacean");
    println!("{} {} {}", s.contains("tac"), s.starts_with("rust"), s.ends_with("x"));
}
// expect: true true false
