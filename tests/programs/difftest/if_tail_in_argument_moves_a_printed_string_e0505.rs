// The same move inside a call's argument (`f1(if .. { s } else { .. })`) is E0505 too; the engine had read the freed String (difftest seed 2816009872).
fn f1(s: String) -> usize { s.len() }
fn main() {
    let s = String::from("ab");
    println!("{} {}", s, f1(if 1 < 2 { s } else { String::new() }));
}
// error: E0505 at 5:40
