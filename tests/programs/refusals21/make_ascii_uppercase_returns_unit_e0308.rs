// make_ascii_uppercase changes the text in place and returns (): using it as a new String is E0308 (to_ascii_uppercase makes one).
fn main() {
    let mut name = String::from("ferris");
    let loud: String = name.make_ascii_uppercase();
    println!("{}", loud);
}
// error: E0308 at 4:24
