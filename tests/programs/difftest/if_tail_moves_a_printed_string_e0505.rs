// A block's tail moves what it names: `println!("{} {}", s, if .. { s } else { .. })` moves s while the macro holds it borrowed, E0505 as rustc (the engine ran it, printing a String it had given away; difftest seed 2816009872).
fn main() {
    let s = String::from("ab");
    println!("{} {}", s, if 1 < 2 { s } else { String::new() });
}
// error: E0505 at 4:37
