// Binding s.parse() (a Result) to a u32 without unwrap or ? is a type mismatch (E0308).
fn main() {
    let s = "42";
    let n: u32 = s.parse();
    println!("{n}");
}
// error: E0308 at 4:18
