// A range pattern over negative bounds in the wrong order (-1..=-10): E0030, checked before the match's exhaustiveness.
fn main() {
    let t: i8 = -3;
    match t {
        -1..=-10 => println!("cold"),
        0 => println!("zero"),
    }
}
// error: E0030 at 5:9
