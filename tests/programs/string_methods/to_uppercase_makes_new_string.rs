// `to_uppercase` returns a new String; the original is unchanged.
fn main() {
    let s = String::from("Hello");
    let up = s.to_uppercase();
    let low = s.to_lowercase();
    println!("{} {} {}", s, up, low);
}
// expect: Hello HELLO hello
